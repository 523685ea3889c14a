import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAnswers, dynamoRequestCount, plsMentees, plsMentors, type Platform } from '@binome/local'
import { methodologyRules } from '@binome/core/methodologies'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

const pls = methodologyRules('pls-mentoryou')!
const programme = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
const people = `${programme}/people`
let p: Platform
let coordinator: ApiClient

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
})
afterAll(() => p.stop())

/** A new person at `applied`, entered by the coordinator. */
async function enter(kind: 'mentor' | 'mentee', firstName: string, lastName: string, n = 2) {
  const answers = demoAnswers(kind === 'mentee' ? plsMentees[n]! : plsMentors[n]!, kind, pls.forms[kind], n)
  const r = await coordinator.post(people, {
    kind, firstName, lastName, email: `${firstName}.${lastName}@exemple.be`.normalize('NFD').replace(/\p{M}/gu, '').replaceAll(' ', '').toLowerCase(), birthDate: '1990-02-03', answers,
  })
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  return r.body
}
const move = (person: { id: string; version: number }, event: string, extra: Record<string, unknown> = {}) =>
  coordinator.post(`${people}/${person.id}/stage`, { version: person.version, event, ...extra })
const checks = (side: 'mentor' | 'mentee', met: (id: string) => boolean) =>
  pls.eligibility.filter((e) => e.side === side).map((e) => ({ itemId: e.id, met: met(e.id), evidence: met(e.id) ? 'Vu en entretien' : 'Pas encore' }))
const interview = (person: { id: string; version: number }, side: 'mentor' | 'mentee', met: (id: string) => boolean) =>
  coordinator.put(`${people}/${person.id}/interview`, {
    version: person.version, heldOn: '2026-11-20', commitsToDuration: true, commitsToFrequency: true,
    expectations: 'Un emploi en logistique', notes: 'Motivée, disponible deux fois par mois.', checks: checks(side, met),
  })

