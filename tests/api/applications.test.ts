import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicantForm, formFields } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import { ApiClient, CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * Public application forms (issue 8): published by an admin at an unguessable link, answered without an account.
 * Each test applies with its own address, so the file's order does not matter.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
let coordinator: ApiClient
let anonymous: ApiClient
let token: string
let answers: Record<string, unknown>
const formPath = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/public-form`
const applyPath = (t: string) => `/api/onboarding/public/forms/${t}/applications`
let n = 0
const application = (over: Record<string, unknown> = {}) => ({
  side: 'mentee', locale: 'fr', firstName: 'Fatou', lastName: 'Ndiaye', email: `fatou.ndiaye.${++n}@exemple.be`,
  phone: '+32 470 11 22 33', birthDate: '1994-03-08', answers, consent: { accepted: true, noticeVersion: 1 }, ...over,
})
const peoplePath = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`
/** The programme's people with an address: the indexed search by the whole address (its own name token). */
const peopleNamed = async (email: string) => {
  const page: { items: { id: string; email: string }[]; nextCursor: string | null } = (await coordinator.get(`${peoplePath}?limit=100&q=${encodeURIComponent(email)}`)).body
  expect(page.nextCursor).toBeNull()
  return page.items.filter((x) => x.email === email)
}

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  anonymous = new ApiClient(p.url)
  const opened = await admin.put(formPath, { mentee: true, mentor: false, ...(await admin.get(formPath)).status === 200 ? { version: (await admin.get(formPath)).body.version } : {} })
  expect(opened.status).toBe(200)
  token = opened.body.token
  // A seeded mentee's answers to what the public form asks (staff's own fields left out).
  const seeded = (await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/mentee-01`)).body.answers
  const asked = formFields(applicantForm(methodologyRules('pls-mentoryou')!.forms.mentee)).map((f) => f.id)
  answers = Object.fromEntries(Object.entries(seeded).filter(([id]) => asked.includes(id)))
})
afterAll(() => p?.stop())

describe('the demo data', () => {
  it('opens the mentees’ applications of both demo programmes, with people who applied through them', async () => {
    for (const [org, programme, email] of [[PLS, PLS_PROGRAMME, 'admin@mentoryou.demo'], [CAI, CAI_PROGRAMME, 'admin@duo-n2wa.demo']] as const) {
      const staff = await signIn(p, email)
      const form = await staff.get(`/api/onboarding/orgs/${org}/programmes/${programme}/public-form`)
      expect(form.body.open.mentee, org).toBe(true)
      expect((await anonymous.get(`/api/onboarding/public/forms/${form.body.token}`)).status).toBe(200)
      const applicant = await staff.get(`/api/onboarding/orgs/${org}/programmes/${programme}/people/applicant-01`)
      expect(applicant.body).toMatchObject({ stage: 'applied', kind: 'mentee' })
      expect(applicant.body).not.toHaveProperty('status')
      expect(applicant.body.referredBy).toBeUndefined()
    }
  })
})

describe('publishing a public form', () => {
  it('gives an unguessable token that names neither the organisation nor the programme; staff read it, coordinators cannot change it', async () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(token).not.toContain(PLS)
    expect((await coordinator.get(formPath)).body).toMatchObject({ token, open: { mentee: true, mentor: false } })
    const refused = await coordinator.put(formPath, { mentor: true, version: 1 })
    expect(refused.status).toBe(403)
  })

  it('shows the open side only, with the privacy notice, to anyone without an account', async () => {
    const view = await anonymous.get(`/api/onboarding/public/forms/${token}`)
    expect(view.status).toBe(200)
    expect(view.body.programme.name).toBeTruthy()
    expect(view.body.forms.mentee.sections.length).toBeGreaterThan(0)
    expect(view.body.forms.mentor).toBeUndefined()
    // What staff fill in is not asked: the selection interview, the referring partner.
    const ids = JSON.stringify(view.body.forms.mentee)
    for (const staffOnly of ['"interview"', '"interviewDate"', '"referredBy"', '"staffAssessment"']) expect(ids).not.toContain(staffOnly)
    expect(view.body.privacy).toMatchObject({ version: 1, purpose: { fr: expect.stringContaining('Pour la Solidarité') } })
  })

  it('answers 404 in the error shape for an unknown or malformed token', async () => {
    const unknown = await anonymous.get(`/api/onboarding/public/forms/${'x'.repeat(32)}`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.error).toMatchObject({ code: 'not_found', reason: 'not-found', values: { entity: 'applicationForm' } })
    expect((await anonymous.post(applyPath('y'.repeat(32)), application())).status).toBe(404)
    expect((await anonymous.get('/api/onboarding/public/forms/short')).status).toBe(400)
  })
})

describe('applying', () => {
  it('creates the person at stage applied, their timeline opened by the application, and mails the acknowledgement in the applicant’s language', async () => {
    const body = application({ locale: 'nl' })
    const res = await anonymous.post(applyPath(token), body)
    expect(res.status).toBe(202)
    expect(res.body).toEqual({ received: true })
    const [line] = await peopleNamed(body.email as string)
    const person = (await coordinator.get(`${peoplePath}/${line!.id}`)).body
    expect(person).toMatchObject({ kind: 'mentee', stage: 'applied', firstName: 'Fatou', answers: expect.any(Object) })
    expect(person.stageDates.applied).toBe(person.createdAt)
    expect(person).not.toHaveProperty('status')
    expect(person.referredBy).toBeUndefined()
    const timeline = (await coordinator.get(`${peoplePath}/${line!.id}/timeline?limit=20`)).body.items
    expect(timeline).toEqual([expect.objectContaining({ kind: 'created', source: 'application', at: person.createdAt })])
    expect(timeline[0].by).toBeUndefined()
    await expect.poll(() => p.outbox.list({ to: body.email as string }).length).toBe(1)
    const mail = p.outbox.list({ to: body.email as string })[0]!
    expect(mail.subject).toMatch(/: aanvraag ontvangen$/)
    expect(mail.text).toContain('Hallo Fatou')
  })

  it('puts the application and its consent in the person’s personal-data export', async () => {
    const body = application({ locale: 'en' })
    expect((await anonymous.post(applyPath(token), body)).status).toBe(202)
    const [line] = await peopleNamed(body.email as string)
    const exported = await admin.get(`${peoplePath}/${line!.id}/export?locale=nl`)
    expect(exported.status).toBe(200)
    expect(exported.body.applications).toEqual([expect.objectContaining({
      personId: line!.id, kind: 'mentee', locale: 'en', repeat: false,
      consent: expect.objectContaining({ purpose: 'application', noticeVersion: 1, locale: 'en', givenAt: exported.body.person.createdAt }),
    })])
    expect(exported.body.applications[0]).not.toHaveProperty('orgId')
    expect(exported.body.pdf.base64.length).toBeGreaterThan(0)
  })

  it('names each wrong answer as answers.<field> and creates no one', async () => {
    const body = application({ answers: { ...answers, motivation: '' , sector: 'no-such-sector' } })
    const res = await anonymous.post(applyPath(token), body)
    expect(res.status).toBe(422)
    expect(res.body.error.reason).toBe('invalid-answers')
    const paths = (res.body.error.details as { path: string }[]).map((d) => d.path)
    expect(paths).toEqual(expect.arrayContaining(['answers.motivation', 'answers.sector']))
    expect(await peopleNamed(body.email as string)).toHaveLength(0)
  })

  it('refuses an answer to a question staff fill in, naming it', async () => {
    const res = await anonymous.post(applyPath(token), application({ answers: { ...answers, staffAssessment: 'Excellent profil' } }))
    expect(res.status).toBe(422)
    expect((res.body.error.details as { path: string }[]).map((d) => d.path)).toContain('answers.staffAssessment')
  })

  it('refuses an application without consent, naming the field', async () => {
    const res = await anonymous.post(applyPath(token), application({ consent: { accepted: false, noticeVersion: 1 } }))
    expect(res.status).toBe(400)
    expect((res.body.error.details as { path: string }[]).map((d) => d.path)).toContain('consent.accepted')
  })

  it('answers a filled honeypot like a success and writes nothing, mails nothing', async () => {
    const body = application({ website: 'http://spam.example' })
    const res = await anonymous.post(applyPath(token), body)
    expect(res.status).toBe(202)
    expect(res.body).toEqual({ received: true })
    await new Promise((r) => setTimeout(r, 100))
    expect(await peopleNamed(body.email as string)).toHaveLength(0)
    expect(p.outbox.list({ to: body.email as string })).toHaveLength(0)
  })

  it('answers a known address exactly like a new one and creates no second person', async () => {
    const first = application()
    const again = { ...first, firstName: 'Fatoumata', answers: { ...answers, motivation: 'Je réessaie, encore plus motivée.' } }
    const a = await anonymous.post(applyPath(token), first)
    const b = await anonymous.post(applyPath(token), again)
    expect([a.status, b.status]).toEqual([202, 202])
    expect(b.body).toEqual(a.body)
    const people = await peopleNamed(first.email as string)
    expect(people).toHaveLength(1)
    expect(people[0]).toMatchObject({ firstName: 'Fatou' })
    // Two sent at once still make one person.
    const twin = application()
    const both = await Promise.all([anonymous.post(applyPath(token), twin), anonymous.post(applyPath(token), twin)])
    expect(both.map((r) => r.status)).toEqual([202, 202])
    expect(await peopleNamed(twin.email as string)).toHaveLength(1)
  })

  it('refuses a closed side with 410 in the error shape, and opens again', async () => {
    const closed = await anonymous.post(applyPath(token), application({ side: 'mentor' }))
    expect(closed.status).toBe(410)
    expect(closed.body.error).toMatchObject({ code: 'gone', reason: 'applications-closed' })
    const current = (await admin.get(formPath)).body
    expect((await admin.put(formPath, { mentee: false, version: current.version })).status).toBe(200)
    expect((await anonymous.get(`/api/onboarding/public/forms/${token}`)).status).toBe(410)
    expect((await anonymous.post(applyPath(token), application())).status).toBe(410)
    expect((await admin.put(formPath, { mentee: true, version: current.version + 1 })).status).toBe(200)
    expect((await anonymous.get(`/api/onboarding/public/forms/${token}`)).status).toBe(200)
  })

  it('refuses a body over the size limit with 413', async () => {
    const res = await anonymous.post(applyPath(token), application({ answers: { ...answers, path: 'x'.repeat(70_000) } }))
    expect(res.status).toBe(413)
    expect(res.body.error.reason).toBe('payload-too-large')
  })

  it('asks to send again (409) when the notice changed since the page was read', async () => {
    const res = await anonymous.post(applyPath(token), application({ consent: { accepted: true, noticeVersion: 0 } }))
    expect(res.status).toBe(409)
  })

  it('never leads one organisation’s admin to another’s public form', async () => {
    expect((await admin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/public-form`)).status).toBe(403)
    expect((await admin.get(`/api/onboarding/orgs/${PLS}/programmes/${CAI_PROGRAMME}/public-form`)).status).toBe(404)
  })
})

