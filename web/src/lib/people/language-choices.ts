import { spokenLanguageCodes } from '@binome/contracts/vocabulary'
import { languageName } from './answers'

/** Every language a person may list, named in the reader's language and sorted by that name. */
export function languageChoices(locale: string | null | undefined): Array<{ code: string; name: string }> {
  const lang = locale === 'en' || locale === 'nl' ? locale : 'fr'
  return spokenLanguageCodes
    .map((code) => ({ code, name: languageName(code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang))
}
