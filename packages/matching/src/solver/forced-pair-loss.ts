import { MinHeap } from './min-heap'
import { COST_BUCKETS, forgetShortArcIndex, shortArcIndex, type ShortArcIndex } from './short-arc-index'
import type { AssignmentSolution, PairGraph } from './types'

/** Options of {@link forcedPairLosses}; tuning only, the figures are exact whatever the values. */
export interface ForcedPairLossOptions {
  /**
   * Arcs of reduced cost below this limit are indexed by cost per row (see `ShortArcIndex`); the others are read only
   * while they could still beat the best cycle found (default 30 score points: most losses are a few points).
   */
  readonly shortArcLimit?: number
}

/** The default of {@link ForcedPairLossOptions.shortArcLimit}; `runMatching` has the solver list candidates for it. */
export const DEFAULT_SHORT_ARC_LIMIT = 30

/**
 * Exact loss of the optimal objective (total weight, including the max-matched bonus) if row `row` were forced onto
 * each of `cols`, computed from the optimal duals and alternating paths — no re-solve.
 *
 * In flow terms, forcing (i, j) adds the cycle i → slot of j → … → i's old slot → i to the optimal flow. Its cheapest
 * completion is a shortest path in the residual graph (reduced costs under the optimal duals, all ≥ 0) from the
 * chosen slot of j back to i's old slot (or to the outside node when i was unmatched). The outside node stands for
 * free capacity and "unmatched": a displaced row may drop out (cost −u), a free slot may absorb a row, an occupied
 * slot may be vacated (cost −v) and an unmatched row may come in. One Dijkstra per alternative, stopping at the
 * target.
 *
 * Speed: a national pool has ~1,000 partners per row, but arcs are non-negative, so from a node at distance d an
 * arc of cost ≥ L cannot beat a cycle shorter than d + L. The residual arcs cheaper than L are indexed per row the
 * first time a search expands it, bucketed by cost: a row's scan stops at the first bucket that cannot beat the best
 * cycle found, and the row's other arcs are read only while d + L is below the best cycle. Exact for any L.
 * Returns NaN for a column that is not an allowed partner of the row.
 *
 * @example
 * const losses = forcedPairLosses(graph, solution, 3, [7, 12]) // Float64Array [0, 4.5]
 */
export function forcedPairLosses(graph: PairGraph, solution: AssignmentSolution, row: number, cols: readonly number[], minScore = -Infinity, options: ForcedPairLossOptions = {}): Float64Array {
  const limit = options.shortArcLimit ?? DEFAULT_SHORT_ARC_LIMIT
  const { rowDual, matchBonus } = solution.duals
  const out = new Float64Array(cols.length)
  const search = new CycleSearch(graph, solution, minScore, row)
  let short: ShortArcIndex | null = null
  cols.forEach((column, k) => {
    const weight = weightOf(graph, row, column)
    if (Number.isNaN(weight) || weight < minScore) {
      out[k] = Number.NaN
      return
    }
    if (solution.assignment[row] === column) {
      out[k] = 0
      return
    }
    const forced = -(weight + matchBonus) - (rowDual[row] as number)
    short ??= shortArcIndex(graph, solution, minScore, limit)
    out[k] = Math.max(0, search.run(forced, column, short))
  })
  return out
}

/**
 * Drops what loss requests keep with a solution (its short-arc index and outside moves): frees the memory, and the
 * next request starts as right after the solve.
 *
 * @example
 * forgetForcedPairLossCaches(solution)
 */
export function forgetForcedPairLossCaches(solution: AssignmentSolution): void {
  forgetShortArcIndex(solution)
  entriesCache.delete(solution)
}

/** One Dijkstra search's state, reused across the alternatives of one row. */
class CycleSearch {
  private readonly dist: Float64Array
  private readonly done: Uint8Array
  private readonly touched: Int32Array
  private touchedCount = 0
  private readonly heap = new MinHeap(256)
  private readonly outside: number
  private readonly target: number
  private best = Infinity
  private entries: OutsideEntries | null = null

  constructor(
    private readonly graph: PairGraph,
    private readonly solution: AssignmentSolution,
    private readonly minScore: number,
    private readonly row: number,
  ) {
    const slots = solution.duals.slotDual.length
    this.outside = slots
    const ownSlot = solution.duals.slotOfRow[row] as number
    this.target = ownSlot >= 0 ? ownSlot : slots
    this.dist = new Float64Array(slots + 1).fill(Infinity)
    this.done = new Uint8Array(slots + 1)
    this.touched = new Int32Array(slots + 1)
  }

