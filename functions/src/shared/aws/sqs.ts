import { SQSClient } from '@aws-sdk/client-sqs'
import { sqsExportsQueue, sqsMatchingQueue, sqsNewslettersQueue, type ExportsQueue, type MatchingQueue, type NewslettersQueue } from '../queue'

/** Loaded when a run is first started (see `../aws-adapters`); a static import keeps only the command we use. */
export const makeSqsMatchingQueue = (url: string): MatchingQueue => sqsMatchingQueue(new SQSClient({}), url)

/** Loaded when an export is first asked for (see `../aws-adapters`). */
export const makeSqsExportsQueue = (url: string): ExportsQueue => sqsExportsQueue(new SQSClient({}), url)

/** Loaded when a newsletter is first sent (see `../aws-adapters`). */
export const makeSqsNewslettersQueue = (url: string): NewslettersQueue => sqsNewslettersQueue(new SQSClient({}), url)
