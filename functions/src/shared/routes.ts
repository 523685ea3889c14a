import type { OpenAPIHono, RouteConfig, createRoute as createRouteType } from '@hono/zod-openapi'
import type { Env, MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { validator } from 'hono/validator'
import type { ZodType } from 'zod'
import type { RouteDeclaration } from '@binome/contracts/routes'
import { permit } from './auth'
import { auditPersonalData } from './personal-data-audit'

/**
 * Why not `@hono/zod-openapi` at run time: importing it calls `extendZodWithOpenApi(z)` on zod's whole namespace,
 * which pins every zod locale and the OpenAPI generator into each Lambda bundle (~450 KB of the 1.2 MB). Requests
 * only need the route table and the validators, so functions register routes here, with the same behaviour and the
 * same types (`@hono/zod-openapi` is used for types only); the OpenAPI document is generated from the recorded route
 * definitions by `openapi-document.ts`, which alone loads the generator.
 */

type ValidationHook = (result: { success: boolean; error?: unknown; data?: unknown; target: string }, c: Parameters<MiddlewareHandler>[0]) => Response | void | Promise<Response | void>

/** A route definition, as `@hono/zod-openapi`'s `createRoute` makes it (same type, no run-time dependency). */
export const createRoute: typeof createRouteType = (routeConfig) => {
  const route = { ...routeConfig, getRoutingPath: () => routeConfig.path.replaceAll(/\/{(.+?)}/g, '/:$1') }
  return Object.defineProperty(route, 'getRoutingPath', { enumerable: false }) as never
}

/**
 * A declared route (`@binome/contracts/routes/<app>`) as the route definition an app registers: its permission
 * becomes a check run before validation and the handler, so handlers never check roles themselves.
 *
 * @example
 * app.openapi(route(onboardingRoutes.readProgramme), async (c) => c.json(await c.var.tenant.programmes.get(...), 200))
 */
export function route<const R extends RouteDeclaration>(declaration: R) {
  const { permission, personalData, ...config } = declaration
  const audit = personalData ? [auditPersonalData(personalData, `${config.method.toUpperCase()} ${config.path}`)] : []
  return createRoute({ ...config, middleware: [permit(permission), ...audit] } as never) as unknown as Omit<R, 'permission'> & {
    getRoutingPath(): ReturnType<ReturnType<typeof createRouteType<R['path'], Omit<R, 'permission'> & RouteConfig>>['getRoutingPath']>
  }
}

/** The route definitions an app registered, for the OpenAPI document. */
export const routeDefinitions = new WeakMap<object, RouteConfig[]>()

const jsonMediaType = /^application\/([a-z-.]+\+)?json/i
const jsonRequest = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i

function zodValidator(target: 'query' | 'param' | 'header' | 'json', schema: ZodType, hook: ValidationHook | undefined) {
  return validator(target, async (value, c) => {
    const result = await schema.safeParseAsync(value)
    const answer = hook && (await hook({ data: value, ...result, target }, c))
    if (answer instanceof Response) return answer
    if (!result.success) return c.json(result, 400)
    return result.data
  })
}

/** Refuses a body that is not JSON with 415 before it is parsed, as `@hono/zod-openapi` does. */
const jsonOnly: MiddlewareHandler = async (c, next) => {
  const contentType = c.req.header('content-type')
  if (contentType ? !jsonRequest.test(contentType) : (await c.req.raw.clone().arrayBuffer()).byteLength > 0) {
    throw new HTTPException(415, { message: 'Unsupported Media Type' })
  }
  await next()
}

/**
 * A hono app with `openapi(route, handler)`: the route's params, query, headers and JSON body validated by its zod
 * schemas (failures handed to `defaultHook`), typed exactly as `OpenAPIHono`'s.
 *
 * @example
 * const app = routedApp<AppEnv>({ defaultHook })
 * app.openapi(createRoute({ method: 'get', path: '/x/{id}', request: { params }, responses }), (c) => ...)
 */
export function routedApp<E extends Env>(init: { defaultHook?: ValidationHook } = {}): OpenAPIHono<E> {
  const app = new Hono<E>()
  const definitions: RouteConfig[] = []
  routeDefinitions.set(app, definitions)
  const openapi = (route: RouteConfig & { hide?: boolean }, handler: MiddlewareHandler) => {
    const { middleware, hide, ...definition } = route
    if (!hide) definitions.push(definition as RouteConfig)
    const validators: MiddlewareHandler[] = []
    const request = route.request
    if (request?.query) validators.push(zodValidator('query', request.query as ZodType, init.defaultHook))
    if (request?.params) validators.push(zodValidator('param', request.params as ZodType, init.defaultHook))
    if (request?.headers) validators.push(zodValidator('header', request.headers as ZodType, init.defaultHook))
    const body = request?.body?.content
    if (body) {
      const json = (Object.entries(body).find(([type]) => jsonMediaType.test(type))?.[1] as { schema?: ZodType } | undefined)?.schema
      if (Object.keys(body).length !== 1 || !json || !request?.body?.required) throw new Error(`${route.path}: only required JSON bodies are supported`)
      validators.push(jsonOnly, zodValidator('json', json, init.defaultHook))
    }
    const before = middleware ? (Array.isArray(middleware) ? middleware : [middleware]) : []
    app.on([route.method.toUpperCase()], [route.path.replaceAll(/\/{(.+?)}/g, '/:$1')], ...(before as MiddlewareHandler[]), ...validators, handler)
    return app
  }
  return Object.assign(app, { openapi }) as unknown as OpenAPIHono<E>
}
