import type { RouteDeclaration } from '@binome/contracts/routes'
import { matchingPrefix, matchingRoutes } from '@binome/contracts/routes/matching'
import { monitoringPrefix, monitoringRoutes } from '@binome/contracts/routes/monitoring'
import { onboardingPrefix, onboardingRoutes } from '@binome/contracts/routes/onboarding'
import type { ApiClient } from './client'

export interface RouteRef {
  method: string
  path: string
  hasBody: boolean
}

/** Every operation of the OpenAPI document: the suites below iterate over it, so they grow with the API. */
export async function allRoutes(client: ApiClient): Promise<RouteRef[]> {
  const doc = (await client.get('/api/openapi.json')).body as { paths: Record<string, Record<string, { requestBody?: unknown }>> }
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, hasBody: op.requestBody !== undefined })),
  )
}

/** A valid body for each route that takes one. A new route without a sample fails the suites on purpose. */
export const sampleBodies: Record<string, Record<string, unknown>> = {
  'POST /api/onboarding/orgs': { name: 'Nouvelle organisation' },
  'PATCH /api/onboarding/orgs/{orgId}': { name: 'Nom modifié', version: 1 },
  'POST /api/onboarding/orgs/{orgId}/invitations': { email: 'sample@invite.demo', name: 'Sam Ple', role: 'mentor' },
  'PATCH /api/onboarding/orgs/{orgId}/members/{userId}': { role: 'coordinator', version: 1 },
  'POST /api/onboarding/orgs/{orgId}/programmes': { name: 'Programme échantillon' },
  'PATCH /api/onboarding/orgs/{orgId}/programmes/{programmeId}': { name: 'Renommé', version: 1 },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/archive': { version: 1 },
  'POST /api/matching/orgs/{orgId}/programmes/{programmeId}/runs': { objective: 'max-score' },
  'POST /api/onboarding/recovery/orgs/{orgId}/admin': { email: 'sample@recovery.demo', name: 'Sam Ple' },
}

/** Query strings some routes require. */
export const sampleQueries: Record<string, string> = {
  'DELETE /api/onboarding/orgs/{orgId}/members/{userId}': '?version=1',
}

export const routeKey = (r: RouteRef) => `${r.method} ${r.path}`

/** Fills a route's path parameters. */
export function fill(path: string, ids: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = ids[name]
    if (!v) throw new Error(`no id for {${name}} in ${path}`)
    return encodeURIComponent(v)
  })
}

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
