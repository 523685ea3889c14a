import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose'

/** The verified identity carried by a token. */
export interface VerifiedToken {
  subject: string
  email: string
}

export interface TokenVerifier {
  /** Throws when the token is missing a signature we trust, expired, or not for us. */
  verify(token: string): Promise<VerifiedToken>
}

export interface TokenVerifierConfig {
  issuer: string
  audience: string
  /** The issuer's key set: a JWKS URL (Cognito, or the local issuer), or a key resolver. */
  jwks: URL | JWTVerifyGetKey
  /** The clock expiry is checked against (the platform's clock; tests move it). */
  now?: () => Date
}

/** Clock difference tolerated between the issuer and us when checking that a token was not issued in the future. */
export const clockSkewSeconds = 60

const maxVerifiedTokens = 1_000

/**
 * Verifies Cognito-shaped ID tokens with jose against the issuer's published keys, whichever issuer it is.
 *
 * @example
 * const v = jwtVerifier({ issuer, audience: clientId, jwks: new URL(`${issuer}/.well-known/jwks.json`) })
 * const { email } = await v.verify(token)
 */
export function jwtVerifier(cfg: TokenVerifierConfig): TokenVerifier {
  // The remote key set is made on the first verification: making it builds a `Headers`, which loads Node's fetch
  // (undici) — work a cold start need not do before its first request, and a request without a token never does.
  let remoteKeys: JWTVerifyGetKey | undefined
  const keys: JWTVerifyGetKey = cfg.jwks instanceof URL
    ? (...args) => (remoteKeys ??= createRemoteJWKSet(cfg.jwks as URL))(...args)
    : cfg.jwks
  // Tokens already verified in this container, until their expiry: a signature check (ES256/RS256) costs more CPU
  // than the rest of a simple read, and a screen sends the same token several times in a row. Bounded in size.
  const verified = new Map<string, { token: VerifiedToken; exp: number }>()
  return {
    async verify(token) {
      const now = cfg.now?.() ?? new Date()
      const hit = verified.get(token)
      if (hit) {
        if (hit.exp > now.getTime() / 1000) return hit.token
        verified.delete(token)
      }
      const { payload } = await jwtVerify(token, keys, {
        issuer: cfg.issuer,
        audience: cfg.audience,
        algorithms: ['RS256', 'ES256'],
        // A token without an expiry would be valid forever; without a subject it names nobody.
        requiredClaims: ['exp', 'iat', 'sub'],
        currentDate: now,
      })
      if (payload.iat! > now.getTime() / 1000 + clockSkewSeconds) throw new Error('issued in the future')
      if (typeof payload.sub !== 'string' || payload.sub === '') throw new Error('no subject')
      if (payload.token_use !== 'id') throw new Error('not an ID token')
      if (typeof payload.email !== 'string' || payload.email_verified !== true) throw new Error('no verified e-mail')
      const result = { subject: payload.sub, email: payload.email.toLowerCase() }
      verified.set(token, { token: result, exp: payload.exp! })
      if (verified.size > maxVerifiedTokens) verified.delete(verified.keys().next().value!)
      return result
    },
  }
}
