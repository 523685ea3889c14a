import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch'
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda'
import * as z from 'zod'
import { processRun, type RunOptions, type WorkerDeps } from './process-run'

const Message = z.strictObject({
  orgId: z.string().min(1), programmeId: z.string().min(1), runId: z.string().min(1), lossesFrom: z.number().int().min(0).optional(),
})

/**
 * The SQS worker: each record is one run; failures are reported per record (ReportBatchItemFailures),
 * so one bad run does not make the others retry. The same function runs on Lambda and locally.
 *
 * A run's alternatives take as many invocations as they need: each spends what is left of its time (the context's),
 * or `opts.lossesBudgetMs` when given (tests), then sends the continuation to the same queue.
 *
 * @example
 * export const handler = matchingWorker(deps)
 */
export function matchingWorker(deps: WorkerDeps, opts: Pick<RunOptions, 'lossesBudgetMs' | 'lossesChunk'> = {}) {
  const processor = new BatchProcessor(EventType.SQS)
  let remainingMs: (() => number) | undefined
  const record = async (r: SQSRecord) => {
    const { lossesFrom, ...run } = Message.parse(JSON.parse(r.body))
    await processRun(deps, { ...run, ...(lossesFrom !== undefined && { lossesFrom }) }, Number(r.attributes.ApproximateReceiveCount ?? '1'), {
      ...opts, ...(remainingMs && { remainingMs }),
    })
  }
  // A batch where every record failed is reported record by record too (not thrown), so each keeps its own count.
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    remainingMs = typeof context?.getRemainingTimeInMillis === 'function' ? () => context.getRemainingTimeInMillis() : undefined
    return processPartialResponse(event, record, processor, { context, throwOnFullBatchFailure: false })
  }
}
