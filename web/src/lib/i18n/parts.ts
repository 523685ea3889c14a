/**
 * How each catalogue is split for loading, declared once: the pages a reader sees before signing in (the sign-in page,
 * the outbox, the error screens, the header with its language picker and the footer) use only the sections below.
 * The build derives every language's two parts from its catalogue (web/catalogue-plugin.ts), so the catalogues stay the
 * single source; i18n.test.ts fails when a key those pages use is not in the public part.
 */

/** A catalogue: nested objects whose leaves are messages, addressed by dotted keys (`signin.title`). */
export interface Catalogue {
  [key: string]: string | Catalogue
}

/** The sections of the public part; every other section is in the rest. */
export const publicSections = ['common', 'errorPage', 'errors', 'footer', 'header', 'list', 'nav', 'outbox', 'signin', 'validation'] as const

/** `public`: what the pages before sign-in wait for; `rest`: what the signed-in screens (and the public forms) add. */
export const catalogueParts = ['public', 'rest'] as const
export type CataloguePart = (typeof catalogueParts)[number]

const isPublic = (section: string) => (publicSections as readonly string[]).includes(section)

/**
 * One part of a catalogue; the two parts hold disjoint sections and together the whole catalogue.
 *
 * @example
 * cataloguePart(fr, 'public').signin // the sign-in page's messages
 */
export function cataloguePart(catalogue: Catalogue, part: CataloguePart): Catalogue {
  const missing = publicSections.filter((section) => typeof catalogue[section] !== 'object')
  if (missing.length) throw new Error(`catalogue: public section(s) ${missing.join(', ')} missing`)
  return Object.fromEntries(Object.entries(catalogue).filter(([section]) => isPublic(section) === (part === 'public')))
}
