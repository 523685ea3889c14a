import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import type { MiddlewareHandler } from 'hono'
import type { Deps } from './deps'
import type { AppEnv } from './env'
import { errorResponse, onError, zodIssues } from './errors'
import { routedApp } from './routes'

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
        return errorResponse(c, 'validation_failed', 400, 'Some fields are not valid', zodIssues(result.error as never))
      }
    },
  })
  app.use('*', requestId({ headerName: 'x-request-id' }))
  app.use('*', async (c, next) => {
    c.set('deps', deps)
    await next()
  })
  app.use('*', accessLog)
  app.use('*', bodyLimit({ maxSize: maxBodyBytes, onError: (c) => errorResponse(c, 'payload_too_large', 413, 'The request body is too large') }))
  app.onError(onError)
  app.notFound((c) => errorResponse(c, 'not_found', 404, 'No such route'))
  return app
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
