export { startPlatform, type Platform, type PlatformOptions } from './platform'
export { demoAccounts, demoOrganisations, seedDemoData } from './seed/seed'
export { localAudience } from './issuer/issuer'
export { plsMentees, plsMentors, caiMentees, caiMentors, type DemoProfile } from './seed/demo-people'
