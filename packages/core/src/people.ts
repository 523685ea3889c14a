import type { Answers } from './rules/forms'

/** Mentors and mentees of a programme, as screened by coordinators (stage 2) and used by matching (stage 3). */
export const personKinds = ['mentor', 'mentee'] as const
export type PersonKind = (typeof personKinds)[number]

export const personStatuses = ['applicant', 'enrolled', 'refused', 'matched', 'closed'] as const
export type PersonStatus = (typeof personStatuses)[number]

/**
 * The identity of a person, first-class whatever the programme's form asks: who they are and how to reach them.
 * `birthDate` (yyyy-mm-dd) also feeds age criteria (`identitySources` in ./rules).
 */
export interface PersonIdentity {
  firstName: string
  lastName: string
  email: string
  phone?: string
  birthDate: string
}

/**
 * A mentor or a mentee. Everything the programme asks beyond identity (locality, sector, languages, path...) is in
 * `answers`, keyed by the field ids of the programme's intake form for the person's kind, as validated under the
 * rules version `rulesVersion`. What matching and the workflow read directly stays first-class: kind, status,
 * a mentor's capacity, the referring partner.
 */
export interface Person extends PersonIdentity {
  id: string
  orgId: string
  programmeId: string
  kind: PersonKind
  answers: Answers
  /** The version of the programme's rules whose form the answers were validated against. */
  rulesVersion: number
  /** How many mentees a mentor takes at once (1 for most); absent for mentees. */
  capacity?: number
  /** The partner organisation that referred a mentee, if any. */
  referredBy?: string
  status: PersonStatus
  createdAt: string
  updatedAt: string
  version: number
}

/**
 * A person's name as screens and lists show it.
 *
 * @example
 * displayName({ firstName: 'Amina', lastName: 'El Idrissi' }) // 'Amina El Idrissi'
 */
export function displayName(p: Pick<Person, 'firstName' | 'lastName'>): string {
  return `${p.firstName} ${p.lastName}`.trim()
}

/**
 * Age in whole years on a given day, from a yyyy-mm-dd birth date; undefined when the date is not one.
 *
 * @example
 * ageOn('1990-06-15', new Date('2026-06-14')) // 35
 */
export function ageOn(birthDate: string, day: Date): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate)
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const beforeBirthday = day.getUTCMonth() + 1 < mo || (day.getUTCMonth() + 1 === mo && day.getUTCDate() < d)
  return day.getUTCFullYear() - y - (beforeBirthday ? 1 : 0)
}
