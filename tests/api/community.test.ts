import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient, CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The mentor community (issue 10): peer meetings planned months ahead with their invitations, all or nothing; the
 * newsletter to the active mentors with its personal unsubscribe link, honoured by the next send.
 */
const programme = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
const series = `${programme}/peer-meetings/series`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let caiAdmin: ApiClient

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
})
afterAll(() => p?.stop())

/** Someone without an account: a mentor opening their unsubscribe link. */
const anonymous = () => new ApiClient(p.url)

const plan = {
  title: 'Rencontre entre mentors', firstStartsAt: '2030-01-31T18:30', everyMonths: 2, horizonMonths: 6, durationMinutes: 90,
  place: 'Rue Coenraets 72, 1060 Saint-Gilles', capacity: 200, topics: ['experience-sharing', 'job-market-news'],
}

const peerMeetings = async () =>
  (await coordinator.get(`${programme}/sessions?when=all&kind=peer-meeting`)).body.items as { id: string; startsAt: string; invitedCount: number }[]

/** The programme's active mentors (ready for a duo or matched), the people a series invites. */
async function activeMentorIds(): Promise<string[]> {
  const ids: string[] = []
  for (const stage of ['ready', 'matched']) {
    const r = await coordinator.get(`${programme}/people?kind=mentor&stage=${stage}&limit=100`)
    ids.push(...r.body.items.filter((x: { email: string }) => x.email).map((x: { id: string }) => x.id))
  }
  return ids
}

