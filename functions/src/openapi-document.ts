import { OpenAPIHono } from '@hono/zod-openapi'
import { appPrefixes, builders, type AppName } from './api'
import type { Deps } from './shared/deps'
import { routeDefinitions } from './shared/routes'

/**
 * The OpenAPI 3.1 document of all three apps, generated from the same zod schemas that validate requests.
 * Only `pnpm openapi:generate` and its test load this (and with it the generator); functions serve the generated file.
 */
export function generateOpenApiDocument(): Record<string, unknown> {
  const root = new OpenAPIHono()
  for (const name of Object.keys(appPrefixes) as AppName[]) {
    // Building an app only registers its routes; the dependencies are not touched until a request comes.
    const app = builders[name]({} as Deps)
    for (const route of routeDefinitions.get(app) ?? []) root.openAPIRegistry.registerPath({ ...route, path: appPrefixes[name] + route.path })
  }
  root.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'An ID token from Cognito (on AWS) or from the local issuer (POST /api/auth/token).',
  })
  return root.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Binôme API',
      version: '0.1.0',
      description: 'Mentoring-for-employment programmes: organisations, members, programmes, matching and monitoring.',
    },
  }) as unknown as Record<string, unknown>
}
