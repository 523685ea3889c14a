/**
 * A readable, dependency-free API reference rendered on the server from the OpenAPI document:
 * one section per tag, one entry per operation with its parameters, body and responses.
 * Plain HTML (no script), so it loads anywhere, including behind a strict CSP, and reads well with a screen reader.
 */
type Json = Record<string, unknown>

const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

function schemaText(schema: unknown, depth = 0): string {
  if (!schema || typeof schema !== 'object' || depth > 4) return ''
  const s = schema as Json
  if (Array.isArray(s.anyOf)) return s.anyOf.map((x) => schemaText(x, depth)).join(' | ')
  if (s.type === 'array') return `${schemaText(s.items, depth)}[]`
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ')
  if (s.type === 'object' && s.properties && typeof s.properties === 'object') {
    const required = new Set((s.required as string[] | undefined) ?? [])
    const pad = '  '.repeat(depth + 1)
    const props = Object.entries(s.properties as Json).map(
      ([k, v]) => `${pad}${k}${required.has(k) ? '' : '?'}: ${schemaText(v, depth + 1)}`,
    )
    return `{\n${props.join('\n')}\n${'  '.repeat(depth)}}`
  }
  const type = Array.isArray(s.type) ? s.type.join(' | ') : s.type
  return s.format ? `${String(s.format)}${Array.isArray(s.type) && s.type.includes('null') ? ' | null' : ''}` : String(type ?? 'any')
}

/**
 * @example
 * c.html(renderApiReference(app.getOpenAPI31Document({ openapi: '3.1.0', info })))
 */
export function renderApiReference(doc: Json): string {
  const info = doc.info as Json
  const byTag = new Map<string, string[]>()
  for (const [path, item] of Object.entries((doc.paths as Json) ?? {})) {
    for (const [method, op] of Object.entries(item as Json)) {
      const o = op as Json
      const tag = ((o.tags as string[] | undefined) ?? ['Platform'])[0]!
      const params = ((o.parameters as Json[] | undefined) ?? [])
        .map((p) => `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ', required' : ''})</li>`)
        .join('')
      const body = ((o.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as Json | undefined
      const responses = Object.entries((o.responses as Json) ?? {})
        .map(([status, r]) => `<li><strong>${esc(status)}</strong> ${esc((r as Json).description)}</li>`)
        .join('')
      const success = Object.entries((o.responses as Json) ?? {}).find(([status]) => status.startsWith('2'))?.[1] as Json | undefined
      const returns = ((success?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema
      const entry = `<section class="op" aria-labelledby="${esc(method + path)}">
<h3 id="${esc(method + path)}"><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p>${esc(o.summary)}</p>
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}
${body ? `<h4>Body</h4><pre>${esc(schemaText(body.schema))}</pre>` : ''}
${returns ? `<h4>Returns</h4><pre>${esc(schemaText(returns))}</pre>` : ''}
<h4>Responses</h4><ul>${responses}</ul></section>`
      byTag.set(tag, [...(byTag.get(tag) ?? []), entry])
    }
  }
  const nav = [...byTag.keys()].map((t) => `<li><a href="#tag-${esc(t)}">${esc(t)}</a></li>`).join('')
  const sections = [...byTag.entries()]
    .map(([t, ops]) => `<section aria-labelledby="tag-${esc(t)}"><h2 id="tag-${esc(t)}">${esc(t)}</h2>${ops.join('')}</section>`)
    .join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(info.title)} — API reference</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
code,pre{font:14px ui-monospace,monospace}pre{background:#f4f4f4;padding:.75rem;overflow:auto}
.op{border-top:1px solid #ccc;padding:.5rem 0}.m{display:inline-block;min-width:4.5rem;font-weight:700}
.get{color:#005a9c}.post{color:#1b6b1b}.patch{color:#7a4b00}.delete{color:#a40000}a{color:#004f8a}</style></head>
<body><header><h1>${esc(info.title)} <small>${esc(info.version)}</small></h1><p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors always have the shape
<code>{ "error": { "code", "reason", "values"?, "message", "details"? } }</code>: <code>code</code> the kind,
<code>reason</code> the stable cause with its <code>values</code> (say it from these), <code>message</code> English for logs.</p></header>
<nav aria-label="Sections"><ul>${nav}</ul></nav><main>${sections}</main></body></html>`
}
