import { createHash, randomInt, timingSafeEqual } from 'node:crypto'
import { Hono } from 'hono'
import { SignJWT } from 'jose'
import type { ZodError } from 'zod'
import { DomainError, type MembershipRole } from '@binome/core'
import { ExchangeCode, RequestCode } from '@binome/contracts'
import type { Deps } from '@binome/functions'
import { errorResponse, limitBodySize, mailMessages, onError, requireJsonBody, zodIssues } from '@binome/functions'
import type { IssuerKeys } from './keys'

/** The audience of local tokens; on AWS it is the Cognito app client id. */
export const localAudience = 'binome-local'
const codeMinutes = 10
const maxAttempts = 5
/** A new code is not sent while the previous one is this fresh (seconds): a double click sends one e-mail. */
const resendAfterSeconds = 30
const tokenHours = 8

/**
 * A demo account the sign-in page offers: what it is comes as data (its role, the organisation's name), never as a
 * sentence, so that the page words it in the reader's language; `gender` lets French say « Administratrice ».
 */
export interface DemoAccount {
  email: string
  name: string
  role: 'operator' | MembershipRole
  gender: 'f' | 'm'
  /** The organisation it acts in (the operator acts in none). */
  organisation: string | null
  /** For a partner user, the service it refers people from. */
  partner: string | null
}

const hashCode = (email: string, code: string) => createHash('sha256').update(`${email}:${code}`).digest('hex')
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))
const notValid = () => new DomainError('sign-in-code-invalid', 'This code is not valid or has expired; ask for a new one')
const locked = () => new DomainError('too-many-attempts', 'Too many wrong codes; ask for a new one')

/**
 * The built-in issuer of the local platform: passwordless sign-in by e-mail code, issuing ES256 ID tokens
 * shaped like Cognito's (`token_use: 'id'`, `email`, `email_verified`, `cognito:username`), with its JWKS.
 * Codes are stored hashed, expire, are single-use, and lock after 5 tries; the limits are conditional writes, so
 * they hold under any number of parallel requests. Known and unknown addresses get the same answer after the same
 * work (a code is stored for both); the mail is sent after the answer, so its cost tells nothing either.
 *
 * @example
 * app.route('/api/auth', issuerApp({ deps, keys, issuer: 'http://localhost:3000/api/auth', demoAccounts }))
 */
export function issuerApp(opts: { deps: Deps; keys: IssuerKeys; issuer: string; demoAccounts: DemoAccount[] }) {
  const { deps, keys } = opts
  const identity = deps.data.identity
  const codes = deps.data.signInCodes
  const app = new Hono()
  app.onError(onError as never)
  // The same request limits as the API's apps.
  app.use('*', limitBodySize)
  app.use('*', requireJsonBody)

  const parse = async <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } }, body: Promise<unknown>) => {
    let raw: unknown
    try {
      raw = await body
    } catch {
      throw new DomainError('invalid-json', 'The body must be JSON')
    }
    const r = schema.safeParse(raw)
    if (!r.success) throw new DomainError('validation', 'Some fields are not valid', { details: zodIssues(r.error, raw) })
    return r.data
  }

  app.get('/jwks.json', (c) => c.json({ keys: [keys.publicJwk] }))
  app.get('/.well-known/jwks.json', (c) => c.json({ keys: [keys.publicJwk] }))
  app.get('/demo-accounts', (c) => c.json(opts.demoAccounts))

  app.post('/code', async (c) => {
    const { email } = await parse(RequestCode, c.req.json())
    const now = deps.now()
    const nowSeconds = Math.floor(now.getTime() / 1000)
    const user = await identity.findUserByEmail(email)
    // The same work whether the address is known or not (a code nobody receives is stored for an unknown one),
    // so that neither the answer nor its timing tells whether the address has an account.
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    const issued = await codes.issue(
      { email, codeHash: hashCode(email, code), createdAt: now.toISOString(), expiresAt: nowSeconds + codeMinutes * 60, attempts: 0 },
      { nowSeconds, resendAfterSeconds },
    )
    // Mailed after the answer; a failure is logged (the person asks again after the resend window).
    if (issued && user) {
      void (async () => {
        const locale = (await firstOrgLocale(deps, user.id)) ?? 'fr'
        await deps.mailer.send({ to: email, ...mailMessages.signInCode(locale, { code, minutes: codeMinutes }) })
      })().catch((error: unknown) => deps.logger.error('sign-in code not sent', { error }))
    }
    return c.json({ sent: true }, 202)
  })

  app.post('/token', async (c) => {
    const { email, code } = await parse(ExchangeCode, c.req.json())
    const now = deps.now()
    const nowSeconds = Math.floor(now.getTime() / 1000)
    const user = await identity.findUserByEmail(email)
    // A try is claimed before the code is looked at: at most `maxAttempts` guesses are ever compared with it.
    const claimed = await codes.claimAttempt(email, { nowSeconds, maxAttempts })
    if (claimed === 'locked') throw locked()
    if (!claimed || !user) throw notValid()
    if (!sameHash(claimed.codeHash, hashCode(email, code))) throw claimed.attempts >= maxAttempts ? locked() : notValid()
    await codes.consume(email, claimed.codeHash)
    const expiresAt = nowSeconds + tokenHours * 3600
    const idToken = await new SignJWT({
      email, email_verified: true, name: user.name, token_use: 'id', 'cognito:username': user.id, auth_time: nowSeconds,
    })
      .setProtectedHeader({ alg: 'ES256', kid: keys.kid, typ: 'JWT' })
      .setIssuer(opts.issuer)
      .setAudience(localAudience)
      .setSubject(user.id)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(expiresAt)
      .sign(keys.privateKey)
    return c.json({ idToken, expiresAt: new Date(expiresAt * 1000).toISOString() }, 200)
  })

  app.notFound((c) => errorResponse(c, new DomainError('no-such-route', 'No such route')))
  return app
}

async function firstOrgLocale(deps: Deps, userId: string) {
  const [first] = await deps.data.identity.memberships(userId)
  if (!first) return undefined
  return (await deps.data.forTenant({ orgId: first.orgId, userId, role: 'system' }).organisation.get()).locale
}
