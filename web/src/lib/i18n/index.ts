import { derived, get, writable, type Readable } from 'svelte/store'
import { locales, type Locale } from '@binome/core'
import { formatMessage, type MessageValue } from './message'
// French is the first language and every other one's fallback, so it ships with the app; English and Dutch are
// fetched only by readers who choose them (each catalogue weighs as much as a small page).
import fr from './fr.json'

/** A catalogue: nested objects whose leaves are messages, addressed by dotted keys (`signin.title`). */
interface Catalogue {
  [key: string]: string | Catalogue
}

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

const loaders: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  fr: async () => ({ default: fr }),
  en: () => import('./en.json'),
  nl: () => import('./nl.json'),
}
const catalogues = writable<Partial<Record<Locale, Catalogue>>>({ fr })
const loading = new Map<Locale, Promise<void>>()
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
    const message = lookup(all[lang], key) ?? lookup(all[FALLBACK], key) ?? options.default ?? key
    return formatMessage(message, options.values, lang)
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

function load(lang: Locale): Promise<void> {
  let pending = loading.get(lang)
  if (!pending) {
    pending = loaders[lang]().then(
      (module) => catalogues.update((all) => ({ ...all, [lang]: module.default })),
      (e: unknown) => {
        loading.delete(lang) // a later choice of the language tries again
        throw e
      },
    )
    loading.set(lang, pending)
  }
  return pending
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
 * Resolves once the current language's catalogue is loaded (at once for French; French if it cannot be loaded).
 *
 * @example
 * await waitLocale()
 */
export function waitLocale(): Promise<void> {
  // If the chosen catalogue cannot be fetched, the reader gets the page in French rather than an error page.
  return load(get(current)).catch(() => current.set(FALLBACK))
}

/**
 * Switches the interface language once its catalogue is loaded, and remembers the choice.
 *
 * @example
 * await setLocale('nl')
 */
export async function setLocale(value: Locale): Promise<void> {
  await load(value)
  current.set(value)
  try {
    localStorage.setItem(STORAGE_KEY, value)
  } catch {
    // private mode: the choice lasts for this page only
  }
}
