import { defineLifecycle } from '../lifecycle'
import type { Locale } from '../roles'

/**
 * A results export made in the background (issue 11): the API records the job and queues it; the exports worker makes
 * the file (XLSX, PDF or CSV), stores it with the documents and says how far it got; staff poll the job, then download.
 *
 * - `start`: the worker takes the job; also from `running`, because a worker that died mid-way leaves it running and
 *   the queue delivers the message again (the file is written at the same key, so nothing doubles).
 * - `finish`: the file is stored; the job names it.
 * - `fail`: the file could not be made (the queue's last attempt), or the job could not be queued.
 */
export const exportJobStates = ['queued', 'running', 'done', 'failed'] as const
export type ExportJobState = (typeof exportJobStates)[number]

export const exportJobLifecycle = defineLifecycle({
  entity: 'item',
  states: exportJobStates,
  initial: 'queued',
  transitions: {
    start: { from: ['queued', 'running'], to: 'running' },
    finish: { from: ['running'], to: 'done' },
    fail: { from: ['queued', 'running'], to: 'failed' },
  },
})
export type ExportJobEvent = keyof typeof exportJobLifecycle.transitions

export const exportFormats = ['xlsx', 'pdf', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** Where the worker is: reading the programme's records, writing the file, storing it. */
export const exportJobStages = ['queued', 'reading', 'writing', 'storing', 'done'] as const
export type ExportJobStage = (typeof exportJobStages)[number]

export interface ResultsExportJob {
  id: string
  /** The programme exported, or null for the whole organisation (every programme together, and each apart). */
  programmeId: string | null
  format: ExportFormat
  basis: 'period' | 'cohort'
  from: string
  to: string
  /** The day the figures are read on (the request's day, kept so a redelivery makes the same file). */
  asOf: string
  locale: Locale
  state: ExportJobState
  progress: { stage: ExportJobStage; percent: number }
  /** The stored file, once done (its key in the documents store is the platform's, never shown). */
  file: { key: string; filename: string; contentType: string; size: number } | null
  /** Why it failed, in words for the operator (no personal data). */
  error: string | null
  requestedBy: string
  createdAt: string
  updatedAt: string
  version: number
}

/** The documents' prefix of every results file: the worker's keys start with it, and the bucket's lifecycle rule names it. */
export const exportFilesPrefix = 'results-exports/'

/** Days a job's file can be downloaded after the job was asked; then the job answers 410 and the file is deleted. */
export const exportFileRetentionDays = 7
/**
 * Days an expired job is still kept, so that its page says "expired" (410) rather than "not found"; then the table's
 * TTL deletes it on AWS, and the daily sweep deletes it everywhere (dynalite does not expire items).
 */
export const expiredExportJobKeptDays = 30
const dayMs = 86_400_000

/**
 * The instant a job's file stops being downloadable (ISO), counted from when it was asked.
 *
 * @example
 * exportJobAvailableUntil({ createdAt: '2026-12-01T10:00:00.000Z' }) // '2026-12-08T10:00:00.000Z'
 */
export function exportJobAvailableUntil(job: Pick<ResultsExportJob, 'createdAt'>): string {
  return new Date(Date.parse(job.createdAt) + exportFileRetentionDays * dayMs).toISOString()
}

/**
 * Whether the job's file is past its retention at `now` (the clock handed in).
 *
 * @example
 * exportJobExpired({ createdAt: '2026-12-01T10:00:00.000Z' }, new Date('2026-12-08T10:00:00.000Z')) // true
 */
export function exportJobExpired(job: Pick<ResultsExportJob, 'createdAt'>, now: Date): boolean {
  return now.getTime() >= Date.parse(exportJobAvailableUntil(job))
}

/**
 * When the job item itself goes (epoch seconds, the table's TTL attribute `expiresAt`): the retention, then the days
 * it answers 410.
 *
 * @example
 * exportJobDeleteAt({ createdAt: '2026-12-01T10:00:00.000Z' }) // 1767866400 (2027-01-07T10:00:00Z)
 */
export function exportJobDeleteAt(job: Pick<ResultsExportJob, 'createdAt'>): number {
  return Math.floor((Date.parse(job.createdAt) + (exportFileRetentionDays + expiredExportJobKeptDays) * dayMs) / 1000)
}

/**
 * A new job, queued.
 *
 * @example
 * newExportJob({ id: 'j1', programmeId: 'p1', format: 'pdf', basis: 'period', from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-31', locale: 'fr' }, { by: 'u1', at: '2026-12-31T10:00:00.000Z' })
 * // { state: 'queued', progress: { stage: 'queued', percent: 0 }, file: null, version: 1, … }
 */
export function newExportJob(
  q: Pick<ResultsExportJob, 'id' | 'programmeId' | 'format' | 'basis' | 'from' | 'to' | 'asOf' | 'locale'>,
  ctx: { by: string; at: string },
): ResultsExportJob {
  return {
    ...q, state: 'queued', progress: { stage: 'queued', percent: 0 }, file: null, error: null,
    requestedBy: ctx.by, createdAt: ctx.at, updatedAt: ctx.at, version: 1,
  }
}

/**
 * The job after an event (409 `wrong-state` naming the state when the table refuses it), at its next version.
 *
 * @example
 * applyExportJobEvent(job, 'finish', '2026-12-31T10:00:05.000Z', { file }) // { state: 'done', progress: { stage: 'done', percent: 100 }, file, … }
 */
export function applyExportJobEvent(
  job: ResultsExportJob, event: ExportJobEvent, at: string,
  more: { file?: ResultsExportJob['file']; error?: string } = {},
): ResultsExportJob {
  const state = exportJobLifecycle.next(job.state, event)
  const progress = event === 'finish' ? { stage: 'done' as const, percent: 100 } : event === 'start' ? { stage: 'reading' as const, percent: 5 } : job.progress
  return { ...job, state, progress, file: more.file ?? job.file, error: more.error ?? job.error, updatedAt: at, version: job.version + 1 }
}

/**
 * The running job with its progress moved on (never back within an attempt; a redelivery starts again from 'reading').
 *
 * @example
 * exportJobProgress(job, 'writing', 60, at) // progress { stage: 'writing', percent: 60 }
 */
export function exportJobProgress(job: ResultsExportJob, stage: ExportJobStage, percent: number, at: string): ResultsExportJob {
  const p = Math.max(job.progress.percent, Math.min(99, Math.round(percent)))
  return { ...job, progress: { stage, percent: p }, updatedAt: at, version: job.version + 1 }
}
