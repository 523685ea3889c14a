import { SQSClient } from '@aws-sdk/client-sqs'
import { sqsMatchingQueue, type MatchingQueue } from '../queue'

/** Loaded when a run is first started (see `../aws-adapters`); a static import keeps only the command we use. */
export const makeSqsMatchingQueue = (url: string): MatchingQueue => sqsMatchingQueue(new SQSClient({}), url)
