/**
 * After a proposal is refused or expires, or a first meeting is declined, the mentee is back in the pool: the
 * coordinator is offered the next mentors from the run the duo was proposed from, best first, leaving out what can no
 * longer be proposed — every pair that ended (this one included), pairs the coordinator excluded, mentors who left the
 * pool or have no place left. The losses stay those the run computed: they rank the alternatives as the run saw them.
 */
import type { DuoPoolState } from './matching-pool'

/** What the programme knows of a mentor the run offered: their capacity (own or the programme's) and whether they are still in the pool. */
export interface CandidateMentor {
  capacity: number
  ready: boolean
}

export interface NextAlternativesInput<A extends { mentorId: string }> {
  menteeId: string
  /** Whether the mentee is still in the pool (not withdrawn, not erased). */
  menteeReady: boolean
  /** The mentee's alternatives in the run, cheapest first. */
  alternatives: readonly A[]
  pool: DuoPoolState
  /** The run's mentors as they are now; a mentor missing here has left the programme. */
  mentors: ReadonlyMap<string, CandidateMentor>
  /** `menteeId#mentorId` of the pairs the coordinator excluded. */
  excludedPairs: ReadonlySet<string>
}

export type NextAlternativesOutcome<A> =
  | { status: 'suggested'; alternatives: (A & { placesLeft: number })[] }
  | { status: 'mentee-in-open-duo' | 'mentee-not-ready' | 'none-left'; alternatives: [] }

/**
 * The run's alternatives a coordinator can still propose to the mentee, in the run's order.
 *
 * @example
 * nextAlternatives({
 *   menteeId: 'e1', menteeReady: true, alternatives: [{ mentorId: 'm1' }, { mentorId: 'm2' }],
 *   pool: { open: new Map([['m2', 1]]), endedPairs: new Set(['e1#m1']) },
 *   mentors: new Map([['m1', { capacity: 1, ready: true }], ['m2', { capacity: 2, ready: true }]]), excludedPairs: new Set(),
 * })
 * // { status: 'suggested', alternatives: [{ mentorId: 'm2', placesLeft: 1 }] }
 */
export function nextAlternatives<A extends { mentorId: string }>(input: NextAlternativesInput<A>): NextAlternativesOutcome<A> {
  if ((input.pool.open.get(input.menteeId) ?? 0) > 0) return { status: 'mentee-in-open-duo', alternatives: [] }
  if (!input.menteeReady) return { status: 'mentee-not-ready', alternatives: [] }
  const offered: (A & { placesLeft: number })[] = []
  for (const a of input.alternatives) {
    const pair = `${input.menteeId}#${a.mentorId}`
    if (input.pool.endedPairs.has(pair) || input.excludedPairs.has(pair)) continue
    const mentor = input.mentors.get(a.mentorId)
    if (!mentor?.ready) continue
    const placesLeft = mentor.capacity - (input.pool.open.get(a.mentorId) ?? 0)
    if (placesLeft > 0) offered.push({ ...a, placesLeft })
  }
  return offered.length > 0 ? { status: 'suggested', alternatives: offered } : { status: 'none-left', alternatives: [] }
}
