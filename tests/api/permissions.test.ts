import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { can, type MembershipRole } from '@binome/core'
import { PLS, PLS_PROGRAMME, signIn, ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'
import { declaredRoutes, fill, sampleBodies, sampleForms, sampleQueries } from '../support/routes'

/**
 * Every declared route enforces its declared permission before anything else: a role the core's table refuses gets
 * 403 role-not-allowed, a non-operator 403 operator-only, and nobody signed out gets through.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
const members: Partial<Record<MembershipRole, ApiClient>> = {}
let admin: ApiClient
let anonymous: ApiClient
const ids: Record<string, string> = {
  orgId: PLS, programmeId: PLS_PROGRAMME, runId: 'no-such-run', userId: 'no-such-user', queue: 'matching', partnerId: 'no-such-partner', itemId: 'tools', sessionId: 'no-such-session', duoId: 'no-such-duo', actionId: 'no-such-action', alertId: 'no-such-alert', companyId: 'no-such-company', jobId: 'no-such-job', newsletterId: 'no-such-newsletter',
  version: '1', personId: 'mentee-01', menteeId: 'mentee-01', mentorId: 'mentor-01', token: 'A'.repeat(32), networkPartnerId: 'no-such-partner',
}

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
  members.admin = admin
  members.coordinator = await signIn(p, 'coordination@mentoryou.demo')
  members.partner = await signIn(p, 'partenaire@mission-locale.demo')
  members.mentor = await signIn(p, 'mentor@mentoryou.demo')
  members.mentee = await signIn(p, 'mentee@mentoryou.demo')
  anonymous = new ApiClient(p.url)
})
afterAll(() => p?.stop())

const call = (client: ApiClient, route: (typeof declaredRoutes)[number]) => {
  const routeKey = `${route.method.toUpperCase()} ${route.fullPath}`
  const url = fill(route.fullPath, ids) + (sampleQueries[routeKey] ?? '')
  return client.request(route.method.toUpperCase(), url, route.request?.body ? (sampleForms[routeKey]?.() ?? sampleBodies[routeKey]) : undefined)
}

describe('the declared permission of every route', () => {
  it('covers roles that exist in the demo organisation', () => {
    expect(Object.keys(members).sort()).toEqual(['admin', 'coordinator', 'mentee', 'mentor', 'partner'])
  })

  for (const route of declaredRoutes) {
    const name = `${route.method.toUpperCase()} ${route.fullPath} (${route.permission})`
    it(`${name}: refused to whoever it does not allow`, async () => {
      const permission = route.permission
      if (permission === 'public') {
        // Open to anyone without an account: an unknown link is a 404, never a demand to sign in.
        expect((await call(anonymous, route)).status).toBe(404)
        return
      }
      expect((await call(anonymous, route)).status).toBe(401)
      if (permission === 'signed-in') return
      if (permission === 'operator') {
        const res = await call(admin, route)
        expect(res.status).toBe(403)
        expect(res.body.error.reason).toBe('operator-only')
        return
      }
      for (const [role, client] of Object.entries(members) as [MembershipRole, ApiClient][]) {
        if (can(role, permission)) continue
        const res = await call(client, route)
        expect(res.status, role).toBe(403)
        expect(res.body.error.reason, role).toBe('role-not-allowed')
      }
    })
  }
})
