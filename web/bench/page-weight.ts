/**
 * How much JavaScript a page of the built web app makes the browser download, read from the build output: the
 * scripts index.html loads, SvelteKit's root layout and root error page (its client loads both at start), the
 * route's layouts and page, and every chunk they import statically. Dynamic imports (a language's catalogue, the
 * schemas the sign-in form fetches when used) are left out: they are not part of the first load.
 *
 * Each script is counted gzip-compressed on its own, as a server sends it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'
import { standalonePages } from '@binome/contracts/web-pages'

export interface ScriptWeight {
  /** Path under the site root, e.g. `_app/immutable/nodes/12.x.js`. */
  file: string
  bytes: number
  gzip: number
}

export interface PageWeight {
  /** SvelteKit route id, e.g. `/signin` or `/(app)/orgs/[orgId]`. */
  route: string
  scripts: ScriptWeight[]
  bytes: number
  gzip: number
}

interface ManifestChunk {
  file: string
  imports?: string[]
}

export class BuildMissingError extends Error {
  override name = 'BuildMissingError'
}

/** The route ids of the build and the SvelteKit node indices each loads: `[leaf, layouts, errors]`. */
function routeDictionary(webDir: string): Record<string, [number, number[]?, (number | undefined)[]?]> {
  const appJs = readFileSync(join(webDir, '.svelte-kit/generated/client-optimized/app.js'), 'utf8')
  const literal = /export const dictionary = (\{[\s\S]*?\n\t\});/.exec(appJs)?.[1]
  if (!literal) throw new BuildMissingError('no route dictionary in .svelte-kit/generated/client-optimized/app.js')
  // `~n` marks a node with a server load (none in this static app); `,,` an absent error page.
  return JSON.parse(literal.replace(/~/g, '').replace(/,(?=[,\]])/g, ',null')) as Record<string, [number, number[]?, (number | undefined)[]?]>
}

/**
 * The JavaScript the browser loads for a route's first page view, from the built app in `webDir` (the `web` folder,
 * after `vite build`).
 *
 * @example
 * const { gzip } = pageWeight('web', '/signin') // bytes
 */
export function pageWeight(webDir: string, route: string): PageWeight {
  const standalone = standalonePages[route]
  if (standalone) return standalonePageWeight(webDir, route, standalone)
  const buildDir = join(webDir, 'build')
  const manifestPath = join(webDir, '.svelte-kit/output/client/.vite/manifest.json')
  if (!existsSync(join(buildDir, 'index.html')) || !existsSync(manifestPath)) {
    throw new BuildMissingError(`no built web app in ${webDir}: run pnpm --filter @binome/web build first`)
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>
  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]))

  const roots = new Set<string>()
  // The app shell: its modulepreload links and the two entry points its inline script imports.
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8')
  for (const match of html.matchAll(/(?:href="|import\(")\/(_app\/immutable\/[^"]+\.js)"/g)) {
    const key = keyOfFile.get(match[1] as string)
    if (key) roots.add(key)
  }
  const entry = (roots.size && [...roots].find((k) => manifest[k]?.file.includes('/entry/app.'))) || undefined
  if (!entry) throw new BuildMissingError('index.html does not load the app entry')

  const dictionary = routeDictionary(webDir)
  const nodes = dictionary[route]
  if (!nodes) throw new Error(`route: no route "${route}" in the build (known: ${Object.keys(dictionary).join(', ')})`)
  const [leaf, layouts = [], errors = []] = nodes
  for (const n of new Set([0, 1, ...layouts, ...errors.filter((e): e is number => typeof e === 'number'), leaf])) {
    roots.add(`.svelte-kit/generated/client-optimized/nodes/${n}.js`)
  }

  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    const chunk = manifest[key]
    if (!chunk) throw new BuildMissingError(`manifest has no ${key}`)
    seen.add(key)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const key of roots) visit(key)

  return weighed(buildDir, route, [...seen].map((key) => (manifest[key] as ManifestChunk).file))
}

function weighed(buildDir: string, route: string, files: string[]): PageWeight {
  const scripts = files.map((file) => {
    const content = readFileSync(join(buildDir, file))
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length }
  })
  return {
    route,
    scripts,
    bytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    gzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
  }
}

/**
 * One part of a language's catalogue (web/catalogue-plugin.ts, `public` or `rest`) as a page built apart from the app
 * fetches it by `import()`, or undefined when the page does not fetch it: French's public part is in the page's first
 * load. The sign-in page waits for the public part of its reader's language before it renders, and for nothing else.
 *
 * @example
 * catalogueChunk('web', '/signin', 'en', 'public')?.gzip // bytes
 */
export function catalogueChunk(webDir: string, route: string, lang: string, part: 'public' | 'rest'): ScriptWeight | undefined {
  const buildDir = join(webDir, 'build')
  const page = pageWeight(webDir, route)
  const name = new RegExp(`^_?catalogue-${lang}-${part}-[\\w-]+\\.js$`)
  const files = new Set<string>()
  for (const script of page.scripts) {
    const code = readFileSync(join(buildDir, script.file), 'utf8')
    for (const match of code.matchAll(/import\(\s*[`'"](\.\/[^`'"]+\.js)[`'"]\s*\)/g)) {
      const file = posix.join(posix.dirname(script.file), match[1] as string)
      if (name.test(posix.basename(file))) files.add(file)
    }
  }
  if (files.size > 1) throw new Error(`route: ${route} imports ${files.size} chunks for the ${lang} ${part} catalogue part`)
  const [file] = files
  return file ? weighed(buildDir, route, [file]).scripts[0] : undefined
}

/**
 * A page built apart from the app (`standalonePages`): the scripts its HTML loads and every chunk they import
 * statically (`import{…}from"./x.js"`, not `import("./x.js")`), read from the minified files themselves.
 */
function standalonePageWeight(webDir: string, route: string, htmlPath: string): PageWeight {
  const buildDir = join(webDir, 'build')
  const htmlFile = join(buildDir, htmlPath)
  if (!existsSync(htmlFile)) throw new BuildMissingError(`no ${htmlPath} in ${buildDir}: run pnpm --filter @binome/web build first`)
  const html = readFileSync(htmlFile, 'utf8')
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    if (!existsSync(join(buildDir, file))) throw new BuildMissingError(`${htmlPath} loads ${file}, which is not in the build`)
    seen.add(file)
    const code = readFileSync(join(buildDir, file), 'utf8')
    for (const match of code.matchAll(/import\s*(?:[^()"'`]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      visit(posix.join(posix.dirname(file), match[1] as string))
    }
  }
  for (const match of html.matchAll(/(?:<script[^>]*\ssrc|<link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)) visit(match[1] as string)
  if (!seen.size) throw new BuildMissingError(`${htmlPath} loads no script`)
  return weighed(buildDir, route, [...seen])
}
