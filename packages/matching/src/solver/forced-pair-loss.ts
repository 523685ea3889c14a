import { MinHeap } from './min-heap'
import type { AssignmentSolution, PairGraph } from './types'

/**
 * Exact loss of the optimal objective (total weight, including the max-matched bonus) if row `row` were forced onto
 * each of `cols`, computed from the optimal duals and alternating paths — no re-solve.
 *
 * In flow terms, forcing (i, j) adds the cycle i → slot of j → … → i's old slot → i to the optimal flow. Its cheapest
 * completion is a shortest path in the residual graph (reduced costs under the optimal duals, all ≥ 0) from the
 * chosen slot of j back to i's old slot (or to the outside node when i was unmatched). The outside node stands for
 * free capacity and "unmatched": a displaced row may drop out (cost −u), a free slot may absorb a row, an occupied
 * slot may be vacated (cost −v) and an unmatched row may come in. One Dijkstra per alternative, stopping at the
 * target, so the cost is proportional to the few alternating paths explored.
 * Returns NaN for a column that is not an allowed partner of the row.
 *
 * @example
 * const losses = forcedPairLosses(graph, solution, 3, [7, 12]) // Float64Array [0, 4.5]
 */
export function forcedPairLosses(graph: PairGraph, solution: AssignmentSolution, row: number, cols: readonly number[], minScore = -Infinity): Float64Array {
  const { rowDual, slotDual, slotStart, slotOfRow, rowOfSlot, matchBonus } = solution.duals
  const slots = slotDual.length
  const outside = slots
  const out = new Float64Array(cols.length)
  const ownSlot = slotOfRow[row] as number
  const target = ownSlot >= 0 ? ownSlot : outside
  // Built only if some search actually reaches the outside node: most alternatives close their cycle before.
  let entries: OutsideEntries | null = null
  const dist = new Float64Array(slots + 1).fill(Infinity)
  const done = new Uint8Array(slots + 1)
  const touched: number[] = []
  const heap = new MinHeap(64)

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
    for (const node of touched) {
      dist[node] = Infinity
      done[node] = 0
    }
    touched.length = 0
    heap.clear()
    let best = Infinity
    const reach = (node: number, d: number) => {
      if (node === target) {
        if (d < best) best = d
        return
      }
      if (d < best && d < (dist[node] as number)) {
        if (dist[node] === Infinity) touched.push(node)
        dist[node] = d
        heap.push(d, node)
      }
    }
    const forced = -(weight + matchBonus) - (rowDual[row] as number)
    for (let s = slotStart[column] as number; s < (slotStart[column + 1] as number); s++) reach(s, forced - (slotDual[s] as number))
    while (heap.size > 0) {
      const d = heap.peekKey()
      const node = heap.peekItem()
      heap.pop()
      if (d >= best) break
      if (done[node] === 1 || d !== dist[node]) continue
      done[node] = 1
      if (node === outside) {
        entries ??= cachedOutsideEntries(graph, solution, minScore)
        for (let e = 0; e < entries.cost.length; e++) {
          const c = d + (entries.cost[e] as number)
          if (c >= best) break
          if (entries.row[e] === row) continue
          reach(entries.slot[e] as number, c)
        }
        continue
      }
      const displaced = rowOfSlot[node] as number
      if (displaced === -1) {
        reach(outside, d)
        continue
      }
      const ud = rowDual[displaced] as number
      reach(outside, d - ud)
      const end = graph.rowStart[displaced + 1] as number
      for (let e = graph.rowStart[displaced] as number; e < end; e++) {
        const w = graph.weight[e] as number
        if (w < minScore) continue
        const c = graph.col[e] as number
        const reduced = d - (w + matchBonus) - ud
        for (let s = slotStart[c] as number; s < (slotStart[c + 1] as number); s++) if (s !== node && done[s] === 0) reach(s, reduced - (slotDual[s] as number))
      }
    }
    out[k] = Math.max(0, best)
  })
  return out
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
