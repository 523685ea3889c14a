import type { AlternativeLoss, Assignment, MatchingInput, MatchingResult, MentorProfile, ScoreExplanation, UnmatchedMentee } from '../model/types'
import { validateMatchingInput } from '../model/validate'
import { explainPair, PairExplainer } from '../scoring/explain'
import { scorePairs, type ScoredPairs } from '../scoring/score-pairs'
import { DEFAULT_SHORT_ARC_LIMIT, forcedPairLosses, forgetForcedPairLossCaches } from '../solver/forced-pair-loss'
import { solveAssignment } from '../solver/solve-assignment'
import type { AssignmentSolution } from '../solver/types'

/** What {@link alternativeLosses} needs from a run; kept off the (plain, serialisable) result object. */
interface RunState {
  readonly input: MatchingInput
  readonly scored: ScoredPairs
  readonly solution: AssignmentSolution
  readonly poolIndexOf: ReadonlyMap<string, number>
  readonly mentorIndexOf: ReadonlyMap<string, number>
  readonly mentors: readonly MentorProfile[]
  readonly minScore: number
  readonly lockedMentor: ReadonlyMap<string, string>
}
const runStates = new WeakMap<MatchingResult, RunState>()

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The whole matching pipeline: features, hard constraints, scores with explanations, the optimal assignment with
 * mentor capacities, locks and exclusions, unmatched mentees with their reason, and the top-k alternatives.
 * People are processed in id order, so the same input always gives the same output.
 *
 * @example
 * const result = runMatching({
 *   criteria: [{ id: 'geo', kind: 'geo', weight: 8, mandatory: true, maxKm: 15 }, { id: 'sector', kind: 'categorical', field: 'sector', weight: 6 }],
 *   mentees: [{ id: 'e1', location: { lat: 50.85, lon: 4.35 }, values: { sector: 'IT' } }],
 *   mentors: [{ id: 'm1', location: { lat: 50.88, lon: 4.40 }, values: { sector: 'IT' } }],
 * })
 * result.assignments[0] // { menteeId: 'e1', mentorId: 'm1', score: 96.5, contributions: [...], locked: false }
 */
