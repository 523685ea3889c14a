/**
 * What a duo writes down at the start (seed 001's in-take) and what the mentee may record of their job search
 * along the way. Both are one record a duo, replaced at their version.
 */

/** The in-take: the strengths and weaknesses of the mentee's job search, as the duo sees them at the start. */
export interface Intake {
  duoId: string
  programmeId: string
  strengths: string
  weaknesses: string
  updatedAt: string
  updatedBy: string
  version: number
}

/** The mentee's own count of their job search (only when they choose to record it): applications, interviews, offers. */
export interface JobSearchProgress {
  duoId: string
  programmeId: string
  applications: number
  interviews: number
  offers: number
  /** Anything the mentee wants to add ("entretien chez Colruyt le 12"). */
  note: string
  updatedAt: string
  updatedBy: string
  version: number
}

/**
 * The next in-take or progress record: the first one at version 1, later ones one version up, with who and when.
 *
 * @example
 * nextRecord(undefined, { duoId: 'd1', programmeId: 'p1', strengths: 'Motivée', weaknesses: 'CV' }, { by: 'u1', at: now })
 * // { ..., updatedBy: 'u1', updatedAt: now, version: 1 }
 */
export function nextRecord<T extends { version: number; updatedAt: string; updatedBy: string }>(
  current: T | undefined,
  fields: Omit<T, 'version' | 'updatedAt' | 'updatedBy'>,
  w: { by: string; at: string },
): T {
  return { ...fields, updatedAt: w.at, updatedBy: w.by, version: (current?.version ?? 0) + 1 } as T
}
