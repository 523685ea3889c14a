import type { ImportReport } from '@binome/contracts'
import type { Translate } from '$lib/api/words'
import { fieldSentence } from '$lib/api/words'
import { localized } from './answers'

/** The fields identity gives every person, named by the app's own words (`person.<id>`). */
const identityIds = new Set(['firstName', 'lastName', 'email', 'phone', 'birthDate'])

/**
 * A field a column may fill, named in the reader's language: identity fields by the app's words, the form's by
 * their label.
 *
 * @example
 * fieldName({ id: 'sector', required: true, label }, t, 'fr') // 'Secteur d’activités visé'
 */
export function fieldName(field: ImportReport['fields'][number] | undefined, id: string, t: Translate, locale: string | null | undefined): string {
  if (identityIds.has(id)) return t(`person.${id}`)
  return localized(field?.label, locale) || id
}

/** One problem of a row as a sentence: duplicates by the import's words, the rest as the forms say them. */
export function problemSentence(code: string, t: Translate, locale: string | null | undefined): string {
  if (code === 'duplicate-in-file' || code === 'duplicate-existing') return t(`peopleImport.codes.${code}`)
  return fieldSentence({ reason: code }, t, locale)
}