export function runMatching(input: MatchingInput): MatchingResult {
  const started = performance.now()
  validateMatchingInput(input)
  const objective = input.objective ?? 'max-score'
  const minScore = input.minScore ?? 0
  const topK = input.topK ?? 5
  const mentees = [...input.mentees].sort(byId)
  const mentors = [...input.mentors].sort(byId)
  const mentorIndexOf = new Map(mentors.map((p, j) => [p.id, j]))
  const lockedMentor = new Map((input.locks ?? []).map((l) => [l.menteeId, l.mentorId]))
  const pool = mentees.filter((p) => !lockedMentor.has(p.id))
  const poolIndexOf = new Map(pool.map((p, i) => [p.id, i]))
  const m = mentors.length
  const pairKey = (menteeId: string, mentorId: string) => {
    const i = poolIndexOf.get(menteeId)
    return i === undefined ? -1 : i * m + (mentorIndexOf.get(mentorId) as number)
  }
  const exclusions = new Set((input.exclusions ?? []).map((p) => pairKey(p.menteeId, p.mentorId)))
  const adjustments = new Map<number, { delta: number; note?: string }>()
  for (const a of input.adjustments ?? []) adjustments.set(pairKey(a.menteeId, a.mentorId), { delta: a.delta, ...(a.note !== undefined ? { note: a.note } : {}) })

  const scored = scorePairs(input.criteria, pool, mentors, exclusions, adjustments)
  const scoringDone = performance.now()

  const lockedLoad = new Int32Array(m)
  for (const mentorId of lockedMentor.values()) lockedLoad[mentorIndexOf.get(mentorId) as number]!++
  const capacity = Int32Array.from(scored.mentorOfCol, (j) => (mentors[j]!.capacity ?? 1) - (lockedLoad[j] as number))
  // Unless prepareLosses is false, the solver's final dual check (which reads every pair anyway) also builds the
  // short-arc index that loss requests use, so that no request has to scan all the pairs.
  const solution = solveAssignment({ graph: scored.graph, capacity, objective, minScore, ...(input.prepareLosses !== false ? { shortArcLimit: DEFAULT_SHORT_ARC_LIMIT } : {}) })
  const solvingDone = performance.now()

  const assignments: Assignment[] = []
  // Locked pairs are explained with the full criteria, on a scoring of just that pair (they bypass the constraints).
  for (const lock of [...(input.locks ?? [])].sort((a, b) => (a.menteeId < b.menteeId ? -1 : 1))) {
    const mentee = mentees.find((p) => p.id === lock.menteeId)!
    const mentor = mentors[mentorIndexOf.get(lock.mentorId) as number]!
    const single = scorePairs(input.criteria, [mentee], [mentor], new Set(), new Map())
    const adjustment = (input.adjustments ?? []).find((a) => a.menteeId === lock.menteeId && a.mentorId === lock.mentorId)
    assignments.push({ menteeId: lock.menteeId, locked: true, ...explainPair(input.criteria, single.encoded, 0, 0, mentor.id, adjustment) })
  }
  const unmatched: UnmatchedMentee[] = []
  const explainer = new PairExplainer(input.criteria, scored.encoded)
  const explain = (i: number, col: number): ScoreExplanation => {
    const j = scored.mentorOfCol[col] as number
    return explainer.explain(i, j, mentors[j]!.id, adjustments.get(i * m + j))
  }
  // The suggested pair is usually among the alternatives too: explained once, the same record is listed in both.
  const assignedExplanation = new Map<number, ScoreExplanation>()
  let totalScore = 0
  pool.forEach((mentee, i) => {
    const col = solution.assignment[i] as number
    if (col >= 0) {
      const explanation = explain(i, col)
      assignedExplanation.set(i, explanation)
      assignments.push({ menteeId: mentee.id, locked: false, ...explanation })
      return
    }
    unmatched.push(unmatchedReason(input, scored, i, mentee, m, minScore))
  })
  for (const a of assignments) totalScore += a.score
  assignments.sort((a, b) => (a.menteeId < b.menteeId ? -1 : a.menteeId > b.menteeId ? 1 : 0))

  const alternatives: Record<string, ScoreExplanation[]> = {}
  let acceptablePairs = 0
  if (topK > 0) {
    const best = new TopAlternatives(scored, topK, minScore)
    pool.forEach((mentee, i) => {
      const assignedCol = solution.assignment[i] as number
      alternatives[mentee.id] = best.of(i).map((col) => (col === assignedCol ? (assignedExplanation.get(i) as ScoreExplanation) : explain(i, col)))
    })
    acceptablePairs = best.acceptable
  } else {
    for (let e = 0; e < scored.graph.weight.length; e++) if ((scored.graph.weight[e] as number) >= minScore) acceptablePairs++
  }
  const used = new Int32Array(m)
  for (const a of assignments) used[mentorIndexOf.get(a.mentorId) as number]!++
  const mentorsWithCapacityLeft = mentors.filter((p, j) => (used[j] as number) < (p.capacity ?? 1)).map((p) => p.id)
  const finished = performance.now()
  const result: MatchingResult = {
    objective,
    assignments,
    unmatched,
    mentorsWithCapacityLeft,
    alternatives,
    totalScore: Math.round(totalScore * 10) / 10,
    stats: {
      candidatePairs: scored.candidatePairs,
      acceptablePairs,
      solverRounds: solution.rounds,
      ms: { scoring: scoringDone - started, solving: solvingDone - scoringDone, alternatives: finished - solvingDone, total: finished - started },
    },
  }
  runStates.set(result, { input, scored, solution, poolIndexOf, mentorIndexOf, mentors, minScore, lockedMentor })
  return result
}

/**
 * For one mentee, the exact loss of the whole assignment's objective if the coordinator chose each alternative
 * instead of the suggested mentor — from the optimal duals and alternating paths, without re-solving.
 * `mentorIds` defaults to the mentee's top-k alternatives from the run.
 *
 * @example
 * alternativeLosses(result, 'e1') // [{ mentorId: 'm1', score: 91, scoreLoss: 0, matchedLoss: 0, current: true }, ...]
 */
export function alternativeLosses(result: MatchingResult, menteeId: string, mentorIds?: readonly string[]): AlternativeLoss[] {
  const state = runStates.get(result)
  if (!state) throw new RangeError('result: not produced by runMatching in this process')
  if (state.lockedMentor.has(menteeId)) throw new RangeError(`menteeId: "${menteeId}" is locked; unlock it to compare alternatives`)
  const i = state.poolIndexOf.get(menteeId)
  if (i === undefined) throw new RangeError(`menteeId: unknown mentee "${menteeId}"`)
  const ids = mentorIds ?? (result.alternatives[menteeId] ?? []).map((a) => a.mentorId)
  const cols = ids.map((id, k) => {
    const j = state.mentorIndexOf.get(id)
    if (j === undefined) throw new RangeError(`mentorIds[${k}]: unknown mentor "${id}"`)
    return state.scored.colOfMentor[j] as number
  })
  const losses = forcedPairLosses(state.scored.graph, state.solution, i, cols, state.minScore)
  const bonus = state.solution.duals.matchBonus
  return ids.map((mentorId, k) => {
    const loss = losses[k] as number
    const col = cols[k] as number
    let score = Number.NaN
    for (let e = state.scored.graph.rowStart[i] as number; e < (state.scored.graph.rowStart[i + 1] as number); e++) if (state.scored.graph.col[e] === col) score = state.scored.graph.weight[e] as number
    const matchedLoss = bonus > 0 && Number.isFinite(loss) ? Math.round(loss / bonus) : 0
    return { mentorId, score, scoreLoss: Number.isNaN(loss) ? Number.NaN : loss - matchedLoss * bonus, matchedLoss, current: state.solution.assignment[i] === col }
  })
}

