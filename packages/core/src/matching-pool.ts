/**
 * Who a matching run may still pair, given the programme's duos: a mentee already in an open duo is out, a mentor
 * keeps only the places their open duos leave, and a pair whose duo ended before it started (refused, expired,
 * declined, cancelled) is never suggested again. Proposing such a pair is refused anyway (409); this keeps the run from
 * suggesting what cannot be proposed.
 */

/** What the programme's duos say about the pool (the data layer's `duos.poolEffects`). */
export interface DuoPoolState {
  /** Person id → number of open duos (pending or active). */
  open: ReadonlyMap<string, number>
  /** `menteeId#mentorId` of every pair that ended before starting. */
  endedPairs: ReadonlySet<string>
}

export interface PoolPerson {
  id: string
  capacity?: number | null | undefined
}

/**
 * The run's mentees and mentors with the places left to each mentor, and the ended pairs among them to exclude.
 *
 * @example
 * matchingPool([{ id: 'e1' }, { id: 'e2' }], [{ id: 'm1', capacity: 2 }], { open: new Map([['m1', 1], ['e2', 1]]), endedPairs: new Set(['e1#m1']) })
 * // { mentees: [{ id: 'e1' }], mentors: [{ id: 'm1', capacity: 1 }], exclusions: [{ menteeId: 'e1', mentorId: 'm1' }] }
 */
export function matchingPool<E extends PoolPerson, M extends PoolPerson>(
  mentees: readonly E[],
  mentors: readonly M[],
  duos: DuoPoolState,
  defaultCapacity = 1,
): { mentees: E[]; mentors: M[]; exclusions: { menteeId: string; mentorId: string }[] } {
  const freeMentees = mentees.filter((e) => (duos.open.get(e.id) ?? 0) === 0)
  const freeMentors: M[] = []
  for (const m of mentors) {
    const left = (m.capacity ?? defaultCapacity) - (duos.open.get(m.id) ?? 0)
    if (left > 0) freeMentors.push({ ...m, capacity: left })
  }
  const menteeIds = new Set(freeMentees.map((e) => e.id))
  const mentorIds = new Set(freeMentors.map((m) => m.id))
  const exclusions: { menteeId: string; mentorId: string }[] = []
  for (const key of duos.endedPairs) {
    const [menteeId, mentorId] = key.split('#') as [string, string]
    if (menteeIds.has(menteeId) && mentorIds.has(mentorId)) exclusions.push({ menteeId, mentorId })
  }
  return { mentees: freeMentees, mentors: freeMentors, exclusions }
}
