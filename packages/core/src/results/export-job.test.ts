import { describe, expect, it } from 'vitest'
import { applyExportJobEvent, exportJobAvailableUntil, exportJobDeleteAt, exportJobExpired, exportJobLifecycle as jobs, exportJobProgress, exportJobStates, newExportJob, type ExportJobEvent } from './index'

const events = Object.keys(jobs.transitions) as ExportJobEvent[]
const legal: Record<string, string> = {
  'queued start': 'running', 'queued fail': 'failed', 'running start': 'running', 'running finish': 'done', 'running fail': 'failed',
}
const job = newExportJob(
  { id: 'j1', programmeId: 'p1', format: 'pdf', basis: 'period', from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-31', locale: 'fr' },
  { by: 'u1', at: '2026-12-31T10:00:00.000Z' },
)

describe('the results export job lifecycle', () => {
  it('starts queued at 0 %', () => expect(job).toMatchObject({ state: 'queued', progress: { stage: 'queued', percent: 0 }, file: null, version: 1 }))
  for (const state of exportJobStates) {
    for (const event of events) {
      const to = legal[`${state} ${event}`]
      if (to) it(`${state} --${event}--> ${to}`, () => expect(jobs.next(state, event)).toBe(to))
      else it(`refuses ${event} while ${state}, with a 409 naming the state`, () => expect(() => jobs.next(state, event)).toThrow(expect.objectContaining({ reason: 'wrong-state' })))
    }
  }
  it('moves its progress forward only, below 100 until done; done names the file', () => {
    const running = applyExportJobEvent(job, 'start', '2026-12-31T10:00:01.000Z')
    expect(running).toMatchObject({ state: 'running', progress: { stage: 'reading', percent: 5 }, version: 2 })
    const writing = exportJobProgress(running, 'writing', 60, '2026-12-31T10:00:02.000Z')
    expect(exportJobProgress(writing, 'storing', 40, 'x').progress).toEqual({ stage: 'storing', percent: 60 })
    expect(exportJobProgress(writing, 'storing', 140, 'x').progress.percent).toBe(99)
    const file = { key: 'k', filename: 'f.pdf', contentType: 'application/pdf', size: 10 }
    expect(applyExportJobEvent(writing, 'finish', 'y', { file })).toMatchObject({ state: 'done', progress: { stage: 'done', percent: 100 }, file, version: 4 })
  })
  it('is downloadable for 7 days from when it was asked, then expired on the clock handed in; the item goes 30 days later', () => {
    const asked = { createdAt: '2026-12-01T10:00:00.000Z' }
    expect(exportJobAvailableUntil(asked)).toBe('2026-12-08T10:00:00.000Z')
    expect(exportJobExpired(asked, new Date('2026-12-08T09:59:59.999Z'))).toBe(false)
    expect(exportJobExpired(asked, new Date('2026-12-08T10:00:00.000Z'))).toBe(true)
    expect(exportJobDeleteAt(asked)).toBe(Date.parse('2027-01-07T10:00:00.000Z') / 1000)
  })
})
