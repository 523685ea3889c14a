import type { Logger } from '@aws-lambda-powertools/logger'
import type { ApplicationLimits, UsageLimits } from '@binome/core'
import type { Data } from '@binome/data'
import type { DocumentStore, ResultsFiles } from './documents'
import type { Mailer } from './mailer'
import type { TokenVerifier } from './tokens'
import type { ExportsQueue, MatchingQueue, NewslettersQueue } from './queue'
import type { IdentityDirectory } from './identity-directory'
import type { PlatformOperations } from './operations'

/**
 * Everything a handler needs from the outside world, handed in once per process.
 * On Lambda it is built from the environment (`./lambda-deps`); the local platform builds the same
 * objects over embedded parts (dynalite, in-process queue, outbox) — the handlers cannot tell.
 */
export interface Deps {
  data: Data
  now: () => Date
  newId: () => string
  mailer: Mailer
  /** The documents bucket (S3 on AWS, a folder under `DATA_DIR/documents/` locally): contracts and their signed copies. */
  documents: DocumentStore
  /**
   * An organisation's results files (`results-exports/<orgId>/…`), reached with that organisation's own credentials
   * on AWS (the tenant data role), refused outside that prefix everywhere.
   */
  resultsFiles: ResultsFiles
  tokens: TokenVerifier
  matchingQueue: MatchingQueue
  /** The results exports made in the background (issue 11). */
  exportsQueue: ExportsQueue
  /** The mentor community newsletters mailed in the background (issue 10). */
  newslettersQueue: NewslettersQueue
  directory: IdentityDirectory
  /** The web app's public URL, for links in e-mails. */
  appUrl: string
  logger: Logger
  /** The running parts' health, for the operator (queues, dead letters, error counts). */
  operations: PlatformOperations
  /** Requests per minute an organisation and each of its users may make (see `UsageLimits`). */
  usageLimits: UsageLimits
  /** Public applications per hour from one e-mail address and one client (see `ApplicationLimits`). */
  applicationLimits: ApplicationLimits
}