describe('erasing an applicant', () => {
  /** Every item of the whole table, as lower-cased JSON. */
  async function wholeTable(): Promise<string[]> {
    const client = new DynamoDBClient({ endpoint: p.dynamo.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } })
    const items: string[] = []
    let start: Record<string, never> | undefined
    do {
      const out = await client.send(new ScanCommand({ TableName: p.dynamo.tableName, ExclusiveStartKey: start }))
      items.push(...(out.Items ?? []).map((i) => JSON.stringify(i).toLowerCase()))
      start = out.LastEvaluatedKey as typeof start
    } while (start)
    return items
  }

  it('forgets what a repeat sent and the claim on the address, keeps the consent, and lets the address apply afresh', async () => {
    const first = application({ firstName: 'Ysolde', lastName: 'Brennevin', email: 'ysolde.brennevin@effacement.test' })
    expect((await anonymous.post(applyPath(token), first)).status).toBe(202)
    const again = { ...first, firstName: 'Ysoldine', phone: '+32 470 77 66 55', answers: { ...answers, motivation: 'Xyloquête de Ysoldine' } }
    expect((await anonymous.post(applyPath(token), again)).status).toBe(202)
    const [line] = await peopleNamed(first.email as string)
    const person = (await coordinator.get(`${peoplePath}/${line!.id}`)).body
    const strings = ['ysoldine', 'xyloquête', '470 77 66 55']
    for (const s of strings) expect((await wholeTable()).some((item) => item.includes(s)), `before erasure, some item holds ${s}`).toBe(true)

    // A stale version changes nothing, the applications included.
    expect((await admin.post(`${peoplePath}/${person.id}/erasure`, { version: person.version + 1 })).status).toBe(409)
    expect((await admin.get(`${peoplePath}/${person.id}/export`)).body.applications[1].submitted).toMatchObject({ firstName: 'Ysoldine' })

    expect((await admin.post(`${peoplePath}/${person.id}/erasure`, { version: person.version })).status).toBe(200)
    const after = await wholeTable()
    for (const s of [...strings, 'ysolde', 'brennevin']) expect(after.filter((item) => item.includes(s)), `after erasure, items holding ${s}`).toEqual([])
    const kept = (await admin.get(`${peoplePath}/${person.id}/export`)).body.applications
    expect(kept).toHaveLength(2)
    for (const a of kept) {
      expect(a).not.toHaveProperty('submitted')
      expect(a.consent).toMatchObject({ purpose: 'application', noticeVersion: 1 })
    }
    // The address applies again: a new person, not a repeat on the erased one.
    expect((await anonymous.post(applyPath(token), first)).status).toBe(202)
    const fresh = await peopleNamed(first.email as string)
    expect(fresh).toHaveLength(1)
    expect(fresh[0]!.id).not.toBe(person.id)
  })
})

