import type { PairGraph } from './types'

/** Error for malformed solver input; the message names the offending field. */
export class AssignmentInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`)
    this.name = 'AssignmentInputError'
  }
}

/**
 * Builds a {@link PairGraph} from an edge list. Duplicate (row, col) pairs keep the highest weight; edges are
 * sorted by column inside each row so that the graph, and therefore the solution, does not depend on input order.
 *
 * @example
 * const graph = pairGraphFromEdges(2, 2, [[0, 0, 10], [0, 1, 4], [1, 0, 7]])
 * graph.rowStart // Int32Array [0, 2, 3]
 */
export function pairGraphFromEdges(rows: number, cols: number, edges: ReadonlyArray<readonly [number, number, number]>): PairGraph {
  if (!Number.isInteger(rows) || rows < 0) throw new AssignmentInputError('rows', 'must be a non-negative integer')
  if (!Number.isInteger(cols) || cols < 0) throw new AssignmentInputError('cols', 'must be a non-negative integer')
  const counts = new Int32Array(rows + 1)
  edges.forEach((edge, k) => {
    if (!Array.isArray(edge) || edge.length !== 3) throw new AssignmentInputError(`edges[${k}]`, 'must be [row, col, score]')
    const [r, c, w] = edge
    if (!Number.isInteger(r) || r < 0 || r >= rows) throw new AssignmentInputError(`edges[${k}][0]`, `row must be an integer in [0, ${rows})`)
    if (!Number.isInteger(c) || c < 0 || c >= cols) throw new AssignmentInputError(`edges[${k}][1]`, `col must be an integer in [0, ${cols})`)
    if (typeof w !== 'number' || !Number.isFinite(w)) throw new AssignmentInputError(`edges[${k}][2]`, 'score must be a finite number')
    counts[r + 1]!++
  })
  for (let r = 0; r < rows; r++) counts[r + 1]! += counts[r]!
  const order = new Int32Array(edges.length)
  const fill = counts.slice(0, rows)
  edges.forEach((edge, k) => {
    order[fill[edge[0]]!++] = k
  })
  const rowStart = new Int32Array(rows + 1)
  const col: number[] = []
  const weight: number[] = []
  for (let r = 0; r < rows; r++) {
    const slice = Array.from(order.subarray(counts[r]!, counts[r + 1]!)).sort((a, b) => edges[a]![1] - edges[b]![1] || edges[b]![2] - edges[a]![2])
    let lastCol = -1
    for (const k of slice) {
      const [, c, w] = edges[k]!
      if (c === lastCol) continue
      col.push(c)
      weight.push(w)
      lastCol = c
    }
    rowStart[r + 1] = col.length
  }
  return { rows, cols, rowStart, col: Int32Array.from(col), weight: Float64Array.from(weight) }
}

/**
 * Validates capacities (non-negative integers, one per column) and returns them as an Int32Array.
 *
 * @example
 * normalizeCapacity(3, undefined) // Int32Array [1, 1, 1]
 */
export function normalizeCapacity(cols: number, capacity: ArrayLike<number> | undefined): Int32Array {
  const out = new Int32Array(cols).fill(1)
  if (capacity === undefined) return out
  if (capacity.length !== cols) throw new AssignmentInputError('capacity', `must have one entry per column (${cols}), got ${capacity.length}`)
  for (let c = 0; c < cols; c++) {
    const k = capacity[c]
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 0) throw new AssignmentInputError(`capacity[${c}]`, 'must be a non-negative integer')
    out[c] = k
  }
  return out
}
