import { createHash } from 'node:crypto'

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
    ['upgrade-insecure-requests', []],
  ]
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ')
}
