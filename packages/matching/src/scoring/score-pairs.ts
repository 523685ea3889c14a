import type { Criterion, MenteeProfile, MentorProfile } from '../model/types'
import type { PairGraph } from '../solver/types'
import { encodePeople, type EncodedPeople } from './encode'
import { applyCredits, CandidateBatch, compileBatchCredit, compileBatchPoints } from './candidate-batch'
import { groupMentorsByPlace, menteeNeighbourhoods } from './mentor-places'

/** A per-pair bonus/malus, keyed by `menteeIndex * mentorCount + mentorIndex`. */
export type AdjustmentTable = ReadonlyMap<number, { readonly delta: number; readonly note?: string }>

/** Output of {@link scorePairs}: the acceptable pairs as a graph plus what excluded the others, per mentee. */
export interface ScoredPairs {
  /** Rows are mentees; columns are mentors in `mentorOfCol` order; weights are final scores (0–100). */
  readonly graph: PairGraph
  readonly mentorOfCol: Int32Array
  readonly colOfMentor: Int32Array
  readonly encoded: EncodedPeople
  /** Pairs looked at (inside the geographic radius when geography is mandatory, otherwise all). */
  readonly candidatePairs: number
  /** `excludedBy[i * mandatory.length + m]`: mentors excluded for mentee i by mandatory criterion m (first failing). */
  readonly excludedBy: Int32Array
  readonly mandatory: readonly Criterion[]
  /** Mentors excluded for mentee i by the coordinator (exclusion list). */
  readonly excludedByCoordinator: Int32Array
}

/**
 * Scores every acceptable (mentee, mentor) pair. When a geographic criterion is mandatory, candidates come from a
 * spatial grid with cells of the maximum distance, so only neighbours are ever looked at — never all pairs.
 *
 * @example
 * const scored = scorePairs(criteria, mentees, mentors, new Set(), new Map())
 * scored.graph.rowStart[1] // number of acceptable mentors of the first mentee
 */
