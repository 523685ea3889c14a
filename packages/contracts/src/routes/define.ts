import * as z from 'zod'
import type { Action } from '@binome/core'
import { Id } from '../common'
import { ErrorBody } from '../errors'

/**
 * What a route needs from its caller: a tenant action of the core's permission table (checked against the caller's
 * role in the organisation of the path), `'operator'` for the platform operator, or `'signed-in'` for any signed-in
 * user acting on their own account (routes outside an organisation).
 */
export type Permission = Action | 'operator' | 'signed-in'

type Schema = z.ZodType
type Media = { content: { 'application/json': { schema: Schema } }; description: string }

/**
 * One route, declared once as plain data: the functions register it (validation, permission check) and the OpenAPI
 * document, the web client and the tests' response checks are derived from it. Paths are relative to the app's prefix.
 */
export interface RouteDeclaration {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete'
  path: string
  summary: string
  tags: string[]
  security?: { bearerAuth: string[] }[]
  request?: {
    params?: Schema
    query?: Schema
    body?: { content: { 'application/json': { schema: Schema } }; required: true }
  }
  responses: Record<number, Media | { description: string }>
  permission: Permission
  /**
   * The route reads or changes people's personal data: each successful call is recorded in the organisation's
   * audit log (who, when, which route, about whom, from where), which its admins can search.
   */
  personalData?: 'read' | 'change'
}

/** Keeps a declaration's literal types (paths, schemas) so handlers are typed from it. */
export const declare = <const R extends RouteDeclaration>(route: R): R => route

/**
 * Small builders for declarations, so every route documents the same error responses and security.
 *
 * @example
 * declare({ method: 'post', path: '/orgs/{orgId}/programmes', request: { params: OrgParams, ...jsonBody(CreateProgramme) },
 *   responses: { 201: json(Programme, 'Created'), ...errors(400, 401, 403, 409) }, security, permission: 'programmes.write' })
 */
export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  content: { 'application/json': { schema } },
  description,
})

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true as const },
})

const errorDescriptions = {
  400: 'Invalid input: `reason` names the rule, `details` each field with its own reason',
  401: 'Missing or invalid token',
  403: 'Not a member of the organisation, or the role does not allow it',
  404: 'Not found',
  409: 'Refused: `reason` says why (stale-version: changed by someone else; or a rule such as already-invited, last-admin, programme-archived)',
  413: 'Body too large',
  422: 'Well-formed but does not hold together: `reason` names the rule (rules-invalid, criterion-field, template-invalid), `details` each place (for templates: the part, e.g. `body`, with `line`, `column`, `name` and `problem` in `values`)',
  429: 'Too many attempts',
} as const

export function errors<S extends keyof typeof errorDescriptions>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((s) => [s, json(ErrorBody, errorDescriptions[s])])) as {
    [K in S]: ReturnType<typeof json<typeof ErrorBody>>
  }
}

/** Every tenant and user route requires a bearer ID token. */
export const security = [{ bearerAuth: [] as string[] }]

export const OrgParams = z.strictObject({ orgId: Id })
export const ProgrammeParams = z.strictObject({ orgId: Id, programmeId: Id })

/** The schema of a declaration's success answer (the first 2xx with a body), or undefined when it answers none. */
export function successSchema(route: RouteDeclaration): { status: number; schema: Schema | undefined } {
  const [status, response] = Object.entries(route.responses).find(([s]) => Number(s) >= 200 && Number(s) < 300)!
  return { status: Number(status), schema: 'content' in response ? response.content['application/json'].schema : undefined }
}

type JsonSchemaOf<M> = M extends { content: { 'application/json': { schema: infer Z extends z.ZodType } } } ? Z : undefined
type SuccessStatus = 200 | 201 | 202 | 204

/**
 * The type of a declaration's success answer, as a typed client receives it (type-only: a client that imports it
 * with `import type` loads no zod). `void` when the route answers without a body.
 *
 * @example
 * type P = Reply<typeof onboardingRoutes.readProgramme> // Programme
 */
export type Reply<R> = R extends { responses: infer Rs }
  ? { [S in keyof Rs & SuccessStatus]: JsonSchemaOf<Rs[S]> extends infer Z extends z.ZodType ? z.output<Z> : void }[keyof Rs & SuccessStatus]
  : never

/**
 * The JSON body a declaration accepts, as the caller writes it (before defaults); `undefined` when it takes none.
 *
 * @example
 * type B = RequestBody<typeof onboardingRoutes.createProgramme> // { name: string; description?: string; ... }
 */
export type RequestBody<R> = R extends { request: { body: { content: { 'application/json': { schema: infer Z extends z.ZodType } } } } }
  ? z.input<Z>
  : undefined