describe('planning a series of peer meetings', () => {
  it('creates every meeting of the horizon at once (month ends kept), each with the active mentors invited and mailed a calendar file', async () => {
    const mentors = await activeMentorIds()
    expect(mentors.length).toBeGreaterThan(0)
    const mailsBefore = p.outbox.list({}).length
    const r = await coordinator.post(series, plan)
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    expect(r.body.items.map((s: { startsAt: string }) => s.startsAt)).toEqual(['2030-01-31T18:30', '2030-03-31T18:30', '2030-05-31T18:30'])
    expect(r.body.items.every((s: { kind: string; invitedCount: number }) => s.kind === 'peer-meeting' && s.invitedCount === mentors.length)).toBe(true)
    expect(r.body.invited).toBe(3 * mentors.length)
    const detail = (await coordinator.get(`${programme}/sessions/${r.body.items[1].id}`)).body
    expect(detail.invitees.map((i: { personId: string }) => i.personId).sort()).toEqual([...mentors].sort())
    const mails = p.outbox.list({}).slice(mailsBefore)
    expect(mails).toHaveLength(3 * mentors.length)
    expect(mails.every((m) => m.attachments?.[0]?.fileName === 'rencontre-mentors.ics')).toBe(true)
  })

  it('uses the programme\'s peer-meeting interval when none is sent, for a count of meetings', async () => {
    const r = await coordinator.post(series, { ...plan, everyMonths: undefined, horizonMonths: undefined, count: 2, firstStartsAt: '2031-01-16T18:30' })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    // The demo's rules: a peer meeting every 8 weeks.
    expect(r.body.items.map((s: { startsAt: string }) => s.startsAt)).toEqual(['2031-01-16T18:30', '2031-03-13T18:30'])
  })

  it('all or nothing: bad input names the field, too few places is 409 session-full, and no meeting is written', async () => {
    const before = (await peerMeetings()).length
    const cases: [Record<string, unknown>, string][] = [
      [{ ...plan, place: null }, 'place'],
      [{ ...plan, firstStartsAt: '2030-02-30T18:30' }, 'firstStartsAt'],
      [{ ...plan, firstStartsAt: '2020-01-31T18:30' }, 'firstStartsAt'],
      [{ ...plan, count: 3 }, 'count'],
      [{ ...plan, everyWeeks: 8 }, 'everyMonths'],
      [{ ...plan, topics: ['ethics-and-safety'] }, 'topics.0'],
      [{ ...plan, horizonMonths: 24 }, 'horizonMonths'],
    ]
    for (const [body, field] of cases) {
      const r = await coordinator.post(series, body)
      expect(r.status, JSON.stringify(body)).toBe(400)
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field)
    }
    const full = await coordinator.post(series, { ...plan, capacity: 1 })
    expect(full.status).toBe(409)
    expect(full.body.error.reason).toBe('session-full')
    expect((await peerMeetings()).length).toBe(before)
  })

  it('another organisation\'s programme is 404, and nothing is written there', async () => {
    const r = await coordinator.post(`/api/onboarding/orgs/${PLS}/programmes/${CAI_PROGRAMME}/peer-meetings/series`, plan)
    expect(r.status).toBe(404)
    const theirs = await caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/sessions?kind=peer-meeting`)
    expect(theirs.body.items.filter((s: { title: string }) => s.title === plan.title)).toEqual([])
  })
})

describe('the mentor community newsletter', () => {
  const newsletters = `${programme}/newsletters`
  const tokenIn = (text: string | undefined) => /\/newsletter\/([A-Za-z0-9_-]{32})/.exec(text ?? '')?.[1]

  it('reaches every active mentor once, each mail with its own unsubscribe link; the next send skips who unsubscribed', async () => {
    const mentors = await activeMentorIds()
    const before = p.outbox.list({}).length
    const first = await coordinator.post(newsletters, { subject: 'Nouvelles de décembre', body: 'Bonjour à toutes et à tous,\n\nLa prochaine rencontre est en janvier.' })
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body).toMatchObject({ recipientsCount: mentors.length, skippedCount: 0, failedCount: 0 })
    const mails = p.outbox.list({}).slice(before)
    expect(mails).toHaveLength(mentors.length)
    expect(mails[0]!.subject).toBe('Nouvelles de décembre')
    expect(mails[0]!.text).toContain('La prochaine rencontre est en janvier.')
    const tokens = mails.map((m) => tokenIn(m.text))
    expect(tokens.every(Boolean)).toBe(true)
    expect(new Set(tokens).size).toBe(mentors.length)

    // One mentor opens their link: the page knows them, in the organisation's language; one click unsubscribes.
    const leaving = mails[0]!
    const token = tokenIn(leaving.text)!
    const page = await anonymous().get(`/api/onboarding/public/newsletter/${token}`)
    expect(page.status).toBe(200)
    expect(page.body).toMatchObject({ subscribed: true, locale: 'fr' })
    const out = await anonymous().put(`/api/onboarding/public/newsletter/${token}`, { subscribed: false })
    expect(out.status, JSON.stringify(out.body)).toBe(200)
    expect(out.body.subscribed).toBe(false)
    expect((await anonymous().put(`/api/onboarding/public/newsletter/${token}`, { subscribed: false })).status).toBe(200)

    const mark = p.outbox.list({}).length
    const second = await coordinator.post(newsletters, { subject: 'Nouvelles de janvier', body: 'Bonne année !' })
    expect(second.body).toMatchObject({ recipientsCount: mentors.length - 1, skippedCount: 1 })
    const again = p.outbox.list({}).slice(mark)
    expect(again.map((m) => m.to)).not.toContain(leaving.to)
    // The same link as before for everyone else: a token is made once per mentor.
    expect(new Set(again.map((m) => tokenIn(m.text)))).toEqual(new Set(tokens.filter((t) => t !== token)))

    const list = await coordinator.get(newsletters)
    expect(list.body.items.slice(0, 2).map((n: { subject: string; skippedCount: number }) => [n.subject, n.skippedCount]))
      .toEqual([['Nouvelles de janvier', 1], ['Nouvelles de décembre', 0]])

    // Subscribing again from the same page: the next newsletter reaches them.
    expect((await anonymous().put(`/api/onboarding/public/newsletter/${token}`, { subscribed: true })).body.subscribed).toBe(true)
    const third = await coordinator.post(newsletters, { subject: 'Nouvelles de février', body: 'À bientôt.' })
    expect(third.body).toMatchObject({ recipientsCount: mentors.length, skippedCount: 0 })
  })

  it('a forged or unknown link is 404 and changes nothing', async () => {
    for (const token of ['A'.repeat(32), 'forged-token-forged-token-forged']) {
      expect((await anonymous().get(`/api/onboarding/public/newsletter/${token}`)).status).toBe(404)
      expect((await anonymous().put(`/api/onboarding/public/newsletter/${token}`, { subscribed: false })).status).toBe(404)
    }
    expect((await anonymous().get('/api/onboarding/public/newsletter/short')).status).toBe(400)
  })

  it('bad input names the field and sends nothing; another organisation\'s programme is 404', async () => {
    const before = p.outbox.list({}).length
    const noSubject = await coordinator.post(newsletters, { subject: '', body: 'Bonjour' })
    expect(noSubject.status).toBe(400)
    expect(noSubject.body.error.details.map((d: { path: string }) => d.path)).toEqual(['subject'])
    const noBody = await coordinator.post(newsletters, { subject: 'Nouvelles', body: '   ' })
    expect(noBody.status).toBe(400)
    expect(noBody.body.error.details.map((d: { path: string }) => d.path)).toEqual(['body'])
    const elsewhere = `/api/onboarding/orgs/${PLS}/programmes/${CAI_PROGRAMME}/newsletters`
    expect((await coordinator.post(elsewhere, { subject: 'Nouvelles', body: 'Bonjour' })).status).toBe(404)
    expect((await coordinator.get(elsewhere)).status).toBe(404)
    expect(p.outbox.list({}).length).toBe(before)
  })
})
