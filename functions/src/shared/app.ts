import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import type { MiddlewareHandler } from 'hono'
import type { Deps } from './deps'
import type { AppEnv } from './env'
import { errorResponse, onError, zodIssues } from './errors'

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
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return errorResponse(c, 'validation_failed', 400, 'Some fields are not valid', zodIssues(result.error))
      }
    },
  })
  app.use('*', requestId({ headerName: 'x-request-id' }))
  app.use('*', async (c, next) => {
    c.set('deps', deps)
    await next()
  })
  app.use('*', accessLog)
  app.use('*', limitBodySize)
  app.onError(onError)
  app.notFound((c) => errorResponse(c, 'not_found', 404, 'No such route'))
  return app
}

/** Refuses bodies over {@link maxBodyBytes} with 413 before they are read (the API and the local issuer). */
export const limitBodySize: MiddlewareHandler = bodyLimit({
  maxSize: maxBodyBytes,
  onError: (c) => errorResponse(c, 'payload_too_large', 413, 'The request body is too large'),
})

/** Refuses a request body not declared as JSON with 415 (for apps without OpenAPI routes, e.g. the local issuer). */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const hasBody = c.req.header('content-length') !== undefined && c.req.header('content-length') !== '0'
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if ((hasBody || c.req.header('transfer-encoding')) && type !== 'application/json') {
    return errorResponse(c, 'unsupported_media_type', 415, 'The request body must be JSON (Content-Type: application/json)')
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
