import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemContext } from '@binome/data'
import { CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'
import { activateDuo } from '../support/duos'

/**
 * Duo alerts through the API against the local platform (issue "duo life and monitoring"): the daily sweep raises each
 * duo's alerts from its tracking line once a day, a page of lines at a time; one organisation's failure does not stop
 * the others; a coordinator lists their own, dismisses or snoozes one (recorded), and recording the overdue check-in
 * clears its alert at once.
 */
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const life = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const mine = `/api/monitoring/orgs/${PLS}/me/alerts?limit=100`
const alerts = `/api/monitoring/orgs/${PLS}/alerts`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let caiAdmin: ApiClient
let clock = Date.parse('2030-03-02T09:00:00.000Z')
let ours: string
let theirs: string

type AlertView = { id: string; kind: string; duoId?: string; coordinatorId?: string; values: Record<string, string | number> }

const activate = (duoId: string) => activateDuo(p, PLS, PLS_PROGRAMME, duoId)

const myAlerts = async (): Promise<AlertView[]> => {
  const res = await coordinator.get(mine)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.items
}
/** Moves the platform's clock to a morning; sessions do not outlive the jump, so staff sign in again. */
async function morningOf(day: string) {
  clock = Date.parse(`${day}T05:00:00.000Z`)
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
}
const ofDuo = (items: AlertView[], duoId: string) => items.filter((a) => a.duoId === duoId).map((a) => a.kind).sort()

beforeAll(async () => {
  p = await testPlatform({ now: () => new Date((clock += 5)) })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  const proposed = await coordinator.post(duos, { pairs: [{ menteeId: 'mentee-01', mentorId: 'mentor-01' }, { menteeId: 'mentee-02', mentorId: 'mentor-02' }] })
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
  ;[ours, theirs] = proposed.body.items.map((d: { id: string }) => d.id)
  await activate(ours!)
  await activate(theirs!)
  // Two months and a half later, nothing logged: check-ins overdue, April behind the cadence, no activity.
  await morningOf('2030-05-20')
}, 240_000)
afterAll(() => p?.stop())

describe('the daily sweep over the duos', () => {
  it('raises each duo\'s alerts from its tracking line, once a day', async () => {
    await p.runSchedule('daily-monitoring')
    const items = await myAlerts()
    for (const duo of [ours!, theirs!]) {
      expect(ofDuo(items, duo)).toEqual(['behind-cadence', 'check-in-overdue', 'check-in-overdue', 'inactive'])
    }
    const overdue = items.find((a) => a.duoId === ours && a.kind === 'check-in-overdue')!
    expect(overdue.values).toMatchObject({ side: expect.stringMatching(/^(mentor|mentee)$/), mentee: expect.any(String), mentor: expect.any(String) })
    const dayList = async () => (await coordinator.get(`${alerts}?sweepDate=2030-05-20&limit=100`)).body.items.length
    const before = await dayList()
    await p.runSchedule('daily-monitoring')
    expect(await dayList()).toBe(before)
  })

  it('goes on with the other organisations when one fails, and says so in its report', async () => {
    // A line that cannot be read in the other organisation's programme: its sweep fails, PLS's goes on.
    const client = new DynamoDBClient({ endpoint: p.dynamo.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } })
    await client.send(new PutItemCommand({
      TableName: p.dynamo.tableName,
      Item: { PK: { S: `ORG#${CAI}#PROGRAMME#${CAI_PROGRAMME}#TRACKING` }, SK: { S: 'DUO#broken' }, type: { S: 'duo-tracking' }, duoId: { N: '1' } },
    }))
    await morningOf('2030-05-21')
    const { sweep } = await import('../../functions/src/monitoring/sweep')
    const report = await sweep(p.deps)
    expect(report.failed).toBe(1)
    expect(report.duos).toBeGreaterThanOrEqual(2)
    expect((await coordinator.get(`/api/monitoring/orgs/${PLS}/sweep`)).body.lastSweep.date).toBe('2030-05-21')
    expect(ofDuo(await myAlerts(), ours!)).toContain('check-in-overdue')
  })
})

