import type { AssignmentSolution, PairGraph } from './types'

/** Cost buckets per row: a counting sort by cost, fine enough to stop a row's scan early. */
export const COST_BUCKETS = 32

/**
 * The residual arcs of an optimal solution that cost less than a limit — (row r, slot s) with reduced cost
 * −(w + bonus) − u_r − v_s — grouped by row and, within a row, into {@link COST_BUCKETS} buckets of equal cost width,
 * so a search can visit a row's arcs cheapest first and stop at the first bucket that cannot beat its best cycle.
 *
 * {@link shortArcIndex} indexes every row when a solution's first loss request comes (two passes over its edges,
 * about half a second for a national pool), so that every later request is fast; {@link row} builds a missing row on
 * demand all the same, which keeps the index correct whichever rows are asked for.
 *
 * @example
 * const index = new ShortArcIndex(graph, solution, 20, 30)
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
  private readonly margin: number
  private rowSlot = new Int32Array(256)
  private rowCost = new Float64Array(256)
  private rowBucket = new Uint8Array(256)
  private readonly fill = new Int32Array(COST_BUCKETS)

  constructor(
    private readonly graph: PairGraph,
    private readonly solution: AssignmentSolution,
    readonly minScore: number,
    readonly limit: number,
  ) {
    const { slotDual, slotStart, matchBonus } = solution.duals
    this.bucketWidth = limit / COST_BUCKETS
    this.bucketStart = new Int32Array(graph.rows * (COST_BUCKETS + 1)).fill(-1)
    // Every slot of column c costs at least −(w + bonus) − u − max v over c's slots: most edges fail this one test.
    this.columnMaxDual = new Float64Array(graph.cols).fill(-Infinity)
    for (let c = 0; c < graph.cols; c++) {
      for (let s = slotStart[c] as number; s < (slotStart[c + 1] as number); s++) this.columnMaxDual[c] = Math.max(this.columnMaxDual[c] as number, slotDual[s] as number)
    }
    // The rearranged column test is only a pre-filter: a margin keeps rounding from dropping an arc just under the
    // limit (the exact per-slot test `arc < limit` decides, and the searches rely on exactly that split).
    this.margin = 1e-7 * (1 + Math.abs(limit) + Math.abs(matchBonus))
    this.slot = new Int32Array(1 << 12)
    this.cost = new Float64Array(this.slot.length)
  }

  /** Indexes every row not yet indexed, after sizing the arrays from a counting pass (no regrowth, no copies). */
  buildAll(): this {
    const { rowDual, slotStart, matchBonus } = this.solution.duals
    const { rowStart, col, weight } = this.graph
    let upper = this.count
    for (let r = 0; r < this.graph.rows; r++) {
      if ((this.bucketStart[r * (COST_BUCKETS + 1)] as number) >= 0) continue
      const u = rowDual[r] as number
      const threshold = -this.limit - matchBonus - u - this.margin * (1 + Math.abs(u))
      const end = rowStart[r + 1] as number
      for (let e = rowStart[r] as number; e < end; e++) {
        const w = weight[e] as number
        const c = col[e] as number
        if (w >= this.minScore && w + (this.columnMaxDual[c] as number) > threshold) upper += (slotStart[c + 1] as number) - (slotStart[c] as number)
      }
    }
    if (upper > this.slot.length) this.growPool(upper, upper)
    for (let r = 0; r < this.graph.rows; r++) this.row(r)
    return this
  }

  /** Indexes row r if needed and returns the position of its first bucket offset in {@link bucketStart}. */
  row(r: number): number {
    const first = r * (COST_BUCKETS + 1)
    if ((this.bucketStart[first] as number) < 0) this.build(r, first)
    return first
  }

  private build(r: number, first: number): void {
    const { rowDual, slotDual, slotStart, matchBonus } = this.solution.duals
    const { rowStart, col, weight } = this.graph
    const limit = this.limit
    const u = rowDual[r] as number
    const threshold = -limit - matchBonus - u - this.margin * (1 + Math.abs(u))
    const fill = this.fill
    fill.fill(0)
    let n = 0
    const end = rowStart[r + 1] as number
    for (let e = rowStart[r] as number; e < end; e++) {
      const w = weight[e] as number
      const c = col[e] as number
      // −(w + bonus) − u − max v < limit  ⇔  w + max v > −limit − bonus − u (with the margin above).
      if (!(w >= this.minScore && w + (this.columnMaxDual[c] as number) > threshold)) continue
      const base = -(w + matchBonus) - u
      for (let s = slotStart[c] as number; s < (slotStart[c + 1] as number); s++) {
        const arc = base - (slotDual[s] as number)
        if (!(arc < limit)) continue
        if (n === this.rowSlot.length) this.growRowBuffers()
        const scaled = (arc / this.bucketWidth) | 0
        let bucket = scaled < 0 ? 0 : scaled >= COST_BUCKETS ? COST_BUCKETS - 1 : scaled
        // The searches rely on every arc of bucket b costing at least b × width: guard against rounding up.
        while (bucket > 0 && arc < bucket * this.bucketWidth) bucket--
        this.rowSlot[n] = s
        this.rowCost[n] = arc
        this.rowBucket[n] = bucket
        fill[bucket]!++
        n++
      }
    }
    if (this.count + n > this.slot.length) this.growPool(this.count + n)
    // Counting sort into buckets: offsets first, then each arc to its bucket's next position.
    let at = this.count
    for (let b = 0; b < COST_BUCKETS; b++) {
      this.bucketStart[first + b] = at
      const size = fill[b] as number
      fill[b] = at
      at += size
    }
    this.bucketStart[first + COST_BUCKETS] = at
    for (let k = 0; k < n; k++) {
      const position = fill[this.rowBucket[k] as number]!++
      this.slot[position] = this.rowSlot[k] as number
      this.cost[position] = this.rowCost[k] as number
    }
    this.count = at
  }

  private growRowBuffers(): void {
    const size = this.rowSlot.length * 2
    const slot = new Int32Array(size)
    slot.set(this.rowSlot)
    this.rowSlot = slot
    const cost = new Float64Array(size)
    cost.set(this.rowCost)
    this.rowCost = cost
    const bucket = new Uint8Array(size)
    bucket.set(this.rowBucket)
    this.rowBucket = bucket
  }

  private growPool(needed: number, exactly?: number): void {
    const size = exactly ?? Math.max(needed, this.slot.length * 2)
    const slot = new Int32Array(size)
    slot.set(this.slot.subarray(0, this.count))
    this.slot = slot
    const cost = new Float64Array(size)
    cost.set(this.cost.subarray(0, this.count))
    this.cost = cost
  }
}

const cache = new WeakMap<AssignmentSolution, ShortArcIndex>()

/**
 * The index of a solution for a minimum score and limit, built on first use and kept with the solution.
 *
 * @example
 * const index = shortArcIndex(graph, solution, 20, 30)
 */
export function shortArcIndex(graph: PairGraph, solution: AssignmentSolution, minScore: number, limit: number): ShortArcIndex {
  const hit = cache.get(solution)
  if (hit && hit.limit === limit && hit.minScore === minScore) return hit
  // Built whole on first use: predictable later requests beat spreading the build over the first few of them.
  const index = new ShortArcIndex(graph, solution, minScore, limit).buildAll()
  cache.set(solution, index)
  return index
}
