/**
 * The mentee's profile sheet a mentor receives with a proposal (seed 003: "fiche de présentation"): the first name,
 * the age, the locality and ONLY the answers whose field the programme shows to the other side of a proposal
 * (visibility `proposal`, or `partner`, which shows more widely). Never the last name, the e-mail or the phone.
 */
import { ageOn, type Person } from './people'
import type { Locale } from './roles'
import type { AnswerValue, FieldVisibility, FormField, IntakeForm, SpokenLanguage } from './rules/forms'

/** The visibilities a proposal's other side may read. */
const proposalVisibilities: readonly FieldVisibility[] = ['proposal', 'partner']

export interface ProfileSheet {
  firstName: string
  age: number | null
  locality: string | null
  answers: { section: string; question: string; answer: string }[]
}

const yesNo: Record<Locale, [string, string]> = { fr: ['oui', 'non'], en: ['yes', 'no'], nl: ['ja', 'nee'] }
const native: Record<Locale, string> = { fr: 'langue maternelle', en: 'native', nl: 'moedertaal' }

function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

/**
 * One answer in the reader's language: a choice by its option's label, a boolean as yes or no, languages named with
 * their level; the value as written otherwise (a choice the form no longer offers by its code).
 *
 * @example
 * answerIn(sectorField, 'logistics', 'fr') // 'Logistique'
 * answerIn(permitField, true, 'nl') // 'ja'
 */
export function answerIn(field: FormField, value: AnswerValue, locale: Locale): string {
  const label = (v: string) => field.options?.find((o) => o.value === v)?.label[locale] ?? v
  if (typeof value === 'boolean') return yesNo[locale][value ? 0 : 1]
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return field.kind === 'single-choice' ? label(value) : value
  if (field.kind === 'languages') {
    return (value as SpokenLanguage[]).map((l) => `${languageName(l.code, locale)} (${l.level === 'native' ? native[locale] : l.level})`).join(', ')
  }
  return (value as string[]).map(label).join(', ')
}

/**
 * The sheet of a mentee for a mentor, in the reader's language, from the programme's form in force (a field the
 * programme stops showing is hidden at once, as for partners).
 *
 * @example
 * menteeProfileSheet(amina, rules.forms.mentee, 'fr', '2027-01-04')
 * // { firstName: 'Amina', age: 34, locality: 'Schaerbeek', answers: [{ section: 'Parcours', question: 'Secteur recherché', answer: 'Logistique' }] }
 */
export function menteeProfileSheet(person: Person, form: IntakeForm, locale: Locale, today: string): ProfileSheet {
  const answers: ProfileSheet['answers'] = []
  for (const section of form.sections) {
    for (const field of section.fields) {
      if (!proposalVisibilities.includes(field.visibility)) continue
      const value = person.answers[field.id]
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue
      answers.push({ section: section.title[locale], question: field.label[locale], answer: answerIn(field, value, locale) })
    }
  }
  return {
    firstName: person.firstName,
    age: ageOn(person.birthDate, new Date(`${today.slice(0, 10)}T00:00:00.000Z`)) ?? null,
    locality: person.facets.locality ?? null,
    answers,
  }
}
