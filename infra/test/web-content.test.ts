import { createHash } from 'node:crypto'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, inlineScriptHashes } from '@binome/contracts/security-headers'
import { spaRoutingFunctionCode } from '../lib/spa-routing'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

describe('inlineScriptHashes', () => {
  it('hashes the body of each inline script and skips external and empty ones', () => {
    const boot = '\n\t\t\t{ __sveltekit_1 = { base: "" }; Promise.all([import("/_app/immutable/entry/start.js")]) }\n\t\t'
    const html = `<html><head><script type="module" src="/_app/x.js"></script><script></script></head><body><script type="module">${boot}</script><SCRIPT>b()</SCRIPT></body></html>`
    expect(inlineScriptHashes(html)).toEqual([sha256(boot), sha256('b()')])
  })

  it('returns each hash once when a script repeats', () => {
    expect(inlineScriptHashes('<script>a()</script><script>a()</script>')).toEqual([sha256('a()')])
  })
})

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy({
    scriptHashes: ["'sha256-abc'"],
    connectSources: ['https://cognito-idp.eu-west-1.amazonaws.com'],
  })
  const directive = (name: string) => csp.split('; ').find((d) => d.split(' ')[0] === name)

  it('allows scripts only from the origin and the given hashes, never unsafe-inline or eval', () => {
    expect(directive('script-src')).toBe("script-src 'self' 'sha256-abc'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
  })

  it('lets the app call itself and Cognito, and forbids framing, plugins and foreign bases', () => {
    expect(directive('connect-src')).toBe("connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com")
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(directive('object-src')).toBe("object-src 'none'")
    expect(directive('base-uri')).toBe("base-uri 'self'")
    expect(directive('default-src')).toBe("default-src 'self'")
  })
})

describe('SPA routing CloudFront function', () => {
  // Evaluated as CloudFront would: the source defines a global `handler(event)`.
  const handler = runInNewContext(`${spaRoutingFunctionCode}; handler`) as (event: unknown) => { uri: string }
  const route = (uri: string) => handler({ request: { uri, method: 'GET', headers: {} } }).uri

  it.each([
    ['/', '/index.html'],
    ['/org/01HZX/duos', '/index.html'],
    ['/org/01HZX/duos/', '/index.html'],
    ['/login', '/index.html'],
    ['/signin', '/signin/index.html'],
    ['/signin/', '/signin/index.html'],
    ['/signin/other', '/index.html'],
  ])('serves the SPA shell, or the page built apart, for the route %s', (uri, expected) => {
    expect(route(uri)).toBe(expected)
  })

  it.each(['/config.json', '/_app/immutable/entry/start.Bx1.js', '/favicon.png', '/index.html'])(
    'passes the file %s through untouched',
    (uri) => {
      expect(route(uri)).toBe(uri)
    },
  )
})
