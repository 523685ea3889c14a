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
  const { allowed, maxAbsWeight, maxAllowedAbsWeight } = allowedMask(graph, minScore, capacity)
  const matchBonus = objective === 'max-matched' ? matchedBonus(graph, maxAllowedAbsWeight, slotCount) : 0
  // Scale-aware tolerance: costs are sums of doubles, so exact zero tests would flap on rounding.
  const tolerance = 1e-9 * (1 + matchBonus + maxAbsWeight)

  const perRow = problem.initialEdgesPerRow ?? INITIAL_EDGES_PER_ROW
  if (!(perRow >= 1)) throw new AssignmentInputError('initialEdgesPerRow', 'must be at least 1')
  const inWorking = initialWorkingSet(graph, allowed, Math.min(perRow, graph.cols))
  let rounds = 0
  let solution: SlotSolution
  let shortArcs: ShortArcIndex | undefined
  for (;;) {
    rounds++
    solution = solveSlotAssignment(workingGraph(graph, inWorking, matchBonus, slotStart))
    const index = shortArcLimit === undefined ? undefined : new ShortArcIndex(graph, { rowDual: solution.rowDual, slotDual: solution.slotDual, slotStart, matchBonus }, minScore, shortArcLimit, maxAbsWeight)
    const added = addViolatingEdges(graph, allowed, inWorking, solution, slotStart, matchBonus, tolerance, index)
    // The index holds for these duals only: kept from the last round, whose duals are the answer's.
    if (added === 0) {
      shortArcs = index
      break
    }
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

/** The allowed edges, and in the same pass the largest |weight| over all edges and over the allowed ones. */
function allowedMask(graph: PairGraph, minScore: number, capacity: Int32Array): { allowed: Uint8Array; maxAbsWeight: number; maxAllowedAbsWeight: number } {
  const { col, weight } = graph
  const allowed = new Uint8Array(col.length)
  let maxAbsWeight = 0
  let maxAllowedAbsWeight = 0
  for (let e = 0; e < allowed.length; e++) {
    const w = weight[e] as number
    const size = Math.abs(w)
    if (size > maxAbsWeight) maxAbsWeight = size
    if (w >= minScore && (capacity[col[e] as number] as number) > 0) {
      allowed[e] = 1
      if (size > maxAllowedAbsWeight) maxAllowedAbsWeight = size
    }
  }
  return { allowed, maxAbsWeight, maxAllowedAbsWeight }
}

/** A bonus exceeding any possible difference in total weight, so one more matched pair always wins. */
function matchedBonus(graph: PairGraph, maxAllowedAbsWeight: number, slotCount: number): number {
  return 2 * maxAllowedAbsWeight * Math.max(1, Math.min(graph.rows, slotCount)) + 1
}

/** Each row's `perRow` heaviest allowed edges (ties by column); a small K-best insertion is cheaper than sorting. */
function initialWorkingSet(graph: PairGraph, allowed: Uint8Array, perRow: number): Uint8Array {
  const inWorking = new Uint8Array(graph.col.length)
  const bestEdge = new Int32Array(perRow)
  const bestWeight = new Float64Array(perRow)
  for (let r = 0; r < graph.rows; r++) {
    let kept = 0
    const end = graph.rowStart[r + 1] as number
    for (let e = graph.rowStart[r] as number; e < end; e++) {
      if (allowed[e] === 0) continue
      const w = graph.weight[e] as number
      if (kept === perRow && w <= (bestWeight[kept - 1] as number)) continue
      let at = kept === perRow ? perRow - 1 : kept++
      while (at > 0 && (bestWeight[at - 1] as number) < w) {
        bestWeight[at] = bestWeight[at - 1] as number
        bestEdge[at] = bestEdge[at - 1] as number
        at--
      }
      bestWeight[at] = w
      bestEdge[at] = e
    }
    for (let k = 0; k < kept; k++) inWorking[bestEdge[k] as number] = 1
  }
  return inWorking
}

function workingGraph(graph: PairGraph, inWorking: Uint8Array, matchBonus: number, slotStart: Int32Array) {
  const rowStart = new Int32Array(graph.rows + 1)
  let count = 0
  for (let e = 0; e < inWorking.length; e++) count += inWorking[e] as number
  const col = new Int32Array(count)
  const cost = new Float64Array(count)
  let k = 0
  for (let r = 0; r < graph.rows; r++) {
    const end = graph.rowStart[r + 1] as number
    for (let e = graph.rowStart[r] as number; e < end; e++) {
      if (inWorking[e] === 0) continue
      col[k] = graph.col[e] as number
      cost[k] = -((graph.weight[e] as number) + matchBonus)
      k++
    }
    rowStart[r + 1] = k
  }
  return { rows: graph.rows, rowStart, col, cost, slotStart }
}

/**
 * Adds every allowed edge whose reduced cost is negative under the current duals; returns how many. With `index`,
 * the same pass picks out each row's edges that may have an arc below the index's limit (one store per edge, kept
 * only when it passes: no branch on the 20–25 % of edges a national pool keeps) and indexes the row from them.
 */
function addViolatingEdges(
  graph: PairGraph,
  allowed: Uint8Array,
  inWorking: Uint8Array,
  solution: SlotSolution,
  slotStart: Int32Array,
  matchBonus: number,
  tolerance: number,
  index?: ShortArcIndex,
): number {
  let added = 0
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
        if (x > threshold && inWorking[e] === 0 && allowed[e] === 1) {
          inWorking[e] = 1
          added++
        }
      }
      index.addRow(r, pickedCol, pickedWeight, 0, n)
    }
    return added
  }
  for (let r = 0; r < graph.rows; r++) {
    const threshold = tolerance - matchBonus - (rowDual[r] as number)
    const end = rowStart[r + 1] as number
    for (let e = rowStart[r] as number; e < end; e++) {
      // −(w + bonus) − u − v < −tolerance  ⇔  w + v > tolerance − bonus − u: one addition per edge.
      if ((weight[e] as number) + (columnMaxDual[col[e] as number] as number) > threshold && inWorking[e] === 0 && allowed[e] === 1) {
        inWorking[e] = 1
        added++
      }
    }
  }
  return added
}
