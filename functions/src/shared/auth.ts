import type { MiddlewareHandler } from 'hono'
import { DomainError, can, forbidden, notFound, type Action } from '@binome/core'
import { systemContext, type TenantContext } from '@binome/data'
import type { Context } from 'hono'
import type { AppEnv } from './env'

const unauthorized = () => new DomainError('sign-in-required', 'Sign in to continue')

/**
 * Requires a valid bearer token and resolves the platform user from its verified e-mail
 * (the same way for Cognito and the local issuer).
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('authorization') ?? ''
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header)
  if (!match) throw unauthorized()
  const { deps } = c.var
  let email: string
  try {
    email = (await deps.tokens.verify(match[1]!)).email
  } catch {
    throw unauthorized()
  }
  const user = await deps.data.identity.findUserByEmail(email)
  if (!user) throw unauthorized()
  c.set('user', user)
  await next()
}

const idPattern = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Resolves the organisation named in the path against the caller's memberships and opens its tenant data.
 * A malformed id is 404; an organisation the caller is not an active member of is 403.
 */
export const tenant: MiddlewareHandler<AppEnv> = async (c, next) => {
  const orgId = c.req.param('orgId')
  if (!orgId || !idPattern.test(orgId)) throw notFound('organisation')
  const { deps, user } = c.var
  const membership = await deps.data.identity.membership(user.id, orgId)
  if (!membership || membership.status !== 'active') throw forbidden('You are not a member of this organisation', 'not-a-member')
  const ctx: TenantContext = { orgId, userId: user.id, role: membership.role }
  c.set('role', membership.role)
  c.set('tenant', deps.data.forTenant(ctx))
  await next()
}

/**
 * Throws 403 unless the caller's role in the current organisation may perform the action.
 *
 * @example
 * allow(c, 'programmes.write')
 */
export function allow(c: Context<AppEnv>, action: Action): void {
  if (!can(c.var.role, action)) throw forbidden('Your role does not allow this', 'role-not-allowed')
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