/**
 * Drops what {@link alternativeLosses} keeps with a result (its short-arc index, ~50 MB nationally, built on
 * demand): frees the memory, and the next request costs what the first one after the run did.
 *
 * @example
 * forgetAlternativeLossCaches(result)
 */
export function forgetAlternativeLossCaches(result: MatchingResult): void {
  const state = runStates.get(result)
  if (state) forgetForcedPairLossCaches(state.solution)
}

function unmatchedReason(input: MatchingInput, scored: ScoredPairs, i: number, mentee: { id: string; location?: unknown; locality?: string }, m: number, minScore: number): UnmatchedMentee {
  const hasGeo = input.criteria.some((c) => c.kind === 'geo')
  if (hasGeo && !mentee.location) return { menteeId: mentee.id, reason: 'unknown-locality', message: `locality ${mentee.locality ? `"${mentee.locality}" ` : ''}is unknown, so no distance can be measured` }
  if (m === 0) return { menteeId: mentee.id, reason: 'no-mentors', message: 'there are no mentors in the pool' }
  const from = scored.graph.rowStart[i] as number
  const to = scored.graph.rowStart[i + 1] as number
  if (to === from) {
    const counts: Record<string, number> = {}
    let mandatoryTotal = 0
    scored.mandatory.forEach((c, k) => {
      const n = scored.excludedBy[i * scored.mandatory.length + k] as number
      counts[c.id] = n
      mandatoryTotal += n
    })
    if (mandatoryTotal > 0 || (scored.excludedByCoordinator[i] as number) === 0) {
      const worst = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]
      return { menteeId: mentee.id, reason: 'mandatory-criteria', message: `every mentor fails a mandatory criterion${worst ? ` (most often "${worst[0]}": ${worst[1]} of ${m})` : ''}`, excludedBy: counts }
    }
    return { menteeId: mentee.id, reason: 'excluded-by-coordinator', message: 'every remaining mentor was excluded by the coordinator' }
  }
  let acceptable = 0
  for (let e = from; e < to; e++) if ((scored.graph.weight[e] as number) >= minScore) acceptable++
  if (acceptable === 0) return { menteeId: mentee.id, reason: 'below-min-score', message: `no mentor reaches the minimum score ${minScore}` }
  return { menteeId: mentee.id, reason: 'partners-taken', message: `${acceptable} acceptable mentor(s), all given to other mentees in the optimal assignment` }
}

/**
 * The k best acceptable columns of a row by score, ties broken by mentor id; buffers reused across rows. Counts the
 * acceptable pairs of the rows it saw on the way (`acceptable`), which spares the run a pass over every pair.
 */
class TopAlternatives {
  acceptable = 0
  private readonly edge: Int32Array
  private readonly weight: Float64Array
  private readonly rank: Int32Array

  constructor(
    private readonly scored: ScoredPairs,
    private readonly k: number,
    private readonly minScore: number,
  ) {
    this.edge = new Int32Array(k)
    this.weight = new Float64Array(k)
    this.rank = new Int32Array(k)
  }

  of(i: number): number[] {
    const { rowStart, col, weight } = this.scored.graph
    // Mentors are sorted by id, so the mentor index is the id rank: ties compare integers, not strings.
    const mentorOfCol = this.scored.mentorOfCol
    const k = this.k
    const minScore = this.minScore
    const bestEdge = this.edge
    const bestWeight = this.weight
    const bestRank = this.rank
    let kept = 0
    let acceptable = 0
    const end = rowStart[i + 1] as number
    for (let e = rowStart[i] as number; e < end; e++) {
      const w = weight[e] as number
      if (w < minScore) continue
      acceptable++
      const rank = mentorOfCol[col[e] as number] as number
      if (kept === k) {
        const lw = bestWeight[k - 1] as number
        if (w < lw || (w === lw && rank > (bestRank[k - 1] as number))) continue
      }
      let at = kept === k ? k - 1 : kept++
      while (at > 0) {
        const pw = bestWeight[at - 1] as number
        if (!(w > pw || (w === pw && rank < (bestRank[at - 1] as number)))) break
        bestWeight[at] = pw
        bestEdge[at] = bestEdge[at - 1] as number
        bestRank[at] = bestRank[at - 1] as number
        at--
      }
      bestWeight[at] = w
      bestEdge[at] = e
      bestRank[at] = rank
    }
    this.acceptable += acceptable
    return Array.from(bestEdge.subarray(0, kept), (e) => col[e] as number)
  }
}
