/**
 * A person's answers as the people screens show and edit them: labels from the programme's form in the reader's
 * language, languages named by `Intl.DisplayNames`, and the form's values turned into the API's answers.
 */
import type { AnswerValue, Answers, FormField, IntakeForm, LanguageLevel, LocalizedText, SpokenLanguage } from '@binome/contracts'
import { formatDate, formatNumber } from '../format'

// Nothing here imports the contracts' values: the People tab then shares no more code with the sign-in page than
// it did (a new sharing pattern splits the chunks the sign-in page loads and costs it weight).

/** Every field of a form, in order. */
export const formFields = (form: IntakeForm): FormField[] => form.sections.flatMap((s) => s.fields)
/** A field of a form by id. */
export const findField = (form: IntakeForm, id: string): FormField | undefined => formFields(form).find((f) => f.id === id)

type Lang = 'fr' | 'en' | 'nl'
const langOf = (locale: string | null | undefined): Lang => (locale === 'en' || locale === 'nl' ? locale : 'fr')

/**
 * A form's text in the reader's language, French when missing.
 *
 * @example
 * localized({ fr: 'Secteur', en: 'Sector', nl: 'Sector' }, 'en') // 'Sector'
 */
export function localized(text: LocalizedText | undefined, locale: string | null | undefined): string {
  if (!text) return ''
  return text[langOf(locale)] || text.fr
}

/**
 * A language code named in the reader's language (`ar` → "arabe" in French), the code itself when unknown.
 *
 * @example
 * languageName('ti', 'fr') // 'tigrigna'
 */
export function languageName(code: string, locale: string | null | undefined): string {
  try {
    return new Intl.DisplayNames([langOf(locale)], { type: 'language', fallback: 'code' }).of(code) ?? code
  } catch {
    return code
  }
}

/** The words the display needs from the catalogue (yes, no, a level's name). */
export interface AnswerWords {
  yes: string
  no: string
  level: (level: LanguageLevel) => string
}

/**
 * One answer as text in the reader's language: option labels for choices, dates as dd/mm/yyyy, languages named
 * with their level; '' when not answered.
 *
 * @example
 * answerText(sectorField, 'finance', 'fr', words) // 'Banque et assurances'
 */
export function answerText(field: FormField, value: AnswerValue | undefined, locale: string | null | undefined, words: AnswerWords): string {
  if (value === undefined || value === '') return ''
  const option = (v: string) => localized(field.options?.find((o) => o.value === v)?.label, locale) || v
  switch (field.kind) {
    case 'single-choice': return option(String(value))
    case 'multiple-choice': return (value as string[]).map(option).join(', ')
    case 'yes-no': return value ? words.yes : words.no
    case 'date': return formatDate(String(value))
    case 'number': return typeof value === 'number' ? formatNumber(value, locale, 2) : String(value)
    case 'languages': return (value as SpokenLanguage[]).map((l) => `${languageName(l.code, locale)} (${words.level(l.level)})`).join(', ')
    default: return String(value)
  }
}

/** What the form holds while it is edited, by field id: texts as typed, choices, booleans as 'yes' / 'no' / ''. */
export type AnswerInputs = Record<string, string | string[] | SpokenLanguage[]>

/**
 * The edit form's starting values from stored answers (empty for a new person).
 *
 * @example
 * answerInputs(form, person.answers) // { sector: 'finance', workPermit: 'yes', arrivalYear: '2019', ... }
 */
export function answerInputs(form: IntakeForm, answers: Answers = {}): AnswerInputs {
  const out: AnswerInputs = {}
  for (const f of formFields(form)) {
    const v = answers[f.id]
    switch (f.kind) {
      case 'multiple-choice': out[f.id] = Array.isArray(v) ? [...(v as string[])] : []; break
      case 'languages': out[f.id] = Array.isArray(v) ? (v as SpokenLanguage[]).map((l) => ({ ...l })) : []; break
      case 'yes-no': out[f.id] = v === true ? 'yes' : v === false ? 'no' : ''; break
      case 'number': out[f.id] = typeof v === 'number' ? String(v) : ''; break
      default: out[f.id] = typeof v === 'string' ? v : ''
    }
  }
  return out
}

/**
 * The answers to send from the form's values: unanswered fields left out (the API says which are required), numbers
 * parsed (a text that is not one is sent as is, so that the check names it), yes/no as booleans.
 *
 * @example
 * answersOf(form, { sector: 'finance', workPermit: 'yes', arrivalYear: '2019', jobTitle: '' })
 * // { sector: 'finance', workPermit: true, arrivalYear: 2019 }
 */
export function answersOf(form: IntakeForm, inputs: AnswerInputs): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const f of formFields(form)) {
    const v = inputs[f.id]
    if (v === undefined) continue
    if (Array.isArray(v)) {
      if (v.length > 0) out[f.id] = v
      continue
    }
    const text = v.trim()
    if (text === '') continue
    if (f.kind === 'yes-no') out[f.id] = text === 'yes'
    else if (f.kind === 'number') out[f.id] = Number.isFinite(Number(text.replace(',', '.'))) ? Number(text.replace(',', '.')) : text
    else out[f.id] = v
  }
  return out
}

/** The error of one field, from errors keyed by path (`answers.languages.0.code` belongs to `languages`). */
export function answerError(errors: Record<string, string>, fieldId: string): string | undefined {
  const own = `answers.${fieldId}`
  if (errors[own]) return errors[own]
  const key = Object.keys(errors).find((k) => k.startsWith(`${own}.`))
  return key ? errors[key] : undefined
}