  /**
   * Length of the cheapest cycle closing the forced pair (row → a slot of `column`, reduced cost `forced`). Arcs
   * cheaper than `limit` come from the index; a row's other arcs are scanned only while they could still beat the
   * best cycle found (distance + limit < best), so the result is exact whatever the limit.
   */
  run(forced: number, column: number, short: ShortArcIndex): number {
    const limit = short.limit
    const { dist, done, heap, outside } = this
    const { slotDual, slotStart, rowOfSlot, rowDual, matchBonus } = this.solution.duals
    for (let k = 0; k < this.touchedCount; k++) {
      const node = this.touched[k] as number
      dist[node] = Infinity
      done[node] = 0
    }
    this.touchedCount = 0
    heap.clear()
    this.best = Infinity
    for (let s = slotStart[column] as number; s < (slotStart[column + 1] as number); s++) this.reach(s, forced - (slotDual[s] as number))
    const { rowStart, col, weight } = this.graph
    const minScore = this.minScore
    while (heap.size > 0) {
      const d = heap.peekKey()
      const node = heap.peekItem()
      heap.pop()
      if (d >= this.best) break
      if (done[node] === 1 || d !== dist[node]) continue
      done[node] = 1
      if (node === outside) {
        this.entries ??= cachedOutsideEntries(this.graph, this.solution, minScore)
        const entries = this.entries
        for (let e = 0; e < entries.cost.length; e++) {
          const c = d + (entries.cost[e] as number)
          if (c >= this.best) break
          if (entries.row[e] === this.row) continue
          this.reach(entries.slot[e] as number, c)
        }
        continue
      }
      const displaced = rowOfSlot[node] as number
      if (displaced === -1) {
        this.reach(outside, d)
        continue
      }
      const ud = rowDual[displaced] as number
      this.reach(outside, d - ud)
      // Cheapest bucket first; a bucket whose lower bound cannot beat the best cycle ends the scan.
      const first = short.row(displaced)
      const { bucketStart, bucketWidth, slot, cost } = short
      for (let b = 0; b < COST_BUCKETS; b++) {
        const from = bucketStart[first + b] as number
        const to = bucketStart[first + b + 1] as number
        if (from === to) continue
        if (d + b * bucketWidth >= this.best) break
        for (let a = from; a < to; a++) {
          const s = slot[a] as number
          if (s !== node && done[s] === 0) this.reach(s, d + (cost[a] as number))
        }
      }
      // Arcs of at least `limit` (not in the index) matter only while d + limit can beat the best cycle.
      if (!(d + limit < this.best)) continue
      const end = rowStart[displaced + 1] as number
      for (let e = rowStart[displaced] as number; e < end; e++) {
        const w = weight[e] as number
        if (w < minScore) continue
        const c = col[e] as number
        const base = -(w + matchBonus) - ud
        for (let s = slotStart[c] as number; s < (slotStart[c + 1] as number); s++) {
          const arc = base - (slotDual[s] as number)
          if (arc < limit) continue
          if (s !== node && done[s] === 0) this.reach(s, d + arc)
        }
      }
    }
    return this.best
  }

  private reach(node: number, d: number): void {
    if (node === this.target) {
      if (d < this.best) this.best = d
      return
    }
    if (d < this.best && d < (this.dist[node] as number)) {
      if (this.dist[node] === Infinity) this.touched[this.touchedCount++] = node
      this.dist[node] = d
      this.heap.push(d, node)
    }
  }
}

interface OutsideEntries {
  readonly cost: Float64Array
  readonly slot: Int32Array
  /** The unmatched row brought in, or −1 for vacating a slot (the forced row's own entries are skipped). */
  readonly row: Int32Array
}

const entriesCache = new WeakMap<AssignmentSolution, { minScore: number; entries: OutsideEntries }>()

/** The outside node's moves depend only on the solution, so they are computed once per solution and reused. */
function cachedOutsideEntries(graph: PairGraph, solution: AssignmentSolution, minScore: number): OutsideEntries {
  const hit = entriesCache.get(solution)
  if (hit && hit.minScore === minScore) return hit.entries
  const entries = outsideEntries(graph, solution, minScore)
  entriesCache.set(solution, { minScore, entries })
  return entries
}

/**
 * Moves out of the outside node, cheapest first: vacating an occupied slot (cost −v) or bringing an unmatched row
 * onto one of its allowed slots (its reduced cost).
 */
function outsideEntries(graph: PairGraph, solution: AssignmentSolution, minScore: number): OutsideEntries {
  const { rowDual, slotDual, slotStart, slotOfRow, rowOfSlot, matchBonus } = solution.duals
  const cost: number[] = []
  const slot: number[] = []
  const row: number[] = []
  for (let s = 0; s < slotDual.length; s++) {
    if (rowOfSlot[s] === -1) continue
    cost.push(-(slotDual[s] as number))
    slot.push(s)
    row.push(-1)
  }
  for (let r = 0; r < graph.rows; r++) {
    if (slotOfRow[r] !== -1) continue
    const u = rowDual[r] as number
    const end = graph.rowStart[r + 1] as number
    for (let e = graph.rowStart[r] as number; e < end; e++) {
      const w = graph.weight[e] as number
      if (w < minScore) continue
      const c = graph.col[e] as number
      for (let s = slotStart[c] as number; s < (slotStart[c + 1] as number); s++) {
        cost.push(-(w + matchBonus) - u - (slotDual[s] as number))
        slot.push(s)
        row.push(r)
      }
    }
  }
  const order = Array.from(cost.keys()).sort((a, b) => (cost[a] as number) - (cost[b] as number) || (slot[a] as number) - (slot[b] as number))
  return { cost: Float64Array.from(order, (k) => cost[k] as number), slot: Int32Array.from(order, (k) => slot[k] as number), row: Int32Array.from(order, (k) => row[k] as number) }
}

function weightOf(graph: PairGraph, row: number, col: number): number {
  const end = graph.rowStart[row + 1] as number
  for (let e = graph.rowStart[row] as number; e < end; e++) if (graph.col[e] === col) return graph.weight[e] as number
  return Number.NaN
}
