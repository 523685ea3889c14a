import { createHash } from 'node:crypto'

/*
 * The security headers of every page and API answer, declared once for both places that serve them: CloudFront's
 * response headers policy (infra/lib/web-stack.ts) and the local platform (packages/local). Node-only (hashing),
 * so it is its own entry point, `@binome/contracts/security-headers`, kept out of the web app's bundle.
 */

/**
 * The `'sha256-…'` CSP sources of every inline `<script>` in an HTML page (SvelteKit's static SPA boots from one
 * inline module script), so that the policy can allow exactly those scripts instead of `'unsafe-inline'`.
 * Scripts with a `src` attribute are skipped: `'self'` covers them.
 *
 * @example
 * inlineScriptHashes('<script>start()</script>') // ["'sha256-…'"]
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? ''
    const body = match[2] ?? ''
    if (/\bsrc\s*=/i.test(attributes) || body.length === 0) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

export interface ContentSecurityPolicyOptions {
  /** Hash sources of the inline scripts the page must run (see {@link inlineScriptHashes}). */
  readonly scriptHashes: readonly string[]
  /** Origins the app calls besides its own (the Cognito endpoint for the one-time-code sign-in). */
  readonly connectSources: readonly string[]
  /**
   * Whether the site is served over HTTPS (default true). Over plain HTTP (the local platform on localhost)
   * `upgrade-insecure-requests` would send the app's own requests to an https://localhost nobody answers.
   */
  readonly https?: boolean
}

/**
 * The Content-Security-Policy of the web app: everything from the app's own origin, scripts only from it or from
 * the listed inline hashes, calls to itself and Cognito, no plugins, no framing, no foreign form targets.
 * Inline styles stay allowed: Svelte transitions insert `<style>` elements at run time.
 *
 * @example
 * contentSecurityPolicy({ scriptHashes: [], connectSources: ['https://cognito-idp.eu-west-1.amazonaws.com'] })
 * // "default-src 'self'; script-src 'self'; ..."
 */
export function contentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...options.scriptHashes]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...options.connectSources]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ...(options.https === false ? [] : [['upgrade-insecure-requests', []] as [string, string[]]]),
  ]
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ')
}

/** Pages may not be framed by anyone (clickjacking); the CSP's `frame-ancestors 'none'` says the same to new browsers. */
export const frameOptions = 'DENY' as const
/** Other sites learn our origin, never a path (paths carry ids). */
export const referrerPolicy = 'strict-origin-when-cross-origin' as const
/** Two years, subdomains included: only ever sent over HTTPS. */
export const strictTransportSecurityMaxAgeSeconds = 2 * 365 * 24 * 3600
/** Headers without a dedicated CloudFront setting. */
export const customSecurityHeaders: Readonly<Record<string, string>> = {
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/**
 * Every security header as name → value, for a server that sets them itself (the local platform). CloudFront
 * builds the same set from the constants above. Strict-Transport-Security only over HTTPS: browsers ignore it on
 * plain HTTP (RFC 6797 §8.1), and on localhost it would pin every local port to HTTPS in browsers that kept it.
 *
 * @example
 * securityHeaders({ scriptHashes: [], connectSources: [], https: false })['X-Frame-Options'] // 'DENY'
 */
export function securityHeaders(options: ContentSecurityPolicyOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Frame-Options': frameOptions,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': referrerPolicy,
    ...(options.https !== false && {
      'Strict-Transport-Security': `max-age=${strictTransportSecurityMaxAgeSeconds}; includeSubDomains`,
    }),
    ...customSecurityHeaders,
  }
}

/**
 * The header CloudFront adds to every request it forwards to the API, holding a secret (Secrets Manager, made at
 * deployment) that the API functions compare with their own copy: an HTTP API cannot take an AWS WAF web ACL, so a
 * request sent straight to its execute-api address, past CloudFront and its WAF, is refused by the functions (403).
 * CloudFront replaces a viewer's header of the same name with its own value.
 */
export const originSecretHeader = 'x-binome-origin'
