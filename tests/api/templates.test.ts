import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorBody } from '@binome/contracts'
import { ApiClient, CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The template editor's preview: a template renders with its kind's sample values, and every way a template can be
 * wrong or hostile is a 422 `template-invalid` naming the line, answered quickly, never a 5xx.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
let mentor: ApiClient
const preview = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/templates/preview`

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
  expect((await admin.post(`/api/onboarding/orgs/${PLS}/invitations`, { email: 'mentor.apercu@mentoryou.demo', name: 'Mena Tor', role: 'mentor', personId: 'mentor-05', programmeId: PLS_PROGRAMME })).status).toBe(201)
  mentor = await signIn(p, 'mentor.apercu@mentoryou.demo')
  expect((await mentor.post(`/api/onboarding/me/memberships/${PLS}/accept`)).status).toBe(200)
})
afterAll(() => p?.stop())

/** The refusal of a 422, checked against the one error shape. */
function invalid(res: { status: number; body: any }) {
  expect(res.status, JSON.stringify(res.body)).toBe(422)
  expect(ErrorBody.safeParse(res.body).error).toBeUndefined()
  expect(res.body.error).toMatchObject({ code: 'unprocessable', reason: 'template-invalid' })
  return res.body.error.details as { path: string; reason: string; values: Record<string, string | number> }[]
}

describe('POST …/programmes/{programmeId}/templates/preview', () => {
  it('renders a valid template with the sample values and the programme’s own name', async () => {
    const programme = (await admin.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`)).body
    const body = 'Bonjour {{ mentor.firstName }},\n{% for point in checklist %}- {{ point.label }}\n{% endfor %}{{ programme.name }}'
    const res = await admin.post(preview, { kind: 'first-meeting-guide', body })
    expect(res.status).toBe(200)
    expect(res.body.rendered).toContain('Bonjour Sophie,\n- Présentation de chacun·e')
    expect(res.body.rendered).toMatch(new RegExp(`${programme.name}$`))
    expect(res.body).not.toHaveProperty('renderedSubject')
  })

  it('renders an e-mail’s subject too', async () => {
    const res = await admin.post(preview, { kind: 'email-proposal', subject: 'Une proposition : {{ mentee.firstName }}', body: 'Bonjour {{ recipient.firstName }}' })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ rendered: 'Bonjour Sophie', renderedSubject: 'Une proposition : Amina' })
  })

  it('previews a standard e-mail, its three-language subject whole, in the language asked (French when none is)', async () => {
    const { standardEmail } = await import('@binome/core/methodologies')
    const decision = standardEmail('email-decision')!
    expect(decision.subject!.length).toBeGreaterThan(300) // the rules keep it: the preview takes it too
    const asked = async (locale?: string) => {
      const res = await admin.post(preview, { kind: 'email-decision', body: decision.body, subject: decision.subject, ...(locale && { locale }) })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      return res.body as { rendered: string; renderedSubject: string }
    }
    const nl = await asked('nl')
    expect(nl.renderedSubject).toContain('antwoord op uw aanvraag')
    expect(nl.rendered).toMatch(/^Hallo /)
    expect((await asked('en')).rendered).toMatch(/^Hello /)
    expect((await asked()).rendered).toMatch(/^Bonjour /)
    expect((await admin.post(preview, { kind: 'email-decision', body: 'x', locale: 'de' })).status).toBe(400)
  })

  it('a syntax error → 422 naming its line', async () => {
    const details = invalid(await admin.post(preview, { kind: 'engagement-contract', body: 'Contrat\n\n{% if contract.tripartite %}\nsans fin' }))
    expect(details).toEqual([expect.objectContaining({ path: 'body', reason: 'invalid', values: expect.objectContaining({ line: 3, problem: 'syntax' }) })])
  })

  it('an unknown variable → 422 naming it and its line, in the body or the subject', async () => {
    const details = invalid(await admin.post(preview, {
      kind: 'email-proposal', subject: '{{ mentee.lastName }}', body: 'Bonjour\n{{ recipient.firstNam }}',
    }))
    expect(details).toEqual([
      expect.objectContaining({ path: 'subject', reason: 'invalid', values: { line: 1, column: 4, name: 'mentee.lastName', problem: 'unknown-variable' } }),
      expect.objectContaining({ path: 'body', reason: 'invalid', values: { line: 2, column: 4, name: 'recipient.firstNam', problem: 'unknown-variable' } }),
    ])
  })

  it('an unknown filter → 422 naming it', async () => {
    const details = invalid(await admin.post(preview, { kind: 'email-proposal', body: 'a\nb\n{{ recipient.firstName | shout }}' }))
    expect(details).toMatchObject([{ path: 'body', reason: 'invalid', values: { line: 3, name: 'shout', problem: 'unknown-filter' } }])
  })

  it('an include, render or layout tag → 422 unknown tag, never a file read', async () => {
    for (const tag of ['include', 'render', 'layout']) {
      const details = invalid(await admin.post(preview, { kind: 'email-proposal', body: `x\n{% ${tag} '../../../../etc/passwd' %}` }))
      expect(details).toMatchObject([{ path: 'body', reason: 'invalid', values: { line: 2, name: tag, problem: 'unknown-tag' } }])
    }
  })

  it('a runaway loop → 422 within a few seconds, not a 5xx', async () => {
    for (const body of [
      '{% for i in (1..100000000) %}x{% endfor %}',
      '{% for i in (1..1000) %}{% for j in (1..1000) %}{% for k in (1..1000) %}{% endfor %}{% endfor %}{% endfor %}',
    ]) {
      const started = Date.now()
      const details = invalid(await admin.post(preview, { kind: 'first-meeting-guide', body }))
      expect(Date.now() - started).toBeLessThan(5000)
      expect(details).toMatchObject([{ path: 'body', reason: 'invalid', values: { line: 1, problem: 'too-large' } }])
    }
  })

  it('a huge output → 422 naming the output limit, quickly', async () => {
    const started = Date.now()
    const details = invalid(await admin.post(preview, { kind: 'first-meeting-guide', body: `{% for i in (1..100000) %}${'x'.repeat(80)}{% endfor %}` }))
    expect(Date.now() - started).toBeLessThan(5000)
    expect(details).toMatchObject([{ reason: 'invalid', values: { name: 'output', problem: 'too-large' } }])
  })

  it('deep nesting → 422, quickly', async () => {
    const body = '{%if 1%}'.repeat(1500) + 'x' + '{%endif%}'.repeat(1500)
    const details = invalid(await admin.post(preview, { kind: 'first-meeting-guide', body }))
    expect(details).toMatchObject([{ reason: 'invalid', values: { name: 'nesting', problem: 'too-large' } }])
  })

  it('an unknown kind → 400 naming kind', async () => {
    const res = await admin.post(preview, { kind: 'love-letter', body: 'x' })
    expect(res.status).toBe(400)
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['kind'])
  })

  it('leading blank lines are kept, so the line named is the editor’s', async () => {
    const details = invalid(await admin.post(preview, { kind: 'email-proposal', body: '\n\n\n   {{ nope }}' }))
    expect(details).toMatchObject([{ values: { line: 4, column: 7, name: 'nope' } }])
  })

  it('another tenant’s programme → 404; an unknown programme → 404', async () => {
    const body = { kind: 'email-proposal', body: 'x' }
    const other = await admin.post(`/api/onboarding/orgs/${PLS}/programmes/${CAI_PROGRAMME}/templates/preview`, body)
    expect(other.status).toBe(404)
    expect(JSON.stringify(other.body)).not.toContain('N2WA')
    expect((await admin.post(`/api/onboarding/orgs/${PLS}/programmes/no-such-programme/templates/preview`, body)).status).toBe(404)
    // And another tenant's organisation in the path: refused before anything is read.
    expect([403, 404]).toContain((await admin.post(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/templates/preview`, body)).status)
  })

  it('signed out → 401; a mentor → 403', async () => {
    const body = { kind: 'email-proposal', body: 'x' }
    const anonymous = await new ApiClient(p.url).post(preview, body)
    expect(anonymous.status).toBe(401)
    const refused = await mentor.post(preview, body)
    expect(refused.status).toBe(403)
    expect(refused.body.error.reason).toBe('role-not-allowed')
  })

  it('the platform still answers at once after the hostile templates', async () => {
    const started = Date.now()
    expect((await admin.get('/api/health')).status).toBe(200)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
