import { jonkerVolgenantDense } from './dense-lapjv'
import { normalizeCapacity } from './pair-graph'
import { solveAssignmentWithin } from './solve-assignment'
import type { AssignmentProblem, PairGraph } from './types'

/**
 * Largest square matrix the dense path builds: 16 M entries (128 MB of doubles, 4,000 × 4,000). Past that, or when
 * slot expansion and padding would more than quadruple the instance, the sparse solver is the better tool.
 */
const MAX_DENSE_ENTRIES = 16_000_000

/**
 * Working edges per row past which the dense path stops sparsifying and solves the matrix. Random complete
 * matrices need the first 30 per row (one round); tied ones make the dual check add nearly every pair.
 */
const MAX_SPARSIFIED_EDGES_PER_ROW = 60

/** What {@link solveCompleteAssignment} returns: the same fields as the sparse solver's answer, without duals. */
export interface CompleteAssignment {
  /** For each row, the assigned column or −1. */
  readonly assignment: Int32Array
  /** Sum of the weights of the assigned pairs, in row order. */
  readonly total: number
  readonly matched: number
}

/** Graphs already checked by {@link isCompleteGraph} (graphs are immutable; the check reads every edge). */
const completeness = new WeakMap<PairGraph, boolean>()

/** Is every (row, column) pair in the graph, row by row and column by column: the weights are then a row-major matrix. */
export function isCompleteGraph(graph: PairGraph): boolean {
  let complete = completeness.get(graph)
  if (complete === undefined) {
    complete = checkComplete(graph)
    completeness.set(graph, complete)
  }
  return complete
}

function checkComplete(graph: PairGraph): boolean {
  const { rows, cols, col, rowStart } = graph
  if (col.length !== rows * cols) return false
  for (let r = 0; r <= rows; r++) if (rowStart[r] !== r * cols) return false
  for (let r = 0, k = 0; r < rows; r++) for (let c = 0; c < cols; c++, k++) if (col[k] !== c) return false
  return true
}

/**
 * The side of the square cost matrix the dense path would solve for this problem, or `undefined` when the problem
 * is not one the dense path solves exactly or cheaply:
 * - the graph must be complete (a missing pair cannot be expressed in a perfect assignment);
 * - under `max-matched`, every pair towards a column with capacity must reach `minScore` (an excluded pair would
 *   need a prohibitive cost, which the certified solver's shift cannot bound); under `max-score` pairs below
 *   `minScore` or below 0 are worth exactly what leaving the row unmatched is worth (0), so they are allowed;
 * - capacities are expanded into slots, and the matrix padded to `max(rows, slots)`, within
 *   {@link MAX_DENSE_ENTRIES} and at most four times the instance.
 */
export function denseAssignmentSize(problem: AssignmentProblem): number | undefined {
  const { graph } = problem
  if (graph.rows === 0 || graph.cols === 0 || !isCompleteGraph(graph)) return undefined
  const capacity = normalizeCapacity(graph.cols, problem.capacity)
  let slots = 0
  for (let c = 0; c < graph.cols; c++) slots += capacity[c] as number
  const size = Math.max(graph.rows, slots)
  if (slots === 0 || size * size > MAX_DENSE_ENTRIES || size * size > 4 * graph.rows * graph.cols) return undefined
  if ((problem.objective ?? 'max-score') === 'max-matched' && problem.minScore !== undefined) {
    const { weight, cols } = graph
    for (let k = 0; k < weight.length; k++) if ((weight[k] as number) < problem.minScore && (capacity[k % cols] as number) > 0) return undefined
  }
  return size
}

/**
 * The exact optimum of {@link solveAssignment}'s problem on a complete graph, by the method that suits a dense
 * instance:
 * 1. certified sparsification over the complete graph (each row's best 30 pairs, then the dual check of all
 *    rows × cols pairs — no matrix to build; measured at 2,000 × 2,000: 250 ms of CPU in a fresh process, against
 *    400 ms for building the square matrix and solving it with {@link solveDenseAssignment});
 * 2. when the dual check would need more than {@link MAX_SPARSIFIED_EDGES_PER_ROW} pairs per row (a heavily tied
 *    matrix, where sparsification alone took 48–72 s at 2,000 × 2,000), the square matrix below solved by
 *    {@link jonkerVolgenantDense} (under a second there). `sparsify: false` goes straight to step 2 (tests use it).
 *
 * The square matrix: a min-cost perfect assignment of side N = max(rows, slots), columns expanded into capacity
 * slots, padding rows or columns of cost 0 (a row on a padding column is unmatched). Under `max-matched` a pair
 * costs −weight: every perfect assignment matches min(rows, slots) rows, the most possible on a complete graph,
 * and the cheapest has the best total. Under `max-score` a pair costs −weight when allowed and positive, else 0
 * (no better than unmatched): any matching extends to a perfect assignment of the same value, and a perfect
 * assignment gives a matching of the same value by dropping those pairs, so the optima are equal.
 * Throws a RangeError when {@link denseAssignmentSize} says the problem is not for the dense path.
 *
 * @example
 * const graph = pairGraphFromEdges(2, 1, [[0, 0, 60], [1, 0, 80]])
 * solveCompleteAssignment({ graph }).assignment // Int32Array [-1, 0]
 */
export function solveCompleteAssignment(problem: AssignmentProblem, options: { sparsify?: boolean } = {}): CompleteAssignment {
  const size = denseAssignmentSize(problem)
  if (size === undefined) throw new RangeError('problem: not a complete instance the dense path can solve (see denseAssignmentSize)')
  if (options.sparsify !== false) {
    const sparse = solveAssignmentWithin(problem, MAX_SPARSIFIED_EDGES_PER_ROW * problem.graph.rows)
    if (sparse) return { assignment: sparse.assignment, total: sparse.total, matched: sparse.matched }
  }
  const { graph } = problem
  const { rows, cols, weight } = graph
  const capacity = normalizeCapacity(cols, problem.capacity)
  const maxMatched = problem.objective === 'max-matched'
  const minScore = problem.minScore ?? -Infinity
  let slots = 0
  for (let c = 0; c < cols; c++) slots += capacity[c] as number
  const slotColumn = new Int32Array(slots)
  for (let c = 0, s = 0; c < cols; c++) slotColumn.fill(c, s, (s += capacity[c] as number))
  const cost = new Float64Array(size * size)
  if (rows === cols && capacity.every((k) => k === 1)) {
    // One slot per column and no padding (the square unit-capacity case): the matrix is the weights, negated.
    if (maxMatched) for (let k = 0; k < weight.length; k++) cost[k] = -(weight[k] as number)
    else
      for (let k = 0; k < weight.length; k++) {
        const w = weight[k] as number
        cost[k] = w > 0 && w >= minScore ? -w : 0
      }
  } else {
    for (let r = 0; r < rows; r++) {
      const base = r * cols
      const out = r * size
      for (let s = 0; s < slots; s++) {
        const w = weight[base + (slotColumn[s] as number)] as number
        cost[out + s] = maxMatched ? -w : w > 0 && w >= minScore ? -w : 0
      }
    }
  }
  const { rowToCol } = jonkerVolgenantDense(cost, size)
  const assignment = new Int32Array(rows).fill(-1)
  let total = 0
  let matched = 0
  for (let r = 0; r < rows; r++) {
    const slot = rowToCol[r] as number
    if (slot >= slots) continue
    const c = slotColumn[slot] as number
    const w = weight[r * cols + c] as number
    if (!maxMatched && !(w >= 0 && w >= minScore)) continue
    assignment[r] = c
    total += w
    matched++
  }
  return { assignment, total, matched }
}
