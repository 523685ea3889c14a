import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inlineScriptHashes, securityHeaders } from '@binome/contracts/security-headers'
import { testPlatform } from '../support/platform'

/**
 * Locally served pages and API answers carry the security headers CloudFront adds on AWS (one shared
 * declaration), with the CSP allowing exactly the web app's inline boot script. HSTS is left out on plain HTTP.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let webDir: string
const boot = '{ __sveltekit_x = { base: "" }; import("/_app/start.js") }'
const indexHtml = `<!doctype html><html><head><script type="module">${boot}</script></head><body></body></html>`

beforeAll(async () => {
  webDir = await mkdtemp(join(tmpdir(), 'binome-web-'))
  await writeFile(join(webDir, 'index.html'), indexHtml)
  await writeFile(join(webDir, 'robots.txt'), 'User-agent: *\n')
  p = await testPlatform({ webDir })
})
afterAll(async () => {
  await p.stop()
  await rm(webDir, { recursive: true, force: true })
})

describe('security headers of the local platform', () => {
  const expected = () => securityHeaders({ scriptHashes: inlineScriptHashes(indexHtml), connectSources: [], https: false })

  it.each(['/', '/programmes/x', '/robots.txt', '/api/health', '/api/docs', '/api/onboarding/me', '/api/auth/demo-accounts'])(
    '%s carries every header of the shared declaration',
    async (path) => {
      const res = await fetch(p.url + path)
      for (const [name, value] of Object.entries(expected())) expect(res.headers.get(name), `${path} ${name}`).toBe(value)
    },
  )

  it('the CSP allows the page’s own boot script by hash and nothing inline else; no framing; no HTTPS upgrade or HSTS on http', async () => {
    const res = await fetch(p.url + '/')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toContain(`script-src 'self' ${inlineScriptHashes(indexHtml)[0]}`)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('upgrade-insecure-requests')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('strict-transport-security')).toBeNull()
  })

  it('follows a rebuilt web app: the hash changes with the boot script', async () => {
    const rebuilt = indexHtml.replace('start.js', 'start2.js')
    await writeFile(join(webDir, 'index.html'), rebuilt)
    const csp = (await fetch(p.url + '/')).headers.get('content-security-policy')!
    expect(csp).toContain(inlineScriptHashes(rebuilt)[0]!)
    await writeFile(join(webDir, 'index.html'), indexHtml)
  })
})
