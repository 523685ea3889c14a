import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * Information sessions and mentor trainings: scheduling, invitations by e-mail with a calendar file, the capacity,
 * attendance, and another organisation's ids.
 */
const base = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/sessions`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let trainer: ApiClient
let caiAdmin: ApiClient

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  trainer = await signIn(p, 'trainer@binome.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
})
afterAll(() => p?.stop())

const information = {
  kind: 'information', title: 'Séance d’information de mars', startsAt: '2030-03-12T18:00', durationMinutes: 60,
  place: 'Rue Coenraets 72, 1060 Saint-Gilles', videoLink: null, capacity: 2, topics: ['who-can-take-part', 'voluntary-nature'],
}

describe('scheduling a session', () => {
  it('creates an information session in Brussels time and lists it among the upcoming ones', async () => {
    const r = await coordinator.post(base, information)
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    expect(r.body).toMatchObject({ state: 'scheduled', timeZone: 'Europe/Brussels', startsAtUtc: '2030-03-12T17:00:00.000Z', invitedCount: 0, version: 1 })
    const upcoming = await coordinator.get(`${base}?when=upcoming`)
    expect(upcoming.body.items.map((s: { id: string }) => s.id)).toContain(r.body.id)
    const past = await coordinator.get(`${base}?when=past`)
    expect(past.body.items.map((s: { id: string }) => s.id)).not.toContain(r.body.id)
  })

  it('bad input names the field, and nothing is written', async () => {
    const before = (await coordinator.get(base)).body.items.length
    const noPlace = await coordinator.post(base, { ...information, place: null })
    expect(noPlace.status).toBe(400)
    expect(noPlace.body.error.details.map((d: { path: string }) => d.path)).toEqual(['place'])
    const badTopic = await coordinator.post(base, { ...information, topics: ['ethics-and-safety'] })
    expect(badTopic.status).toBe(400)
    expect(badTopic.body.error.details.map((d: { path: string }) => d.path)).toEqual(['topics[0]'])
    const badDate = await coordinator.post(base, { ...information, startsAt: '2030-02-30T18:00' })
    expect(badDate.body.error.details.map((d: { path: string }) => d.path)).toEqual(['startsAt'])
    const badLink = await coordinator.post(base, { ...information, videoLink: 'javascript:alert(1)' })
    expect(badLink.body.error.details.map((d: { path: string }) => d.path)).toEqual(['videoLink'])
    expect((await coordinator.get(base)).body.items.length).toBe(before)
  })

  it('is staff only: a trainer of the organisation reads and writes no session', async () => {
    expect((await trainer.get(base)).status).toBe(403)
    expect((await trainer.post(base, information)).status).toBe(403)
  })
})

describe('invitations', () => {
  let session: any

  beforeAll(async () => {
    session = (await coordinator.post(base, information)).body
  })

  it('sends each invitee the programme’s e-mail with a calendar file, and shows it in the outbox', async () => {
    const r = await coordinator.post(`${base}/${session.id}/invitations`, { personIds: ['mentee-01', 'mentor-02'] })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body).toMatchObject({ invitedCount: 2, version: 2 })
    expect(r.body.invitees.map((i: { personId: string; attendance: null }) => [i.personId, i.attendance])).toEqual([['mentee-01', null], ['mentor-02', null]])
    const invitee = r.body.invitees[0]
    const mail = p.outbox.list({ to: invitee.email }).at(-1)!
    expect(mail.subject).toMatch(/^MentorYou.* : séance d’information le 12\/03\/2030$/)
    expect(mail.text).toContain(`Bonjour ${invitee.firstName},`)
    expect(mail.text).toContain('Le 12/03/2030, de 18:00 à 19:00 (heure de Bruxelles)')
    expect(mail.text).toContain('Lieu : Rue Coenraets 72, 1060 Saint-Gilles')
    expect(mail.attachments).toHaveLength(1)
    const calendar = Buffer.from(mail.attachments![0]!.content, 'base64').toString('utf8')
    expect(mail.attachments![0]).toMatchObject({ fileName: 'seance-information.ics', contentType: expect.stringContaining('text/calendar') })
    expect(calendar).toContain('BEGIN:VCALENDAR')
    expect(calendar).toContain('METHOD:REQUEST')
    expect(calendar).toContain('DTSTART:20300312T170000Z')
    expect(calendar).toContain(`UID:${session.id}@binome.sessions`)
    expect(calendar).toMatch(/LOCATION:Rue Coenraets 72\\, 1060 Saint-Gilles/)
    // The local outbox lists the attachment and serves it as the recipient would open it.
    const listed = await fetch(`${p.url}/api/outbox`).then((res) => res.json()) as { items: { id: string; attachments: { url: string; fileName: string }[] }[] }
    const entry = listed.items.find((m) => m.id === mail.id)!
    expect(entry.attachments).toEqual([expect.objectContaining({ fileName: 'seance-information.ics' })])
    const file = await fetch(`${p.url}${entry.attachments[0]!.url}`)
    expect(file.headers.get('content-type')).toContain('text/calendar')
    expect(await file.text()).toBe(calendar)
  })

  it('inviting someone twice is harmless; beyond the capacity is a 409 that says so, and nothing changes', async () => {
    const mails = p.outbox.list().length
    const again = await coordinator.post(`${base}/${session.id}/invitations`, { personIds: ['mentee-01'] })
    expect(again.status).toBe(200)
    expect(again.body.invitedCount).toBe(2)
    const full = await coordinator.post(`${base}/${session.id}/invitations`, { personIds: ['mentee-03'] })
    expect(full.status).toBe(409)
    expect(full.body.error).toMatchObject({ reason: 'session-full', values: { capacity: 2, left: 0 } })
    expect(p.outbox.list().length).toBe(mails)
    const read = await coordinator.get(`${base}/${session.id}`)
    expect(read.body.invitees).toHaveLength(2)
  })

  it('an unknown person or another organisation’s person is a 404, and nobody is invited', async () => {
    const s = (await coordinator.post(base, { ...information, capacity: 10 })).body
    const r = await coordinator.post(`${base}/${s.id}/invitations`, { personIds: ['mentee-04', 'no-such-person'] })
    expect(r.status).toBe(404)
    expect((await coordinator.get(`${base}/${s.id}`)).body.invitees).toEqual([])
  })

  it('a mentor training is for mentors: inviting a mentee names them', async () => {
    const t = (await coordinator.post(base, { ...information, kind: 'training', title: 'Atelier interculturel', durationMinutes: 180, topics: ['ethics-and-safety'] })).body
    const r = await coordinator.post(`${base}/${t.id}/invitations`, { personIds: ['mentor-01', 'mentee-02'] })
    expect(r.status).toBe(400)
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(['personIds[1]'])
  })
})

describe('mentors’ peer meetings', () => {
  it('are for mentors: each gets the peer-meeting e-mail with its calendar file; attending moves no one along the pipeline', async () => {
    const people = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`
    const created = await coordinator.post(base, {
      kind: 'peer-meeting', title: 'Rencontre entre mentors de mars', startsAt: '2026-03-11T18:30', durationMinutes: 90,
      place: 'Rue Coenraets 72, 1060 Saint-Gilles', capacity: 30, topics: ['experience-sharing', 'job-market-news'],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const s = created.body
    const mentee = await coordinator.post(`${base}/${s.id}/invitations`, { personIds: ['mentor-04', 'mentee-03'] })
    expect(mentee.status).toBe(400)
    expect(mentee.body.error.details.map((d: { path: string }) => d.path)).toEqual(['personIds[1]'])
    expect((await coordinator.post(`${base}/${s.id}/invitations`, { personIds: ['mentor-04'] })).status).toBe(200)
    const mentor = (await coordinator.get(`${people}/mentor-04`)).body
    const mail = p.outbox.list({ to: mentor.email }).at(-1)!
    expect(mail.subject).toContain('rencontre entre mentors')
    expect(mail.text).toContain('Les nouvelles du marché de l’emploi')
    expect(mail.attachments![0]).toMatchObject({ fileName: 'rencontre-mentors.ics', contentType: expect.stringContaining('text/calendar') })
    const held = await coordinator.put(`${base}/${s.id}/attendance`, { marks: [{ personId: 'mentor-04', attendance: 'present' }] })
    expect(held.status, JSON.stringify(held.body)).toBe(200)
    expect((await coordinator.get(`${people}/mentor-04`)).body.stage).toBe(mentor.stage)
    const listed = await coordinator.get(`${base}?when=past&kind=peer-meeting`)
    expect(listed.body.items.map((x: { id: string; kind: string }) => [x.id, x.kind])).toContainEqual([s.id, 'peer-meeting'])
  })
})

