import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { catalogueParts, cataloguePart, type Catalogue, type CataloguePart } from './src/lib/i18n/parts.ts'

const PREFIX = 'virtual:catalogue/'

/**
 * `import('virtual:catalogue/en/public')`: one part of a language's catalogue (src/lib/i18n/parts.ts), cut from the
 * catalogue file at build time. Each part is its own module, so the bundler gives it its own chunk
 * (`catalogue-en-public-<hash>.js`): the pages before sign-in wait for the small public part only.
 * Used by both builds (vite.config.ts, vite.signin.config.ts) and by the web tests (vitest.config.ts).
 */
export function catalogues(): Plugin {
  return {
    name: 'binome-catalogues',
    // The resolved id names the chunk: catalogue-en-public-<hash>.js.
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0catalogue-${id.slice(PREFIX.length).split('/').join('-')}` : undefined
    },
    load(id) {
      if (!id.startsWith('\0catalogue-')) return undefined
      const [lang = '', part = '', ...extra] = id.slice('\0catalogue-'.length).split('-')
      const file = fileURLToPath(new URL(`src/lib/i18n/${lang}.json`, import.meta.url))
      if (!/^[a-z]{2}$/.test(lang) || !existsSync(file) || !(catalogueParts as readonly string[]).includes(part) || extra.length) {
        throw new Error(`catalogue: unknown part "${id.slice(1)}" (expected ${PREFIX}<language>/<${catalogueParts.join('|')}>, with src/lib/i18n/<language>.json)`)
      }
      this.addWatchFile(file)
      const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Catalogue
      // An object literal: the minifier drops its keys' quotes (a JSON.parse string escapes every one of them).
      return `export default ${JSON.stringify(cataloguePart(catalogue, part as CataloguePart))}`
    },
  }
}
