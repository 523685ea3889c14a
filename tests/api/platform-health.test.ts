import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let operator: ApiClient
const health = '/api/monitoring/platform/health'

beforeAll(async () => {
  p = await testPlatform()
  operator = await signIn(p, 'operator@binome.demo')
})
afterAll(() => p.stop())

async function organisationCount(): Promise<number> {
  let n = 0
  let cursor: string | undefined
  do {
    const page = await p.deps.data.identity.organisationsPage({ limit: 100, cursor })
    n += page.items.length
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return n
}

describe('the operator’s platform health', () => {
  it('shows organisations, the matching queue, the last complete sweep and the day’s errors, without personal data', async () => {
    const before = await operator.get(health)
    expect(before.status).toBe(200)
    expect(before.body.organisations).toBe(await organisationCount())
    expect(before.body.queues).toEqual([{ name: 'matching', waiting: 0, inFlight: 0, deadLetters: 0 }])
    expect(before.body.lastSweep).toBeNull()

    await p.runSchedule('daily-monitoring')
    const after = await operator.get(health)
    expect(after.body.lastSweep).toMatchObject({ organisations: await organisationCount(), exportFilesDeleted: 0, exportJobsDeleted: 0 })
    expect(Date.parse(after.body.errors.since)).toBeLessThan(Date.parse(after.body.checkedAt))
    // Counts and times only: no e-mail address, no person's or organisation's name.
    const text = JSON.stringify(after.body)
    expect(text).not.toMatch(/@|MentorYou|Duo|Claire|Julien/)
  })

  it('redrives the matching queue’s dead letters on the operator’s word', async () => {
    const r = await operator.post('/api/monitoring/platform/queues/matching/redrive')
    expect(r.status).toBe(200)
    expect(r.body).toEqual({ queue: 'matching', moved: 0 })
    expect((await operator.post('/api/monitoring/platform/queues/mail/redrive')).status).toBe(400)
  })

  it('is the operator’s only: a tenant admin is refused, a stranger must sign in', async () => {
    const admin = await signIn(p, 'admin@mentoryou.demo')
    expect((await admin.get(health)).status).toBe(403)
    expect((await admin.post('/api/monitoring/platform/queues/matching/redrive')).status).toBe(403)
    expect((await new ApiClient(p.url).get(health)).status).toBe(401)
  })
})
