import { MinHeap } from './min-heap'

/** A working graph in cost form (minimised) whose columns are expanded into capacity slots. */
export interface SlotCostGraph {
  readonly rows: number
  readonly rowStart: Int32Array
  readonly col: Int32Array
  /** Cost of each edge; a row's "stay unmatched" option always costs 0. */
  readonly cost: Float64Array
  /** Column `c` owns slots `slotStart[c] .. slotStart[c + 1] - 1`. */
  readonly slotStart: Int32Array
}

/** Primal and dual state of an optimal solution of a {@link SlotCostGraph}. */
export interface SlotSolution {
  readonly slotOfRow: Int32Array
  readonly rowOfSlot: Int32Array
  readonly rowDual: Float64Array
  readonly slotDual: Float64Array
}

/**
 * Exact min-cost assignment of every row to a capacity slot or to its own zero-cost "unmatched" option, by
 * successive shortest augmenting paths (the Jonker–Volgenant / Crouse scheme) with Dijkstra on a binary heap over
 * the sparse adjacency.
 *
 * Rows are inserted one at a time; each insertion runs one Dijkstra in the reduced costs c − u − v (non-negative
 * by invariant) and stops at the first free slot or at the cheapest "leave this row unmatched" option met on the
 * way, whichever is shorter. Duals stay feasible and tight on the assignment, so the final state is optimal and
 * its duals certify it (they are what {@link verifyDuals} and the alternative-loss search use).
 *
 * @example
 * const g = { rows: 1, rowStart: Int32Array.of(0, 1), col: Int32Array.of(0), cost: Float64Array.of(-5), slotStart: Int32Array.of(0, 1) }
 * solveSlotAssignment(g).slotOfRow // Int32Array [0]
 */
export function solveSlotAssignment(graph: SlotCostGraph): SlotSolution {
  const { rows, rowStart, col, cost, slotStart } = graph
  const slots = slotStart[slotStart.length - 1] ?? 0
  const rowDual = new Float64Array(rows)
  const slotDual = new Float64Array(slots)
  const slotOfRow = new Int32Array(rows).fill(-1)
  const rowOfSlot = new Int32Array(slots).fill(-1)
  const dist = new Float64Array(slots).fill(Infinity)
  const pred = new Int32Array(slots)
  const scanned = new Uint8Array(slots)
  const touched = new Int32Array(slots)
  const scannedRows = new Int32Array(rows)
  const heap = new MinHeap(1024)

  for (let root = 0; root < rows; root++) {
    let touchedCount = 0
    let scannedRowCount = 0
    // The root's own unmatched option: cost 0, dual 0, row dual 0 (a new row) → reduced length 0.
    let bestUnmatched = 0
    let unmatchedRow = root
    let endSlot = -1
    heap.clear()
    let row = root
    let base = 0
    for (;;) {
      scannedRows[scannedRowCount++] = row
      const u = rowDual[row] as number
      if (row !== root) {
        const viaUnmatched = base - u
        if (viaUnmatched < bestUnmatched) {
          bestUnmatched = viaUnmatched
          unmatchedRow = row
        }
      }
      const end = rowStart[row + 1] as number
      for (let e = rowStart[row] as number; e < end; e++) {
        const c = col[e] as number
        const reduced = base + (cost[e] as number) - u
        const lastSlot = slotStart[c + 1] as number
        for (let s = slotStart[c] as number; s < lastSlot; s++) {
          if (scanned[s] === 1) continue
          const d = reduced - (slotDual[s] as number)
          if (d < (dist[s] as number)) {
            if (dist[s] === Infinity) touched[touchedCount++] = s
            dist[s] = d
            pred[s] = row
            heap.push(d, s)
          }
        }
      }
      let next = -1
      while (heap.size > 0) {
        const s = heap.peekItem()
        const key = heap.peekKey()
        if (scanned[s] === 1 || key !== dist[s]) {
          heap.pop()
          continue
        }
        // Ties prefer a real slot over leaving someone unmatched, so more people are matched at equal cost.
        if (key <= bestUnmatched) next = s
        break
      }
      if (next < 0) break
      heap.pop()
      scanned[next] = 1
      if (rowOfSlot[next] === -1) {
        endSlot = next
        break
      }
      row = rowOfSlot[next] as number
      base = dist[next] as number
    }

    const shortest = endSlot >= 0 ? (dist[endSlot] as number) : bestUnmatched
    rowDual[root] = (rowDual[root] as number) + shortest
    for (let k = 1; k < scannedRowCount; k++) {
      const r = scannedRows[k] as number
      rowDual[r] = (rowDual[r] as number) + shortest - (dist[slotOfRow[r] as number] as number)
    }
    for (let k = 0; k < touchedCount; k++) {
      const s = touched[k] as number
      if (scanned[s] === 1) slotDual[s] = (slotDual[s] as number) - (shortest - (dist[s] as number))
    }

    let slot = endSlot
    if (endSlot < 0) {
      if (unmatchedRow === root) slot = -1
      else {
        slot = slotOfRow[unmatchedRow] as number
        slotOfRow[unmatchedRow] = -1
      }
    }
    while (slot >= 0) {
      const r = pred[slot] as number
      rowOfSlot[slot] = r
      const previous = slotOfRow[r] as number
      slotOfRow[r] = slot
      if (r === root) break
      slot = previous
    }

    for (let k = 0; k < touchedCount; k++) {
      const s = touched[k] as number
      dist[s] = Infinity
      scanned[s] = 0
    }
  }
  return { slotOfRow, rowOfSlot, rowDual, slotDual }
}
