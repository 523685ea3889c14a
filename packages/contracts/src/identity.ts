import * as z from 'zod'
import { Email, Id, MembershipRole, MembershipStatus } from './common'
import { lazySchema } from './lazy-schema'

/** Local sign-in, step 1: ask for a one-time code by e-mail. */
export const RequestCode = /* @__PURE__ */ lazySchema(() => z.strictObject({ email: Email }))
export type RequestCode = z.infer<typeof RequestCode>

/** Local sign-in, step 2: exchange the code for an ID token shaped like Cognito's. */
export const ExchangeCode = /* @__PURE__ */ lazySchema(() => z.strictObject({
  email: Email,
  code: z.string().trim().regex(/^\d{6}$/, 'must be the 6-digit code from the e-mail'),
}))
export type ExchangeCode = z.infer<typeof ExchangeCode>

export const TokenResponse = /* @__PURE__ */ lazySchema(() => z.object({ idToken: z.string(), expiresAt: z.string() }))
export type TokenResponse = z.infer<typeof TokenResponse>

export const MyMembership = /* @__PURE__ */ lazySchema(() => z.object({
  orgId: Id,
  orgName: z.string(),
  role: MembershipRole,
  status: MembershipStatus,
}))
export type MyMembership = z.infer<typeof MyMembership>

export const Me = /* @__PURE__ */ lazySchema(() => z.object({
  user: z.object({
    id: Id,
    email: z.string(),
    name: z.string(),
    platformRole: z.enum(['operator']).nullable(),
  }),
  memberships: z.array(MyMembership),
}))
export type Me = z.infer<typeof Me>

/** What the web app needs to know about where it runs (served as /config.json). */
export const AppConfig = /* @__PURE__ */ lazySchema(() => z.object({
  mode: z.enum(['local', 'aws']),
  apiBase: z.string(),
  region: z.string().optional(),
  userPoolId: z.string().optional(),
  userPoolClientId: z.string().optional(),
}))
export type AppConfig = z.infer<typeof AppConfig>
