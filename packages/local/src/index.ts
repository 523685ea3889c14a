export { startPlatform, type Platform, type PlatformOptions } from './platform'
export { demoAccounts, demoOrganisations, seedDemoData } from './seed/seed'
export { localAudience } from './issuer/issuer'
export { createLocalDynamoClient, dynamoRequestCount } from './runtime/dynamo-server'
