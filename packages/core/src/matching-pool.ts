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

/**
 * What a coordinator may limit a run's pool to (issue: "a programme's pool, optionally filtered by locality, sector or
 * coordinator"): people of these localities, of these sectors, screened by this coordinator. Each given part narrows
 * both sides; a part left out does not filter.
 */
export interface MatchingPoolFilter {
  /** Localities as people answered them (compared without case or accents). */
  localities?: string[]
  /** Sector codes of the programme's forms (the `sector` facet). */
  sectors?: string[]
  /** The user who held the person's screening interview. */
  coordinatorId?: string
}

/** What the filter reads of a person. */
export interface PoolCandidate {
  facets: { locality?: string | undefined; sector?: string | undefined }
  interview?: { interviewer: string } | undefined
}

const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase()

/**
 * Whether a person belongs to a run's pool as the coordinator limited it; every person when there is no filter.
 *
 * @example
 * const keep = inPoolFilter({ localities: ['Liège'], sectors: ['health'] })
 * keep({ facets: { locality: 'liege', sector: 'health' } }) // true
 * keep({ facets: { locality: 'Namur', sector: 'health' } }) // false
 */
export function inPoolFilter(filter: MatchingPoolFilter | null | undefined): (p: PoolCandidate) => boolean {
  if (!filter) return () => true
  const localities = filter.localities?.length ? new Set(filter.localities.map(folded)) : undefined
  const sectors = filter.sectors?.length ? new Set(filter.sectors) : undefined
  const coordinator = filter.coordinatorId
  return (p) =>
    (!localities || (p.facets.locality !== undefined && localities.has(folded(p.facets.locality)))) &&
    (!sectors || (p.facets.sector !== undefined && sectors.has(p.facets.sector))) &&
    (!coordinator || p.interview?.interviewer === coordinator)
}
