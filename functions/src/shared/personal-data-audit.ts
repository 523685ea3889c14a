import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env'

/**
 * Where a request came from, for the audit log: the client address API Gateway saw on AWS, the socket's peer
 * locally (the node server's `incoming`); never a header the client could write itself.
 *
 * @example
 * clientAddress(c) // '203.0.113.7'
 */
export function clientAddress(c: { env: unknown }): string {
  const env = c.env as { requestContext?: { http?: { sourceIp?: string } }; incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? 'unknown'
}

/**
 * Records a successful call of a route that reads or changes personal data in the organisation's audit log: who
 * (user id and role), when, which route, about whom (the person in the path, else the programme), from where. The
 * entry is written before the answer leaves, so a read that cannot be recorded is not served.
 *
 * @example
 * createRoute({ ...config, middleware: [permit(permission), auditPersonalData('read', 'GET /orgs/{orgId}/…')] })
 */
export function auditPersonalData(kind: 'read' | 'change', route: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    const { tenant, deps } = c.var
    if (!tenant || c.res.status >= 300) return
    const { personId, programmeId } = c.req.param() as { personId?: string; programmeId?: string }
    await tenant.audit.append({
      id: deps.newId(), at: deps.now().toISOString(), actorId: tenant.ctx.userId, actorKind: 'member',
      action: kind === 'read' ? 'personal-data.read' : 'personal-data.change',
      ...(personId && { subjectPersonId: personId }), ...(programmeId && { programmeId }),
      facts: { route, role: tenant.ctx.role, from: clientAddress(c) },
    })
  }
}
