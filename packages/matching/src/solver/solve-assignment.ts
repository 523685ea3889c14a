import { AssignmentInputError, normalizeCapacity } from './pair-graph'
import { solveSlotAssignment, type SlotSolution } from './shortest-augmenting-path'
import { ShortArcIndex } from './short-arc-index'
import type { AssignmentProblem, AssignmentSolution, PairGraph } from './types'

/**
 * Edges kept per row in the first sparse round; more are added only where the duals prove they matter. Measured on
 * the national bench instance (~900 partners per row): 10 needs 4 rounds, 25–30 one round, and the solve is fastest
 * there (each round re-solves and re-checks every edge).
 */
const INITIAL_EDGES_PER_ROW = 30

/**
 * Exact maximum-weight b-matching: each row takes at most one column, column `c` at most `capacity[c]` rows,
 * only listed pairs with weight ≥ `minScore` are allowed, and rows may stay unmatched.
 *
 * With `objective: 'max-matched'` a constant larger than any achievable score total is added to every allowed
 * pair, so the optimum first maximises the number of matched rows and then the total weight.
 *
 * Speed comes from sparsification with a dual certificate: solve on each row's best few edges, then check every
 * edge of the full graph against the optimal duals; an edge with negative reduced cost is added and the sparse
 * problem re-solved. When no edge violates, LP duality proves the sparse optimum optimal for the full graph.
 *
 * @example
 * const graph = pairGraphFromEdges(2, 1, [[0, 0, 60], [1, 0, 80]])
 * solveAssignment({ graph }).assignment // Int32Array [-1, 0]
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  return solveAssignmentWithin(problem, Infinity) as AssignmentSolution
}

/**
 * {@link solveAssignment}, giving up (`undefined`) as soon as the dual check would grow the working graph past
 * `maxWorkingEdges`: on a heavily tied graph (all weights equal, or weight = a_row + b_col) the check adds nearly
 * every edge and the sparse re-solve then costs far more than a dense method; the caller switches to one.
 */
export function solveAssignmentWithin(problem: AssignmentProblem, maxWorkingEdges: number): AssignmentSolution | undefined {
  const graph = problem.graph
  const capacity = normalizeCapacity(graph.cols, problem.capacity)
  const objective = problem.objective ?? 'max-score'
  if (objective !== 'max-score' && objective !== 'max-matched') throw new AssignmentInputError('objective', 'must be "max-score" or "max-matched"')
  const minScore = problem.minScore ?? -Infinity
  if (typeof minScore !== 'number' || Number.isNaN(minScore)) throw new AssignmentInputError('minScore', 'must be a number')

  const slotStart = new Int32Array(graph.cols + 1)
  for (let c = 0; c < graph.cols; c++) slotStart[c + 1] = (slotStart[c] as number) + (capacity[c] as number)
  const slotCount = slotStart[graph.cols] as number

  const shortArcLimit = problem.shortArcLimit
  if (shortArcLimit !== undefined && !(shortArcLimit >= 0 && shortArcLimit < Infinity)) throw new AssignmentInputError('shortArcLimit', 'must be a non-negative finite number')
  const perRow = problem.initialEdgesPerRow ?? INITIAL_EDGES_PER_ROW
  if (!(perRow >= 1)) throw new AssignmentInputError('initialEdgesPerRow', 'must be at least 1')
  // One pass over the edges: each row's best allowed edges, and the largest |weight| overall and over allowed edges.
  const initial = initialWorkingSet(graph, minScore, capacity, Math.min(perRow, graph.cols))
  const { maxAbsWeight, maxAllowedAbsWeight } = initial
  let working: WorkingSet = initial
  const matchBonus = objective === 'max-matched' ? matchedBonus(graph, maxAllowedAbsWeight, slotCount) : 0
  // Scale-aware tolerance: costs are sums of doubles, so exact zero tests would flap on rounding.
  const tolerance = 1e-9 * (1 + matchBonus + maxAbsWeight)

  let rounds = 0
  let solution: SlotSolution
  let shortArcs: ShortArcIndex | undefined
  for (;;) {
    rounds++
    solution = solveSlotAssignment(workingGraph(graph, working, matchBonus, slotStart))
    const index = shortArcLimit === undefined ? undefined : new ShortArcIndex(graph, { rowDual: solution.rowDual, slotDual: solution.slotDual, slotStart, matchBonus }, minScore, shortArcLimit, maxAbsWeight)
    const added = violatingEdges(graph, minScore, capacity, working, solution, slotStart, matchBonus, tolerance, index)
    // The index holds for these duals only: kept from the last round, whose duals are the answer's.
    if (added.length === 0) {
      shortArcs = index
      break
    }
    if (working.edge.length + added.length > maxWorkingEdges) return undefined
    working = mergeWorkingSet(graph.rows, working, graph.rowStart, added)
  }

  const assignment = new Int32Array(graph.rows).fill(-1)
  let total = 0
  let matched = 0
  const slotOwner = new Int32Array(slotCount)
  for (let c = 0; c < graph.cols; c++) slotOwner.fill(c, slotStart[c], slotStart[c + 1])
  for (let r = 0; r < graph.rows; r++) {
    const slot = solution.slotOfRow[r] as number
    if (slot < 0) continue
    const c = slotOwner[slot] as number
    assignment[r] = c
    total += edgeWeight(graph, r, c)
    matched++
  }
  return {
    assignment,
    total,
    matched,
    rounds,
    ...(shortArcs ? { shortArcs } : {}),
    duals: {
      rowDual: solution.rowDual,
      slotDual: solution.slotDual,
      slotStart,
      slotOfRow: solution.slotOfRow,
      rowOfSlot: solution.rowOfSlot,
      matchBonus,
    },
  }
}

