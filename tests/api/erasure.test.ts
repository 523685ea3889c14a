import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient, PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'
import { activateDuo } from '../support/duos'
import { pdfText } from '@binome/documents/pdf-text'

const programme = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
const people = `${programme}/people`
let clock = new Date('2026-11-30T09:00:00Z')
let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
let coordinator: ApiClient

beforeAll(async () => {
  p = await testPlatform({ now: () => clock })
  admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
})
afterAll(() => p.stop())

/** Every item of the whole table, as lower-cased JSON: what an erased person's strings must be absent from. */
async function wholeTable(): Promise<string[]> {
  return (await rawTable()).map((i) => JSON.stringify(i).toLowerCase())
}

/** Every item of the whole table as stored. */
async function rawTable(): Promise<Record<string, { S?: string }>[]> {
  const client = new DynamoDBClient({ endpoint: p.dynamo.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } })
  const items: Record<string, { S?: string }>[] = []
  let start: Record<string, never> | undefined
  do {
    const out = await client.send(new ScanCommand({ TableName: p.dynamo.tableName, ExclusiveStartKey: start }))
    items.push(...((out.Items ?? []) as Record<string, { S?: string }>[]))
    start = out.LastEvaluatedKey as typeof start
  } while (start)
  return items
}

/** Every file of the documents folder as text (a PDF's extracted text beside its raw bytes), lower-cased. */
async function documentsFolder(): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(p.documentsDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const bytes = await readFile(join(entry.parentPath, entry.name))
    out.push(bytes.toString('latin1').toLowerCase())
    if (entry.name.endsWith('.pdf')) out.push((await pdfText(bytes)).join('\n').toLowerCase())
  }
  return out
}

const ok = async (r: Promise<{ status: number; body: any }>, status = 200) => {
  const reply = await r
  expect(reply.status, JSON.stringify(reply.body).slice(0, 400)).toBe(status)
  return reply.body
}

