/**
 * The platform mounts the web app as CloudFront serves it: compressed, hashed files cached for a year, index.html
 * and config.json revalidated, client-side routes answered with the app shell, unknown API paths left to the API.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPlatform, type Platform } from '../src/platform'

let webDir: string
let platform: Platform
const shell = `<!doctype html><html><body>${'<p>Binôme</p>'.repeat(120)}</body></html>`
const chunk = `export default ${JSON.stringify('x'.repeat(3000))}`

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'binome-web-'))
  mkdirSync(join(webDir, '_app/immutable/entry'), { recursive: true })
  writeFileSync(join(webDir, 'index.html'), shell)
  writeFileSync(join(webDir, '_app/immutable/entry/start.abc123.js'), chunk)
  platform = await startPlatform({ port: 0, quiet: true, seed: false, webDir })
})
afterAll(async () => {
  await platform?.stop()
  rmSync(webDir, { recursive: true, force: true })
})

describe('local platform: the web app', () => {
  it('serves hashed files compressed and cached for a year, the shell compressed and revalidated', async () => {
    const js = await fetch(`${platform.url}/_app/immutable/entry/start.abc123.js`, { headers: { 'accept-encoding': 'br' } })
    expect(js.status).toBe(200)
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(js.headers.get('content-encoding')).toBe('br')
    // fetch decodes the body itself; the length on the wire is the compressed one.
    expect(Number(js.headers.get('content-length'))).toBeLessThan(200)
    expect(await js.text()).toBe(chunk)

    const deepLink = await fetch(`${platform.url}/orgs/pls/programmes/p1`, { headers: { 'accept-encoding': 'gzip, br' } })
    expect(deepLink.headers.get('cache-control')).toBe('no-cache')
    expect(deepLink.headers.get('content-encoding')).toBe('br')
    expect(await deepLink.text()).toBe(shell)
  })

  it('has config.json revalidated, and leaves unknown API paths and missing files as errors', async () => {
    const config = await fetch(`${platform.url}/config.json`)
    expect(config.headers.get('cache-control')).toBe('no-cache')
    expect(await config.json()).toEqual({ mode: 'local', apiBase: '/api' })
    const api = await fetch(`${platform.url}/api/nope`)
    expect(api.status).toBe(404)
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('not_found')
    expect((await fetch(`${platform.url}/_app/immutable/entry/gone.js`)).status).toBe(404)
  })
})