/** The weight of pair (row, col), or NaN when the pair is not in the graph. Edges are sorted by column. */
export function edgeWeight(graph: PairGraph, row: number, col: number): number {
  let lo = graph.rowStart[row] as number
  let hi = (graph.rowStart[row + 1] as number) - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const c = graph.col[mid] as number
    if (c === col) return graph.weight[mid] as number
    if (c < col) lo = mid + 1
    else hi = mid - 1
  }
  return Number.NaN
}

/** A bonus exceeding any possible difference in total weight, so one more matched pair always wins. */
function matchedBonus(graph: PairGraph, maxAllowedAbsWeight: number, slotCount: number): number {
  return 2 * maxAllowedAbsWeight * Math.max(1, Math.min(graph.rows, slotCount)) + 1
}

/** The working edges: row r's are `edge[start[r]] .. edge[start[r + 1] - 1]`, ascending edge indices. */
interface WorkingSet {
  readonly start: Int32Array
  readonly edge: Int32Array
}

/** Is edge e (of column c, weight w) allowed: at least the minimum score, towards a column with capacity. */
const isAllowed = (w: number, c: number, minScore: number, capacity: Int32Array) => w >= minScore && (capacity[c] as number) > 0

/**
 * Each row's `perRow` heaviest allowed edges (ties by column), in edge order; a small K-best insertion behind a
 * cut-off (the K-th weight so far) is cheaper than sorting. The same pass finds the largest |weight| over all edges
 * and over the allowed ones, so no other pass reads every edge before the first solve.
 */
function initialWorkingSet(graph: PairGraph, minScore: number, capacity: Int32Array, perRow: number): WorkingSet & { maxAbsWeight: number; maxAllowedAbsWeight: number } {
  const { rowStart, col, weight } = graph
  const start = new Int32Array(graph.rows + 1)
  const edge = new Int32Array(graph.rows * perRow)
  const bestEdge = new Int32Array(perRow)
  const bestWeight = new Float64Array(perRow)
  let maxAbsWeight = 0
  let maxAllowedAbsWeight = 0
  let at = 0
  for (let r = 0; r < graph.rows; r++) {
    let kept = 0
    // An edge enters only if heavier than the cut: −∞ until the row holds perRow edges, then the lightest kept.
    let cut = -Infinity
    const end = rowStart[r + 1] as number
    for (let e = rowStart[r] as number; e < end; e++) {
      const w = weight[e] as number
      const size = w < 0 ? -w : w
      if (size > maxAbsWeight) maxAbsWeight = size
      // Most edges: no heavier than the cut and no larger than the allowed maximum so far — nothing to update.
      if (w <= cut && size <= maxAllowedAbsWeight) continue
      if (!isAllowed(w, col[e] as number, minScore, capacity)) continue
      if (size > maxAllowedAbsWeight) maxAllowedAbsWeight = size
      if (kept === perRow && w <= cut) continue
      let slot = kept === perRow ? perRow - 1 : kept++
      while (slot > 0 && (bestWeight[slot - 1] as number) < w) {
        bestWeight[slot] = bestWeight[slot - 1] as number
        bestEdge[slot] = bestEdge[slot - 1] as number
        slot--
      }
      bestWeight[slot] = w
      bestEdge[slot] = e
      if (kept === perRow) cut = bestWeight[perRow - 1] as number
    }
    // Back to edge order (what the solver's tie-breaking sees): an insertion sort of at most perRow indices.
    for (let k = 1; k < kept; k++) {
      const e = bestEdge[k] as number
      let j = k
      while (j > 0 && (bestEdge[j - 1] as number) > e) {
        bestEdge[j] = bestEdge[j - 1] as number
        j--
      }
      bestEdge[j] = e
    }
    for (let k = 0; k < kept; k++) edge[at++] = bestEdge[k] as number
    start[r + 1] = at
  }
  return { start, edge: edge.subarray(0, at), maxAbsWeight, maxAllowedAbsWeight }
}