describe('attendance and the session’s life', () => {
  it('records present, absent and excused once started; the session becomes held and can no longer be changed', async () => {
    const t = (await coordinator.post(base, {
      kind: 'training', title: 'Formation des mentors', startsAt: '2026-01-10T09:00', durationMinutes: 180, videoLink: 'https://meet.example/formation',
      capacity: 12, topics: ['mentoring-definition', 'ethics-and-safety'],
    })).body
    await coordinator.post(`${base}/${t.id}/invitations`, { personIds: ['mentor-01', 'mentor-02', 'mentor-03'] })
    const r = await coordinator.put(`${base}/${t.id}/attendance`, {
      marks: [{ personId: 'mentor-01', attendance: 'present' }, { personId: 'mentor-02', attendance: 'absent' }, { personId: 'mentor-03', attendance: 'excused' }],
    })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.state).toBe('held')
    expect(Object.fromEntries(r.body.invitees.map((i: { personId: string; attendance: string }) => [i.personId, i.attendance])))
      .toEqual({ 'mentor-01': 'present', 'mentor-02': 'absent', 'mentor-03': 'excused' })
    const past = await coordinator.get(`${base}?when=past&kind=training`)
    expect(past.body.items.map((s: { id: string }) => s.id)).toContain(t.id)
    const edit = await coordinator.patch(`${base}/${t.id}`, { title: 'Autre', version: r.body.version })
    expect(edit.status).toBe(409)
    expect(edit.body.error).toMatchObject({ reason: 'wrong-state', values: { entity: 'session', state: 'held' } })
    const stranger = await coordinator.put(`${base}/${t.id}/attendance`, { marks: [{ personId: 'mentor-09', attendance: 'present' }] })
    expect(stranger.status).toBe(400)
    expect(stranger.body.error.details.map((d: { path: string }) => d.path)).toEqual(['marks[0].personId'])
  })

  it('moves the people present one step along the pipeline, with its timeline entry; the others stay where they are', async () => {
    const people = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`
    const atStage = async (kind: string, stage: string, limit: number) => {
      const r = await coordinator.get(`${people}?kind=${kind}&stage=${stage}&limit=${limit}`)
      expect(r.body.items.length, `${kind}s at ${stage}`).toBe(limit)
      return r.body.items.map((x: { id: string }) => x.id) as string[]
    }
    const stageOf = async (id: string) => (await coordinator.get(`${people}/${id}`)).body.stage
    const latestEntry = async (id: string) => (await coordinator.get(`${people}/${id}/timeline`)).body.items[0]
    const [applicant, absentee] = await atStage('mentee', 'applied', 2)
    const [readyMentee] = await atStage('mentee', 'ready', 1)
    const [acceptedMentor] = await atStage('mentor', 'accepted', 1)
    const [interviewedMentor] = await atStage('mentor', 'interviewed', 1)

    const info = (await coordinator.post(base, { ...information, title: 'Séance passée', startsAt: '2026-02-12T18:00', capacity: 5 })).body
    await coordinator.post(`${base}/${info.id}/invitations`, { personIds: [applicant, absentee, readyMentee] })
    const held = await coordinator.put(`${base}/${info.id}/attendance`, {
      marks: [{ personId: applicant, attendance: 'present' }, { personId: absentee, attendance: 'absent' }, { personId: readyMentee, attendance: 'present' }],
    })
    expect(held.status, JSON.stringify(held.body)).toBe(200)
    expect(await stageOf(applicant!)).toBe('informed')
    expect(await latestEntry(applicant!)).toMatchObject({ kind: 'stage', stage: { from: 'applied', to: 'informed', event: 'inform' } })
    expect(await stageOf(absentee!)).toBe('applied')
    // Further along already: the attendance is recorded, the person is not moved back.
    expect(await stageOf(readyMentee!)).toBe('ready')
    expect(held.body.invitees.find((i: { personId: string }) => i.personId === readyMentee).attendance).toBe('present')

    const training = (await coordinator.post(base, {
      kind: 'training', title: 'Formation passée', startsAt: '2026-03-20T09:00', durationMinutes: 180, videoLink: 'https://meet.example/formation',
      capacity: 12, topics: ['mentoring-definition'],
    })).body
    await coordinator.post(`${base}/${training.id}/invitations`, { personIds: [acceptedMentor, interviewedMentor] })
    const trained = await coordinator.put(`${base}/${training.id}/attendance`, {
      marks: [{ personId: acceptedMentor, attendance: 'present' }, { personId: interviewedMentor, attendance: 'present' }],
    })
    expect(trained.status, JSON.stringify(trained.body)).toBe(200)
    expect(await stageOf(acceptedMentor!)).toBe('trained')
    expect(await latestEntry(acceptedMentor!)).toMatchObject({ kind: 'stage', stage: { from: 'accepted', to: 'trained', event: 'train' } })
    // Not yet accepted: the training does not skip the decision.
    expect(await stageOf(interviewedMentor!)).toBe('interviewed')
    // The same attendance sent again changes nothing more.
    const again = await coordinator.put(`${base}/${training.id}/attendance`, { marks: [{ personId: acceptedMentor, attendance: 'present' }] })
    expect(again.status).toBe(200)
    expect(await stageOf(acceptedMentor!)).toBe('trained')
  })

  it('refuses attendance before the session starts', async () => {
    const s = (await coordinator.post(base, { ...information, capacity: 5 })).body
    await coordinator.post(`${base}/${s.id}/invitations`, { personIds: ['mentee-05'] })
    const r = await coordinator.put(`${base}/${s.id}/attendance`, { marks: [{ personId: 'mentee-05', attendance: 'present' }] })
    expect(r.status).toBe(409)
    expect(r.body.error.reason).toBe('session-not-started')
  })

  it('changes and cancels a scheduled session with its version; a stale version is a 409', async () => {
    const s = (await coordinator.post(base, information)).body
    const changed = await coordinator.patch(`${base}/${s.id}`, { startsAt: '2030-07-01T10:00', capacity: 30, version: 1 })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({ startsAtUtc: '2030-07-01T08:00:00.000Z', capacity: 30, version: 2 })
    expect((await coordinator.post(`${base}/${s.id}/cancel`, { version: 1 })).status).toBe(409)
    const cancelled = await coordinator.post(`${base}/${s.id}/cancel`, { version: 2 })
    expect(cancelled.body.state).toBe('cancelled')
    const invite = await coordinator.post(`${base}/${s.id}/invitations`, { personIds: ['mentee-06'] })
    expect(invite.status).toBe(409)
    expect(invite.body.error).toMatchObject({ reason: 'wrong-state', values: { entity: 'session', state: 'cancelled' } })
  })
})

describe('another organisation', () => {
  it('cannot read, change or invite to its sessions: 404, and its session is untouched', async () => {
    const cai = `/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/sessions`
    const theirs = (await caiAdmin.post(cai, { ...information, title: 'Séance du CAI' })).body
    const mixed = `/api/onboarding/orgs/${PLS}/programmes/${CAI_PROGRAMME}/sessions/${theirs.id}`
    const inPls = `${base}/${theirs.id}`
    for (const path of [mixed, inPls]) {
      expect((await coordinator.get(path)).status).toBe(404)
      expect((await coordinator.patch(path, { title: 'Piraté', version: 1 })).status).toBe(404)
      expect((await coordinator.post(`${path}/invitations`, { personIds: ['mentee-01'] })).status).toBe(404)
    }
    expect((await coordinator.get(cai)).status).toBe(403)
    const after = await caiAdmin.get(`${cai}/${theirs.id}`)
    expect(after.body).toMatchObject({ title: 'Séance du CAI', version: 1, invitees: [] })
  })
})

describe('the demo year', () => {
  it('shows past sessions held with attendance and upcoming ones with invitations', async () => {
    const past = (await coordinator.get(`${base}?when=past`)).body.items.filter((s: { title: string }) => !s.title.startsWith('Formation des mentors'))
    const upcoming = (await coordinator.get(`${base}?when=upcoming`)).body.items.filter((s: { startsAt: string }) => !s.startsAt.startsWith('2030'))
    expect(past.length).toBeGreaterThanOrEqual(10)
    expect(upcoming.length).toBeGreaterThanOrEqual(2)
    expect(past.every((s: { state: string }) => s.state === 'held')).toBe(true)
    expect(upcoming.every((s: { state: string; invitedCount: number }) => s.state === 'scheduled' && s.invitedCount > 0)).toBe(true)
    const held = (await coordinator.get(`${base}/${past[0].id}`)).body
    expect(held.invitees.length).toBeGreaterThan(0)
    expect(held.invitees.every((i: { attendance: string | null }) => i.attendance !== null)).toBe(true)
  })

  it('marks present only people whose stage the session’s step led to: informed or beyond, mentors trained or ready', async () => {
    const people = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`
    const ids = async (query: string) => new Set(((await coordinator.get(`${people}?${query}&limit=100`)).body.items as { id: string }[]).map((x) => x.id))
    const applied = await ids('stage=applied')
    const trainedOrReady = new Set([...await ids('kind=mentor&stage=trained'), ...await ids('kind=mentor&stage=ready')])
    // The demo's own sessions (the tests above add some of their own).
    const demoTitles = ['Séance d’information collective', 'Atelier de sensibilisation interculturelle']
    const past = ((await coordinator.get(`${base}?when=past`)).body.items as { id: string; title: string; kind: string }[])
      .filter((x) => demoTitles.includes(x.title))
    expect(past.some((x) => x.kind === 'training')).toBe(true)
    let present = 0
    for (const x of past) {
      const detail = (await coordinator.get(`${base}/${x.id}`)).body as { invitees: { personId: string; attendance: string }[] }
      for (const i of detail.invitees.filter((i) => i.attendance === 'present')) {
        present++
        if (x.kind === 'information') expect(applied.has(i.personId), `${i.personId} present at ${x.id}`).toBe(false)
        else expect(trainedOrReady.has(i.personId), `${i.personId} present at ${x.id}`).toBe(true)
      }
    }
    expect(present).toBeGreaterThan(0)
  })
})