describe('the recruitment and selection pipeline', () => {
  it('a mentee goes from application to ready: interview, blocking items, acceptance, each step dated and on the timeline', async () => {
    let mentee = await enter('mentee', 'Selam', 'Tesfaye')
    expect(mentee).toMatchObject({ stage: 'applied', version: 1 })

    const early = await move(mentee, 'accept')
    expect(early.status).toBe(409)
    expect(early.body.error).toMatchObject({ reason: 'wrong-state', values: { entity: 'person', state: 'applied' } })

    mentee = (await move(mentee, 'inform')).body
    expect(mentee.stage).toBe('informed')

    // The interview with one blocking item not met: recorded, but the acceptance is refused naming the item.
    const blocking = pls.eligibility.find((e) => e.side === 'mentee' && e.blocking)!
    const recorded = await interview(mentee, 'mentee', (id) => id !== blocking.id)
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200)
    mentee = recorded.body
    expect(mentee).toMatchObject({ stage: 'interviewed', interview: { durationMinutes: 60, commitsToDuration: true } })
    const refused = await move(mentee, 'accept')
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({ reason: 'eligibility-not-met', values: { count: 1 } })
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toEqual([`checks.${blocking.id}`])
    expect((await coordinator.get(`${people}/${mentee.id}`)).body.stage).toBe('interviewed')

    mentee = (await interview(mentee, 'mentee', () => true)).body
    const accepted = await move(mentee, 'accept')
    expect(accepted.status).toBe(200)
    mentee = accepted.body
    expect(mentee).toMatchObject({ stage: 'accepted', decision: { outcome: 'accepted' } })
    // The candidate is told, from the programme's decision template.
    const told = p.outbox.list({ to: mentee.email }).at(-1)
    expect(told?.subject).toContain('votre candidature est retenue')
    expect(told?.text).toContain(`Bonjour ${mentee.firstName}`)
    expect(await move(mentee, 'train').then((r) => r.body.error.reason)).toBe('mentors-only')
    mentee = (await move(mentee, 'ready')).body
    expect(mentee.stage).toBe('ready')
    expect(Object.keys(mentee.stageDates)).toEqual(expect.arrayContaining(['applied', 'informed', 'interviewed', 'accepted', 'ready']))

    const timeline = (await coordinator.get(`${people}/${mentee.id}/timeline?limit=20`)).body.items
    // Newest first: ready, accept, second interview, first interview (with the stage move), inform, created.
    expect(timeline.map((e: { kind: string }) => e.kind)).toEqual(['stage', 'stage', 'interview', 'interview', 'stage', 'created'])
    expect(timeline[1]).toMatchObject({ stage: { from: 'interviewed', to: 'accepted', event: 'accept' }, decision: { outcome: 'accepted' } })
    expect(timeline[3]).toMatchObject({ stage: { from: 'informed', to: 'interviewed' } })
    expect(timeline.at(-1)).toMatchObject({ kind: 'created', source: 'staff' })
    for (const e of timeline) expect(e.by).toBeTruthy()
  })

  it('a refusal states its reason; a refused mentee may be referred on; nothing changes without a reason', async () => {
    const mentee = await enter('mentee', 'Omar', 'Haddad', 3)
    const bare = await move(mentee, 'refuse', { reason: '   ' })
    expect(bare.status).toBe(400)
    expect(bare.body.error.details.map((d: { path: string }) => d.path)).toContain('reason')
    const none = await move(mentee, 'refuse')
    expect(none.status).toBe(400)
    expect(none.body.error.details.map((d: { path: string }) => d.path)).toEqual(['reason'])
    expect((await coordinator.get(`${people}/${mentee.id}`)).body).toMatchObject({ stage: 'applied', version: 1 })

    const refused = await move(mentee, 'refuse', { reason: 'Cherche une formation qualifiante d’abord.', referredTo: 'centre-formation-anderlecht' })
    expect(refused.status, JSON.stringify(refused.body)).toBe(200)
    expect(refused.body).toMatchObject({
      stage: 'refused', decision: { outcome: 'refused', reason: 'Cherche une formation qualifiante d’abord.', referredTo: 'centre-formation-anderlecht' },
    })
    // The refusal e-mail gives the reason and names the partner the mentee is sent to.
    const told = p.outbox.list({ to: mentee.email }).at(-1)
    expect(told?.subject).toContain('réponse à votre candidature')
    expect(told?.text).toContain('Cherche une formation qualifiante d’abord.')
    expect(told?.text).toContain('Centre de formation Cureghem Métiers')
    const [last] = (await coordinator.get(`${people}/${mentee.id}/timeline`)).body.items
    expect(last).toMatchObject({ kind: 'stage', decision: { outcome: 'refused', referredTo: 'centre-formation-anderlecht' } })
    // Reopened later: a new application starts again at the first stage.
    expect((await move(refused.body, 'reopen')).body.stage).toBe('applied')
  })

  it('a mentor cannot be ready for matching before the training when the programme requires it', async () => {
    expect(pls.cadences.trainingRequiredBeforeMatching).toBe(true)
    let mentor = await enter('mentor', 'Luc', 'Peeters', 4)
    mentor = (await interview(mentor, 'mentor', () => true)).body
    mentor = (await move(mentor, 'accept')).body
    const early = await move(mentor, 'ready')
    expect(early.status).toBe(409)
    expect(early.body.error.reason).toBe('training-required')
    mentor = (await move(mentor, 'train')).body
    expect(mentor.stage).toBe('trained')
    expect((await move(mentor, 'ready')).body.stage).toBe('ready')
  })

  it('every edit is on the timeline with who, when, before and after; a stale version changes nothing', async () => {
    const mentee = await enter('mentee', 'Ana', 'Lima', 5)
    const edited = await coordinator.patch(`${people}/${mentee.id}`, { version: 1, phone: '+32 470 55 66 77', answers: { ...mentee.answers, locality: 'Anderlecht' } })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body.facets.locality).toBe('Anderlecht')
    const [entry] = (await coordinator.get(`${people}/${mentee.id}/timeline`)).body.items
    expect(entry).toMatchObject({ kind: 'edited' })
    expect(entry.changes).toEqual(expect.arrayContaining([
      { field: 'phone', after: '+32 470 55 66 77' },
      { field: 'answers.locality', before: mentee.answers.locality, after: 'Anderlecht' },
    ]))
    const stale = await move(mentee, 'inform')
    expect(stale.status).toBe(409)
    expect(stale.body.error.reason).toBe('stale-version')
    const noted = await coordinator.post(`${people}/${mentee.id}/notes`, { note: 'A rappelé : disponible le mardi.' })
    expect(noted.status).toBe(201)
    expect((await coordinator.get(`${people}/${mentee.id}/timeline`)).body.items[0]).toMatchObject({ kind: 'note', note: 'A rappelé : disponible le mardi.' })
  })

  it('an interview naming an eligibility item of the other side, or an unknown one, is refused naming the field', async () => {
    const mentee = await enter('mentee', 'Zeynep', 'Kaya', 6)
    const r = await coordinator.put(`${people}/${mentee.id}/interview`, {
      version: 1, heldOn: '2026-11-20', commitsToDuration: true, commitsToFrequency: false, checks: [{ itemId: 'mentor-professionally-active', met: true }],
    })
    expect(r.status).toBe(400)
    expect(r.body.error.details[0]).toMatchObject({ path: 'checks.0.itemId', reason: 'not-a-choice' })
    expect((await coordinator.get(`${people}/${mentee.id}`)).body.version).toBe(1)
  })
})

