import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorBody } from '@binome/contracts'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'
import { allRoutes, declarationFor, fill, routeKey, sampleBodies, sampleForms, sampleQueries, type RouteRef } from '../support/routes'

/**
 * Bad input on every route that takes a body or a list query: malformed JSON, wrong types, unknown fields,
 * oversize bodies, bad cursors and limits all get a 4xx in the single error shape, and nothing is written.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let operator: ApiClient
let admin: ApiClient
let partner: ApiClient
/** The demo mentor (Sophie Lambert, mentor-01), for the portal's routes (a mentor's or mentee's own duos). */
let mentor: ApiClient
let routes: RouteRef[]
/** The routes that take a multipart form (file uploads) rather than JSON: their own bad input below. */
let formRoutes: RouteRef[]
const ids: Record<string, string> = { orgId: PLS, programmeId: PLS_PROGRAMME, personId: 'mentee-01', menteeId: 'mentee-01', mentorId: 'mentor-01' }
let before: string

async function snapshot(): Promise<string> {
  const parts = await Promise.all([
    operator.get('/api/onboarding/orgs?limit=100'),
    admin.get(`/api/onboarding/orgs/${PLS}/members?limit=100`),
    admin.get(`/api/onboarding/orgs/${PLS}/programmes?include=all&limit=100`),
    admin.get(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs?limit=100`),
    admin.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/rules/versions?limit=100`),
    admin.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/sessions`),
    admin.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/public-form`),
    admin.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people?limit=100`),
    admin.get(`/api/onboarding/orgs/${PLS}/companies?limit=100`),
    admin.get(`/api/onboarding/orgs/${PLS}/sponsorship?until=2026-12-01`),
    admin.get(`/api/onboarding/orgs/${PLS}/network-partners?limit=100`),
    partner.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/referrals?limit=100`),
  ])
  return JSON.stringify(parts.map((r) => r.body)) + `|mails:${p.outbox.list().length}`
}

function expectErrorShape(res: { status: number; body: any }, status: number, label: string) {
  expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(status)
  expect(res.body.error, label).toEqual(expect.objectContaining({ code: expect.any(String), reason: expect.any(String), message: expect.any(String) }))
  expect(ErrorBody.safeParse(res.body).error, label).toBeUndefined()
  expect(JSON.stringify(res.body), label).not.toMatch(/at .*\.ts:\d+|node_modules|Error:/)
}

/** The same value with the wrong JSON type. */
const wrongType = (v: unknown): unknown => (typeof v === 'number' ? 'not-a-number' : typeof v === 'string' ? 12345 : 'wrong')

beforeAll(async () => {
  p = await testPlatform()
  operator = await signIn(p, 'operator@binome.demo')
  admin = await signIn(p, 'admin@mentoryou.demo')
  partner = await signIn(p, 'partenaire@mission-locale.demo')
  mentor = await signIn(p, 'mentor@mentoryou.demo')
  const withBody = (await allRoutes(admin)).filter((r) => r.hasBody)
  const takesForm = (r: RouteRef) => 'multipart/form-data' in (declarationFor(r.method, r.path)?.request?.body?.content ?? {})
  routes = withBody.filter((r) => !takesForm(r))
  formRoutes = withBody.filter(takesForm)
  const members = (await admin.get(`/api/onboarding/orgs/${PLS}/members?limit=100`)).body.items
  ids.userId = members.find((m: { email: string }) => m.email === 'coordination@mentoryou.demo').userId
  ids.runId = 'no-such-run'
  ids.partnerId = 'no-such-partner'
  ids.itemId = 'tools'
  ids.sessionId = 'no-such-session'
  ids.duoId = 'no-such-duo'
  ids.actionId = 'no-such-action'
  ids.alertId = 'no-such-alert'
  // A well-formed link nobody published: the public routes check the body before they look the link up.
  ids.token = 'A'.repeat(32)
  ids.companyId = 'no-such-company'
  ids.jobId = 'no-such-job'
  ids.newsletterId = 'no-such-newsletter'
  ids.networkPartnerId = 'ecole-francais-ixelles'
  before = await snapshot()
})
afterAll(() => p.stop())

