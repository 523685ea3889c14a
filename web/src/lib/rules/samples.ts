/**
 * The sample people of the criteria preview: a few mentees and mentors of the programme, each with their answers
 * to the programme's form. Kept apart from the engine (`matching-preview.ts`) so that the page's loader does not
 * pull the engine in.
 */
import type { Answers, Person } from '@binome/contracts'

export interface SamplePerson {
  id: string
  name: string
  answers: Answers
  /** `YYYY-MM-DD` when known: the `birthDate` identity source of numeric criteria reads it as an age. */
  birthDate?: string
  /** The birth year alone, when that is all that is known. */
  birthYear?: number
}

/**
 * Until every person carries their answers (the people's migration to form answers), a person's properties named
 * like a form field stand for the answer to it; a person with answers uses them alone.
 */
const legacyFields = ['locality', 'sector', 'function', 'languages', 'hobbies', 'expectations', 'motivation', 'path'] as const

/**
 * A person as the preview reads them.
 *
 * @example
 * samplePerson(person).answers.sector // 'construction'
 */
export function samplePerson(p: Person): SamplePerson {
  const loose = p as unknown as Record<string, unknown>
  const given = loose.answers
  const answers: Answers = {}
  if (given && typeof given === 'object' && !Array.isArray(given)) Object.assign(answers, given)
  else for (const key of legacyFields) if (loose[key] !== undefined) answers[key] = loose[key] as Answers[string]
  return {
    id: p.id,
    name: `${p.firstName} ${p.lastName}`.trim(),
    answers,
    ...(typeof loose.birthDate === 'string' ? { birthDate: loose.birthDate } : {}),
    ...(typeof loose.birthYear === 'number' ? { birthYear: loose.birthYear } : {}),
  }
}

/**
 * A few people of one side to preview with: those still in the programme (not refused or closed), in name order
 * so that the preview shows the same people on every visit.
 *
 * @example
 * pickSamples(people, 4).map((s) => s.name) // ['Amina B.', 'Bart C.', …]
 */
export function pickSamples(people: readonly Person[], count: number): SamplePerson[] {
  return people
    .filter((p) => p.status !== 'refused' && p.status !== 'closed')
    .map(samplePerson)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id))
    .slice(0, count)
}
