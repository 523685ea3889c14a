import { derived, get, writable, type Readable } from 'svelte/store'
import { locales, type Locale } from '@binome/contracts/vocabulary'
import { formatMessage, type MessageValue } from './message'
// French is the first language and every other one's fallback. The sections the public pages use (sign-in, outbox,
// error page, header and footer, form and error messages) ship with the app; the rest of French, and English and
// Dutch whole, are fetched when needed (a whole catalogue weighs as much as the sign-in page's own code). The named
// imports let the bundler keep just these sections; the whole French catalogue comes as text (`?raw`) because the
// same module cannot be both in the first chunk and a later one. A key of another section used on a public page
// still shows: looking it up fetches the whole catalogue (the text flickers once), so keep this list in step.
import { common, errorPage, errors, footer, header, list, nav, outbox, signin, validation } from './fr.json'

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

const publicSections: Catalogue = { common, errorPage, errors, footer, header, list, nav, outbox, signin, validation }
/** The catalogue sections shipped with the app (a test checks the public pages use no other). */
export const publicSectionNames: readonly string[] = Object.keys(publicSections)

const loaders: Record<Locale, () => Promise<Catalogue>> = {
  fr: () => import('./fr.json?raw').then((m) => JSON.parse(m.default) as Catalogue),
  en: () => import('./en.json').then((m) => m.default),
  nl: () => import('./nl.json').then((m) => m.default),
}
const catalogues = writable<Partial<Record<Locale, Catalogue>>>({ fr: publicSections })
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
    const message = lookup(all[lang], key) ?? lookup(all[FALLBACK], key)
    if (message === undefined && !loading.has(FALLBACK)) void load(FALLBACK).catch(() => undefined)
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

function load(lang: Locale): Promise<void> {
  let pending = loading.get(lang)
  if (!pending) {
    pending = loaders[lang]().then(
      (catalogue) => catalogues.update((all) => ({ ...all, [lang]: catalogue })),
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
 * Resolves once the public pages can be shown in the current language: at once in French, else when its catalogue
 * is loaded (French if it cannot be).
 *
 * @example
 * await waitLocale() // root +layout.ts
 */
export function waitLocale(): Promise<void> {
  const lang = get(current)
  if (lang === FALLBACK) return Promise.resolve()
  // If the chosen catalogue cannot be fetched, the reader gets the page in French rather than an error page.
  return load(lang).catch(() => current.set(FALLBACK))
}

/**
 * Resolves once every message of the current language is loaded: the signed-in screens' layout awaits it.
 *
 * @example
 * await loadAllMessages() // (app)/+layout.ts
 */
export function loadAllMessages(): Promise<void> {
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
