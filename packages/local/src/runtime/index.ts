/**
 * Embedded parts of the local platform: they plug in under the same AWS SDK v3 clients and feed the same
 * Lambda handlers the same event shapes as on AWS. See packages/local/README-runtime.md.
 */
export { startDynamo, createLocalDynamoClient, dynamoRequestCount, type LocalDynamo, type StartDynamoOptions } from './dynamo-server'
export {
  addTransactionEmulation,
  recoverTransactions,
  lockFor,
  MAX_TRANSACTION_ITEMS,
  type TransactionEmulationOptions,
} from './transactions'
export { ReadWriteLock } from './read-write-lock'
export { LOCAL_ACCOUNT_ID, LOCAL_AWS_REGION, LOCAL_CREDENTIALS } from './local-aws'
export {
  createLocalQueue,
  type CreateLocalQueueOptions,
  type DeadLetter,
  type LocalQueue,
  type LocalQueueSettings,
  type QueueCounts,
  type QueueLogger,
  type SendMessageOptions,
  type SentMessage,
  type SqsBatchHandler,
} from './queue'
export { routeSqsToLocalQueues } from './sqs-routing'
export { MAX_MESSAGE_BYTES, SqsInputError, md5OfBody, md5OfMessageAttributes, type MessageAttributeInput } from './sqs-message'
export { createLambdaContext, type LambdaContextOptions } from './lambda-context'
export { AppendJournal } from './append-journal'
export { nextOccurrence, parseScheduleExpression, type ScheduleExpression } from './schedule-expression'
export {
  startScheduler,
  type ScheduleEntry,
  type ScheduleHandler,
  type ScheduleRun,
  type Scheduler,
  type SchedulerLogger,
  type SchedulerOptions,
} from './scheduler'
export { createOutbox, MAX_RECIPIENTS, type CreateOutboxOptions, type NewEmail, type Outbox, type OutboxEmail } from './outbox'
export { routeSesToOutbox } from './ses-routing'
export { acquireDataDirLock, DataDirInUseError, LOCK_FILE } from './data-dir-lock'
export { folderDocumentStore } from './documents-folder'