/** The working set plus `added` (ascending edge indices, none already in it), merged row by row in edge order. */
function mergeWorkingSet(rows: number, working: WorkingSet, rowStart: Int32Array, added: Int32Array): WorkingSet {
  const start = new Int32Array(rows + 1)
  const edge = new Int32Array(working.edge.length + added.length)
  let at = 0
  let k = 0
  for (let r = 0; r < rows; r++) {
    const end = rowStart[r + 1] as number
    let w = working.start[r] as number
    const wEnd = working.start[r + 1] as number
    while (w < wEnd || (k < added.length && (added[k] as number) < end)) {
      if (w < wEnd && !(k < added.length && (added[k] as number) < end && (added[k] as number) < (working.edge[w] as number))) edge[at++] = working.edge[w++] as number
      else edge[at++] = added[k++] as number
    }
    start[r + 1] = at
  }
  return { start, edge }
}

function workingGraph(graph: PairGraph, working: WorkingSet, matchBonus: number, slotStart: Int32Array) {
  const count = working.edge.length
  const col = new Int32Array(count)
  const cost = new Float64Array(count)
  for (let k = 0; k < count; k++) {
    const e = working.edge[k] as number
    col[k] = graph.col[e] as number
    cost[k] = -((graph.weight[e] as number) + matchBonus)
  }
  return { rows: graph.rows, rowStart: working.start, col, cost, slotStart }
}

/** Is edge e among row r's working edges (a binary search of the row's few). */
function inWorkingSet(working: WorkingSet, r: number, e: number): boolean {
  let lo = working.start[r] as number
  let hi = (working.start[r + 1] as number) - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const x = working.edge[mid] as number
    if (x === e) return true
    if (x < e) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/**
 * Every allowed edge outside the working set whose reduced cost is negative under the current duals, ascending.
 * With `index`, the same pass picks out each row's edges that may have an arc below the index's limit (one store
 * per edge, kept only when it passes: no branch on the 20–25 % of edges a national pool keeps) and indexes the row
 * from them.
 */
function violatingEdges(
  graph: PairGraph,
  minScore: number,
  capacity: Int32Array,
  working: WorkingSet,
  solution: SlotSolution,
  slotStart: Int32Array,
  matchBonus: number,
  tolerance: number,
  index?: ShortArcIndex,
): Int32Array {
  let added = new Int32Array(64)
  let count = 0
  // Violations are rare (none in the last round): the check that an edge is allowed and new waits for one.
  const add = (r: number, e: number) => {
    if (!isAllowed(graph.weight[e] as number, graph.col[e] as number, minScore, capacity) || inWorkingSet(working, r, e)) return
    if (count === added.length) {
      const grown = new Int32Array(2 * count)
      grown.set(added)
      added = grown
    }
    added[count++] = e
  }
  const { rowDual, slotDual } = solution
  // Some slot of column c violates exactly when the slot with the largest dual does: one read per edge.
  const columnMaxDual = new Float64Array(graph.cols).fill(-Infinity)
  for (let c = 0; c < graph.cols; c++) {
    for (let s = slotStart[c] as number; s < (slotStart[c + 1] as number); s++) columnMaxDual[c] = Math.max(columnMaxDual[c] as number, slotDual[s] as number)
  }
  const { rowStart, col, weight } = graph
  if (index) {
    let degree = 0
    for (let r = 0; r < graph.rows; r++) degree = Math.max(degree, (rowStart[r + 1] as number) - (rowStart[r] as number))
    const pickedCol = new Int32Array(degree)
    const pickedWeight = new Float64Array(degree)
    for (let r = 0; r < graph.rows; r++) {
      const threshold = tolerance - matchBonus - (rowDual[r] as number)
      // −(w + bonus) − u − max v < limit  ⇔  w + max v > −limit − bonus − u, widened by the rounding margin.
      const short = index.threshold(r)
      const end = rowStart[r + 1] as number
      let n = 0
      for (let e = rowStart[r] as number; e < end; e++) {
        const c = col[e] as number
        const w = weight[e] as number
        const x = w + (columnMaxDual[c] as number)
        pickedCol[n] = c
        pickedWeight[n] = w
        n += x > short ? 1 : 0
        if (x > threshold) add(r, e)
      }
      index.addRow(r, pickedCol, pickedWeight, 0, n)
    }
    return added.subarray(0, count)
  }
  for (let r = 0; r < graph.rows; r++) {
    const threshold = tolerance - matchBonus - (rowDual[r] as number)
    const end = rowStart[r + 1] as number
    for (let e = rowStart[r] as number; e < end; e++) {
      // −(w + bonus) − u − v < −tolerance  ⇔  w + v > tolerance − bonus − u: one addition per edge.
      if ((weight[e] as number) + (columnMaxDual[col[e] as number] as number) > threshold) add(r, e)
    }
  }
  return added.subarray(0, count)
}
