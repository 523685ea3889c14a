import { OpenAPIHono } from '@hono/zod-openapi'
import { matchingApp, matchingPrefix } from './matching/app'
import { monitoringApp, monitoringPrefix } from './monitoring/app'
import { onboardingApp, onboardingPrefix } from './onboarding/app'
import { renderApiReference } from './shared/api-reference'
import type { Deps } from './shared/deps'
import { DomainError } from '@binome/core'
import { errorResponse } from './shared/errors'

export const appPrefixes = { onboarding: onboardingPrefix, matching: matchingPrefix, monitoring: monitoringPrefix } as const
export type AppName = keyof typeof appPrefixes

const builders = { onboarding: onboardingApp, matching: matchingApp, monitoring: monitoringApp }

/**
 * The HTTP API: the named function apps, each under its prefix, plus the public platform routes
 * (health, OpenAPI document, API reference). Each Lambda mounts only its own app; the local server mounts all.
 *
 * @example
 * const api = buildApi(deps, ['onboarding', 'matching', 'monitoring'], { platformRoutes: true })
 */
export function buildApi(deps: Deps, apps: readonly AppName[], opts: { platformRoutes: boolean }): OpenAPIHono {
  const root = new OpenAPIHono()
  for (const name of apps) root.route(appPrefixes[name], builders[name](deps))
  if (opts.platformRoutes) {
    root.get('/api/health', (c) => c.json({ status: 'ok' }))
    root.get('/api/openapi.json', (c) => c.json(openApiDocument(deps)))
    root.get('/api/docs', (c) => c.html(renderApiReference(openApiDocument(deps))))
  }
  root.notFound((c) => errorResponse(c, new DomainError('no-such-route', 'No such route')))
  return root
}

let cachedDocument: Record<string, unknown> | undefined

/** The OpenAPI 3.1 document of all three apps, generated from the same zod schemas that validate requests. */
export function openApiDocument(deps: Deps): Record<string, unknown> {
  if (cachedDocument) return cachedDocument
  const root = new OpenAPIHono()
  for (const name of Object.keys(appPrefixes) as AppName[]) root.route(appPrefixes[name], builders[name](deps))
  root.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'An ID token from Cognito (on AWS) or from the local issuer (POST /api/auth/token).',
  })
  cachedDocument = root.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Binôme API',
      version: '0.1.0',
      description: 'Mentoring-for-employment programmes: organisations, members, programmes, matching and monitoring.',
    },
  }) as unknown as Record<string, unknown>
  return cachedDocument
}
