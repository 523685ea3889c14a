import * as z from 'zod'
import { ErrorBody, Id } from '@binome/contracts'

/**
 * Small builders for route definitions, so every route documents the same error responses and security.
 *
 * @example
 * createRoute({ method: 'post', path: '/orgs/{orgId}/programmes', request: { params: OrgParams, ...jsonBody(CreateProgramme) },
 *   responses: { 201: json(Programme, 'Created'), ...errors(400, 401, 403, 409) }, security })
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
