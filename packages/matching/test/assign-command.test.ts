import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assignCommand, parseAssignInstance, runAssignInstance, type AssignOutput } from '../src/cli/assign-instance'
import { scanInstance } from '../src/cli/instance-scanner'
import { denseAssignmentSize, jonkerVolgenantDense, pairGraphFromEdges, solveAssignment, solveCompleteAssignment, solveDenseAssignment } from '../src/solver'
import { bruteForce, evaluate, type BruteInstance } from './brute-force'

/** The instance JSON.parse gives, in the shape parseAssignInstance returns (the reference for the fast reader). */
function referenceParse(text: string) {
  const doc = JSON.parse(text) as { edges: Array<[number, number, number]> }
  return { row: doc.edges.map((e) => e[0]), col: doc.edges.map((e) => e[1]), weight: doc.edges.map((e) => e[2]) }
}

function random(seed: number): () => number {
  let state = seed
  return () => (state = (state * 48271) % 2147483647) / 2147483647
}

function completeDocument(rows: number, cols: number, seed: number, extra: Record<string, unknown> = {}): string {
  const next = random(seed)
  const edges: Array<[number, number, number]> = []
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) edges.push([r, c, Math.round(next() * 10000) / 100])
  return JSON.stringify({ rows, cols, ...extra, edges })
}

function run(text: string): AssignOutput {
  const result = assignCommand(text)
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)
  return JSON.parse(result.stdout) as AssignOutput
}

describe('the command reads its input fast and exactly as JSON.parse does', () => {
  it('gives the numbers JSON.parse gives, whatever their form, and takes the fast reader on plain documents', () => {
    const score = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1000, max: 1000 }),
      fc.integer({ min: 0, max: 10_000 }).map((k) => k / 100),
    )
    const edge = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), score)
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 30 }), fc.constantFrom(undefined, 1, '\t', ' \r\n '), (edges, space) => {
        const text = JSON.stringify({ rows: 10, cols: 10, objective: 'max-matched', edges }, null, space)
        expect(scanInstance(Buffer.from(text))).toBeDefined()
        const parsed = parseAssignInstance(text)
        const reference = referenceParse(text)
        expect(Array.from(parsed.edges.row)).toEqual(reference.row)
        expect(Array.from(parsed.edges.col)).toEqual(reference.col)
        // Object.is compares doubles exactly and tells −0 from 0.
        for (let k = 0; k < edges.length; k++) expect(Object.is(parsed.edges.weight[k], reference.weight[k])).toBe(true)
      }),
      { numRuns: 300, seed: 7 },
    )
  })

  it('reads hand-written number forms exactly (exponents, long mantissas, −0, extremes)', () => {
    const forms = ['0.1', '-0', '-0.0', '1e2', '1E-2', '2.5e+3', '123456789012345678', '0.30000000000000004', '5e-324', '1.7976931348623157e308', '9007199254740993', '0.000000000000000000000123', '73.41']
    const text = `{"rows":1,"cols":1,"edges":[${forms.map((f) => `[0,0,${f}]`).join(',')}]}`
    expect(scanInstance(Buffer.from(text))).toBeDefined()
    const parsed = parseAssignInstance(text)
    forms.forEach((f, k) => expect(Object.is(parsed.edges.weight[k], JSON.parse(f) as number)).toBe(true))
  })

  it('leaves unusual documents to JSON.parse, with the same result', () => {
    const unusual = [
      '{"rows":1,"cols":1,"edges":[[0,0,5]],"rows":1}', // duplicate key: JSON.parse keeps the last
      '{"rows":1,"cols":1,"objective":"max-\\u0073core","edges":[[0,0,5]]}', // an escape
      '\uFEFF{"rows":1,"cols":1,"edges":[[0,0,5]]}', // a byte-order mark: not JSON
      '{"rows":1,"cols":1,"edges":[[0,0,5]] x', // trailing garbage
    ]
    for (const text of unusual) expect(scanInstance(Buffer.from(text))).toBeUndefined()
    expect(parseAssignInstance(unusual[0]!).rows).toBe(1)
    expect(parseAssignInstance(unusual[1]!).objective).toBe('max-score')
    expect(() => parseAssignInstance(unusual[2]!)).toThrow(/^\(document\): not valid JSON/)
    expect(() => parseAssignInstance(unusual[3]!)).toThrow(/^\(document\): not valid JSON/)
    // A row written 0.0 is the integer 0 for JSON.parse too: the fast reader takes it.
    expect(Array.from(parseAssignInstance('{"rows":1,"cols":1,"edges":[[0.0,0,5]]}').edges.row)).toEqual([0])
  })

  it('answers bad input with exit code 2 and a message naming the field, on either reader', () => {
    const cases: Array<[string, RegExp]> = [
      ['{"rows":1,', /^matching:assign: invalid input: \(document\): not valid JSON/],
      ['[1,2]', /\(document\): must be a JSON object/],
      ['{"rows":1,"cols":1,"edges":[],"colour":3}', /colour: unknown field/],
      ['{"rows":-1,"cols":1,"edges":[]}', /rows: must be a non-negative integer/],
      ['{"rows":1,"cols":1.5,"edges":[]}', /cols: must be a non-negative integer/],
      ['{"rows":1,"cols":1,"edges":{}}', /edges: must be an array/],
      ['{"rows":1,"cols":1}', /edges: must be an array/],
      ['{"rows":1,"cols":1,"edges":[[0,0]]}', /edges\[0\]: must be \[row, col, score\]/],
      ['{"rows":2,"cols":2,"edges":[[0,0,1],[2,0,1]]}', /edges\[1\]\[0\]: row must be an integer in \[0, 2\)/],
      ['{"rows":2,"cols":2,"edges":[[0,0,1],[1.5,0,1]]}', /edges\[1\]\[0\]: row must be an integer/],
      ['{"rows":2,"cols":2,"edges":[[0,-1,1]]}', /edges\[0\]\[1\]: col must be an integer in \[0, 2\)/],
      ['{"rows":2,"cols":2,"edges":[[0,0,"x"]]}', /edges\[0\]\[2\]: score must be a finite number/],
      ['{"rows":2,"cols":2,"edges":[[0,0,1e400]]}', /edges\[0\]\[2\]: score must be a finite number/],
      ['{"rows":1,"cols":1,"objective":"best","edges":[]}', /objective: must be "max-score" or "max-matched"/],
      ['{"rows":1,"cols":1,"minScore":"20","edges":[]}', /minScore: must be a finite number/],
      ['{"rows":1,"cols":2,"capacity":[1],"edges":[]}', /capacity: must have one entry per column \(2\), got 1/],
      ['{"rows":1,"cols":2,"capacity":[1,-1],"edges":[]}', /capacity\[1\]: must be a non-negative integer/],
    ]
    for (const [text, message] of cases) {
      const result = assignCommand(text)
      expect(result.exitCode, text).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr, text).toMatch(message)
    }
  })

  it('runs as a process: JSON on stdout, or the field on stderr with exit code 2', () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli')
    const cli = join(import.meta.dirname, '../src/cli/assign.ts')
    const good = spawnSync(process.execPath, [tsx, cli], { input: '{"rows":2,"cols":2,"edges":[[0,0,5],[0,1,4],[1,0,7]]}', encoding: 'utf8' })
    expect(good.status).toBe(0)
    expect(JSON.parse(good.stdout)).toMatchObject({ assignment: [1, 0], total: 11, matched: 2, solver: 'sparse' })
    const bad = spawnSync(process.execPath, [tsx, cli], { input: '{"rows":2,"cols":2,"edges":[[0,5,1]]}', encoding: 'utf8' })
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toMatch(/edges\[0\]\[1\]: col must be an integer in \[0, 2\)/)
  })
})


