import type { AssignmentDuals, PairGraph } from './graph'

/** Cost buckets per row: a counting sort by cost, fine enough to stop a row's scan early. */
export const COST_BUCKETS = 32

/**
 * Rounding margin of the pre-filter `w + max v > −limit − bonus − u`, which is the exact test `arc < limit`
 * rearranged: both sides are sums of a few doubles of magnitude at most `scale + |u|`, so their rounding errors are
 * a few units in 10⁻¹⁶ of that; 10⁻⁹ keeps every arc below the limit and lets through only arcs within a hair of it.
 */
export function prefilterMargin(scale: number, u: number): number {
  return 1e-9 * (scale + Math.abs(u))
}

/** The duals an index reads (a solution's, or the solver's before it wraps them up). */
export type ShortArcDuals = Pick<AssignmentDuals, 'rowDual' | 'slotDual' | 'slotStart' | 'matchBonus'>

/**
 * The residual arcs of an optimal solution that cost less than a limit — (row r, slot s) with reduced cost
 * −(w + bonus) − u_r − v_s — grouped by row and, within a row, into {@link COST_BUCKETS} buckets of equal cost width,
 * so a search can visit a row's arcs cheapest first and stop at the first bucket that cannot beat its best cycle.
 *
 * `solveAssignment` builds it inside its final dual check when asked (`shortArcLimit`): that pass already reads
 * every edge against the optimal duals, so each row's short arcs are bucketed there ({@link addRow}) from the ~200
 * edges the pass picks out, and a loss request never scans the graph. An index made afterwards ({@link shortArcIndex}
 * on a solution without one) indexes every row at once ({@link buildAll}, two passes over the edges); {@link row}
 * builds a missing row on demand all the same.
 *
 * @example
 * const index = new ShortArcIndex(graph, solution.duals, 20, 30)
 * const first = index.row(7) // bucket b of row 7: arcs index.bucketStart[first + b] .. index.bucketStart[first + b + 1] - 1
 */
export class ShortArcIndex {
  /** Per row, COST_BUCKETS + 1 offsets into `slot` / `cost`; −1 in the first one while the row is not indexed. */
  readonly bucketStart: Int32Array
  readonly bucketWidth: number
  slot: Int32Array
  cost: Float64Array
  private count = 0
  private readonly columnMaxDual: Float64Array
  private readonly scale: number
  /** The most slots any column has (its capacity). */
  private maxSlots = 1
  private rowSlot = new Int32Array(256)
  private rowCost = new Float64Array(256)
  private rowBucket = new Uint8Array(256)
  private readonly fill = new Int32Array(COST_BUCKETS)

  /** `maxAbsWeight`: the largest |weight| of the graph (for the rounding margin), computed here when not given. */
  constructor(
    private readonly graph: PairGraph,
    private readonly duals: ShortArcDuals,
    readonly minScore: number,
    readonly limit: number,
    maxAbsWeight?: number,
  ) {
    const { slotDual, slotStart, matchBonus } = duals
    this.bucketWidth = limit / COST_BUCKETS
    this.bucketStart = new Int32Array(graph.rows * (COST_BUCKETS + 1)).fill(-1)
    // Every slot of column c costs at least −(w + bonus) − u − max v over c's slots: most edges fail this one test.
    this.columnMaxDual = new Float64Array(graph.cols).fill(-Infinity)
    let maxAbsDual = 0
    for (let c = 0; c < graph.cols; c++) {
      this.maxSlots = Math.max(this.maxSlots, (slotStart[c + 1] as number) - (slotStart[c] as number))
      for (let s = slotStart[c] as number; s < (slotStart[c + 1] as number); s++) {
        this.columnMaxDual[c] = Math.max(this.columnMaxDual[c] as number, slotDual[s] as number)
        maxAbsDual = Math.max(maxAbsDual, Math.abs(slotDual[s] as number))
      }
    }
    // The rearranged column test is only a pre-filter: a margin keeps rounding from dropping an arc just under the
    // limit (the exact per-slot test `arc < limit` decides, and the searches rely on exactly that split).
    let maxWeight = maxAbsWeight ?? 0
    if (maxAbsWeight === undefined) for (let e = 0; e < graph.weight.length; e++) maxWeight = Math.max(maxWeight, Math.abs(graph.weight[e] as number))
    this.scale = 1 + Math.abs(limit) + Math.abs(matchBonus) + maxWeight + maxAbsDual
    this.slot = new Int32Array(1 << 12)
    this.cost = new Float64Array(this.slot.length)
  }

  /** The pre-filter threshold of row r: an edge may have an arc below the limit only if w + max v exceeds it. */
  threshold(r: number): number {
    const u = this.duals.rowDual[r] as number
    return -this.limit - this.duals.matchBonus - u - prefilterMargin(this.scale, u)
  }

  /** The largest slot dual of each column (read-only). */
  get columnMaxDuals(): Float64Array {
    return this.columnMaxDual
  }

  /** Indexes every row not yet indexed, after sizing the arrays from a counting pass (no regrowth, no copies). */
  buildAll(): this {
    const { slotStart } = this.duals
    const { rowStart, col, weight } = this.graph
    let upper = this.count
    for (let r = 0; r < this.graph.rows; r++) {
      if ((this.bucketStart[r * (COST_BUCKETS + 1)] as number) >= 0) continue
      const threshold = this.threshold(r)
      const end = rowStart[r + 1] as number
      for (let e = rowStart[r] as number; e < end; e++) {
        const w = weight[e] as number
        const c = col[e] as number
        if (w >= this.minScore && w + (this.columnMaxDual[c] as number) > threshold) upper += (slotStart[c + 1] as number) - (slotStart[c] as number)
      }
    }
    if (upper > this.slot.length) this.growPool(upper)
    for (let r = 0; r < this.graph.rows; r++) this.row(r)
    return this
  }