describe('the people list and the board', () => {
  it('filters by stage, side, search words without accents, locality, sector and language, from the indexes only', async () => {
    const list = async (q: string) => (await coordinator.get(`${people}?limit=100&${q}`)).body.items as { firstName: string; lastName: string; stage: string; kind: string; facets: Record<string, unknown> }[]
    const ready = await list('stage=ready&kind=mentee')
    expect(ready.length).toBeGreaterThan(0)
    expect(ready.every((x) => x.stage === 'ready' && x.kind === 'mentee')).toBe(true)
    // Sorted by last name within a side.
    const names = ready.map((x) => x.lastName.toLowerCase())
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')))

    await enter('mentee', 'Élodie', 'Vandenbroeck', 7)
    expect((await list('q=elodie')).map((x) => x.lastName)).toContain('Vandenbroeck')
    expect((await list('q=ÉLODIE%20vanden')).map((x) => x.lastName)).toContain('Vandenbroeck')
    expect(await list('q=nobody-has-this-name')).toEqual([])
    // Any word of a name or of the e-mail, from its beginning; a renamed person is found by the new name only.
    const renamed = await enter('mentee', 'Aïcha', 'Ben Salah', 8)
    expect((await list('q=salah')).map((x) => x.firstName)).toContain('Aïcha')
    expect((await list(`q=${encodeURIComponent(renamed.email)}`)).map((x) => x.lastName)).toEqual(['Ben Salah'])
    expect((await coordinator.patch(`${people}/${renamed.id}`, { version: 1, lastName: 'Ben Youssef' })).status).toBe(200)
    expect((await list('q=salah')).map((x) => x.firstName)).not.toContain('Aïcha')
    expect((await list('q=youss%20aich')).map((x) => x.lastName)).toEqual(['Ben Youssef'])

    const someone = ready[0]!
    const byLocality = await list(`locality=${encodeURIComponent(String(someone.facets.locality))}`)
    expect(byLocality.length).toBeGreaterThan(0)
    expect(byLocality.every((x) => x.facets.locality === someone.facets.locality)).toBe(true)
    const bySector = await list(`sector=${someone.facets.sector}&kind=mentee`)
    expect(bySector.every((x) => x.facets.sector === someone.facets.sector && x.kind === 'mentee')).toBe(true)
    const language = (someone.facets.languages as string[])[0]!
    const byLanguage = await list(`language=${language}`)
    expect(byLanguage.every((x) => (x.facets.languages as string[]).includes(language))).toBe(true)

    // Served by index queries: no scan, no read of the whole people partition.
    const before = dynamoRequestCount(p.dynamo.endpoint).byOperation
    await list('q=elodie&kind=mentee&stage=applied')
    const after = dynamoRequestCount(p.dynamo.endpoint).byOperation
    expect(after.Scan ?? 0).toBe(before.Scan ?? 0)
    expect((after.Query ?? 0) - (before.Query ?? 0)).toBeGreaterThan(0)
  })

  it('pages with a cursor bound to the list; a cursor from another list is a 400', async () => {
    const first = (await coordinator.get(`${people}?limit=5&kind=mentor`)).body
    expect(first.items).toHaveLength(5)
    expect(first.nextCursor).toBeTruthy()
    const second = (await coordinator.get(`${people}?limit=5&kind=mentor&cursor=${first.nextCursor}`)).body
    expect(second.items.map((x: { id: string }) => x.id)).not.toContain(first.items[0].id)
    const elsewhere = await coordinator.get(`${people}?limit=5&stage=ready&cursor=${first.nextCursor}`)
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.body.error.details[0].path).toBe('cursor')
  })

  it('counts people at each stage for the board, with the same filters', async () => {
    const all = (await coordinator.get(`${programme}/pipeline`)).body.counts
    const mentees = (await coordinator.get(`${programme}/pipeline?kind=mentee`)).body.counts
    expect(Object.keys(all)).toEqual(['applied', 'informed', 'interviewed', 'accepted', 'refused', 'trained', 'ready', 'matched', 'closed'])
    expect(mentees.ready).toBeGreaterThan(0)
    expect(all.ready).toBeGreaterThan(mentees.ready)
    const readyMentees = (await coordinator.get(`${people}?limit=100&stage=ready&kind=mentee`)).body.items
    expect(readyMentees).toHaveLength(mentees.ready)
    expect(mentees.trained).toBe(0)
    // The column heads (kept counters) agree with the people listed at each stage after all the moves above.
    for (const stage of Object.keys(all)) {
      const listed = (await coordinator.get(`${people}?limit=100&stage=${stage}`)).body.items.length
      expect(all[stage], stage).toBe(listed)
    }
  })
})
