import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorBody } from '@binome/contracts'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'
import { allRoutes, declarationFor, fill, routeKey, sampleBodies, sampleQueries, type RouteRef } from '../support/routes'

/**
 * Bad input on every route that takes a body or a list query: malformed JSON, wrong types, unknown fields,
 * oversize bodies, bad cursors and limits all get a 4xx in the single error shape, and nothing is written.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let operator: ApiClient
let admin: ApiClient
let partner: ApiClient
let routes: RouteRef[]
const ids: Record<string, string> = { orgId: PLS, programmeId: PLS_PROGRAMME, personId: 'mentee-01' }
let before: string

async function snapshot(): Promise<string> {
  const parts = await Promise.all([
    operator.get('/api/onboarding/orgs?limit=100'),
    admin.get(`/api/onboarding/orgs/${PLS}/members?limit=100`),
    admin.get(`/api/onboarding/orgs/${PLS}/programmes?include=all&limit=100`),
    admin.get(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs?limit=100`),
    admin.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/rules/versions?limit=100`),
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
  routes = (await allRoutes(admin)).filter((r) => r.hasBody)
  const members = (await admin.get(`/api/onboarding/orgs/${PLS}/members?limit=100`)).body.items
  ids.userId = members.find((m: { email: string }) => m.email === 'coordination@mentoryou.demo').userId
  ids.runId = 'no-such-run'
  ids.partnerId = 'no-such-partner'
  ids.itemId = 'tools'
  ids.networkPartnerId = 'ecole-francais-ixelles'
  before = await snapshot()
})
afterAll(() => p.stop())

/** Whom each route admits (the permission is checked before the body): the operator, a partner user, or an admin. */
const clientFor = (r: RouteRef) => {
  const permission = declarationFor(r.method, r.path)?.permission
  return permission === 'operator' ? operator : permission === 'referrals.partner' ? partner : admin
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

  it('an oversize body → 413 before it is parsed', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(80 * 1024) })
    for (const r of routes) {
      const res = await clientFor(r).request(r.method, urlFor(r), undefined, { raw: huge })
      expectErrorShape(res, 413, routeKey(r))
      expect(res.body.error.code).toBe('payload_too_large')
    }
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

/** The partition each list route pages through (as the data layer names it), to forge cursors that pass the partition check. */
const partitionOf = (path: string): string => {
  if (path.endsWith('/members')) return `ORG#${PLS}#MEMBERS`
  if (path.endsWith('/programmes')) return `ORG#${PLS}#PROGRAMMES`
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

describe('after all of that', () => {
  it('nothing was written', async () => {
    expect(await snapshot()).toBe(before)
  })
})
