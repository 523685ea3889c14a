import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { MiddlewareHandler } from 'hono'
import { inlineScriptHashes, securityHeaders } from '@binome/contracts/security-headers'

/**
 * The security headers CloudFront adds on AWS, set on every local answer (pages, files, API), from the same
 * declaration. The CSP allows the web app's inline boot script by its hash, recomputed when `index.html` changes
 * (the platform serves a rebuilt app without a restart). Served over plain HTTP on localhost, so without HSTS and
 * `upgrade-insecure-requests` (see {@link securityHeaders}).
 *
 * @example
 * root.use('*', localSecurityHeaders('web/build'))
 */
export function localSecurityHeaders(webDir: string | undefined): MiddlewareHandler {
  let cached: { mtimeMs: number; headers: Record<string, string> } | undefined
  const headersFor = (): Record<string, string> => {
    let mtimeMs = -1
    let html = ''
    if (webDir) {
      try {
        const file = join(webDir, 'index.html')
        mtimeMs = statSync(file).mtimeMs
        if (cached?.mtimeMs === mtimeMs) return cached.headers
        html = readFileSync(file, 'utf8')
      } catch {
        // no web app built: the API alone is served
      }
    }
    if (cached?.mtimeMs === mtimeMs) return cached.headers
    cached = { mtimeMs, headers: securityHeaders({ scriptHashes: inlineScriptHashes(html), connectSources: [], https: false }) }
    return cached.headers
  }
  return async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(headersFor())) c.res.headers.set(name, value)
  }
}
