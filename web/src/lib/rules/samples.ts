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
  /** `YYYY-MM-DD`: the `birthDate` identity source of numeric criteria reads it as an age. */
  birthDate?: string
  /** The birth year alone, when that is all that is known (tests, hand-made samples). */
  birthYear?: number
}

/**
 * A person as the preview reads them.
 *
 * @example
 * samplePerson(person).answers.sector // 'construction'
 */
export function samplePerson(p: Person): SamplePerson {
  return { id: p.id, name: `${p.firstName} ${p.lastName}`.trim(), answers: p.answers, ...(p.birthDate ? { birthDate: p.birthDate } : {}) }
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
    .filter((p) => p.stage !== 'refused' && p.stage !== 'closed')
    .map(samplePerson)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id))
    .slice(0, count)
}
