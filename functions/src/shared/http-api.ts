import { DomainError } from '@binome/core'
import { Hono } from 'hono'
import { errorResponse } from './errors'

/**
 * The HTTP API of one function (or, locally, of all): the given apps under their prefixes, plus extra routes such
 * as the public platform routes (`./platform-routes`), and the single 404 shape.
 *
 * @example
 * const api = mountApps([[onboardingPrefix, onboardingApp(deps)]], platformRoutes)
 */
export function mountApps(apps: readonly (readonly [string, Hono<any, any, any>])[], extra?: (root: Hono) => void): Hono {
  const root = new Hono()
  for (const [prefix, app] of apps) root.route(prefix, app)
  extra?.(root)
  root.notFound((c) => errorResponse(c, new DomainError('no-such-route', 'No such route')))
  return root
}
