import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import type { MiddlewareHandler } from 'hono'
import { DomainError } from '@binome/core'
import type { Deps } from './deps'
import type { AppEnv } from './env'
import { errorResponse, onError, zodIssues } from './errors'
import { hasOwnBodyLimit, routedApp } from './routes'

/** Request bodies larger than this are refused with 413 before they are parsed. */
export const maxBodyBytes = 64 * 1024

/**
 * A hono app with the platform's shared behaviour: request id, structured access log, body limit, zod validation
 * answered in the single error shape (naming each field), and every error turned into that shape.
 *
 * @example
 * const app = createApp(deps)
 * app.openapi(someRoute, handler)
 */
export function createApp(deps: Deps) {
  const app = routedApp<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        // The validator hands the hook the submitted value as `data`: an empty text then reads as "required".
        const input = (result as { data?: unknown }).data
        return errorResponse(c, new DomainError('validation', 'Some fields are not valid', { details: zodIssues(result.error as never, input) }))
      }
    },
  })
  app.use('*', requestId({ headerName: 'x-request-id' }))
  app.use('*', async (c, next) => {
    c.set('deps', deps)
    await next()
  })
  app.use('*', accessLog)
  // A route that takes a file declares its own, larger limit and applies it itself; every other keeps this one.
  app.use('*', (c, next) => (hasOwnBodyLimit(app, c.req.method, c.req.path) ? next() : limitBodySize(c, next)))
  app.onError(onError)
  app.notFound((c) => errorResponse(c, new DomainError('no-such-route', 'No such route')))
  return app
}

/** Refuses bodies over {@link maxBodyBytes} with 413 before they are read (the API and the local issuer). */
export const limitBodySize: MiddlewareHandler = bodyLimit({
  maxSize: maxBodyBytes,
  onError: (c) => errorResponse(c, new DomainError('payload-too-large', 'The request body is too large')),
})

/** Refuses a request body not declared as JSON with 415 (for apps without OpenAPI routes, e.g. the local issuer). */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const hasBody = c.req.header('content-length') !== undefined && c.req.header('content-length') !== '0'
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if ((hasBody || c.req.header('transfer-encoding')) && type !== 'application/json') {
    return errorResponse(c, new DomainError('unsupported-media-type', 'The request body must be JSON (Content-Type: application/json)'))
  }
  await next()
}

const accessLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now()
  await next()
  c.var.deps.logger.info('request', {
    requestId: c.var.requestId,
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    ms: Math.round(performance.now() - started),
    userId: c.var.user?.id,
  })
}

export type App = ReturnType<typeof createApp>