/** Whom each route admits (the permission is checked before the body): the operator, a partner user, a mentor, or an admin. */
const clientFor = (r: RouteRef) => {
  const permission = declarationFor(r.method, r.path)?.permission
  return permission === 'operator' ? operator : permission === 'referrals.partner' ? partner : permission === 'duos.take-part' ? mentor : admin
}
const urlFor = (r: RouteRef) => fill(r.path, ids) + (sampleQueries[routeKey(r)] ?? '')

describe('bad input on every route with a body', () => {
  it('every such route has a valid sample body', () => {
    expect(routes.length).toBeGreaterThanOrEqual(8)
    for (const r of routes) expect(sampleBodies[routeKey(r)], routeKey(r)).toBeDefined()
  })

  it('malformed JSON → 400 bad_request', async () => {
    for (const r of routes) {
      const res = await clientFor(r).request(r.method, urlFor(r), undefined, { raw: '{"name": "oops",' })
      expectErrorShape(res, 400, routeKey(r))
    }
  })

  it('a JSON value that is not an object → 400', async () => {
    for (const r of routes) {
      const res = await clientFor(r).request(r.method, urlFor(r), undefined, { raw: '[1,2,3]' })
      expectErrorShape(res, 400, routeKey(r))
    }
  })

  it('each field with the wrong type → 400 validation_failed naming that field', async () => {
    for (const r of routes) {
      for (const [field, value] of Object.entries(sampleBodies[routeKey(r)]!)) {
        const body = { ...sampleBodies[routeKey(r)], [field]: wrongType(value) }
        const res = await clientFor(r).request(r.method, urlFor(r), body)
        expectErrorShape(res, 400, `${routeKey(r)} ${field}`)
        expect(res.body.error.code).toBe('validation_failed')
        expect(res.body.error.details.map((d: { path: string }) => d.path), `${routeKey(r)} ${field}`).toContain(field)
      }
    }
  })

  it('a string field with control, bidi-override or lone-surrogate characters → 400 naming it', async () => {
    let checked = 0
    for (const r of routes) {
      for (const [field, value] of Object.entries(sampleBodies[routeKey(r)]!)) {
        if (typeof value !== 'string') continue
        for (const inserted of ['\u0000', '\u001b[2J', '\u202E', '\u2066', '\ud800']) {
          const body = { ...sampleBodies[routeKey(r)], [field]: value.slice(0, 2) + inserted + value.slice(2) }
          const res = await clientFor(r).request(r.method, urlFor(r), body)
          expectErrorShape(res, 400, `${routeKey(r)} ${field} ${JSON.stringify(inserted)}`)
          expect(res.body.error.details.map((d: { path: string }) => d.path), `${routeKey(r)} ${field}`).toContain(field)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(40)
  })

  it('an unknown field → 400 naming it', async () => {
    for (const r of routes) {
      const res = await clientFor(r).request(r.method, urlFor(r), { ...sampleBodies[routeKey(r)], isAdmin: true })
      expectErrorShape(res, 400, routeKey(r))
      expect(res.body.error.details).toContainEqual({ path: 'isAdmin', reason: 'unknown-field', message: 'is not a known field' })
    }
  })

  it('an oversize body → 413 before it is parsed (past the route’s own limit where it declares one)', async () => {
    let ownLimits = 0
    for (const r of routes) {
      const limit = declarationFor(r.method, r.path)?.maxBodyBytes
      if (limit !== undefined) ownLimits++
      const huge = JSON.stringify({ name: 'x'.repeat((limit ?? 64 * 1024) + 16 * 1024) })
      const res = await clientFor(r).request(r.method, urlFor(r), undefined, { raw: huge })
      expectErrorShape(res, 413, routeKey(r))
      expect(res.body.error.code).toBe('payload_too_large')
    }
    expect(ownLimits, 'the rules routes declare a larger limit').toBeGreaterThanOrEqual(2)
  })

  it('a body that is not declared as JSON → 4xx', async () => {
    for (const r of routes) {
      const res = await clientFor(r).request(r.method, urlFor(r), undefined, {
        raw: JSON.stringify(sampleBodies[routeKey(r)]),
        headers: { 'content-type': 'text/plain' },
      })
      expect(res.status, routeKey(r)).toBeGreaterThanOrEqual(400)
      expect(res.status, routeKey(r)).toBeLessThan(500)
      expect(res.body.error.code).toEqual(expect.any(String))
    }
  })
})

/** A route's sample form with some parts changed (a part set to undefined is left out). */
function formWith(r: RouteRef, changes: Record<string, string | File | undefined>): FormData {
  const form = sampleForms[routeKey(r)]!()
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) form.delete(name)
    else form.set(name, value)
  }
  return form
}

describe('bad input on every route that takes a file (multipart form)', () => {
  const people = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people?limit=100`
  const peopleCount = async () => (await admin.get(people)).body.items.length as number
  let count = 0
  beforeAll(async () => {
    count = await peopleCount()
  })

  it('every such route has a valid sample form, which is accepted', async () => {
    expect(formRoutes.length).toBeGreaterThanOrEqual(1)
    for (const r of formRoutes) {
      expect(sampleForms[routeKey(r)], routeKey(r)).toBeDefined()
      const res = await clientFor(r).request(r.method, urlFor(r), sampleForms[routeKey(r)]!())
      expect(res.status, `${routeKey(r)}: ${JSON.stringify(res.body)}`).toBe(200)
    }
  })

  it('a JSON body, or a body not declared at all → 415 in the error shape', async () => {
    for (const r of formRoutes) {
      expectErrorShape(await clientFor(r).request(r.method, urlFor(r), { side: 'mentee' }), 415, routeKey(r))
      expectErrorShape(await clientFor(r).request(r.method, urlFor(r), undefined, { raw: 'side=mentee', headers: { 'content-type': 'text/plain' } }), 415, routeKey(r))
    }
  })

  it('each part missing or wrong → 400 naming it; an unknown part → 400 naming it', async () => {
    const wrong: [string, Record<string, string | File | undefined>][] = [
      ['file', { file: undefined }],
      ['file', { file: 'not a file' }],
      ['side', { side: undefined }],
      ['side', { side: 'duo' }],
      ['dryRun', { dryRun: 'perhaps' }],
      ['mapping', { mapping: '{not json' }],
      ['mapping', { mapping: '["Prénom"]' }],
      ['mapping.Prénom', { mapping: JSON.stringify({ Prénom: 'shoeSize' }) }],
      ['mapping.Ailleurs', { mapping: JSON.stringify({ Ailleurs: 'firstName' }) }],
      ['isAdmin', { isAdmin: 'true' }],
    ]
    for (const r of formRoutes) {
      for (const [field, changes] of wrong) {
        const res = await clientFor(r).request(r.method, urlFor(r), formWith(r, changes))
        expectErrorShape(res, 400, `${routeKey(r)} ${field}`)
        expect(res.body.error.details.map((d: { path: string }) => d.path), `${routeKey(r)} ${JSON.stringify(changes)}`).toContain(field)
      }
    }
  })

  it('an empty, unreadable or binary file → 422 saying why; an oversize body → 413 before it is read', async () => {
    const files: [File, string][] = [
      [new File([], 'vide.csv'), 'import-empty'],
      [new File(['\n\n  \n'], 'blanc.csv'), 'import-empty'],
      [new File(['Prénom;Nom\n;;\n'], 'en-tete-seul.csv'), 'import-empty'],
      [new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])], 'abime.xlsx'), 'import-unreadable'],
      [new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], 'ancien.xls'), 'import-unreadable'],
      [new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1])], 'document.pdf'), 'import-unreadable'],
    ]
    for (const r of formRoutes) {
      for (const [file, reason] of files) {
        const res = await clientFor(r).request(r.method, urlFor(r), formWith(r, { file, dryRun: 'false' }))
        expectErrorShape(res, 422, `${routeKey(r)} ${file.name}`)
        expect(res.body.error.reason, file.name).toBe(reason)
      }
      const huge = formWith(r, { file: new File(['x'.repeat(5 * 1024 * 1024)], 'enorme.csv') })
      const res = await clientFor(r).request(r.method, urlFor(r), huge)
      expectErrorShape(res, 413, routeKey(r))
      expect(res.body.error.reason).toBe('payload-too-large')
    }
  })

  it('more rows than one import reads → 413 import-too-many-rows with the limit', async () => {
    const lines = ['Prénom;Nom;E-mail', ...Array.from({ length: 5001 }, (_, i) => `P${i};N${i};p${i}@exemple.be`)]
    for (const r of formRoutes) {
      const res = await clientFor(r).request(r.method, urlFor(r), formWith(r, { file: new File([lines.join('\n')], 'trop.csv'), dryRun: 'false' }))
      expectErrorShape(res, 413, routeKey(r))
      expect(res.body.error).toMatchObject({ reason: 'import-too-many-rows', values: { max: 5000, rows: 5001 } })
    }
  })

  it('none of that wrote anyone', async () => {
    expect(await peopleCount()).toBe(count)
  })
})

/** The partition each list route pages through (as the data layer names it), to forge cursors that pass the partition check. */
const partitionOf = (path: string): string => {
  if (path.endsWith('/members')) return `ORG#${PLS}#MEMBERS`
  if (path.endsWith('/programmes')) return `ORG#${PLS}#PROGRAMMES`
  if (path.endsWith('/companies')) return `ORG#${PLS}#COMPANIES`
  if (path.endsWith('/people')) return `ORG#${PLS}#PROGRAMME#${PLS_PROGRAMME}#PEOPLE`
  if (path.endsWith('/runs')) return `ORG#${PLS}#PROGRAMME#${PLS_PROGRAMME}#RUNS`
  if (path.endsWith('/rules/versions')) return `ORG#${PLS}#PROGRAMME#${PLS_PROGRAMME}#RULES`
  if (path.endsWith('/network-partners')) return `ORG#${PLS}#NETWORK`
  if (path.endsWith('/network-partners/ecole-francais-ixelles/referrals')) return `ORG#${PLS}#PROGRAMME#${PLS_PROGRAMME}#REFERRALS#ecole-francais-ixelles`
  return `ORG#${PLS}#ALERTS`
}
const forgedFor = (path: string, sk: string): string => {
  const p = partitionOf(path)
  return Buffer.from(JSON.stringify({ v: 1, p, k: { PK: p, SK: sk } }), 'utf8').toString('base64url')
}

describe('bad list queries', () => {
  const lists = [
    `/api/onboarding/orgs/${PLS}/members`,
    `/api/onboarding/orgs/${PLS}/programmes`,
    `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`,
    `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`,
    `/api/monitoring/orgs/${PLS}/alerts`,
    `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/rules/versions`,
    `/api/onboarding/orgs/${PLS}/companies`,
    `/api/onboarding/orgs/${PLS}/network-partners`,
    `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/network-partners/ecole-francais-ixelles/referrals`,
  ]
  it.each([
    ['a forged cursor', 'cursor=eyJ2IjoxLCJwIjoiT1JHI290aGVyIn0', 'cursor'],
    ['a cursor that is not base64 JSON', 'cursor=***', 'cursor'],
    // A start key in the right partition with an empty sort key once reached DynamoDB and answered 500.
    ...['', 'x'.repeat(2000), '\ud800'].map((sk) => [`a forged cursor with the sort key ${JSON.stringify(sk.slice(0, 8))}…`, '', sk]),
    ['limit 0', 'limit=0', 'limit'],
    ['limit not a number', 'limit=abc', 'limit'],
    ['limit too large', 'limit=100000', 'limit'],
    ['an unknown parameter', 'colour=blue', 'colour'],
  ])('%s → 400 naming the parameter', async (_label, query, fieldOrSk) => {
    for (const path of lists) {
      // An empty query stands for a cursor forged for this very list's partition, with the given sort key.
      const field = query === '' ? 'cursor' : fieldOrSk
      const res = await admin.get(`${path}?${query === '' ? `cursor=${forgedFor(path, fieldOrSk)}` : query}`)
      expectErrorShape(res, 400, `${path}?${query}`)
      expect(res.body.error.details.map((d: { path: string }) => d.path), `${path}?${query}`).toContain(field)
    }
  })
})

describe('bad audit periods', () => {
  const audits = [
    `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/quality-audit`,
    `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/quality-audit/pdf`,
  ]
  it.each([
    ['a day that is not one', 'from=2026-13-01', 'from'],
    ['not a date', 'to=yesterday', 'to'],
    ['an end before the start', 'from=2026-06-01&to=2026-05-31', 'to'],
    ['an unknown language', 'locale=de', 'locale'],
    ['an unknown parameter', 'colour=blue', 'colour'],
  ])('%s → 400 naming the parameter', async (_label, query, field) => {
    for (const path of audits) {
      const res = await admin.get(`${path}?${query}`)
      expectErrorShape(res, 400, `${path}?${query}`)
      expect(res.body.error.details.map((d: { path: string }) => d.path), `${path}?${query}`).toContain(field)
    }
  })
})

describe('after all of that', () => {
  it('nothing was written', async () => {
    expect(await snapshot()).toBe(before)
  })
})
