import { Liquid, type Emitter, type FS } from 'liquidjs'

/**
 * The bounds every template works within. A template is written by a tenant admin and rendered on shared Lambdas,
 * so nothing it does may read a file, hang a request or exhaust memory: each bound refuses with a problem instead.
 */
export const limits = {
  /** Characters of one template's source (a long contract is ~15,000). */
  sourceChars: 40_000,
  /** Milliseconds one render may take; liquidjs checks it before each node it renders. */
  renderMs: 500,
  /** liquidjs' allocation units (characters or items created by ranges and filters) per render. */
  memoryUnits: 2_000_000,
  /** Characters of one rendered document. */
  outputChars: 200_000,
  /** Depth of nested blocks (`if` inside `for` inside …). */
  nesting: 40,
} as const

/** Tags that reach other templates (and through them the file system): refused, so they are unknown tags. */
export const refusedTags = ['include', 'render', 'layout', 'block'] as const

/** A file system that has nothing: even if a refused tag slipped back in, it could read no file. */
const noFiles: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async (file: string) => {
    throw new Error(`no file system for templates (${file})`)
  },
  readFileSync: (file: string) => {
    throw new Error(`no file system for templates (${file})`)
  },
  resolve: (_root: string, file: string) => file,
  sep: '/',
}

/**
 * A fresh engine for one check or one render. Fresh because liquidjs counts `parseLimit` over an engine's whole
 * life; an engine is cheap to make (well under a millisecond). `strictFilters` is off only for the checker, which
 * lists every unknown filter itself instead of stopping at the first.
 */
export function safeEngine(opts: { strictFilters: boolean }): Liquid {
  const engine = new Liquid({
    fs: noFiles,
    root: [],
    partials: [],
    layouts: [],
    relativeReference: false,
    dynamicPartials: false,
    cache: false,
    strictVariables: true,
    strictFilters: opts.strictFilters,
    ownPropertyOnly: true,
    lenientIf: true,
    // Templates write documents and e-mails in text; escaping is the job of whoever turns them into HTML.
    outputEscape: undefined,
    timezoneOffset: 'Europe/Brussels',
    locale: 'fr-BE',
    parseLimit: limits.sourceChars * 2,
    renderLimit: limits.renderMs,
    memoryLimit: limits.memoryUnits,
  })
  for (const tag of refusedTags) delete (engine.tags as Record<string, unknown>)[tag]
  return engine
}

/** Thrown by {@link BoundedEmitter} when a document grows past {@link limits.outputChars}. */
export class OutputTooLarge extends Error {
  constructor() {
    super(`the rendered document is larger than ${limits.outputChars} characters`)
    this.name = 'OutputTooLarge'
  }
}

/**
 * Collects the output and refuses past the cap as it grows, so a template printing a large loop stops there
 * instead of building megabytes first.
 */
export class BoundedEmitter implements Emitter {
  buffer = ''
  write(html: unknown): void {
    const s = typeof html === 'string' ? html : stringify(html)
    if (this.buffer.length + s.length > limits.outputChars) throw new OutputTooLarge()
    this.buffer += s
  }
}

/** As liquidjs' own emitter writes a value: nothing for nil, arrays joined, the rest as strings. */
function stringify(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (Array.isArray(v)) return v.map(stringify).join('')
  return String(v)
}
