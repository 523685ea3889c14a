import type { RouteDeclaration } from '@binome/contracts/routes'
import { matchingPrefix, matchingRoutes } from '@binome/contracts/routes/matching'
import { monitoringPrefix, monitoringRoutes } from '@binome/contracts/routes/monitoring'
import { onboardingPrefix, onboardingRoutes } from '@binome/contracts/routes/onboarding'

/** Every declared route with its full path (the app's prefix included): what the API promises, route by route. */
export const declaredRoutes: (RouteDeclaration & { fullPath: string })[] = [
  ...Object.values(onboardingRoutes).map((r) => ({ ...r, fullPath: onboardingPrefix + r.path })),
  ...Object.values(matchingRoutes).map((r) => ({ ...r, fullPath: matchingPrefix + r.path })),
  ...Object.values(monitoringRoutes).map((r) => ({ ...r, fullPath: monitoringPrefix + r.path })),
]

const templateOf = (path: string) => new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`)
const matchers = declaredRoutes.map((r) => ({ route: r, pattern: templateOf(r.fullPath) }))

/** The declaration a concrete request answers to (query string ignored), if any. */
export function declarationFor(method: string, url: string): (typeof declaredRoutes)[number] | undefined {
  const path = url.split('?')[0]!
  return matchers.find((m) => m.route.method === method.toLowerCase() && m.pattern.test(path))?.route
}