describe('rate limits', () => {
  let limited: Awaited<ReturnType<typeof testPlatform>>
  let limitedToken: string
  beforeAll(async () => {
    limited = await testPlatform({ applicationLimits: { perAddressPerHour: 2, perClientPerHour: 4 } })
    const a = await signIn(limited, 'admin@mentoryou.demo')
    const current = await a.get(formPath)
    limitedToken = (await a.put(formPath, { mentee: true, ...(current.status === 200 && { version: current.body.version }) })).body.token
  })
  afterAll(() => limited?.stop())

  it('refuses a third application from one address within the hour with 429, then the client past its budget', async () => {
    const anon = new ApiClient(limited.url)
    const body = application()
    expect((await anon.post(applyPath(limitedToken), body)).status).toBe(202)
    expect((await anon.post(applyPath(limitedToken), body)).status).toBe(202)
    const third = await anon.post(applyPath(limitedToken), body)
    expect(third.status).toBe(429)
    expect(third.body.error).toMatchObject({ code: 'rate_limited', reason: 'application-limit', values: { scope: 'address' } })
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0)
    // The client has sent 3 of its 4; a new address gets one more, then the client is refused.
    expect((await anon.post(applyPath(limitedToken), application())).status).toBe(202)
    const fifth = await anon.post(applyPath(limitedToken), application())
    expect(fifth.status).toBe(429)
    expect(fifth.body.error.values.scope).toBe('client')
  })
})
