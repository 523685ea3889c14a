import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, posix, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'
import type { MiddlewareHandler } from 'hono'
import { pageFileFor } from '@binome/contracts/web-pages'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** The cache headers CloudFront's two deployments give the files (see infra/lib/web-stack.ts). */
export const cacheControl = {
  /** SvelteKit's content-hashed files: a changed file gets a new name, so a copy never goes stale. */
  immutable: 'public, max-age=31536000, immutable',
  /** index.html, config.json and the rest: revalidated on every load, so a new release shows at once. */
  revalidate: 'no-cache',
} as const

/** CloudFront compresses files from 1,000 bytes up; smaller ones gain nothing from it. */
export const MIN_COMPRESSED_SIZE = 1000

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

/** Text formats compress well; images and fonts are compressed already. */
function compressible(type: string): boolean {
  return /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/.test(type)
}

type Encoding = 'br' | 'gzip' | 'identity'

/**
 * The encoding to send for an `Accept-Encoding` header: brotli before gzip (as CloudFront does), honouring `q=0`.
 *
 * @example
 * chooseEncoding('gzip, deflate, br') // 'br'
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>()
  for (const item of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = item.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    accepted.set(name, q === undefined ? 1 : Number(q))
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (ok('br')) return 'br'
  if (ok('gzip')) return 'gzip'
  return 'identity'
}

interface CachedFile {
  mtimeMs: number
  size: number
  type: string
  etag: string
  raw: Buffer
  /** Compressed once, on first demand, then kept. */
  encoded: Partial<Record<Exclude<Encoding, 'identity'>, Promise<Buffer>>>
}

export interface StaticFilesOptions {
  /** The folder served at `/` (the built web app). */
  root: string
  /** The file answering an extension-less path, relative to root (default: `pageFileFor`, the SPA shell or a page built apart). */
  pageFor?: (path: string) => string
  /** URL prefix of content-hashed files (default `/_app/immutable/`). */
  immutablePrefix?: string
}

/**
 * Serves the built web app as CloudFront serves it: gzip or brotli by `Accept-Encoding` (compressed once per file
 * and kept in memory, so a file is compressed on its first request only), a year of caching for content-hashed
 * files and `no-cache` for the rest, ETags for revalidation, and the app shell (or a page built apart, `/signin`) for client-side routes (a path whose
 * last segment has no dot, like CloudFront's routing function). `/api/*`, other methods and missing files go to the
 * next handler. A file rebuilt on disk is picked up at its next request (its size or time changed).
 *
 * @example
 * root.use('/*', staticFiles({ root: 'web/build' }))
 */
export function staticFiles(options: StaticFilesOptions): MiddlewareHandler {
  const root = resolve(options.root)
  const pageFor = options.pageFor ?? pageFileFor
  const immutablePrefix = options.immutablePrefix ?? '/_app/immutable/'
  const cache = new Map<string, CachedFile>()

  async function load(file: string): Promise<CachedFile | null> {
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return null
    const known = cache.get(file)
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known
    const raw = await readFile(file)
    const entry: CachedFile = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      type: contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      etag: createHash('sha1').update(raw).digest('base64url').slice(0, 20),
      raw,
      encoded: {},
    }
    cache.set(file, entry)
    return entry
  }

  function encode(entry: CachedFile, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
    entry.encoded[encoding] ??=
      encoding === 'br'
        ? brotli(entry.raw, {
            params: {
              [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
              [zlib.BROTLI_PARAM_SIZE_HINT]: entry.raw.length,
              [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
            },
          })
        : gzipAsync(entry.raw, { level: zlib.Z_BEST_COMPRESSION })
    return entry.encoded[encoding]
  }

  /** The file a URL path names inside root, or null when it would leave root or cannot be decoded. */
  function fileFor(urlPath: string): string | null {
    let decoded: string
    try {
      decoded = decodeURIComponent(urlPath)
    } catch {
      return null
    }
    if (decoded.includes('\0')) return null
    const file = join(root, posix.normalize(`/${decoded}`))
    return file === root || file.startsWith(root + sep) ? file : null
  }

  return async (c, next) => {
    const method = c.req.method
    const path = c.req.path
    if ((method !== 'GET' && method !== 'HEAD') || path === '/api' || path.startsWith('/api/')) return next()

    const file = fileFor(path)
    let entry = file ? await load(file) : null
    const lastSegment = path.slice(path.lastIndexOf('/') + 1)
    if (!entry && !lastSegment.includes('.')) entry = await load(join(root, pageFor(path)))
    if (!entry) return next()

    const headers = new Headers({
      'Content-Type': entry.type,
      'Cache-Control': path.startsWith(immutablePrefix) ? cacheControl.immutable : cacheControl.revalidate,
    })
    let body = entry.raw
    let etag = `"${entry.etag}"`
    if (compressible(entry.type) && entry.raw.length >= MIN_COMPRESSED_SIZE) {
      headers.set('Vary', 'Accept-Encoding')
      const encoding = chooseEncoding(c.req.header('accept-encoding'))
      if (encoding !== 'identity') {
        body = await encode(entry, encoding)
        etag = `"${entry.etag}-${encoding}"`
        headers.set('Content-Encoding', encoding)
      }
    }
    headers.set('ETag', etag)

    const ifNoneMatch = c.req.header('if-none-match')
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')) {
      headers.delete('Content-Type')
      return new Response(null, { status: 304, headers })
    }
    headers.set('Content-Length', String(body.length))
    return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
  }
}
