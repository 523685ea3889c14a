import { derived, get, writable, type Readable } from 'svelte/store'
import { locales, type Locale } from '@binome/contracts/vocabulary'
import { formatMessage, type MessageValue } from './message'
// French is the first language and every other one's fallback. Each catalogue comes in two parts (./parts.ts): the
// public one, which the pages before sign-in wait for, and the rest, which the signed-in screens and the public forms
// load. French's public part ships with the page; every other part is fetched when needed (a whole catalogue weighs
// as much as the sign-in page's own code). A key of the rest used on a public page still shows: looking it up fetches
// the rest (the text flickers once); i18n.test.ts fails when a public page uses one.
import frPublic from 'virtual:catalogue/fr/public'
import { publicSections, type Catalogue, type CataloguePart } from './parts'

/** Options of a translation: the values to put in, and what to show when the key is in no catalogue. */
export interface TranslateOptions {
  values?: Record<string, MessageValue>
  default?: string
}

/** Looks a key up in the current language, then in French; puts the values in. */
export type Translate = (key: string, options?: TranslateOptions) => string

const STORAGE_KEY = 'binome.locale'
const FALLBACK: Locale = 'fr'
let started = false

/** The interface languages, French first; Dutch strings not yet translated fall back to French. */
export const supportedLocales: readonly Locale[] = locales

/** The catalogue sections the pages before sign-in use (a test checks they use no other). */
export const publicSectionNames: readonly string[] = publicSections

// Literal specifiers, one a part, so that the bundler makes each part its own chunk.
const loaders: Record<`${Locale}/${CataloguePart}`, () => Promise<{ default: Catalogue }>> = {
  'fr/public': () => Promise.resolve({ default: frPublic }),
  'fr/rest': () => import('virtual:catalogue/fr/rest'),
  'en/public': () => import('virtual:catalogue/en/public'),
  'en/rest': () => import('virtual:catalogue/en/rest'),
  'nl/public': () => import('virtual:catalogue/nl/public'),
  'nl/rest': () => import('virtual:catalogue/nl/rest'),
}
/** Each language's messages loaded so far: its public part, then the whole once the rest is in (parts are disjoint). */
const catalogues = writable<Partial<Record<Locale, Catalogue>>>({ fr: frPublic })
const loading = new Map<string, Promise<void>>()
/** Whether the page needs every message (signed-in screens, public forms) or only the public part. */
let needed: CataloguePart = 'public'
const current = writable<Locale>(FALLBACK)

/** The interface language (`$locale` in components). */
export const locale: Readable<Locale> = { subscribe: current.subscribe }

function lookup(catalogue: Catalogue | undefined, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

/**
 * The translation function of the current language (`$_('key', { values })` in components, `get(_)` in modules).
 * A key missing everywhere shows itself (or `default`), so a gap is visible rather than blank.
 */
export const _: Readable<Translate> = derived([current, catalogues], ([lang, all]) => {
  return (key: string, options: TranslateOptions = {}) => {
    const message = lookup(all[lang], key) ?? lookup(all[FALLBACK], key)
    if (message === undefined && !loading.has(`${lang}/rest`)) void load(lang, 'rest').catch(() => undefined)
    return formatMessage(message ?? options.default ?? key, options.values, lang)
  }
})

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isLocale(value) ? value : null
  } catch {
    return null
  }
}

function load(lang: Locale, part: CataloguePart): Promise<void> {
  const name = `${lang}/${part}` as const
  let pending = loading.get(name)
  if (!pending) {
    pending = loaders[name]().then(
      ({ default: messages }) => catalogues.update((all) => ({ ...all, [lang]: { ...all[lang], ...messages } })),
      (e: unknown) => {
        loading.delete(name) // a later choice of the language tries again
        throw e
      },
    )
    loading.set(name, pending)
  }
  return pending
}

/** The parts of a language the page needs: the public one, and the rest on the pages that use it. */
function loadNeeded(lang: Locale): Promise<void> {
  return Promise.all([load(lang, 'public'), needed === 'rest' ? load(lang, 'rest') : undefined]).then(() => undefined)
}

/**
 * Picks the language: the one chosen earlier in this browser, else French. Keeps `<html lang>` in step with the
 * locale so screen readers pronounce the page right. Await {@link waitLocale} before the first render.
 *
 * @example
 * setupI18n(); await waitLocale() // in the root +layout.ts, before anything renders
 */
export function setupI18n(): void {
  if (started) return
  started = true
  current.set(storedLocale() ?? FALLBACK)
  current.subscribe((value) => {
    if (typeof document !== 'undefined') document.documentElement.lang = value.slice(0, 2)
  })
}

/**
 * Resolves once the public pages can be shown in the current language: at once in French, else when its public part
 * is loaded (French if it cannot be).
 *
 * @example
 * await waitLocale() // root +layout.ts
 */
export function waitLocale(): Promise<void> {
  const lang = get(current)
  if (lang === FALLBACK && needed === 'public') return Promise.resolve()
  // If the chosen catalogue cannot be fetched, the reader gets the page in French rather than an error page.
  return loadNeeded(lang).catch(() => current.set(FALLBACK))
}

/**
 * Resolves once every message of the current language is loaded: the signed-in screens' layout and the public forms
 * await it. From then on a change of language loads the whole of the new one.
 *
 * @example
 * await loadAllMessages() // (app)/+layout.ts
 */
export function loadAllMessages(): Promise<void> {
  needed = 'rest'
  return loadNeeded(get(current)).catch(() => current.set(FALLBACK))
}

/**
 * Switches the interface language once the parts the page needs are loaded (on the sign-in page its public part
 * only), and remembers the choice.
 *
 * @example
 * await setLocale('nl')
 */
export async function setLocale(value: Locale): Promise<void> {
  await loadNeeded(value)
  current.set(value)
  try {
    localStorage.setItem(STORAGE_KEY, value)
  } catch {
    // private mode: the choice lasts for this page only
  }
}