  /** Indexes row r if needed and returns the position of its first bucket offset in {@link bucketStart}. */
  row(r: number): number {
    const first = r * (COST_BUCKETS + 1)
    if ((this.bucketStart[first] as number) < 0) this.addRow(r, this.graph.col, this.graph.weight, this.graph.rowStart[r] as number, this.graph.rowStart[r + 1] as number)
    return first
  }

  /**
   * Indexes row r from the edges `start .. end - 1` of `cols` / `weights`: the row's own edges, or any subset of
   * them holding every edge with an arc below the limit (the solver passes the ones its pass picked out).
   */
  addRow(r: number, cols: Int32Array, weights: Float64Array, start: number, end: number): void {
    const { rowDual, slotDual, slotStart, matchBonus } = this.duals
    const first = r * (COST_BUCKETS + 1)
    const limit = this.limit
    const minScore = this.minScore
    const columnMaxDual = this.columnMaxDual
    const u = rowDual[r] as number
    const threshold = this.threshold(r)
    // Room for every slot of every edge up front, so the loop below keeps its arrays in locals.
    if ((end - start) * this.maxSlots > this.rowSlot.length) this.growRowBuffers((end - start) * this.maxSlots)
    const rowSlot = this.rowSlot
    const rowCost = this.rowCost
    const rowBucket = this.rowBucket
    const width = this.bucketWidth
    const perWidth = COST_BUCKETS / limit
    const fill = this.fill
    fill.fill(0)
    let n = 0
    for (let e = start; e < end; e++) {
      const w = weights[e] as number
      const c = cols[e] as number
      // −(w + bonus) − u − max v < limit  ⇔  w + max v > −limit − bonus − u (with the margin above).
      if (!(w >= minScore && w + (columnMaxDual[c] as number) > threshold)) continue
      const base = -(w + matchBonus) - u
      const slotEnd = slotStart[c + 1] as number
      for (let s = slotStart[c] as number; s < slotEnd; s++) {
        const arc = base - (slotDual[s] as number)
        if (!(arc < limit)) continue
        const scaled = (arc * perWidth) | 0
        let bucket = scaled < 0 ? 0 : scaled >= COST_BUCKETS ? COST_BUCKETS - 1 : scaled
        // The searches rely on every arc of bucket b costing at least b × width: guard against rounding up.
        while (bucket > 0 && arc < bucket * width) bucket--
        rowSlot[n] = s
        rowCost[n] = arc
        rowBucket[n] = bucket
        fill[bucket]!++
        n++
      }
    }
    if (this.count + n > this.slot.length) this.growPool(this.count + n, r)
    const bucketStart = this.bucketStart
    // Counting sort into buckets: offsets first, then each arc to its bucket's next position.
    let at = this.count
    for (let b = 0; b < COST_BUCKETS; b++) {
      bucketStart[first + b] = at
      const size = fill[b] as number
      fill[b] = at
      at += size
    }
    bucketStart[first + COST_BUCKETS] = at
    const slot = this.slot
    const cost = this.cost
    for (let k = 0; k < n; k++) {
      const position = fill[rowBucket[k] as number]!++
      slot[position] = rowSlot[k] as number
      cost[position] = rowCost[k] as number
    }
    this.count = at
  }

  private growRowBuffers(needed: number): void {
    const size = Math.max(needed, this.rowSlot.length * 2)
    this.rowSlot = new Int32Array(size)
    this.rowCost = new Float64Array(size)
    this.rowBucket = new Uint8Array(size)
  }

  /** Grows the pool to at least `needed`; past a twentieth of the rows, to the size the rows so far project. */
  private growPool(needed: number, row?: number): void {
    const rows = this.graph.rows
    const projected = row !== undefined && row >= rows / 20 ? Math.ceil((needed / (row + 1)) * rows * 1.1) : 0
    const size = Math.max(needed, projected || this.slot.length * 2)
    const slot = new Int32Array(size)
    slot.set(this.slot.subarray(0, this.count))
    this.slot = slot
    const cost = new Float64Array(size)
    cost.set(this.cost.subarray(0, this.count))
    this.cost = cost
  }
}

/** What the index needs of a solution (an `AssignmentSolution` is one). */
interface SolvedAssignment {
  readonly duals: AssignmentDuals
  readonly shortArcs?: ShortArcIndex
}

const cache = new WeakMap<SolvedAssignment, ShortArcIndex>()

/**
 * The index of a solution for a minimum score and limit, built on first use and kept with the solution.
 *
 * @example
 * const index = shortArcIndex(graph, solution, 20, 30)
 */
export function shortArcIndex(graph: PairGraph, solution: SolvedAssignment, minScore: number, limit: number): ShortArcIndex {
  const hit = cache.get(solution)
  if (hit && hit.limit === limit && hit.minScore === minScore) return hit
  const built = solution.shortArcs
  // The solver's index, when it was built for this limit and minimum score (its arcs are exactly this index's).
  // Otherwise every row at once: a search reaches most rows, and one pass (sized by a counting pass) beats
  // building them one by one.
  const index = built && built.limit === limit && built.minScore === minScore ? built : new ShortArcIndex(graph, solution.duals, minScore, limit).buildAll()
  cache.set(solution, index)
  return index
}

/**
 * Forgets an index built after the solve for a solution (the solver's own index stays with the solution).
 *
 * @example
 * forgetShortArcIndex(solution)
 */
export function forgetShortArcIndex(solution: SolvedAssignment): void {
  cache.delete(solution)
}
