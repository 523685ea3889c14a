/**
 * Embedded parts of the local platform: they plug in under the same AWS SDK v3 clients and feed the same
 * Lambda handlers the same event shapes as on AWS. See packages/local/README-runtime.md.
 */
export { startDynamo, createLocalDynamoClient, LOCAL_AWS_REGION, type LocalDynamo, type StartDynamoOptions } from './dynamo-server'
export {
  addTransactionEmulation,
  recoverTransactions,
  lockFor,
  MAX_TRANSACTION_ITEMS,
  type TransactionEmulationOptions,
} from './transactions'
export { ReadWriteLock } from './read-write-lock'
