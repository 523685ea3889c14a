import {
  formFields, isLanguageCode, type Answers, type AnswerValue, type FormField, type IntakeForm, type LanguageLevel, type PersonIdentity, type PersonKind, type SpokenLanguage,
} from '@binome/core'
import { choiceValueOf, functionAliases, languageCodeOf } from '@binome/core/methodologies'
import type { DemoProfile } from './demo-people'

const employers = [
  'Banque Lumière', 'Groupe Atlas', 'Clinique Saint-Rémi', 'Logistique du Canal', 'Cabinet Verhaegen', 'Brasserie des Marolles',
  'Athénée royal', 'Service public régional', 'Mode & Co', 'Bâtir Ensemble', 'Agence Octave', 'Transports urbains', 'Pharma Nova',
]

const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

/**
 * The identity of a demo person: an e-mail at the organisation's demo domain and a birth date in the profile's
 * birth year (day and month drawn from the position, so that the same seed gives the same people).
 *
 * @example
 * demoIdentity(plsMentees[0], 0, 'mentoryou.demo') // { firstName: 'Amina', ..., birthDate: '1990-01-03' }
 */
export function demoIdentity(d: DemoProfile, i: number, domain: string): PersonIdentity {
  const month = String((i * 5) % 12 + 1).padStart(2, '0')
  const day = String((i * 7) % 28 + 1).padStart(2, '0')
  return {
    firstName: d.firstName, lastName: d.lastName, email: `${slug(d.firstName)}.${slug(d.lastName)}@${domain}`,
    ...(i % 2 === 0 && { phone: `+32 4${String(70 + (i % 30)).padStart(2, '0')} ${String(10 + i).slice(-2)} ${String(31 + 3 * i).slice(-2)} ${String(57 + i).slice(-2)}` }),
    birthDate: `${d.birthYear}-${month}-${day}`,
  }
}

/** Levels as the interviews note them: the mother tongue, French as a mentee gets by in it, others in between. */
function spoken(d: DemoProfile, kind: PersonKind): SpokenLanguage[] {
  const codes = [...new Set(d.languages.map(languageCodeOf).filter((c): c is string => c !== undefined && isLanguageCode(c)))]
  return codes.map((code, k): SpokenLanguage => {
    const level: LanguageLevel = k === 0 ? 'native' : kind === 'mentee' ? (code === 'fr' ? 'B1' : 'B2') : k === 1 ? 'C1' : 'B2'
    return { code, level }
  })
}

/** An answer for a required field the demo profile says nothing about: what an interview would most often record. */
function usual(f: FormField, d: DemoProfile, i: number): AnswerValue | undefined {
  switch (f.id) {
    case 'employer': return employers[i % employers.length]
    case 'hoursPerMonth': return 4 + (i % 3) * 2
    case 'yearsOfExperience': return Math.max(2, 2026 - d.birthYear - 25)
    case 'commitmentMonths': return 6
  }
  switch (f.kind) {
    case 'yes-no': return true
    case 'single-choice': return f.options?.[0]?.value
    case 'multiple-choice': return f.options?.[0] ? [f.options[0].value] : undefined
    case 'number': return f.min ?? 1
    case 'date': return '2026-05-12'
    case 'long-text': case 'short-text': return d.path
    default: return undefined
  }
}

/**
 * Answers to a programme's intake form from a demo profile: the fields matching reads (locality, sector, function,
 * languages with a level, hobbies, expectations, motivation, path) from the profile's words — choices mapped onto
 * the form's option values (`choiceValueOf`), languages onto ISO 639 codes — and the other required fields with the
 * answer an interview most often records. Answers the form has no field for are left out.
 *
 * @example
 * demoAnswers(plsMentees[0], 'mentee', plsMenteeForm, 0) // { locality: 'Schaerbeek', sector: 'accounting', languages: [{ code: 'ar', level: 'native' }, ...], ... }
 */
export function demoAnswers(d: DemoProfile, kind: PersonKind, form: IntakeForm, i: number): Answers {
  const answers: Answers = {}
  for (const f of formFields(form)) {
    let v: AnswerValue | undefined
    switch (f.id) {
      case 'locality': v = d.locality; break
      case 'sector': v = choiceValueOf(f, d.sector) ?? choiceValueOf(f, 'other'); break
      case 'function': v = choiceValueOf(f, d.function, functionAliases) ?? choiceValueOf(f, 'other'); break
      case 'jobTitle': v = d.function; break
      case 'languages': v = spoken(d, kind); break
      case 'hobbies': v = [...new Set(d.hobbies.map((h) => choiceValueOf(f, h)).filter((h): h is string => h !== undefined))]; break
      case 'expectations': v = d.expectations; break
      case 'motivation': v = d.motivation; break
      case 'path': v = d.path; break
      case 'capacity': v = kind === 'mentor' ? d.capacity ?? 1 : undefined; break
    }
    if (v === undefined && f.required) v = usual(f, d, i)
    if (v !== undefined) answers[f.id] = v
  }
  return answers
}
