import {
  AssignmentInputError,
  checkEdge,
  denseAssignmentSize,
  normalizeCapacity,
  pairGraphFromEdgeColumns,
  solveAssignment,
  solveCompleteAssignment,
  type EdgeColumns,
  type Objective,
} from '../solver'
import { scanInstance } from './instance-scanner'

/** The CLI's input document, validated; the edges in typed columns. */
export interface AssignInstance {
  rows: number
  cols: number
  capacity?: number[]
  objective: Objective
  minScore?: number
  edges: EdgeColumns
}

/** Which solver the command used: the dense path on a complete instance, the sparse one otherwise. */
export type AssignSolver = 'dense' | 'sparse'

/** The CLI's output document. */
export interface AssignOutput {
  assignment: number[]
  total: number
  matched: number
  solver: AssignSolver
  /** Graph building and solving, in milliseconds (not reading, parsing or writing). */
  ms: number
}

/** What the command does with one input: the text for stdout or stderr, and the exit code. */
export interface AssignCommandResult {
  exitCode: 0 | 2
  stdout: string
  stderr: string
}

/**
 * The whole command on one input document: parse, validate, choose the solver, solve, and format the answer or
 * the error (exit code 2, a message naming the field). `assign.ts` only adds stdin and stdout around it.
 *
 * @example
 * assignCommand('{"rows":1,"cols":1,"edges":[[0,0,5]]}').stdout // '{"assignment":[0],"total":5,"matched":1,"solver":"dense","ms":…}\n'
 */
export function assignCommand(input: string | Uint8Array): AssignCommandResult {
  let result: AssignOutput
  try {
    result = runAssignInstance(parseAssignInstance(input))
  } catch (error) {
    if (error instanceof AssignmentInputError) return { exitCode: 2, stdout: '', stderr: `matching:assign: invalid input: ${error.message}\n` }
    throw error
  }
  // The assignment is joined by hand: one string instead of JSON.stringify walking a 20,000-element array.
  const { assignment, ...rest } = result
  const head = JSON.stringify(rest)
  return { exitCode: 0, stdout: `{"assignment":[${assignment.join(',')}],${head.slice(1)}\n`, stderr: '' }
}

/**
 * Parses and validates the CLI's JSON input; throws {@link AssignmentInputError} naming the field on bad input.
 * The plain shape is read by {@link scanInstance} without building the document; anything else (and every
 * malformed input) goes through JSON.parse, so both give the same instance or the same error.
 *
 * @example
 * parseAssignInstance('{"rows":1,"cols":1,"edges":[[0,0,5]]}').objective // 'max-score'
 */
export function parseAssignInstance(input: string | Uint8Array): AssignInstance {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  const scanned = scanInstance(bytes)
  if (scanned) return validateDocument(scanned.fields, scanned.edges)
  let doc: unknown
  try {
    doc = JSON.parse(typeof input === 'string' ? input : bytes.toString('utf8'))
  } catch (error) {
    throw new AssignmentInputError('(document)', `not valid JSON (${(error as Error).message})`)
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new AssignmentInputError('(document)', 'must be a JSON object')
  return validateDocument(doc as Record<string, unknown>, undefined)
}

/** The field checks, in one place for both readers; `edges` is given when the scanner already read them. */
function validateDocument(input: Record<string, unknown>, scannedEdges: EdgeColumns | undefined): AssignInstance {
  const known = new Set(['rows', 'cols', 'capacity', 'objective', 'minScore', 'edges'])
  for (const key of Object.keys(input)) if (!known.has(key)) throw new AssignmentInputError(key, 'unknown field')
  const rows = input.rows
  const cols = input.cols
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) throw new AssignmentInputError('rows', 'must be a non-negative integer')
  if (typeof cols !== 'number' || !Number.isInteger(cols) || cols < 0) throw new AssignmentInputError('cols', 'must be a non-negative integer')
  if (scannedEdges === undefined && !Array.isArray(input.edges)) throw new AssignmentInputError('edges', 'must be an array of [row, col, score]')
  const objective = input.objective ?? 'max-score'
  if (objective !== 'max-score' && objective !== 'max-matched') throw new AssignmentInputError('objective', 'must be "max-score" or "max-matched"')
  if (input.minScore !== undefined && (typeof input.minScore !== 'number' || !Number.isFinite(input.minScore))) throw new AssignmentInputError('minScore', 'must be a finite number')
  if (input.capacity !== undefined && !Array.isArray(input.capacity)) throw new AssignmentInputError('capacity', 'must be an array of integers')
  if (input.capacity !== undefined) normalizeCapacity(cols, input.capacity as number[])
  return {
    rows,
    cols,
    objective,
    edges: scannedEdges ? checkedColumns(rows, cols, scannedEdges) : edgeColumns(rows, cols, input.edges as unknown[]),
    ...(input.capacity !== undefined ? { capacity: input.capacity as number[] } : {}),
    ...(input.minScore !== undefined ? { minScore: input.minScore as number } : {}),
  }
}

/** The scanner's columns, range-checked (one comparison chain per edge; the message comes from {@link checkEdge}). */
function checkedColumns(rows: number, cols: number, edges: EdgeColumns): EdgeColumns {
  const { row, col, weight } = edges
  for (let k = 0; k < row.length; k++) {
    const r = row[k] as number
    const c = col[k] as number
    const w = weight[k] as number
    if (r < 0 || r >= rows || c < 0 || c >= cols || w - w !== 0) checkEdge(rows, cols, k, r, c, w)
  }
  return edges
}

/** JSON.parse's edge arrays, checked and copied into columns. */
function edgeColumns(rows: number, cols: number, edges: unknown[]): EdgeColumns {
  const out = { row: new Int32Array(edges.length), col: new Int32Array(edges.length), weight: new Float64Array(edges.length) }
  edges.forEach((edge, k) => {
    if (!Array.isArray(edge) || edge.length !== 3) throw new AssignmentInputError(`edges[${k}]`, 'must be [row, col, score]')
    const [r, c, w] = edge as [number, number, number]
    checkEdge(rows, cols, k, r, c, w)
    out.row[k] = r
    out.col[k] = c
    out.weight[k] = w
  })
  return out
}

/**
 * Solves a parsed instance and shapes the CLI output; `ms` covers graph building and solving.
 *
 * The solver is chosen for the instance: a complete instance (every row with every column — the dense case)
 * goes to the dense path ({@link solveCompleteAssignment}: a square matrix solved by certified sparsification,
 * or by Jonker–Volgenant when the matrix is too tied for that), because the sparse solver's certified
 * sparsification, alone, degrades badly on tied complete matrices (62 s on a constant 2,000 × 2,000 matrix);
 * anything else goes to the sparse b-matching solver. Both give the same optimum (tests check it).
 *
 * @example
 * runAssignInstance(parseAssignInstance('{"rows":1,"cols":1,"edges":[[0,0,5]]}')).assignment // [0]
 */
export function runAssignInstance(instance: AssignInstance): AssignOutput {
  const started = performance.now()
  const graph = pairGraphFromEdgeColumns(instance.rows, instance.cols, instance.edges)
  const problem = { graph, capacity: instance.capacity, objective: instance.objective, minScore: instance.minScore }
  const solver: AssignSolver = denseAssignmentSize(problem) === undefined ? 'sparse' : 'dense'
  const solution = solver === 'dense' ? solveCompleteAssignment(problem) : solveAssignment(problem)
  const ms = performance.now() - started
  return { assignment: Array.from(solution.assignment), total: solution.total, matched: solution.matched, solver, ms: Math.round(ms * 1000) / 1000 }
}
