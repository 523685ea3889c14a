import type { MiddlewareHandler } from 'hono'
import { DomainError, can, forbidden, notFound } from '@binome/core'
import type { Permission } from '@binome/contracts/routes'
import { systemContext, type TenantContext } from '@binome/data'
import type { AppEnv } from './env'

const unauthorized = () => new DomainError('sign-in-required', 'Sign in to continue')

/**
 * Requires a valid bearer token and resolves the platform user bound to its `sub` with their memberships, in one
 * read at most (cached per container for a short bound; see `WhoAmICache`). The same way for Cognito and the local
 * issuer; the e-mail claim only serves to bind a first sign-in to the invited user.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('authorization') ?? ''
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header)
  if (!match) throw unauthorized()
  const { deps } = c.var
  let token: { subject: string; email: string }
  try {
    token = await deps.tokens.verify(match[1]!)
  } catch {
    throw unauthorized()
  }
  const me = await deps.data.identity.whoAmI(token, deps.now().getTime())
  if (!me) throw unauthorized()
  c.set('user', me.user)
  c.set('memberships', me.memberships)
  await next()
}

const idPattern = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Resolves the organisation named in the path against the caller's memberships, counts the request against the
 * organisation's and the user's per-minute limits (429 `usage-limit` beyond them), and opens its tenant data.
 * A malformed id is 404; an organisation the caller is not an active member of is 403.
 */
export const tenant: MiddlewareHandler<AppEnv> = async (c, next) => {
  const orgId = c.req.param('orgId')
  if (!orgId || !idPattern.test(orgId)) throw notFound('organisation')
  const { deps, user, memberships } = c.var
  const membership = memberships.find((m) => m.orgId === orgId)
  if (!membership || membership.status !== 'active') throw forbidden('You are not a member of this organisation', 'not-a-member')
  const ctx: TenantContext = { orgId, userId: user.id, role: membership.role }
  const data = deps.data.forTenant(ctx)
  // Counted once the caller is known to be a member: a stranger's requests cannot spend an organisation's budget.
  await data.usage.take(deps.now(), deps.usageLimits)
  c.set('role', membership.role)
  c.set('tenant', data)
  await next()
}

/**
 * The check a route declaration's permission stands for, run before the route's validation and handler: a tenant
 * action against the caller's role in the organisation of the path, the platform operator, or any signed-in user
 * (whom `authenticate` has already resolved).
 *
 * @example
 * app.use(path, permit('programmes.write'))
 */
export function permit(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (permission === 'public') return next()
    if (!c.var.user) throw unauthorized()
    if (permission === 'operator') {
      if (c.var.user.platformRole !== 'operator') throw forbidden('Only the platform operator may do this', 'operator-only')
    } else if (permission !== 'signed-in') {
      if (!c.var.role || !can(c.var.role, permission)) throw forbidden('Your role does not allow this', 'role-not-allowed')
    }
    await next()
  }
}

export { systemContext }

/**
 * Guards an app's organisation routes: every `/orgs/...` request needs a valid token, and every
 * `/orgs/:orgId/...` request an active membership of that organisation. In hono `'/x/*'` also matches `'/x'`,
 * so one pattern per level covers both.
 *
 * @example
 * const app = createApp(deps)
 * guardOrganisationRoutes(app)
 */
export function guardOrganisationRoutes(app: { use(path: string, handler: MiddlewareHandler<AppEnv>): unknown }): void {
  app.use('/orgs/*', authenticate)
  app.use('/orgs/:orgId/*', tenant)
}
