import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The retention of the results exports (issue 11), on a clock handed to the platform: a file is downloadable for 7
 * days; then the job answers 410 export-expired naming the day, and the daily sweep deletes the file from the
 * documents folder (as it does from the bucket on AWS); 30 days later the sweep deletes the job (404). Each run's
 * counts of files and jobs deleted are on the operator's health page (issue 11), counts only.
 */
const dayMs = 86_400_000
// The real time when the file starts, then moved by the test: the platform's seed is today's, the run's snapshot of it.
let clock = new Date()
let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient

beforeAll(async () => {
  p = await testPlatform({ demoDuos: true, now: () => clock, clockStartsReal: true })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
})
afterAll(() => p?.stop())

/** The last sweep's deletions as the operator's health page shows them (signed in on the current clock). */
async function sweepDeletions() {
  const health = await (await signIn(p, 'operator@binome.demo')).get('/api/monitoring/platform/health')
  expect(health.status).toBe(200)
  expect(JSON.stringify(health.body.lastSweep)).not.toMatch(/@|results-exports|MentorYou/)
  return { files: health.body.lastSweep.exportFilesDeleted, jobs: health.body.lastSweep.exportJobsDeleted }
}

describe('results exports past their retention', () => {
  it('download for 7 days; then 410 with the day and the file deleted by the sweep; then the job gone', async () => {
    const programmeExports = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/results/exports`
    const orgExports = `/api/monitoring/orgs/${PLS}/results/exports`
    const created = [await coordinator.post(programmeExports, { format: 'csv' }), await coordinator.post(orgExports, { format: 'pdf' })]
    for (const c of created) expect(c.status, JSON.stringify(c.body)).toBe(202)
    await p.drain()
    const paths = [`${programmeExports}/${created[0]!.body.id}`, `${orgExports}/${created[1]!.body.id}`]
    const files = [`results-exports/${PLS}/${created[0]!.body.id}.csv`, `results-exports/${PLS}/${created[1]!.body.id}.pdf`]
    for (const [i, path] of paths.entries()) {
      expect((await coordinator.get(`${path}/download`)).status).toBe(200)
      expect(existsSync(join(p.documentsDir, files[i]!)), files[i]).toBe(true)
    }
    const asked = Date.parse(created[0]!.body.createdAt)

    // A minute before the 7 days: still there, and the sweep keeps it.
    clock = new Date(asked + 7 * dayMs - 60_000)
    coordinator = await signIn(p, 'coordination@mentoryou.demo')
    await p.runSchedule('daily-monitoring')
    expect((await coordinator.get(`${paths[0]}/download`)).status).toBe(200)
    expect(await sweepDeletions()).toEqual({ files: 0, jobs: 0 })

    // Past the 7 days: 410 naming the day, on the job and its download; the sweep deletes the files.
    clock = new Date(Date.parse(created[1]!.body.createdAt) + 7 * dayMs + 60_000)
    coordinator = await signIn(p, 'coordination@mentoryou.demo')
    for (const path of paths) {
      for (const url of [path, `${path}/download`]) {
        const gone = await coordinator.get(url)
        expect(gone.status, url).toBe(410)
        expect(gone.body.error).toMatchObject({ reason: 'export-expired', values: { expiredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) } })
      }
    }
    expect((await coordinator.get(paths[0]!)).body.error.values.expiredAt).toBe(new Date(asked + 7 * dayMs).toISOString())
    await p.runSchedule('daily-monitoring')
    for (const f of files) expect(existsSync(join(p.documentsDir, f)), f).toBe(false)
    expect(await sweepDeletions()).toEqual({ files: 2, jobs: 0 })
    // A job asked today is not touched by the sweep.
    const fresh = await coordinator.post(programmeExports, { format: 'csv' })
    await p.drain()
    expect((await coordinator.get(`${programmeExports}/${fresh.body.id}/download`)).status).toBe(200)

    // 30 days on, the jobs themselves are deleted (the table's TTL on AWS; the sweep everywhere).
    clock = new Date(Date.parse(created[1]!.body.createdAt) + 37 * dayMs + 60_000)
    coordinator = await signIn(p, 'coordination@mentoryou.demo')
    expect((await coordinator.get(paths[0]!)).status).toBe(410)
    await p.runSchedule('daily-monitoring')
    for (const path of paths) expect((await coordinator.get(path)).status).toBe(404)
    // The two old jobs, and the file of the one asked on day 7 (past its own 7 days; its job stays 30 more).
    expect(await sweepDeletions()).toEqual({ files: 1, jobs: 2 })
  })
})
