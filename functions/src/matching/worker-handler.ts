import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch'
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda'
import * as z from 'zod'
import type { Deps } from '../shared/deps'
import { processRun } from './process-run'

const Message = z.strictObject({ orgId: z.string().min(1), programmeId: z.string().min(1), runId: z.string().min(1) })

/**
 * The SQS worker: each record is one run; failures are reported per record (ReportBatchItemFailures),
 * so one bad run does not make the others retry. The same function runs on Lambda and locally.
 *
 * @example
 * export const handler = matchingWorker(deps)
 */
export function matchingWorker(deps: Pick<Deps, 'data' | 'now' | 'logger'>) {
  const processor = new BatchProcessor(EventType.SQS)
  const record = async (r: SQSRecord) => {
    const msg = Message.parse(JSON.parse(r.body))
    await processRun(deps, msg, Number(r.attributes.ApproximateReceiveCount ?? '1'))
  }
  // A batch where every record failed is reported record by record too (not thrown), so each keeps its own count.
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(event, record, processor, { context, throwOnFullBatchFailure: false })
}