export function scorePairs(
  criteria: readonly Criterion[],
  mentees: readonly MenteeProfile[],
  mentors: readonly MentorProfile[],
  exclusions: ReadonlySet<number>,
  adjustments: AdjustmentTable,
): ScoredPairs {
  const encoded = encodePeople(criteria, mentees, mentors)
  const n = mentees.length
  const m = mentors.length
  const weightSum = criteria.reduce((s, c) => s + c.weight, 0)
  const scale = weightSum > 0 ? 100 / weightSum : 0
  const encs = encoded.criteria
  const weights = Float64Array.from(criteria, (c) => c.weight * scale)
  const mandatoryIndex = Int32Array.from(criteria, () => -1)
  const mandatory: Criterion[] = []
  criteria.forEach((c, k) => {
    if (c.mandatory) mandatoryIndex[k] = mandatory.push(c) - 1
  })
  const mandatoryCount = mandatory.length
  const geoIndex = criteria.findIndex((c) => c.kind === 'geo' && c.mandatory)
  const excludedBy = new Int32Array(n * mandatoryCount)
  const excludedByCoordinator = new Int32Array(n)

  // Columns follow the grid's order so that each mentee's neighbours come out already sorted by column.
  const maxKm = geoIndex >= 0 ? (criteria[geoIndex] as Criterion & { kind: 'geo' }).maxKm : Infinity
  const places = geoIndex >= 0 ? groupMentorsByPlace(encoded.mentorX, encoded.mentorY, encoded.mentorHasLocation, maxKm) : null
  const mentorOfCol = places ? places.mentorOfCol : Int32Array.from({ length: m }, (_, j) => j)
  const colOfMentor = new Int32Array(m)
  mentorOfCol.forEach((j, c) => (colOfMentor[j] = c))
  const mentorX = Float64Array.from(mentorOfCol, (j) => encoded.mentorX[j] as number)
  const mentorY = Float64Array.from(mentorOfCol, (j) => encoded.mentorY[j] as number)
  const mentorHasLocation = Uint8Array.from(mentorOfCol, (j) => encoded.mentorHasLocation[j] as number)

  const hoods = places ? menteeNeighbourhoods(places, encoded.menteeX, encoded.menteeY, encoded.menteeHasLocation, maxKm) : null
  // Every pair kept is a candidate: allocate the output once, at the number of candidates (an upper bound).
  let capacity = 0
  for (let i = 0; i < n; i++) {
    if (hoods === null) capacity += m
    else if ((hoods.ofMentee[i] as number) >= 0) capacity += (hoods.start[(hoods.ofMentee[i] as number) + 1] as number) - (hoods.start[hoods.ofMentee[i] as number] as number)
  }
  const rowStart = new Int32Array(n + 1)
  const cols = new Int32Array(capacity)
  const scores = new Float64Array(capacity)
  let count = 0
  let candidatePairs = 0
  // Mandatory criteria first, so most failing pairs are dropped before the others are even looked at.
  const order = criteria.map((_, k) => k).sort((a, b) => Number(!criteria[b]!.mandatory) - Number(!criteria[a]!.mandatory) || a - b)
  const creditsInOrder = order.map((k) => compileBatchCredit(encs[k]!))
  // Non-mandatory criteria add their points in the same pass that computes them (no separate credit array pass).
  const pointsInOrder = order.map((k) => (mandatoryIndex[k] === -1 ? compileBatchPoints(encs[k]!, weights[k] as number) : null))
  // A mandatory geographic or numeric criterion passes at credit 0 (e.g. exactly at the distance limit).
  const failsBelowZero = Uint8Array.from(order, (k) => (encs[k]!.kind === 'geo' || encs[k]!.kind === 'numeric' ? 1 : 0))
  const orderedWeights = Float64Array.from(order, (k) => weights[k] as number)
  const orderedMandatory = Int32Array.from(order, (k) => mandatoryIndex[k] as number)
  const coordinator = coordinatorEntriesByMentee(exclusions, adjustments, n, m)
  const batch = new CandidateBatch()
  // A criterion that weighs nothing and is not mandatory cannot change a score: skip it.
  const skip = Uint8Array.from(order, (k) => (weights[k] === 0 && mandatoryIndex[k] === -1 ? 1 : 0))
  // Geography depends on the place only: when it is applied first (mandatory geography, all neighbours within
  // range), its points are computed once per neighbourhood entry and loaded as the starting scores.
  let geoPoints: Float64Array | undefined
  if (hoods !== null && order[0] === geoIndex) {
    batch.load(hoods.col, hoods.mentor, hoods.distance, 0, hoods.col.length)
    creditsInOrder[0]!(0, batch)
    applyCredits(batch, orderedWeights[0] as number, false, true)
    geoPoints = batch.score.slice(0, hoods.col.length)
    skip[0] = 1
  }

  for (let i = 0; i < n; i++) {
    const menteeLocated = encoded.menteeHasLocation[i] === 1
    const qx = encoded.menteeX[i] as number
    const qy = encoded.menteeY[i] as number
    if (hoods !== null) {
      // The neighbourhood of the mentee's place, shared by everyone living there.
      const h = hoods.ofMentee[i] as number
      const from = h >= 0 ? (hoods.start[h] as number) : 0
      const to = h >= 0 ? (hoods.start[h + 1] as number) : 0
      batch.load(hoods.col, hoods.mentor, hoods.distance, from, to, geoPoints)
    } else {
      batch.reset(m)
      for (let c = 0; c < m; c++) {
        let distance = Infinity
        if (menteeLocated && mentorHasLocation[c] === 1) {
          const dx = (mentorX[c] as number) - qx
          const dy = (mentorY[c] as number) - qy
          distance = Math.sqrt(dx * dx + dy * dy)
        }
        batch.push(c, c, distance)
      }
    }
    const inRadius = batch.count
    for (let k = 0; k < creditsInOrder.length && batch.count > 0; k++) {
      if (skip[k] === 1) continue
      const mk = orderedMandatory[k] as number
      const addPoints = pointsInOrder[k]
      if (addPoints) {
        addPoints(i, batch)
        continue
      }
      creditsInOrder[k]!(i, batch)
      const removed = applyCredits(batch, orderedWeights[k] as number, mk >= 0, failsBelowZero[k] === 1)
      if (removed > 0) excludedBy[i * mandatoryCount + mk]! += removed
    }
    const own = coordinator.get(i)
    const kept = batch.count
    const { col: batchCol, score: batchScore, mentor: batchMentor } = batch
    if (own === undefined) {
      for (let t = 0; t < kept; t++) {
        cols[count] = batchCol[t] as number
        scores[count] = Math.min(100, Math.max(0, batchScore[t] as number))
        count++
      }
    } else {
      for (let t = 0; t < kept; t++) {
        let score = batchScore[t] as number
        const entry = own.get(batchMentor[t] as number)
        if (entry === 'excluded') {
          excludedByCoordinator[i]!++
          continue
        }
        if (entry !== undefined) score += entry.delta
        cols[count] = batchCol[t] as number
        scores[count] = Math.min(100, Math.max(0, score))
        count++
      }
    }
    candidatePairs += hoods !== null ? inRadius : m
    if (geoIndex >= 0) excludedBy[i * mandatoryCount + (mandatoryIndex[geoIndex] as number)]! += m - inRadius
    rowStart[i + 1] = count
  }
  return {
    graph: { rows: n, cols: m, rowStart, col: cols.subarray(0, count), weight: scores.subarray(0, count) },
    mentorOfCol,
    colOfMentor,
    encoded,
    candidatePairs,
    excludedBy,
    mandatory,
    excludedByCoordinator,
  }
}

/**
 * The coordinator's exclusions and adjustments grouped by mentee (keys are `menteeIndex * mentorCount + mentorIndex`),
 * so that scoring consults them only for the few mentees that have any instead of hashing every pair.
 */
function coordinatorEntriesByMentee(
  exclusions: ReadonlySet<number>,
  adjustments: AdjustmentTable,
  n: number,
  m: number,
): Map<number, Map<number, 'excluded' | { readonly delta: number }>> {
  const byMentee = new Map<number, Map<number, 'excluded' | { readonly delta: number }>>()
  const entryFor = (key: number) => {
    const i = Math.floor(key / m)
    let own = byMentee.get(i)
    if (!own) byMentee.set(i, (own = new Map()))
    return { own, j: key - i * m }
  }
  const valid = (key: number) => Number.isInteger(key) && key >= 0 && key < n * m
  for (const [key, adjustment] of adjustments) {
    if (!valid(key)) continue
    const { own, j } = entryFor(key)
    own.set(j, adjustment)
  }
  // An exclusion wins over an adjustment of the same pair: the pair is never proposed.
  for (const key of exclusions) {
    if (!valid(key)) continue
    const { own, j } = entryFor(key)
    own.set(j, 'excluded')
  }
  return byMentee
}
