/**
 * Stack traces that name the source files, mapped when an error is logged rather than when a module loads.
 *
 * Node's `--enable-source-maps` reads and indexes the map of every file it loads, so every cold start paid for it
 * (`pnpm bench:platform` prints the cold import with and without it), though most containers never log an error.
 * Here a bundle file's map (`<file>.map` beside it, as esbuild writes it) is read the first time a logged stack names
 * that file, and kept for the life of the container.
 */
import { readFileSync } from 'node:fs'
import { SourceMap, type SourceMapPayload } from 'node:module'
import { fileURLToPath } from 'node:url'

// `at name (file:///var/task/index.mjs:1:2345)` or `at file:///var/task/index.mjs:1:2345`: the location, its file,
// line and column (both 1-based, as V8 prints them).
const frameLocation = /(file:\/\/\/[^\s()]+|\/[^\s():]+):(\d+):(\d+)(?=\)?$)/

/**
 * A map's source path, shown from the repository (the functions' maps name them so, infra/lib/bundling.ts) or from the
 * package for a dependency (`hono/dist/hono-base.js`).
 */
function shownSource(source: string): string {
  const inPackage = source.lastIndexOf('node_modules/')
  if (inPackage >= 0) return source.slice(inPackage + 'node_modules/'.length)
  return source.replace(/^(\.\.?\/)+/, '')
}

/**
 * Maps the locations of a V8 stack trace through the source maps beside the files it names. A file without a map (or
 * with an unreadable one), a location the map does not cover, and every other line are left as they are.
 *
 * @example
 * sourceMappedStack('Error: no\n    at Ze (file:///var/task/index.mjs:1:2345)', new Map())
 * // 'Error: no\n    at Ze (functions/src/shared/errors.ts:86:3)'
 */
export function sourceMappedStack(stack: string, maps: Map<string, SourceMap | null>): string {
  return stack
    .split('\n')
    .map((line) => {
      const found = frameLocation.exec(line)
      if (!found) return line
      const [location, file, lineNumber, column] = found
      const map = sourceMapOf(file!.startsWith('file:') ? fileURLToPath(file!) : file!, maps)
      const entry = map?.findEntry(Number(lineNumber) - 1, Number(column) - 1)
      if (!entry || !('originalSource' in entry)) return line
      const mapped = `${shownSource(entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`
      return line.slice(0, found.index) + mapped + line.slice(found.index + location.length)
    })
    .join('\n')
}

function sourceMapOf(path: string, maps: Map<string, SourceMap | null>): SourceMap | null {
  if (!maps.has(path)) {
    let map: SourceMap | null = null
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMapPayload)
    } catch {
      // No map beside the file (a test, node's own modules) or not one we can read: the stack keeps its location.
    }
    maps.set(path, map)
  }
  return maps.get(path)!
}

/**
 * A `jsonReplacerFn` for Powertools' Logger: every error it logs (and the errors it was caused by) has its stack mapped
 * to the source files first. The error keeps the mapped stack, so the runtime's own report of an error logged and then
 * thrown again (a worker's failed message) names the sources too. Mapping twice changes nothing: a mapped location is
 * no longer a bundle file.
 *
 * @example
 * const logger = new Logger({ jsonReplacerFn: mappingErrorStacks() })
 */
export function mappingErrorStacks(maps = new Map<string, SourceMap | null>()): (key: string, value: unknown) => unknown {
  return (_key, value) => {
    let error = value
    for (let depth = 0; error instanceof Error && depth < 10; depth++, error = error.cause) {
      if (typeof error.stack === 'string') error.stack = sourceMappedStack(error.stack, maps)
    }
    return value
  }
}