describe('the right to erasure', () => {
  it('removes every identifying string of a person from the whole table, keeps the facts, and leaves a tombstone', async () => {
    const answers = (await coordinator.get(`${people}/mentee-02`)).body.answers
    let person = await ok(coordinator.post(people, {
      kind: 'mentee', firstName: 'Zéphyrine', lastName: 'Quatremarre', email: 'zephyrine.quatremarre@effacement.test',
      phone: '+32 470 99 88 77', birthDate: '1941-07-23', answers,
    }), 201)
    // Every route that can hold her data: an edit (the timeline keeps before and after), an interview with its
    // evidence, a note, a refusal with its reason, a read and an export (the audit log).
    person = await ok(coordinator.patch(`${people}/${person.id}`, { version: person.version, phone: '+32 470 11 22 33', lastName: 'Quatremarre-Lenoir' }))
    const rules = (await coordinator.get(`${programme}/rules`)).body.rules
    const checks = rules.eligibility.filter((e: { side: string }) => e.side === 'mentee')
      .map((e: { id: string }) => ({ itemId: e.id, met: true, evidence: 'Zéphyrine a montré son permis Xylopreuve' }))
    person = await ok(coordinator.put(`${people}/${person.id}/interview`, {
      version: person.version, heldOn: '2026-11-20', commitsToDuration: true, commitsToFrequency: true, checks,
      expectations: 'Un poste chez Xylattente', notes: 'Parle le xylonotais',
    }))
    await ok(coordinator.post(`${people}/${person.id}/notes`, { note: 'Appel du 21/11 au sujet de Xylonote' }), 201)
    // An invitation to a session copies her names and e-mail to the invitee; her attendance is written there too.
    const session = await ok(coordinator.post(`${programme}/sessions`, {
      kind: 'information', title: 'Séance d’information', startsAt: '2026-11-25T18:00', durationMinutes: 60, place: 'Rue Coenraets 72',
      videoLink: null, capacity: 5, topics: ['who-can-take-part'],
    }), 201)
    await ok(coordinator.post(`${programme}/sessions/${session.id}/invitations`, { personIds: [person.id] }))
    await ok(coordinator.put(`${programme}/sessions/${session.id}/attendance`, { marks: [{ personId: person.id, attendance: 'excused' }] }))
    const later = await ok(coordinator.post(`${programme}/sessions`, {
      kind: 'information', title: 'Séance d’information de janvier', startsAt: '2027-01-15T18:00', durationMinutes: 60, place: 'Rue Coenraets 72',
      videoLink: null, capacity: 5, topics: ['who-can-take-part'],
    }), 201)
    person = await ok(coordinator.post(`${people}/${person.id}/stage`, { version: person.version, event: 'refuse', reason: 'Déménage à Xylobourg' }))
    // The e-mails she was sent (the session invitation, the refusal) are in her mail log, with her address.
    const exported = await ok(admin.get(`${people}/${person.id}/export`))
    expect(exported.mails.map((m: { kind: string }) => m.kind).sort()).toEqual(['email-decision', 'email-information-session'])
    expect(exported.mails.every((m: { to: string }) => m.to === 'zephyrine.quatremarre@effacement.test')).toBe(true)
    const countsBefore = (await ok(coordinator.get(`${programme}/pipeline?kind=mentee`))).counts

    const strings = ['zéphyrine', 'zephyrine', 'quatremarre', 'effacement.test', '470 99 88 77', '470 11 22 33', '1941-07-23', 'xylopreuve', 'xylattente', 'xylonotais', 'xylonote', 'xylobourg']
    const before = await wholeTable()
    for (const s of strings) expect(before.some((item) => item.includes(s)), `before erasure, some item holds ${s}`).toBe(true)

    expect((await coordinator.post(`${people}/${person.id}/erasure`, { version: person.version })).status).toBe(403)
    expect((await admin.post(`${people}/${person.id}/erasure`, { version: person.version - 1 })).status).toBe(409)
    const erased = await ok(admin.post(`${people}/${person.id}/erasure`, { version: person.version }))
    expect(erased).toMatchObject({ firstName: '', lastName: '', email: '', birthDate: '', answers: {}, stage: 'refused', erasedAt: clock.toISOString() })
    expect(erased.decision).toMatchObject({ outcome: 'refused' })
    expect(erased.decision.reason).toBeUndefined()
    expect(erased.stageDates).toEqual(person.stageDates)

    // An erased person is never invited (mailed) again.
    const again = await coordinator.post(`${programme}/sessions/${later.id}/invitations`, { personIds: [person.id] })
    expect(again.status).toBe(409)
    expect(again.body.error.reason).toBe('person-erased')
    expect((await ok(coordinator.get(`${people}/${person.id}/mails`))).items).toEqual([])
    const after = await wholeTable()
    for (const s of strings) expect(after.filter((item) => item.includes(s)), `after erasure, items still holding ${s}`).toEqual([])

    // The facts stay: the timeline's kinds and dates, the audit log's tombstone; the person leaves lists and counts.
    const timeline = (await ok(coordinator.get(`${people}/${person.id}/timeline?limit=50`))).items
    // The platform's clock stands still in this test, so the entries share their time: compare them unordered.
    expect(timeline.map((e: { kind: string }) => e.kind).sort()).toEqual(['created', 'edited', 'interview', 'note', 'stage'])
    expect(timeline.find((e: { kind: string }) => e.kind === 'edited').changes).toEqual([{ field: 'lastName' }, { field: 'phone' }])
    const audit = (await ok(admin.get(`/api/onboarding/orgs/${PLS}/audit?action=person.erased`))).items
    expect(audit[0]).toMatchObject({ action: 'person.erased', subjectPersonId: person.id, facts: { reason: 'request', kind: 'mentee', stage: 'refused' } })
    expect((await ok(coordinator.get(`${people}?q=quatremarre`))).items).toEqual([])
    expect((await ok(coordinator.get(`${people}?stage=refused&limit=100`))).items.map((x: { id: string }) => x.id)).not.toContain(person.id)
    expect((await ok(coordinator.get(`${programme}/pipeline?kind=mentee`))).counts.refused).toBe(countsBefore.refused - 1)

    // Nothing can be written about her any more; erasing again is harmless.
    const refused = await coordinator.patch(`${people}/${person.id}`, { version: erased.version, phone: '+32 2 000 00 00' })
    expect(refused.status).toBe(409)
    expect(refused.body.error.reason).toBe('person-erased')
    expect((await coordinator.post(`${people}/${person.id}/notes`, { note: 'encore' })).body.error?.reason).toBe('person-erased')
    expect((await admin.post(`${people}/${person.id}/erasure`, { version: erased.version })).status).toBe(200)
  })

  it('closes an open path on the day of the erasure', async () => {
    const answers = (await coordinator.get(`${people}/mentee-02`)).body.answers
    const created = await ok(coordinator.post(people, { kind: 'mentee', firstName: 'Ouvert', lastName: 'Chemin', email: 'ouvert.chemin@exemple.be', birthDate: '1990-01-01', answers }), 201)
    const erased = await ok(admin.post(`${people}/${created.id}/erasure`, { version: created.version }))
    expect(erased).toMatchObject({ stage: 'closed', stageDates: { applied: created.stageDates.applied, closed: clock.toISOString() } })
  })

  it('refuses bad input and unknown people, changing nothing', async () => {
    expect((await admin.post(`${people}/nobody/erasure`, { version: 1 })).status).toBe(404)
    const bad = await admin.post(`${people}/mentee-03/erasure`, { version: 'one' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details[0].path).toBe('version')
    expect((await coordinator.get(`${people}/mentee-03`)).body.firstName).not.toBe('')
  })
})

describe('the right to erasure, in a duo', () => {
  it('takes the person\'s words and name from their duo, its life, its tracking line and its alerts, keeping the facts and the other side', async () => {
    clock = new Date('2030-05-20T09:00:00Z')
    admin = await signIn(p, 'admin@mentoryou.demo')
    coordinator = await signIn(p, 'coordination@mentoryou.demo')
    const mentor = await signIn(p, 'mentor@mentoryou.demo')
    const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
    const life = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
    const proposed = await ok(coordinator.post(duos, { pairs: [{ menteeId: 'mentee-04', mentorId: 'mentor-01' }] }), 201)
    const duoId: string = proposed.items[0].id
    await activateDuo(p, PLS, PLS_PROGRAMME, duoId)
    const mentorPerson = await ok(coordinator.get(`${people}/mentor-01`))
    // Every route of the duo's life that takes words: the in-take, the plan and a comment, the log, a check-in, the
    // job search; then the daily sweep, whose alerts name both sides.
    await ok(mentor.put(`${life}/${duoId}/intake`, { strengths: 'Parle le zorglangue', weaknesses: 'Peur des zorgentretiens' }))
    const action = await ok(mentor.post(`${life}/${duoId}/actions`, { goal: 'Entrer chez Zorgindustrie', action: 'Écrire à Zorgindustrie', support: 'concrete', owner: 'mentee' }), 201)
    await ok(coordinator.post(`${life}/${duoId}/actions/${action.id}/comments`, { version: action.version, text: 'Relance zorgcourrier' }))
    await ok(mentor.post(`${life}/${duoId}/log`, { kind: 'meeting', date: '2030-03-20', channel: 'in-person', place: 'Café Zorgplace', workedOn: 'Son zorgCV', nextSteps: 'Appeler zorgcontact' }), 201)
    await ok(coordinator.post(`${life}/${duoId}/check-ins`, { side: 'both', date: '2030-04-01', channel: 'phone', notes: 'Santé zorgfragile', mood: 'good', risk: 'watch', followUps: ['Rappeler zorgmaman'] }), 201)
    await ok(coordinator.put(`${life}/${duoId}/progress`, { applications: 3, interviews: 1, offers: 0, note: 'Candidature zorgbanque' }))
    await p.runSchedule('daily-monitoring')
    // Its end: the closing interview's place and notes, an early end's reason, a follow-up's note.
    const interview = await ok(coordinator.put(`${life}/${duoId}/closing-interview`, { startsAt: '2030-05-19T10:00', minutes: 60, mode: 'in-person', place: 'Salle Zorgsalle' }))
    await ok(coordinator.post(`${life}/${duoId}/closing-interview/held`, { version: interview.interview.version, heldOn: '2030-05-19', notes: 'Bilan zorgbilan' }))
    const active = await ok(coordinator.get(`${duos}/${duoId}`))
    await ok(coordinator.post(`${duos}/${duoId}/close`, { version: (active.duo ?? active).version, outcomeId: 'training', endDate: '2030-05-19', decidedBy: 'mentee', reason: 'Formation zorgformation' }))
    await ok(coordinator.post(`${life}/${duoId}/follow-ups`, { months: 3, date: '2030-05-20', situation: 'training', note: 'Suivi zorgsuivi' }), 201)

    const mentee = await ok(coordinator.get(`${people}/mentee-04`))
    const name = (x: { firstName: string; lastName: string }) => [x.firstName.toLowerCase(), x.lastName.toLowerCase()]
    const words = ['zorglangue', 'zorgentretiens', 'zorgindustrie', 'zorgcourrier', 'zorgplace', 'zorgcv', 'zorgcontact', 'zorgfragile', 'zorgmaman', 'zorgbanque', 'zorgsalle', 'zorgbilan', 'zorgformation', 'zorgsuivi']
    // The duo's items: its partitions, its tracking line, its alerts (an alert's values name the duo's people).
    const ofDuo = async () => (await rawTable()).filter((i) => JSON.stringify(i).includes(duoId)).map((i) => JSON.stringify(i).toLowerCase())
    const before = await ofDuo()
    for (const s of [...words, ...name(mentee)]) expect(before.some((item) => item.includes(s)), `before erasure, some item of the duo holds ${s}`).toBe(true)
    expect(before.some((item) => item.includes('"type":{"s":"alert"}'))).toBe(true)

    // The right of access gives the duo with all of it, in the JSON and in the PDF.
    const exported = await ok(admin.get(`${people}/mentee-04/export?locale=fr`))
    expect(exported.duos).toHaveLength(1)
    expect(exported.duos[0]).toMatchObject({
      duo: { id: duoId, state: 'closed' }, intake: { strengths: 'Parle le zorglangue' }, progress: { note: 'Candidature zorgbanque' },
      closingInterview: { notes: 'Bilan zorgbilan' }, followUps: [{ months: 3, note: 'Suivi zorgsuivi' }],
    })
    expect(exported.duos[0].log.map((e: { workedOn: string }) => e.workedOn)).toEqual(['Son zorgCV'])
    expect(exported.duos[0].checkIns.map((c: { notes: string }) => c.notes)).toEqual(['Santé zorgfragile'])
    const pdf = (await pdfText(Buffer.from(exported.pdf.base64, 'base64'))).join('\n')
    for (const s of ['Plan d’actions', 'Entrer chez Zorgindustrie', 'Son zorgCV', 'Santé zorgfragile', 'Bilan zorgbilan', 'Suivi zorgsuivi']) expect(pdf).toContain(s)

    await ok(admin.post(`${people}/mentee-04/erasure`, { version: mentee.version }))
    const after = await ofDuo()
    for (const s of [...words, ...name(mentee)]) expect(after.filter((item) => item.includes(s)), `after erasure, items of the duo still holding ${s}`).toEqual([])
    // The other side was not erased; the facts the reports count stay.
    expect(after.some((item) => item.includes(name(mentorPerson)[1]!))).toBe(true)
    const month = (await ok(coordinator.get(`${life}/${duoId}/log?month=2030-03`)))
    expect(JSON.stringify(month)).toContain('"minutes"')
    const duo = await ok(coordinator.get(`${duos}/${duoId}`))
    expect(duo.duo ?? duo).toMatchObject({ state: 'closed', startDate: '2030-03-05', closure: { outcomeId: 'training', endDate: '2030-05-19', early: true } })
    expect(JSON.stringify(await ok(coordinator.get(`${life}/${duoId}/follow-ups`)))).toContain('"situation":"training"')
  })
})

describe('the right to erasure, in evaluations and the newsletter', () => {
  it('takes a mentor\'s answers, links and unsubscribe token from the whole table, keeping ratings and dates; the export gave them first', async () => {
    clock = new Date('2030-05-20T09:00:00Z')
    admin = await signIn(p, 'admin@mentoryou.demo')
    coordinator = await signIn(p, 'coordination@mentoryou.demo')
    const anonymous = new ApiClient(p.url)
    const mentor = await ok(coordinator.get(`${people}/mentor-02`))
    // The newsletter: sent to the active mentors, each with their own unsubscribe link; she opts out, then in again.
    // Accepted, then mailed in the background by the newsletters worker.
    await ok(coordinator.post(`${programme}/newsletters`, { subject: 'Nouvelles de mai', body: 'Bonjour à toutes et tous.' }), 202)
    await p.drain()
    const newsletterToken = p.outbox.list({ to: mentor.email }).flatMap((m) => [...(m.text ?? '').matchAll(/\/newsletter\/([A-Za-z0-9_-]+)/g)].map((x) => x[1]!))[0]!
    expect(newsletterToken).toBeTruthy()
    await ok(anonymous.put(`/api/onboarding/public/newsletter/${newsletterToken}`, { subscribed: false }))
    await ok(anonymous.put(`/api/onboarding/public/newsletter/${newsletterToken}`, { subscribed: true }))

    // A duo that ends: its closure sends each side their questionnaire; both answer in their own words.
    const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
    const proposed = await ok(coordinator.post(duos, { pairs: [{ menteeId: 'mentee-05', mentorId: 'mentor-02' }] }), 201)
    const duoId: string = proposed.items[0].id
    const active = await activateDuo(p, PLS, PLS_PROGRAMME, duoId)
    await ok(coordinator.post(`${duos}/${duoId}/close`, { version: active.version, outcomeId: 'job', endDate: '2030-05-19', decidedBy: 'mentee', reason: 'Un emploi' }))
    const mentee = await ok(coordinator.get(`${people}/mentee-05`))
    const evaluationTokens = (email: string) =>
      p.outbox.list({ to: email }).flatMap((m) => [...(m.text ?? '').matchAll(/\/evaluation\/([A-Za-z0-9_-]{32})/g)].map((x) => x[1]!))
    const [mentorToken] = evaluationTokens(mentor.email)
    const [menteeToken] = evaluationTokens(mentee.email)
    expect(mentorToken && menteeToken).toBeTruthy()
    await ok(anonymous.post(`/api/onboarding/public/evaluations/${mentorToken}/answers`, { answers: {
      overall: 4, helped: 5, learned: 4, rhythm: 3, support: 4, best: 'Voir Quillvox réussir', improve: 'Plus de quillrencontres', again: true,
    } }))
    await ok(anonymous.post(`/api/onboarding/public/evaluations/${menteeToken}/answers`, { answers: {
      overall: 5, goals: 5, confidence: 4, rhythm: 4, support: 5, best: 'Ma mentore quillmentore', again: true,
    } }))

    // The right of access gives her questionnaire with its answers and her subscription, in the JSON and in the PDF.
    const exported = await ok(admin.get(`${people}/mentor-02/export?locale=fr`))
    const ofDuo = exported.duos.find((d: { duo: { id: string } }) => d.duo.id === duoId)
    expect(ofDuo.evaluations).toEqual([expect.objectContaining({ moment: 'end', side: 'mentor', state: 'answered', answers: expect.objectContaining({ overall: 4, best: 'Voir Quillvox réussir' }) })])
    expect(exported.newsletter).toMatchObject({ subscribed: true, optedOutAt: null, locale: 'fr' })
    const pdf = (await pdfText(Buffer.from(exported.pdf.base64, 'base64'))).join('\n')
    for (const s of ['Évaluations', 'Voir Quillvox réussir', 'Lettre d’information aux mentors', 'Abonné·e']) expect(pdf).toContain(s)

    expect((await ok(coordinator.get(`${programme}/duos/${duoId}/evaluations`))).items).toHaveLength(2)
    const { createHash } = await import('node:crypto')
    const strings = [
      'quillvox', 'quillrencontres', 'quillmentore', mentor.email.toLowerCase(), mentor.lastName.toLowerCase(), newsletterToken.toLowerCase(),
      createHash('sha256').update(mentorToken!).digest('hex'),
    ]
    const before = [...(await wholeTable()), ...(await documentsFolder())]
    for (const s of strings) expect(before.some((item) => item.includes(s)), `before erasure, something holds ${s}`).toBe(true)

    await ok(admin.post(`${people}/mentor-02/erasure`, { version: (await ok(coordinator.get(`${people}/mentor-02`))).version }))
    const after = [...(await wholeTable()), ...(await documentsFolder())]
    for (const s of strings) expect(after.filter((item) => item.includes(s)), `after erasure, still holding ${s}`).toEqual([])

    // Her links lead nowhere; the mentee's questionnaire is still hers. The ratings, yes/no and dates stay, for the results.
    expect((await anonymous.get(`/api/onboarding/public/newsletter/${newsletterToken}`)).status).toBe(404)
    expect((await anonymous.get(`/api/onboarding/public/evaluations/${mentorToken}`)).status).toBe(404)
    expect((await anonymous.get(`/api/onboarding/public/evaluations/${menteeToken}`)).status).toBe(200)
    const kept = (await ok(coordinator.get(`${programme}/duos/${duoId}/evaluations`))).items
    expect(kept.find((e: { side: string }) => e.side === 'mentor')).toMatchObject({
      state: 'answered', answeredAt: clock.toISOString(), satisfaction: 4, answers: { overall: 4, helped: 5, learned: 4, rhythm: 3, support: 4, again: true },
    })
    expect(kept.find((e: { side: string }) => e.side === 'mentee').answers).toEqual({ overall: 5, goals: 5, confidence: 4, rhythm: 4, support: 5, again: true })
  })
})

describe('retention: people anonymised once the organisation’s period after their path has passed', () => {
  it('lists who is next in a dry run, and the daily sweep anonymises them with the clock handed in', async () => {
    // The platform's clock moves: sign in again at each step, as the tokens of yesterday have expired.
    clock = new Date('2026-12-01T09:00:00Z')
    admin = await signIn(p, 'admin@mentoryou.demo')
    coordinator = await signIn(p, 'coordination@mentoryou.demo')
    const answers = (await coordinator.get(`${people}/mentee-02`)).body.answers
    const created = await ok(coordinator.post(people, { kind: 'mentee', firstName: 'Rétention', lastName: 'Tardive', email: 'retention.tardive@exemple.be', birthDate: '1988-08-08', answers }), 201)
    await ok(coordinator.post(`${people}/${created.id}/stage`, { version: created.version, event: 'refuse', reason: 'Hors zone' }))
    const org = (await ok(admin.get(`/api/onboarding/orgs/${PLS}`)))
    expect(org.retentionMonths).toBe(24)
    expect((await admin.patch(`/api/onboarding/orgs/${PLS}`, { version: org.version, retentionMonths: 0 })).body.error.details[0].path).toBe('retentionMonths')
    await ok(admin.patch(`/api/onboarding/orgs/${PLS}`, { version: org.version, retentionMonths: 1 }))

    // A month later less a day: she is in the dry run (within 60 days), not yet anonymised by the sweep.
    clock = new Date('2026-12-31T09:00:00Z')
    admin = await signIn(p, 'admin@mentoryou.demo')
    coordinator = await signIn(p, 'coordination@mentoryou.demo')
    const preview = await ok(admin.get(`/api/onboarding/orgs/${PLS}/retention?withinDays=60`))
    expect(preview).toMatchObject({ retentionMonths: 1, withinDays: 60 })
    const line = preview.people.find((x: { personId: string }) => x.personId === created.id)
    expect(line).toMatchObject({ firstName: 'Rétention', stage: 'refused', endedAt: '2026-12-01T09:00:00.000Z', dueAt: '2027-01-01T09:00:00.000Z' })
    expect((await ok(admin.get(`/api/onboarding/orgs/${PLS}/retention?withinDays=0`))).people.map((x: { personId: string }) => x.personId)).not.toContain(created.id)
    expect((await coordinator.get(`/api/onboarding/orgs/${PLS}/retention`)).status).toBe(403)
    await p.runSchedule('daily-monitoring')
    expect((await ok(coordinator.get(`${people}/${created.id}`))).firstName).toBe('Rétention')

    clock = new Date('2027-01-02T05:00:00Z')
    await p.runSchedule('daily-monitoring')
    admin = await signIn(p, 'admin@mentoryou.demo')
    coordinator = await signIn(p, 'coordination@mentoryou.demo')
    const after = await ok(coordinator.get(`${people}/${created.id}`))
    expect(after).toMatchObject({ firstName: '', email: '', stage: 'refused', erasedAt: '2027-01-02T05:00:00.000Z' })
    const audit = (await ok(admin.get(`/api/onboarding/orgs/${PLS}/audit?action=person.erased&personId=${created.id}`))).items
    expect(audit[0]).toMatchObject({ actorKind: 'system', facts: { reason: 'retention' } })
    expect((await ok(admin.get(`/api/onboarding/orgs/${PLS}/retention?withinDays=60`))).people.map((x: { personId: string }) => x.personId)).not.toContain(created.id)
  })
})

describe('the right to erasure, in matching and the portal', () => {
  it('takes a mentee\'s and a mentor\'s names and words from every run\'s suggestions, alternatives and unmatched lines, from pair notes, and removes her portal account', async () => {
    clock = new Date('2030-06-03T09:00:00Z')
    admin = await signIn(p, 'admin@mentoryou.demo')
    coordinator = await signIn(p, 'coordination@mentoryou.demo')
    const matching = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
    const started = await ok(coordinator.post(`${matching}/runs`, { objective: 'max-score' }), 202)
    await p.drain()
    const suggestions = (await ok(coordinator.get(`${matching}/runs/${started.id}/suggestions?limit=100`))).items as { menteeId: string; mentorId: string }[]
    expect(suggestions.length).toBeGreaterThanOrEqual(2)
    // She is a suggested mentee, he another mentee's suggested mentor: his name is also in others' alternatives.
    const [hers, his] = [suggestions[0]!, suggestions[1]!]
    const alternatives = await ok(coordinator.get(`${matching}/runs/${started.id}/mentees/${hers.menteeId}/alternatives`))
    expect(alternatives.alternatives.length).toBeGreaterThanOrEqual(2)
    const mentee = await ok(coordinator.get(`${people}/${hers.menteeId}`))
    const mentor = await ok(coordinator.get(`${people}/${his.mentorId}`))
    // Coordinators' notes: on her pair, and on another pair that names him.
    await ok(coordinator.put(`${matching}/pair-rules/${hers.menteeId}/${hers.mentorId}`, { kind: 'adjust', delta: 5, note: `${mentee.firstName} vient de Xérodrome` }))
    await ok(coordinator.put(`${matching}/pair-rules/${hers.menteeId}/${his.mentorId}`, { kind: 'exclude', note: `${mentor.lastName} est son voisin` }))

    // Her portal account, signed in and accepted: a membership, a user with its e-mail and `sub` links, a sign-in code.
    await ok(coordinator.post(`${people}/${hers.menteeId}/portal-access`), 201)
    const portal = await signIn(p, mentee.email)
    await ok(portal.post(`/api/onboarding/me/memberships/${PLS}/accept`))
    expect((await ok(portal.get('/api/onboarding/me'))).user.email).toBe(mentee.email)

    const strings = (x: { firstName: string; lastName: string; email: string }) => [`${x.firstName} ${x.lastName}`.toLowerCase(), x.lastName.toLowerCase(), x.email.toLowerCase()]
    const scanned = [...strings(mentee), ...strings(mentor), 'xérodrome']
    const before = await wholeTable()
    for (const s of scanned) expect(before.some((item) => item.includes(s)), `before erasure, some item holds ${s}`).toBe(true)

    for (const x of [mentee, mentor]) await ok(admin.post(`${people}/${x.id}/erasure`, { version: (await ok(coordinator.get(`${people}/${x.id}`))).version }))
    const after = [...(await wholeTable()), ...(await documentsFolder())]
    for (const s of scanned) expect(after.filter((item) => item.includes(s)), `after erasure, still holding ${s}`).toEqual([])

    // Her account is gone: her token names nobody, her address gets no code (the same answer as any unknown address).
    expect([401, 403]).toContain((await portal.get('/api/onboarding/me')).status)
    await expect(signIn(p, mentee.email)).rejects.toThrow()
    // The run still reads, with ids and scores; the rules stay without their notes.
    const read = (await ok(coordinator.get(`${matching}/runs/${started.id}/suggestions?limit=100`))).items
    expect(read.find((s: { menteeId: string }) => s.menteeId === hers.menteeId)).toMatchObject({ menteeName: '', mentorId: hers.mentorId })
    const rules = (await ok(coordinator.get(`${matching}/pair-rules`))).items.filter((r: { menteeId: string }) => r.menteeId === hers.menteeId)
    expect(rules.map((r: { kind: string; note: string }) => [r.kind, r.note]).sort()).toEqual([['adjust', ''], ['exclude', '']])
  })
})
