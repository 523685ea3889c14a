import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The quality audit through the API (issue 11): the demo programme audited on its rules and its practice with the
 * duos behind each gap named, a programme with no records whose every practice verdict follows by hand, the period,
 * the one-page PDF rendered, and the doors: another organisation's ids, a mentor, bad dates.
 */
const audit = (org: string, programme: string) => `/api/monitoring/orgs/${org}/programmes/${programme}/quality-audit`
type Criterion = { id: string; verdict: string; rules: { verdict: string; evidence: Record<string, unknown> } | null; practice: { verdict: string; evidence: Record<string, unknown>; subjects?: string[] } | null }

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let admin: ApiClient
let mentor: ApiClient

beforeAll(async () => {
  p = await testPlatform({ demoRuns: true, demoDuos: true })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  admin = await signIn(p, 'admin@mentoryou.demo')
  mentor = await signIn(p, 'mentor@mentoryou.demo')
})
afterAll(() => p?.stop())

const byId = (body: { criteria: Criterion[] }) => Object.fromEntries(body.criteria.map((c) => [c.id, c]))

describe('the demo programme’s audit', () => {
  it('judges the 23 criteria over the last twelve months, mostly met, with the gaps named', async () => {
    const r = await coordinator.get(audit(PLS, PLS_PROGRAMME))
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    const today = new Date().toISOString().slice(0, 10)
    expect(r.body.period.to).toBe(today)
    expect(r.body.criteria).toHaveLength(23)
    const t = r.body.totals
    expect(t.met + t.partly + t['not-met'] + t['no-data']).toBe(23)
    expect(t.met).toBeGreaterThanOrEqual(15)
    const c = byId(r.body)
    // PLS's rules put the first meeting at the mentor's workplace: not seed 003's neutral place with staff.
    expect(c['first-meeting-neutral-with-staff']!.rules).toEqual({ verdict: 'not-met', evidence: { firstMeetingPlace: 'mentor-workplace' } })
    expect(c['support-material']!.verdict).toBe('met')
    // Every duo was proposed by staff; the interviews and trainings came before each first duo.
    expect(c['matching-by-staff']!.practice).toMatchObject({ verdict: 'met', evidence: { percent: 100 } })
    expect(c['mentor-training-before-start']!.verdict).toBe('met')
    // A gap names its duos, and each is named once in `subjects` with its people.
    const gaps = r.body.criteria.flatMap((x: Criterion) => x.practice?.subjects ?? [])
    expect(gaps.length).toBeGreaterThan(0)
    const named = new Map(r.body.subjects.map((s: { id: string; kind: string; name: string }) => [s.id, s]))
    for (const id of gaps) expect(named.get(id), id).toMatchObject({ kind: expect.stringMatching(/^(duo|mentor|mentee)$/), name: expect.any(String) })
    expect(JSON.stringify(r.body.subjects)).toContain('Farid Rahimi – Marc Dubois')
  })

  it('audits the period asked: before the programme began, nothing to judge in practice', async () => {
    const r = await coordinator.get(`${audit(PLS, PLS_PROGRAMME)}?from=2020-01-01&to=2020-12-31`)
    expect(r.status).toBe(200)
    expect(r.body.period).toEqual({ from: '2020-01-01', to: '2020-12-31' })
    const c = byId(r.body)
    expect(c['engagement-contract']!.practice!.verdict).toBe('no-data')
    expect(c['mentor-information-session']!.practice).toMatchObject({ verdict: 'not-met', evidence: { held: 0 } })
    expect(r.body.subjects).toEqual([])
  })
})

describe('a programme with no records yet', () => {
  it('has every practice verdict as counted by hand: sessions and peer meetings never held, the rest no data', async () => {
    const created = await admin.post(`/api/onboarding/orgs/${PLS}/programmes`, { name: 'Audit vide' })
    expect(created.status).toBe(201)
    const r = await admin.get(audit(PLS, created.body.id))
    expect(r.status).toBe(200)
    const practice = Object.fromEntries(r.body.criteria.filter((c: Criterion) => c.practice).map((c: Criterion) => [c.id, c.practice!.verdict]))
    const neverHeld = ['mentor-information-session', 'mentor-training-before-start', 'mentee-information-session', 'peer-exchange-and-training']
    for (const [id, verdict] of Object.entries(practice)) expect(verdict, id).toBe(neverHeld.includes(id) ? 'not-met' : 'no-data')
    expect(Object.keys(practice)).toHaveLength(22) // support material is a matter of rules only
    expect(r.body.subjects).toEqual([])
  })
})

describe('the audit’s PDF', () => {
  it('is one page that renders, in the language asked', async () => {
    const r = await coordinator.get(`${audit(PLS, PLS_PROGRAMME)}/pdf?locale=nl`)
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.contentType).toBe('application/pdf')
    expect(r.body.filename).toMatch(new RegExp(`^kwaliteitsaudit-${PLS_PROGRAMME}-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`))
    const bytes = Buffer.from(r.body.base64, 'base64')
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const dir = mkdtempSync(join(tmpdir(), 'audit-pdf-'))
    writeFileSync(join(dir, 'audit.pdf'), bytes)
    execFileSync('pdftoppm', ['-png', '-r', '50', join(dir, 'audit.pdf'), join(dir, 'page')])
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(1)
    const info = execFileSync('pdfinfo', [join(dir, 'audit.pdf')]).toString()
    expect(info).toMatch(/^Pages:\s+1$/m)
    expect(info).toMatch(/^Title:\s+Kwaliteitsaudit/m)
  })
})

describe('who may read it', () => {
  it('is not for a mentor', async () => {
    const r = await mentor.get(audit(PLS, PLS_PROGRAMME))
    expect(r.status).toBe(403)
    expect(r.body.error.reason).toBe('role-not-allowed')
  })

  it('never reaches another organisation: its path is refused, its programme id unknown here', async () => {
    expect((await coordinator.get(audit(CAI, CAI_PROGRAMME))).status).toBe(403)
    expect((await coordinator.get(audit(PLS, CAI_PROGRAMME))).status).toBe(404)
    expect((await coordinator.get(`${audit(PLS, CAI_PROGRAMME)}/pdf`)).status).toBe(404)
  })

  it('refuses a bad period, naming the field', async () => {
    const backwards = await coordinator.get(`${audit(PLS, PLS_PROGRAMME)}?from=2026-06-01&to=2026-01-01`)
    expect(backwards.status).toBe(400)
    expect(backwards.body.error.details).toEqual([expect.objectContaining({ path: 'to', reason: 'end-before-start' })])
    const notADay = await coordinator.get(`${audit(PLS, PLS_PROGRAMME)}?from=2026-02-30`)
    expect(notADay.status).toBe(400)
    expect(notADay.body.error.details[0]).toMatchObject({ path: 'from', reason: 'not-a-date' })
  })
})