describe('the sweep\'s e-mails', () => {
  it('reminds the mentor and the mentee once when last month fell behind the cadence, in the organisation\'s language', async () => {
    // The first sweep (20 May) found April behind: one reminder to each side of each duo, none again that month.
    const tenant = p.deps.data.forTenant(systemContext(PLS))
    for (const [kind, id] of [['mentor', 'mentor-01'], ['mentee', 'mentee-01']] as const) {
      const person = await tenant.people.get(PLS_PROGRAMME, kind, id)
      const mails = p.outbox.list({ to: person.email }).filter((m) => m.subject.startsWith('Vos rencontres en'))
      expect(mails, `${kind} reminded once`).toHaveLength(1)
      expect(mails[0]!.subject).toBe('Vos rencontres en avril 2030')
      expect(mails[0]!.text).toContain('s’est rencontré 0 fois, là où le programme en propose 2')
      expect(mails[0]!.text).toContain(`/portal/duos/${ours}`)
    }
  })

  it('mails the morning digest to a coordinator who asked for it, once a day', async () => {
    expect((await coordinator.get(`/api/monitoring/orgs/${PLS}/me/alert-digest`)).body).toEqual({ daily: false })
    const chosen = await coordinator.put(`/api/monitoring/orgs/${PLS}/me/alert-digest`, { daily: true })
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200)
    expect(chosen.body).toEqual({ daily: true })
    expect((await coordinator.put(`/api/monitoring/orgs/${PLS}/me/alert-digest`, { daily: 'yes' })).status).toBe(400)
    const digests = () => p.outbox.list({ to: 'coordination@mentoryou.demo' }).filter((m) => / : \d+ alerte\(s\)$/.test(m.subject))
    await p.runSchedule('daily-monitoring')
    expect(digests()).toHaveLength(1)
    expect(digests()[0]!.text).toContain('Point de suivi en retard')
    expect(digests()[0]!.text).toContain(`/duos/${theirs}`)
    await p.runSchedule('daily-monitoring')
    expect(digests()).toHaveLength(1)
  })
})

describe('a coordinator\'s alerts', () => {
  it('clears the overdue check-in as soon as it is recorded', async () => {
    const recorded = await coordinator.post(`${life}/${ours}/check-ins`, { side: 'both', date: '2030-05-21', channel: 'phone', mood: 'good', risk: 'none', notes: 'Tout va bien' })
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201)
    const items = await myAlerts()
    expect(ofDuo(items, ours!)).not.toContain('check-in-overdue')
    expect(ofDuo(items, theirs!)).toContain('check-in-overdue')
  })

  it('dismisses one (recorded, holding at the next day\'s sweep) and snoozes another until a later day', async () => {
    const items = await myAlerts()
    const inactive = items.find((a) => a.duoId === theirs && a.kind === 'inactive')!
    const behind = items.find((a) => a.duoId === theirs && a.kind === 'behind-cadence')!
    const dismissed = await coordinator.post(`/api/monitoring/orgs/${PLS}/alerts/${inactive.id}/dismiss`, {})
    expect(dismissed.status, JSON.stringify(dismissed.body)).toBe(200)
    expect(dismissed.body).toMatchObject({ alertId: inactive.id, dismissed: { by: expect.any(String), at: expect.stringMatching(/^2030-05-21/) }, snoozed: null })
    const snoozed = await coordinator.post(`/api/monitoring/orgs/${PLS}/alerts/${behind.id}/snooze`, { until: '2030-05-23' })
    expect(snoozed.status, JSON.stringify(snoozed.body)).toBe(200)
    expect(snoozed.body.snoozed).toMatchObject({ until: '2030-05-23' })
    expect(ofDuo(await myAlerts(), theirs!)).toEqual(['check-in-overdue', 'check-in-overdue'])

    await morningOf('2030-05-22')
    await p.runSchedule('daily-monitoring')
    expect(ofDuo(await myAlerts(), theirs!)).toEqual(['check-in-overdue', 'check-in-overdue'])
    await morningOf('2030-05-23')
    await p.runSchedule('daily-monitoring')
    expect(ofDuo(await myAlerts(), theirs!)).toEqual(['behind-cadence', 'check-in-overdue', 'check-in-overdue'])
  })

  it('refuses a snooze to today or an unreadable day naming `until`, an unknown alert (404), another organisation (403)', async () => {
    const [any] = await myAlerts()
    for (const until of ['2030-05-23', '2030-02-30', 'tomorrow']) {
      const bad = await coordinator.post(`/api/monitoring/orgs/${PLS}/alerts/${any!.id}/snooze`, { until })
      expect(bad.status).toBe(400)
      expect(bad.body.error.details.map((d: { path: string }) => d.path)).toContain('until')
    }
    expect((await coordinator.post(`/api/monitoring/orgs/${PLS}/alerts/no-such-alert/dismiss`, {})).status).toBe(404)
    expect((await caiAdmin.post(`/api/monitoring/orgs/${PLS}/alerts/${any!.id}/dismiss`, {})).status).toBe(403)
    expect((await caiAdmin.get(`/api/monitoring/orgs/${PLS}/me/alerts`)).status).toBe(403)
  })
})
