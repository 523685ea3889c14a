import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient, CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The mentor community (issue 10): peer meetings planned months ahead with their invitations, all or nothing; the
 * newsletter to the active mentors with its personal unsubscribe link, honoured by the next send, mailed in the
 * background by the newsletters worker (queued → sending → sent, or failed with its reason and queued again).
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
  /** Asks for a newsletter (202, queued), lets the worker mail it, and reads it back. */
  const send = async (draft: { subject: string; body: string }) => {
    const queued = await coordinator.post(newsletters, draft)
    expect(queued.status, JSON.stringify(queued.body)).toBe(202)
    expect(queued.body).toMatchObject({ state: 'queued', recipientsCount: 0, reason: null })
    await p.drain()
    return (await coordinator.get(`${newsletters}/${queued.body.id}`)).body
  }
  const tokenIn = (text: string | undefined) => /\/newsletter\/([A-Za-z0-9_-]{32})/.exec(text ?? '')?.[1]

  it('reaches every active mentor once, each mail with its own unsubscribe link; the next send skips who unsubscribed', async () => {
    const mentors = await activeMentorIds()
    const before = p.outbox.list({}).length
    const first = await send({ subject: 'Nouvelles de décembre', body: 'Bonjour à toutes et à tous,\n\nLa prochaine rencontre est en janvier.' })
    expect(first).toMatchObject({ state: 'sent', totalCount: mentors.length, recipientsCount: mentors.length, skippedCount: 0, failedCount: 0 })
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
    const second = await send({ subject: 'Nouvelles de janvier', body: 'Bonne année !' })
    expect(second).toMatchObject({ state: 'sent', recipientsCount: mentors.length - 1, skippedCount: 1 })
    const again = p.outbox.list({}).slice(mark)
    expect(again.map((m) => m.to)).not.toContain(leaving.to)
    // The same link as before for everyone else: a token is made once per mentor.
    expect(new Set(again.map((m) => tokenIn(m.text)))).toEqual(new Set(tokens.filter((t) => t !== token)))

    const list = await coordinator.get(newsletters)
    expect(list.body.items.slice(0, 2).map((n: { subject: string; skippedCount: number }) => [n.subject, n.skippedCount]))
      .toEqual([['Nouvelles de janvier', 1], ['Nouvelles de décembre', 0]])

    // Subscribing again from the same page: the next newsletter reaches them.
    expect((await anonymous().put(`/api/onboarding/public/newsletter/${token}`, { subscribed: true })).body.subscribed).toBe(true)
    const third = await send({ subject: 'Nouvelles de février', body: 'À bientôt.' })
    expect(third).toMatchObject({ recipientsCount: mentors.length, skippedCount: 0 })
  })

  it('a message delivered twice mails each mentor once', async () => {
    const before = p.outbox.list({}).length
    const queued = await coordinator.post(newsletters, { subject: 'Nouvelles en double', body: 'Une seule fois.' })
    expect(queued.status).toBe(202)
    // SQS delivers at least once: the same message again, before and after the worker mailed it.
    const message = JSON.stringify({ orgId: PLS, programmeId: PLS_PROGRAMME, newsletterId: queued.body.id })
    p.newslettersQueue.send(message)
    await p.drain()
    p.newslettersQueue.send(message)
    await p.drain()
    const read = (await coordinator.get(`${newsletters}/${queued.body.id}`)).body
    expect(read.state).toBe('sent')
    const mails = p.outbox.list({}).slice(before)
    expect(mails).toHaveLength(read.recipientsCount)
    expect(new Set(mails.map((m) => m.to)).size).toBe(mails.length)
  })

  it('a poison message ends in the dead-letter queue alone, after its retries; the next newsletter goes out', async () => {
    const dead = p.newslettersQueue.deadLetters().length
    p.newslettersQueue.send('not a newsletter')
    p.newslettersQueue.send(JSON.stringify({ orgId: PLS, programmeId: PLS_PROGRAMME, newsletterId: 'no-such-newsletter' }))
    await p.drain()
    const letters = p.newslettersQueue.deadLetters().slice(dead)
    expect(letters.map((l) => l.receiveCount)).toEqual([3, 3])
    expect((await send({ subject: 'Après le poison', body: 'Tout va bien.' })).state).toBe('sent')
  })

  it('a failure on every attempt leaves it failed with its reason; the coordinator queues it again and it is sent, nobody twice', async () => {
    const links = p.deps.data.newsletterLinks
    // The platform table refuses the worker's writes for a while (an outage), on all three attempts.
    p.deps.data.newsletterLinks = { ...links, link: () => Promise.reject(new Error('platform table unavailable')) }
    const before = p.outbox.list({}).length
    let failed
    try {
      failed = await send({ subject: 'Nouvelles en panne', body: 'Bientôt.' })
    } finally {
      p.deps.data.newsletterLinks = links
    }
    // The reason is a code the screen puts in words; the raw error stays in the log.
    expect(failed).toMatchObject({ state: 'failed', reason: 'storage-unavailable', recipientsCount: 0 })
    expect(JSON.stringify(failed)).not.toContain('platform table unavailable')
    expect(p.outbox.list({}).length).toBe(before)
    expect((await coordinator.get(newsletters)).body.items[0]).toMatchObject({ id: failed.id, state: 'failed' })

    const again = await coordinator.post(`${newsletters}/${failed.id}/retry`)
    expect(again.status, JSON.stringify(again.body)).toBe(202)
    expect(again.body).toMatchObject({ state: 'queued', reason: null })
    await p.drain()
    const sent = (await coordinator.get(`${newsletters}/${failed.id}`)).body
    expect(sent).toMatchObject({ state: 'sent', failedCount: 0 })
    expect(p.outbox.list({}).slice(before)).toHaveLength(sent.recipientsCount)
    // Sent is final: retrying it is 409 naming its state; an unknown id is 404.
    const twice = await coordinator.post(`${newsletters}/${failed.id}/retry`)
    expect(twice.status).toBe(409)
    expect(twice.body.error.reason).toBe('wrong-state')
    expect((await coordinator.post(`${newsletters}/no-such-newsletter/retry`)).status).toBe(404)
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
    const theirs = await caiAdmin.post(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/newsletters`, { subject: 'Nouvelles du CAI', body: 'Bonjour' })
    expect((await coordinator.get(`${elsewhere}/${theirs.body.id}`)).status).toBe(404)
    expect((await coordinator.get(`${newsletters}/${theirs.body.id}`)).status).toBe(404)
    expect((await coordinator.post(`${newsletters}/${theirs.body.id}/retry`)).status).toBe(404)
    await p.drain()
    expect(p.outbox.list({}).slice(before).filter((m) => m.subject === 'Nouvelles')).toEqual([])
  })
})
