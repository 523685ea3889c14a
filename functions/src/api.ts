import type { Hono } from 'hono'
import { matchingApp, matchingPrefix } from './matching/app'
import { monitoringApp, monitoringPrefix } from './monitoring/app'
import { onboardingApp, onboardingPrefix } from './onboarding/app'
import type { Deps } from './shared/deps'
import { mountApps } from './shared/http-api'
import { platformRoutes } from './shared/platform-routes'

export const appPrefixes = { onboarding: onboardingPrefix, matching: matchingPrefix, monitoring: monitoringPrefix } as const
export type AppName = keyof typeof appPrefixes

export const builders = { onboarding: onboardingApp, matching: matchingApp, monitoring: monitoringApp }

/**
 * The HTTP API with the named apps, each under its prefix, plus the public platform routes when asked for.
 * The local server mounts all three; each Lambda mounts only its own app with `mountApps` (so that its bundle holds
 * only that app).
 *
 * @example
 * const api = buildApi(deps, ['onboarding', 'matching', 'monitoring'], { platformRoutes: true })
 */
export function buildApi(deps: Deps, apps: readonly AppName[], opts: { platformRoutes: boolean }): Hono {
  return mountApps(apps.map((name) => [appPrefixes[name], builders[name](deps)] as const), opts.platformRoutes ? platformRoutes : undefined)
}
