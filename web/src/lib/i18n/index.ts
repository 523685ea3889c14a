import { addMessages, init, locale } from 'svelte-i18n'
import { locales, type Locale } from '@binome/contracts'
import fr from './fr.json'
import en from './en.json'
import nl from './nl.json'

const STORAGE_KEY = 'binome.locale'
let started = false

/** The interface languages, French first; Dutch strings not yet translated fall back to French. */
export const supportedLocales: readonly Locale[] = locales

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

/**
 * Loads the catalogues and picks the language: the one chosen earlier in this browser, else French.
 * Keeps `<html lang>` in step with the locale so screen readers pronounce the page right.
 *
 * @example
 * setupI18n() // in the root +layout.ts, before anything renders
 */
export function setupI18n(): void {
  if (started) return
  started = true
  addMessages('fr', fr)
  addMessages('en', en)
  addMessages('nl', nl)
  init({ fallbackLocale: 'fr', initialLocale: storedLocale() ?? 'fr' })
  locale.subscribe((value) => {
    if (typeof document !== 'undefined' && value) document.documentElement.lang = value.slice(0, 2)
  })
}

/**
 * Switches the interface language and remembers the choice.
 *
 * @example
 * setLocale('nl')
 */
export function setLocale(value: Locale): void {
  locale.set(value)
  try {
    localStorage.setItem(STORAGE_KEY, value)
  } catch {
    // private mode: the choice lasts for this page only
  }
}
