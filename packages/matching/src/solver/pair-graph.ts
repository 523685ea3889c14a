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

/** An edge list in columns: edge `k` joins `row[k]` and `col[k]` with weight `weight[k]`. */
export interface EdgeColumns {
  readonly row: Int32Array
  readonly col: Int32Array
  readonly weight: Float64Array
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
  const list = { row: new Int32Array(edges.length), col: new Int32Array(edges.length), weight: new Float64Array(edges.length) }
  edges.forEach((edge, k) => {
    if (!Array.isArray(edge) || edge.length !== 3) throw new AssignmentInputError(`edges[${k}]`, 'must be [row, col, score]')
    const [r, c, w] = edge
    checkEdge(rows, cols, k, r, c, w)
    list.row[k] = r
    list.col[k] = c
    list.weight[k] = w
  })
  return pairGraphFromEdgeColumns(rows, cols, list)
}

/** Throws naming `edges[k][i]` unless the edge is two in-range integers and a finite score. */
export function checkEdge(rows: number, cols: number, k: number, r: unknown, c: unknown, w: unknown): void {
  if (!Number.isInteger(r) || (r as number) < 0 || (r as number) >= rows) throw new AssignmentInputError(`edges[${k}][0]`, `row must be an integer in [0, ${rows})`)
  if (!Number.isInteger(c) || (c as number) < 0 || (c as number) >= cols) throw new AssignmentInputError(`edges[${k}][1]`, `col must be an integer in [0, ${cols})`)
  if (typeof w !== 'number' || !Number.isFinite(w)) throw new AssignmentInputError(`edges[${k}][2]`, 'score must be a finite number')
}

/**
 * {@link pairGraphFromEdges} for an edge list already in typed columns and already checked (rows and columns in
 * range, finite weights): a counting sort by row, then each row sorted by column unless it already is. A list
 * written row by row, column by column — a complete instance in particular — needs neither: the graph then
 * shares the given `col` and `weight` arrays (no copy; neither side modifies them).
 * Same rules: duplicates keep the highest weight, the result does not depend on input order.
 *
 * @example
 * pairGraphFromEdgeColumns(1, 2, { row: Int32Array.of(0, 0), col: Int32Array.of(1, 0), weight: Float64Array.of(4, 10) }).col // Int32Array [0, 1]
 */
export function pairGraphFromEdgeColumns(rows: number, cols: number, edges: EdgeColumns): PairGraph {
  const count = edges.row.length
  const start = new Int32Array(rows + 1)
  let rowOrdered = true
  for (let k = 0; k < count; k++) {
    const r = edges.row[k] as number
    start[r + 1]!++
    if (k > 0 && r < (edges.row[k - 1] as number)) rowOrdered = false
  }
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!
  let byRowCol: Int32Array
  let byRowWeight: Float64Array
  if (rowOrdered) {
    // Written row by row, column by column (a producer's natural order): the columns are already the graph's,
    // shared as they are, with no copy; otherwise work on copies (the input is never modified).
    let columnOrdered = true
    for (let r = 0; r < rows && columnOrdered; r++) {
      const end = start[r + 1] as number
      for (let k = (start[r] as number) + 1; k < end; k++) {
        if ((edges.col[k - 1] as number) >= (edges.col[k] as number)) {
          columnOrdered = false
          break
        }
      }
    }
    if (columnOrdered) return { rows, cols, rowStart: start, col: edges.col, weight: edges.weight }
    byRowCol = edges.col.slice()
    byRowWeight = edges.weight.slice()
  } else {
    // Stable counting sort by row: within a row, edges keep their input order.
    byRowCol = new Int32Array(count)
    byRowWeight = new Float64Array(count)
    const fill = start.slice(0, rows)
    for (let k = 0; k < count; k++) {
      const at = fill[edges.row[k] as number]!++
      byRowCol[at] = edges.col[k] as number
      byRowWeight[at] = edges.weight[k] as number
    }
  }
  const rowStart = new Int32Array(rows + 1)
  const col = byRowCol
  const weight = byRowWeight
  let out = 0
  for (let r = 0; r < rows; r++) {
    const from = start[r] as number
    const to = start[r + 1] as number
    let sorted = true
    for (let k = from + 1; k < to && sorted; k++) sorted = (col[k - 1] as number) < (col[k] as number)
    if (sorted) {
      // Strictly increasing columns: no duplicate, nothing to reorder; moved left only once an earlier row shrank.
      if (out !== from) {
        col.copyWithin(out, from, to)
        weight.copyWithin(out, from, to)
      }
      out += to - from
    } else {
      // The row is compacted in place (duplicates dropped), so it is read from a copy of itself.
      const rowCol = col.slice(from, to)
      const rowWeight = weight.slice(from, to)
      const order = Array.from({ length: to - from }, (_, i) => i).sort(
        (a, b) => (rowCol[a] as number) - (rowCol[b] as number) || (rowWeight[b] as number) - (rowWeight[a] as number),
      )
      let lastCol = -1
      for (const k of order) {
        const c = rowCol[k] as number
        if (c === lastCol) continue
        col[out] = c
        weight[out++] = rowWeight[k] as number
        lastCol = c
      }
    }
    rowStart[r + 1] = out
  }
  return { rows, cols, rowStart, col: out === count ? col : col.slice(0, out), weight: out === count ? weight : weight.slice(0, out) }
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
