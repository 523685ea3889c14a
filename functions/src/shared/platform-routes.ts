import type { Hono } from 'hono'

type Document = Record<string, unknown>
let document: Promise<Document> | undefined

/**
 * The OpenAPI document, generated ahead of time from the route definitions (`pnpm openapi:generate`; a test keeps it
 * in step), so that no function carries the generator. Loaded on the first docs request only.
 */
const loadDocument = (): Promise<Document> =>
  (document ??= import('../openapi.generated.json', { with: { type: 'json' } }).then((m) => m.default as Document))

/**
 * The public platform routes: health, the OpenAPI document and the API reference. Served by one function
 * (onboarding) on AWS and by the local server; the other functions' bundles do not hold the document.
 */
export function platformRoutes(root: Hono): void {
  root.get('/api/health', (c) => c.json({ status: 'ok' }))
  root.get('/api/openapi.json', async (c) => c.json(await loadDocument()))
  root.get('/api/docs', async (c) => c.html((await import('./api-reference')).renderApiReference(await loadDocument())))
}