describe('the command chooses the dense solver for complete instances, with the same optimum', () => {
  const complete = fc
    .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 4 }) })
    .chain(({ rows, cols }) =>
      fc.record({
        rows: fc.constant(rows),
        cols: fc.constant(cols),
        capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
        weights: fc.array(fc.integer({ min: -5, max: 12 }), { minLength: rows * cols, maxLength: rows * cols }),
        minScore: fc.option(fc.integer({ min: -6, max: 6 }), { nil: undefined }),
        shuffle: fc.boolean(),
      }),
    )

  for (const objective of ['max-score', 'max-matched'] as const) {
    it(`equals brute force and the sparse solver on random complete instances (${objective})`, () => {
      let dense = 0
      fc.assert(
        fc.property(complete, ({ rows, cols, capacity, weights, minScore, shuffle }) => {
          const edges: Array<[number, number, number]> = weights.map((w, k) => [Math.floor(k / cols), k % cols, w])
          if (shuffle) edges.reverse()
          const instance: BruteInstance = { rows, cols, capacity, edges, ...(minScore === undefined ? {} : { minScore }) }
          const text = JSON.stringify({ rows, cols, capacity, objective, ...(minScore === undefined ? {} : { minScore }), edges })
          const output = run(text)
          const graph = pairGraphFromEdges(rows, cols, edges)
          const problem = { graph, capacity, objective, minScore }
          expect(output.solver).toBe(denseAssignmentSize(problem) === undefined ? 'sparse' : 'dense')
          if (output.solver === 'dense') dense++
          const got = evaluate(instance, output.assignment)
          const best = bruteForce(instance, objective)!
          const sparse = solveAssignment(problem)
          expect(got.total).toBeCloseTo(output.total, 9)
          expect(got.matched).toBe(output.matched)
          expect(output.total).toBeCloseTo(best.total, 9)
          expect(output.total).toBeCloseTo(sparse.total, 9)
          if (objective === 'max-matched') expect(output.matched).toBe(best.matched)
          if (output.solver === 'dense') {
            // The square-matrix route (taken on tied matrices) must give the same optimum: forced here.
            const square = solveCompleteAssignment(problem, { sparsify: false })
            const viaSquare = evaluate(instance, square.assignment)
            expect(viaSquare.total).toBeCloseTo(square.total, 9)
            expect(viaSquare.matched).toBe(square.matched)
            expect(square.total).toBeCloseTo(best.total, 9)
            if (objective === 'max-matched') expect(square.matched).toBe(best.matched)
          }
        }),
        { numRuns: 500, seed: 20261130 },
      )
      // The property must have exercised the dense path, not only the fallback to the sparse one.
      expect(dense).toBeGreaterThan(150)
    })
  }

  it('solves a complete 300 × 300 instance through the command with the dense path, at the sparse optimum', () => {
    const text = completeDocument(300, 300, 42)
    const output = run(text)
    expect(output.solver).toBe('dense')
    expect(output.matched).toBe(300)
    const instance = parseAssignInstance(text)
    const edges = Array.from(instance.edges.row, (r, k) => [r, instance.edges.col[k]!, instance.edges.weight[k]!] as [number, number, number])
    const sparse = solveAssignment({ graph: pairGraphFromEdges(300, 300, edges) })
    expect(output.total).toBeCloseTo(sparse.total, 6)
    expect(new Set(output.assignment).size).toBe(300)
    // Independent reference: the classic Jonker–Volgenant on the negated matrix.
    const cost = Float64Array.from(instance.edges.weight, (w) => -w)
    expect(output.total).toBeCloseTo(-jonkerVolgenantDense(cost, 300).cost, 6)
    // Same optimum whatever the order of the edges (the reordered list goes through the sorting builder).
    const reversed = JSON.stringify({ rows: 300, cols: 300, edges: [...edges].reverse() })
    const again = run(reversed)
    expect(again.solver).toBe('dense')
    expect(again.total).toBeCloseTo(output.total, 6)
  })

  it('handles capacities, padding, minScore and negative scores on a complete 120 × 80 instance like the sparse solver', () => {
    const next = random(3)
    const capacity = Array.from({ length: 80 }, () => (next() < 0.3 ? 2 : 1))
    for (const objective of ['max-score', 'max-matched'] as const) {
      for (const minScore of [undefined, 10]) {
        const edges: Array<[number, number, number]> = []
        for (let r = 0; r < 120; r++) for (let c = 0; c < 80; c++) edges.push([r, c, Math.floor(next() * 60) - 10])
        const graph = pairGraphFromEdges(120, 80, edges)
        const problem = { graph, capacity, objective, ...(minScore === undefined ? {} : { minScore }) }
        const sparse = solveAssignment(problem)
        if (objective === 'max-matched' && minScore !== undefined) {
          // Pairs excluded by the minimum score cannot be priced in a perfect assignment: the sparse path solves it.
          expect(denseAssignmentSize(problem)).toBeUndefined()
          continue
        }
        for (const sparsify of [true, false]) {
          const dense = solveCompleteAssignment(problem, { sparsify })
          expect(dense.total).toBeCloseTo(sparse.total, 6)
          if (objective === 'max-matched') expect(dense.matched).toBe(sparse.matched)
        }
      }
    }
  })

  it('keeps the sparse solver for instances that are not complete', () => {
    const output = run(JSON.stringify({ rows: 3, cols: 3, edges: [[0, 0, 5], [1, 1, 5], [2, 2, 5], [0, 1, 9]] }))
    expect(output.solver).toBe('sparse')
    expect(output.total).toBe(15)
  })

  it('solves heavily tied complete matrices (where sparsification alone degrades) exactly', () => {
    const n = 300
    for (const weight of [() => 50, (r: number, c: number) => (r % 7) + (c % 11)]) {
      const edges: Array<[number, number, number]> = []
      for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) edges.push([r, c, weight(r, c)])
      const output = run(JSON.stringify({ rows: n, cols: n, edges }))
      expect(output.solver).toBe('dense')
      const cost = Float64Array.from(edges, (e) => -e[2])
      expect(output.total).toBe(-jonkerVolgenantDense(cost, n).cost)
      expect(-solveDenseAssignment(cost, n).cost).toBe(output.total)
    }
  })

  it('reports the chosen solver and the solve time in the output', () => {
    const output = runAssignInstance(parseAssignInstance(completeDocument(4, 4, 1)))
    expect(output.solver).toBe('dense')
    expect(output.ms).toBeGreaterThanOrEqual(0)
  })
})
