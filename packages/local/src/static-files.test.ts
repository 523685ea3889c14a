/**
 * The local platform serves the web app as CloudFront does: compressed by Accept-Encoding, hashed files cached for a
 * year and the rest revalidated, the app shell for client-side routes, and nothing outside the web folder.
 */
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MIN_COMPRESSED_SIZE, chooseEncoding, staticFiles } from './static-files'

let dir: string
let app: Hono
let hashed: Hono
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `mot-${i % 37}`))}\n`
const shell = `<!doctype html><html lang="fr"><head><title>Binôme</title></head><body>${'<p>app</p>'.repeat(150)}</body></html>`

const signInPage = '<!doctype html><html lang="fr"><head><title>Connexion</title></head><body></body></html>'

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'binome-static-'))
  mkdirSync(join(dir, '_app/immutable/chunks'), { recursive: true })
  writeFileSync(join(dir, 'index.html'), shell)
  writeFileSync(join(dir, '_app/immutable/chunks/a1b2.js'), script)
  writeFileSync(join(dir, '_app/immutable/chunks/tiny.js'), 'export{}')
  writeFileSync(join(dir, 'logo.png'), Buffer.alloc(4000, 7))
  writeFileSync(join(dir, 'outside.txt'), 'not in the web folder')
  mkdirSync(join(dir, 'web'))
  writeFileSync(join(dir, 'web/index.html'), shell)
  mkdirSync(join(dir, 'web/signin'))
  writeFileSync(join(dir, 'web/signin/index.html'), signInPage)
  writeFileSync(join(dir, 'web/favicon.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(300)}</svg>`)
  app = new Hono()
  app.get('/api/health', (c) => c.json({ ok: true }))
  app.use('/*', staticFiles({ root: join(dir, 'web') }))
  app.notFound((c) => c.json({ error: { code: 'not_found' } }, 404))
  // A second app over the folder holding the hashed files.
  hashed = new Hono()
  hashed.use('/*', staticFiles({ root: dir }))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const get = (target: Hono, path: string, headers: Record<string, string> = {}) => target.request(path, { headers })

describe('staticFiles: compression', () => {
  it('sends brotli, else gzip, else the file as is, and each decodes to the file', async () => {
    const br = await get(hashed, '/_app/immutable/chunks/a1b2.js', { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.status).toBe(200)
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('vary')).toBe('Accept-Encoding')
    expect(br.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const brBody = Buffer.from(await br.arrayBuffer())
    expect(Number(br.headers.get('content-length'))).toBe(brBody.length)
    expect(brBody.length).toBeLessThan(script.length / 4)
    expect(brotliDecompressSync(brBody).toString()).toBe(script)

    const gz = await get(hashed, '/_app/immutable/chunks/a1b2.js', { 'accept-encoding': 'gzip' })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script)

    const plain = await get(hashed, '/_app/immutable/chunks/a1b2.js')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(script)
  })

  it('honours q=0 and leaves small files, images and fonts uncompressed', async () => {
    const noBr = await get(hashed, '/_app/immutable/chunks/a1b2.js', { 'accept-encoding': 'br;q=0, gzip;q=0.8' })
    expect(noBr.headers.get('content-encoding')).toBe('gzip')
    const tiny = await get(hashed, '/_app/immutable/chunks/tiny.js', { 'accept-encoding': 'br' })
    expect(tiny.headers.get('content-encoding')).toBeNull()
    expect(await tiny.text()).toBe('export{}')
    const png = await get(hashed, '/logo.png', { 'accept-encoding': 'br, gzip' })
    expect(png.headers.get('content-encoding')).toBeNull()
    expect(png.headers.get('content-type')).toBe('image/png')
    expect((await png.arrayBuffer()).byteLength).toBe(4000)
    const svg = await get(app, '/favicon.svg', { 'accept-encoding': 'gzip' })
    expect(svg.headers.get('content-encoding')).toBe('gzip')
    expect(MIN_COMPRESSED_SIZE).toBe(1000)
  })

  it('reads Accept-Encoding as browsers and proxies write it', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip')
    expect(chooseEncoding('*')).toBe('br')
    expect(chooseEncoding('identity')).toBe('identity')
    expect(chooseEncoding('')).toBe('identity')
    expect(chooseEncoding(undefined)).toBe('identity')
  })
})

describe('staticFiles: caching', () => {
  it('caches hashed files for a year and has everything else revalidated', async () => {
    const hashedFile = await get(hashed, '/_app/immutable/chunks/a1b2.js')
    expect(hashedFile.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const index = await get(app, '/index.html')
    expect(index.headers.get('cache-control')).toBe('no-cache')
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect((await get(app, '/favicon.svg')).headers.get('cache-control')).toBe('no-cache')
  })

  it('answers 304 without a body when the copy held is current, per encoding', async () => {
    const first = await get(app, '/', { 'accept-encoding': 'br' })
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^".+-br"$/)
    const again = await get(app, '/', { 'accept-encoding': 'br', 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    // The same tag does not validate another encoding's copy.
    const gz = await get(app, '/', { 'accept-encoding': 'gzip', 'if-none-match': etag })
    expect(gz.status).toBe(200)
  })

  it('serves a file rebuilt on disk at its next request, without a restart', async () => {
    const path = join(dir, 'web/index.html')
    const before = await (await get(app, '/index.html')).text()
    expect(before).toBe(shell)
    const rebuilt = shell.replace('Binôme', 'Binôme 2')
    writeFileSync(path, rebuilt)
    utimesSync(path, new Date(), new Date(Date.now() + 5_000))
    expect(await (await get(app, '/index.html')).text()).toBe(rebuilt)
    writeFileSync(path, shell)
  })
})

describe('staticFiles: routing', () => {
  it('answers client-side routes with the app shell and leaves missing files and the API alone', async () => {
    for (const route of ['/', '/orgs/pls/programmes/p1', '/signin/other']) {
      const res = await get(app, route)
      expect(res.status, route).toBe(200)
      expect(res.headers.get('cache-control'), route).toBe('no-cache')
      expect(await res.text(), route).toBe(shell)
    }
    // The sign-in page is built apart from the app (web/vite.signin.config.ts) and served as CloudFront serves it.
    for (const route of ['/signin', '/signin/', '/signin?next=%2Forgs%2Fpls']) {
      const res = await get(app, route)
      expect(res.status, route).toBe(200)
      expect(res.headers.get('cache-control'), route).toBe('no-cache')
      expect(await res.text(), route).toBe(signInPage)
    }
    // A missing file stays an error: a stale chunk must not come back as HTML.
    expect((await get(app, '/_app/immutable/chunks/gone.js')).status).toBe(404)
    expect((await get(app, '/api/health')).status).toBe(200)
    const unknownApi = await get(app, '/api/nope')
    expect(unknownApi.status).toBe(404)
    expect(await unknownApi.json()).toEqual({ error: { code: 'not_found' } })
    expect((await app.request('/signin', { method: 'POST' })).status).toBe(404)
  })

  it('answers HEAD with the headers and no body', async () => {
    const res = await app.request('/', { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0)
    expect(await res.text()).toBe('')
  })

  it('never serves a file outside its folder', async () => {
    for (const path of ['/../outside.txt', '/%2e%2e/outside.txt', '/..%2foutside.txt', '/%2e%2e%2foutside.txt', '/%00', '/%E0%A4%A']) {
      const res = await get(app, path)
      expect(await res.text(), path).not.toContain('not in the web folder')
    }
  })
})
