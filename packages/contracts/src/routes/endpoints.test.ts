import { describe, expect, it } from 'vitest'
import { fillPath, matchingEndpoints, monitoringEndpoints, onboardingEndpoints } from './endpoints'
import { matchingRoutes } from './matching'
import { monitoringRoutes } from './monitoring'
import { onboardingRoutes } from './onboarding'

describe('endpoints', () => {
  it('fills each path parameter, encoded', () => {
    expect(fillPath(onboardingEndpoints.updateMember.path, { orgId: 'pls', userId: 'a/b c' })).toBe('/orgs/pls/members/a%2Fb%20c')
  })

  it('are exactly the routes declared, under the same names (one place for each path)', () => {
    const pairs = [
      [onboardingEndpoints, onboardingRoutes],
      [matchingEndpoints, matchingRoutes],
      [monitoringEndpoints, monitoringRoutes],
    ] as const
    for (const [endpoints, routes] of pairs) {
      expect(Object.keys(routes).sort()).toEqual(Object.keys(endpoints).sort())
      for (const [name, endpoint] of Object.entries(endpoints)) {
        const route = (routes as Record<string, { method: string; path: string }>)[name]!
        expect({ method: route.method, path: route.path }, name).toEqual(endpoint)
      }
    }
  })

  it('the compiler refuses a path parameter left out', () => {
    // @ts-expect-error userId is missing
    expect(() => fillPath(onboardingEndpoints.updateMember.path, { orgId: 'pls' })).toBeDefined()
  })
})
