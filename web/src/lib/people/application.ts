/**
 * The public application page's own checks, without the API's schemas (the page stays light: no zod). Only what
 * can be said for sure in the browser — a required field left empty, the consent not given — so that the applicant
 * hears about every empty field at once; everything else (formats, choices, localities) is the API's answer, which
 * names each field the same way (`firstName`, `answers.<fieldId>`, `consent.accepted`).
 */
import type { IntakeForm } from '@binome/contracts'
import { answersOf, formFields, type AnswerInputs } from './answers'

export interface ApplicationValues {
  firstName: string
  lastName: string
  email: string
  phone: string
  birthDate: string
  answers: AnswerInputs
  consent: boolean
  /** The honeypot: hidden from people, filled by robots. */
  website: string
}

/**
 * The paths of the required fields left empty, in the page's order.
 *
 * @example
 * emptyRequired(form, values) // ['lastName', 'answers.motivation', 'consent.accepted']
 */
export function emptyRequired(form: IntakeForm, v: ApplicationValues): string[] {
  const missing: string[] = []
  for (const name of ['firstName', 'lastName', 'email', 'birthDate'] as const) if (!v[name].trim()) missing.push(name)
  const answers = answersOf(form, v.answers)
  for (const f of formFields(form)) if (f.required && answers[f.id] === undefined) missing.push(`answers.${f.id}`)
  if (!v.consent) missing.push('consent.accepted')
  return missing
}

/**
 * The body sent to the API: what was typed, answers converted by field kind, the notice version read.
 *
 * @example
 * applicationBody('mentee', 'fr', form, 1, values)
 */
export function applicationBody(side: 'mentor' | 'mentee', locale: 'fr' | 'en' | 'nl', form: IntakeForm, noticeVersion: number, v: ApplicationValues) {
  return {
    side, locale, firstName: v.firstName, lastName: v.lastName, email: v.email, birthDate: v.birthDate,
    ...(v.phone.trim() && { phone: v.phone }),
    answers: answersOf(form, v.answers),
    // Sent as ticked or not: the API names `consent.accepted` when it is not.
    consent: { accepted: v.consent as true, noticeVersion },
    ...(v.website && { website: v.website }),
  }
}
