import { jonkerVolgenantDense, type DenseAssignment } from './dense-lapjv'
import { solveSlotAssignment } from './shortest-augmenting-path'

/** Cheapest entries per row in the first round; the dual check adds whatever else the optimum needs. */
const INITIAL_ENTRIES_PER_ROW = 10

/**
 * Average entries per row past which sparsification has lost: the dual check of a heavily tied matrix (all entries
 * equal, or c_ij = a_i + b_j) adds nearly the whole matrix, and the sparse solver then took 48–72 s at 2,000 × 2,000
 * where Jonker–Volgenant takes under a second. Random matrices need 10–12 per row.
 */
const MAX_ENTRIES_PER_ROW = 40

/**
 * Exact minimum-cost perfect assignment of a dense square cost matrix (row-major `n × n`).
 *
 * Method (certified sparsification): solve the assignment restricted to each row's cheapest few entries with the
 * sparse shortest-augmenting-path solver, then check every one of the n² entries against the optimal duals
 * (reduced cost c_ij − u_i − v_j ≥ 0). Entries that violate are added and the sparse problem is solved again;
 * when none violates, LP duality proves the assignment optimal for the whole matrix. On random matrices the optimum
 * uses only the first few ranks of each row, so one to three rounds of O(n·k) work plus O(n²) checks suffice —
 * much less than an O(n³) dense solve. When the check would grow the sparse problem past {@link MAX_ENTRIES_PER_ROW}
 * entries per row (a degenerate, heavily tied matrix), the matrix is solved by {@link jonkerVolgenantDense} instead,
 * whose column reduction and augmenting row reduction handle ties well. To maximise, pass negated weights.
 *
 * @example
 * solveDenseAssignment(Float64Array.of(4, 1, 2, 3), 2).rowToCol // Int32Array [1, 0]
 */
export function solveDenseAssignment(cost: Float64Array, n: number): DenseAssignment {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n: must be a non-negative integer')
  if (cost.length !== n * n) throw new RangeError(`cost: must hold n × n = ${n * n} entries, got ${cost.length}`)
  let maxAbs = 0
  for (let k = 0; k < cost.length; k++) {
    const c = cost[k] as number
    if (!Number.isFinite(c)) throw new RangeError(`cost[${k}]: must be finite`)
    if (Math.abs(c) > maxAbs) maxAbs = Math.abs(c)
  }
  // Shifting every cost down by more than any assignment's spread makes "leave a row unassigned" (cost 0 in the
  // sparse solver) never worth it while a perfect assignment exists, which for a full matrix it always does.
  const shift = 2 * maxAbs * Math.max(1, n) + 1
  const tolerance = 1e-9 * (1 + shift)
  const perRow: number[][] = Array.from({ length: n }, (_, i) => cheapestColumns(cost, n, i, Math.min(n, INITIAL_ENTRIES_PER_ROW)))
  const slotStart = new Int32Array(n + 1)
  for (let j = 0; j <= n; j++) slotStart[j] = j

  let entries = perRow.reduce((sum, row) => sum + row.length, 0)
  for (;;) {
    const rowStart = new Int32Array(n + 1)
    for (let i = 0; i < n; i++) rowStart[i + 1] = (rowStart[i] as number) + (perRow[i] as number[]).length
    const col = new Int32Array(rowStart[n] as number)
    const shifted = new Float64Array(col.length)
    for (let i = 0; i < n; i++) {
      let k = rowStart[i] as number
      for (const j of perRow[i] as number[]) {
        col[k] = j
        shifted[k++] = (cost[i * n + j] as number) - shift
      }
    }
    const solution = solveSlotAssignment({ rows: n, rowStart, col, cost: shifted, slotStart })
    let violations = 0
    for (let i = 0; i < n; i++) {
      const limit = (solution.rowDual[i] as number) + shift - tolerance
      const base = i * n
      let added: number[] | null = null
      for (let j = 0; j < n; j++) {
        // Reduced cost (c − shift) − u − v < −tol, rearranged so the inner loop is one subtraction and a compare.
        if ((cost[base + j] as number) - (solution.slotDual[j] as number) < limit) {
          added ??= []
          added.push(j)
        }
      }
      if (added !== null) {
        const present = new Set(perRow[i])
        for (const j of added) if (!present.has(j)) (perRow[i] as number[]).push(j), violations++
      }
    }
    entries += violations
    if (entries > MAX_ENTRIES_PER_ROW * n) return jonkerVolgenantDense(cost, n)
    if (violations === 0) {
      const rowToCol = Int32Array.from(solution.slotOfRow)
      let total = 0
      for (let i = 0; i < n; i++) total += cost[i * n + (rowToCol[i] as number)] as number
      return { rowToCol, cost: total }
    }
  }
}

/** Indices of the `k` smallest entries of row `i` (ties by column), by insertion into a short sorted list. */
function cheapestColumns(cost: Float64Array, n: number, i: number, k: number): number[] {
  const cols = new Int32Array(k)
  const vals = new Float64Array(k)
  let kept = 0
  const base = i * n
  for (let j = 0; j < n; j++) {
    const c = cost[base + j] as number
    if (kept === k && c >= (vals[k - 1] as number)) continue
    let at = kept === k ? k - 1 : kept++
    while (at > 0 && (vals[at - 1] as number) > c) {
      vals[at] = vals[at - 1] as number
      cols[at] = cols[at - 1] as number
      at--
    }
    vals[at] = c
    cols[at] = j
  }
  return Array.from(cols.subarray(0, kept))
}
