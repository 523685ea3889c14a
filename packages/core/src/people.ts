/** Mentors and mentees of a programme, as screened by coordinators (stage 2) and used by matching (stage 3). */
export const personKinds = ['mentor', 'mentee'] as const
export type PersonKind = (typeof personKinds)[number]

export const personStatuses = ['applicant', 'enrolled', 'refused', 'matched', 'closed'] as const
export type PersonStatus = (typeof personStatuses)[number]

export interface Person {
  id: string
  orgId: string
  programmeId: string
  kind: PersonKind
  firstName: string
  lastName: string
  email: string
  birthYear: number
  /** Home locality (mentee) or meeting place (mentor), with its postal code. */
  locality: string
  postalCode: string
  sector: string
  function: string
  languages: string[]
  hobbies: string[]
  expectations: string
  motivation: string
  path: string
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
