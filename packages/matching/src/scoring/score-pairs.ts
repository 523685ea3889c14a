import type { Criterion, MenteeProfile, MentorProfile } from '../model/types'
import type { PairGraph } from '../solver/types'
import { SpatialGrid } from '../geo/spatial-grid'
import { encodePeople, type EncodedPeople } from './encode'
import { compileCredit } from './evaluate'

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
  let grid: SpatialGrid | null = null
  let mentorOfCol: Int32Array
  if (geoIndex >= 0) {
    const located: number[] = []
    for (let j = 0; j < m; j++) if (encoded.mentorHasLocation[j] === 1) located.push(j)
    const maxKm = (criteria[geoIndex] as Criterion & { kind: 'geo' }).maxKm
    const gx = Float64Array.from(located, (j) => encoded.mentorX[j] as number)
    const gy = Float64Array.from(located, (j) => encoded.mentorY[j] as number)
    grid = new SpatialGrid(gx, gy, maxKm)
    mentorOfCol = new Int32Array(m)
    const placed = new Uint8Array(m)
    grid.members.forEach((p, k) => {
      mentorOfCol[k] = located[p] as number
      placed[located[p] as number] = 1
    })
    let k = located.length
    for (let j = 0; j < m; j++) if (placed[j] === 0) mentorOfCol[k++] = j
  } else mentorOfCol = Int32Array.from({ length: m }, (_, j) => j)
  const colOfMentor = new Int32Array(m)
  mentorOfCol.forEach((j, c) => (colOfMentor[j] = c))
  const mentorX = Float64Array.from(mentorOfCol, (j) => encoded.mentorX[j] as number)
  const mentorY = Float64Array.from(mentorOfCol, (j) => encoded.mentorY[j] as number)
  const mentorHasLocation = Uint8Array.from(mentorOfCol, (j) => encoded.mentorHasLocation[j] as number)
  const maxKm = geoIndex >= 0 ? (criteria[geoIndex] as Criterion & { kind: 'geo' }).maxKm : Infinity

  const rowStart = new Int32Array(n + 1)
  let cols = new Int32Array(1 << 16)
  let scores = new Float64Array(1 << 16)
  let count = 0
  let candidatePairs = 0
  const ranges = new Int32Array(18)
  const criterionCount = encs.length
  // Mandatory criteria first, so most failing pairs are rejected after one cheap test.
  const order = criteria.map((_, k) => k).sort((a, b) => Number(!criteria[b]!.mandatory) - Number(!criteria[a]!.mandatory) || a - b)
  const credits = order.map((k) => compileCredit(encs[k]!))
  const orderedWeights = Float64Array.from(order, (k) => weights[k] as number)
  const orderedMandatory = Int32Array.from(order, (k) => mandatoryIndex[k] as number)
  const mandatoryAtLeastZero = Uint8Array.from(order, (k) => (encs[k]!.kind === 'geo' || encs[k]!.kind === 'numeric' ? 1 : 0))

  for (let i = 0; i < n; i++) {
    const menteeLocated = encoded.menteeHasLocation[i] === 1
    const qx = encoded.menteeX[i] as number
    const qy = encoded.menteeY[i] as number
    let rangeCount = 0
    if (grid !== null) {
      if (menteeLocated) rangeCount = grid.blockRanges(qx, qy, ranges)
    } else {
      ranges[0] = 0
      ranges[1] = m
      rangeCount = 1
    }
    let inRadius = 0
    for (let r = 0; r < rangeCount; r++) {
      const end = ranges[2 * r + 1] as number
      for (let c = ranges[2 * r] as number; c < end; c++) {
        let distance = Infinity
        if (menteeLocated && mentorHasLocation[c] === 1) {
          const dx = (mentorX[c] as number) - qx
          const dy = (mentorY[c] as number) - qy
          distance = Math.sqrt(dx * dx + dy * dy)
        }
        if (distance > maxKm) continue
        inRadius++
        const j = mentorOfCol[c] as number
        let score = 0
        let failed = -1
        for (let k = 0; k < criterionCount; k++) {
          const credit = credits[k]!(i, j, distance)
          const mk = orderedMandatory[k] as number
          if (mk >= 0 && (mandatoryAtLeastZero[k] === 1 ? credit < 0 : credit <= 0)) {
            failed = mk
            break
          }
          if (credit > 0) score += credit * (orderedWeights[k] as number)
        }
        if (failed >= 0) {
          excludedBy[i * mandatoryCount + failed]!++
          continue
        }
        const key = i * m + j
        if (exclusions.has(key)) {
          excludedByCoordinator[i]!++
          continue
        }
        const adjustment = adjustments.get(key)
        if (adjustment !== undefined) score += adjustment.delta
        if (count === cols.length) {
          const grownCols = new Int32Array(cols.length * 2)
          grownCols.set(cols)
          cols = grownCols
          const grownScores = new Float64Array(scores.length * 2)
          grownScores.set(scores)
          scores = grownScores
        }
        cols[count] = c
        scores[count] = Math.min(100, Math.max(0, score))
        count++
      }
    }
    candidatePairs += grid !== null ? inRadius : m
    if (geoIndex >= 0) excludedBy[i * mandatoryCount + (mandatoryIndex[geoIndex] as number)]! += m - inRadius
    rowStart[i + 1] = count
  }
  return {
    graph: { rows: n, cols: m, rowStart, col: cols.slice(0, count), weight: scores.slice(0, count) },
    mentorOfCol,
    colOfMentor,
    encoded,
    candidatePairs,
    excludedBy,
    mandatory,
    excludedByCoordinator,
  }
}
