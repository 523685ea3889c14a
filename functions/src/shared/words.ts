import type { Locale } from '@binome/core'

/**
 * Server words (e-mails, PDF, XLSX, CSV) stay in one catalogue per module, beside the file or e-mail they render
 * (results/words.ts, quality-audit/pdf.ts, duo-life/tracking-export.ts, duos/mail.ts, onboarding/session-mail.ts,
 * monitoring/reminders.ts, shared/messages.ts), rather than in one server-wide module. Why (decided in the clean-up of
 * 2026-12-01): each Lambda bundle is cut per function (infra/lib/bundling.ts, code splitting), so a module's words
 * travel only with the handlers that render them, and a file's words read next to its layout; one module would put
 * every language of every file into every function and make each renderer reach across the tree. What one module
 * would have given — a missing translation failing the typecheck — comes from this type instead: a catalogue is
 * written French first and the other languages are declared as `Translation<typeof fr>`, the same keys, the same
 * number of column headers, texts as strings.
 *
 * The exception is the product's codes (a duo's state, a step, a channel, a stage...): several files and the screens
 * say them, so their words are one table in @binome/documents/code-words, checked against the web's catalogues.
 *
 * @example
 * const fr = { file: 'resultats', headers: ['Chiffre', 'Valeur'] } as const
 * export const words: Catalogue<typeof fr> = { fr, en: { file: 'results', headers: ['Figure', 'Value'] }, nl: { ... } }
 * // nl without `file`, or with three headers, does not compile.
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Translation<T[K]> }

/** A module's words in every language, shaped as its French ones (see `Translation`). */
export type Catalogue<T> = Record<Locale, Translation<T>>
