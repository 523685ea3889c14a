import { AssignmentInputError, pairGraphFromEdges, solveAssignment, type Objective } from '../solver'

/** The CLI's input document, validated. */
export interface AssignInstance {
  rows: number
  cols: number
  capacity?: number[]
  objective: Objective
  minScore?: number
  edges: Array<[number, number, number]>
}

/** The CLI's output document. */
export interface AssignOutput {
  assignment: number[]
  total: number
  matched: number
  ms: number
}

/**
 * Parses and validates the CLI's JSON input; throws {@link AssignmentInputError} naming the field on bad input.
 *
 * @example
 * parseAssignInstance('{"rows":1,"cols":1,"edges":[[0,0,5]]}').objective // 'max-score'
 */
export function parseAssignInstance(text: string): AssignInstance {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    throw new AssignmentInputError('(document)', `not valid JSON (${(error as Error).message})`)
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new AssignmentInputError('(document)', 'must be a JSON object')
  const input = doc as Record<string, unknown>
  const known = new Set(['rows', 'cols', 'capacity', 'objective', 'minScore', 'edges'])
  for (const key of Object.keys(input)) if (!known.has(key)) throw new AssignmentInputError(key, 'unknown field')
  const rows = input.rows
  const cols = input.cols
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) throw new AssignmentInputError('rows', 'must be a non-negative integer')
  if (typeof cols !== 'number' || !Number.isInteger(cols) || cols < 0) throw new AssignmentInputError('cols', 'must be a non-negative integer')
  if (!Array.isArray(input.edges)) throw new AssignmentInputError('edges', 'must be an array of [row, col, score]')
  const objective = input.objective ?? 'max-score'
  if (objective !== 'max-score' && objective !== 'max-matched') throw new AssignmentInputError('objective', 'must be "max-score" or "max-matched"')
  if (input.minScore !== undefined && (typeof input.minScore !== 'number' || !Number.isFinite(input.minScore))) throw new AssignmentInputError('minScore', 'must be a finite number')
  if (input.capacity !== undefined && !Array.isArray(input.capacity)) throw new AssignmentInputError('capacity', 'must be an array of integers')
  return {
    rows,
    cols,
    objective,
    edges: input.edges as Array<[number, number, number]>,
    ...(input.capacity !== undefined ? { capacity: input.capacity as number[] } : {}),
    ...(input.minScore !== undefined ? { minScore: input.minScore as number } : {}),
  }
}

/**
 * Solves a parsed instance and shapes the CLI output; `ms` covers graph building and solving.
 *
 * @example
 * runAssignInstance({ rows: 1, cols: 1, objective: 'max-score', edges: [[0, 0, 5]] }).assignment // [0]
 */
export function runAssignInstance(instance: AssignInstance): AssignOutput {
  const started = performance.now()
  const graph = pairGraphFromEdges(instance.rows, instance.cols, instance.edges)
  const solution = solveAssignment({ graph, capacity: instance.capacity, objective: instance.objective, minScore: instance.minScore })
  const ms = performance.now() - started
  return { assignment: Array.from(solution.assignment), total: solution.total, matched: solution.matched, ms: Math.round(ms * 1000) / 1000 }
}
