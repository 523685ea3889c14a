import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pairGraphFromEdges, solveAssignment } from '../src/solver'
import { bruteForce, evaluate, type BruteInstance } from './brute-force'


const instanceArbitrary = fc
  .record({ rows: fc.integer({ min: 0, max: 5 }), cols: fc.integer({ min: 0, max: 4 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
      edges: cols === 0 || rows === 0 ? fc.constant([] as Array<[number, number, number]>) : fc.array(fc.tuple(fc.integer({ min: 0, max: rows - 1 }), fc.integer({ min: 0, max: cols - 1 }), fc.integer({ min: -5, max: 12 })), { maxLength: rows * cols + 2 }),
      minScore: fc.option(fc.integer({ min: -2, max: 6 }), { nil: undefined }),
    }),
  )

describe('solveAssignment against brute force', () => {
  for (const objective of ['max-score', 'max-matched'] as const) {
    it(`is optimal on random small instances (${objective})`, () => {
      fc.assert(
        fc.property(instanceArbitrary, (instance) => {
          const graph = pairGraphFromEdges(instance.rows, instance.cols, instance.edges)
          const solution = solveAssignment({ graph, capacity: instance.capacity, objective, minScore: instance.minScore })
          const got = evaluate(instance, solution.assignment)
          const best = bruteForce(instance, objective)!
          expect(got.total).toBeCloseTo(solution.total, 9)
          expect(got.matched).toBe(solution.matched)
          if (objective === 'max-matched') expect(got.matched).toBe(best.matched)
          expect(got.total).toBeCloseTo(best.total, 9)
        }),
        { numRuns: 600, seed: 20260301 },
      )
    })
  }

  it('prefers matching more people only under max-matched', () => {
    // Row 0 alone on column 0 scores 10; splitting gives 4 + 4 = 8 but matches both.
    const instance: BruteInstance = { rows: 2, cols: 2, capacity: [1, 1], edges: [[0, 0, 10], [0, 1, 4], [1, 0, 4]] }
    const graph = pairGraphFromEdges(2, 2, instance.edges)
    expect(Array.from(solveAssignment({ graph, objective: 'max-score' }).assignment)).toEqual([0, -1])
    expect(Array.from(solveAssignment({ graph, objective: 'max-matched' }).assignment)).toEqual([1, 0])
  })

  it('leaves rows unmatched when no pair reaches the minimum score', () => {
    const graph = pairGraphFromEdges(2, 1, [[0, 0, 30], [1, 0, 45]])
    const solution = solveAssignment({ graph, minScore: 50 })
    expect(Array.from(solution.assignment)).toEqual([-1, -1])
    expect(solution.matched).toBe(0)
  })

  it('fills a mentor with capacity several mentees', () => {
    const graph = pairGraphFromEdges(3, 2, [[0, 0, 9], [1, 0, 8], [2, 0, 7], [2, 1, 1]])
    const solution = solveAssignment({ graph, capacity: [2, 1] })
    expect(Array.from(solution.assignment)).toEqual([0, 0, 1])
    expect(solution.total).toBe(18)
  })

  it('gives the same answer whatever the order of the edge list', () => {
    const edges: Array<[number, number, number]> = [[0, 0, 5], [0, 1, 5], [1, 0, 5], [1, 1, 5], [2, 1, 5]]
    const a = solveAssignment({ graph: pairGraphFromEdges(3, 2, edges) })
    const b = solveAssignment({ graph: pairGraphFromEdges(3, 2, [...edges].reverse()) })
    expect(Array.from(a.assignment)).toEqual(Array.from(b.assignment))
  })

  it('stays exact when the sparse first round is not enough (many rows want the same columns)', () => {
    // 40 rows all prefer the same 12 columns, so the first round's 10 best edges per row cannot be the optimum.
    const rows = 40
    const cols = 40
    const edges: Array<[number, number, number]> = []
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) edges.push([r, c, c < 12 ? 90 + Math.floor(random() * 10) : Math.floor(random() * 60)])
    const graph = pairGraphFromEdges(rows, cols, edges)
    const solution = solveAssignment({ graph, objective: 'max-matched', initialEdgesPerRow: 10 })
    expect(solution.rounds).toBeGreaterThan(1)
    expect(solution.matched).toBe(40)
    // Reference: the same problem solved with every edge in the first round gives the same optimum.
    const full = solveAssignment({ graph, objective: 'max-matched', initialEdgesPerRow: cols })
    expect(full.rounds).toBe(1)
    expect(solution.total).toBeCloseTo(full.total, 6)
  })

  it('sparsified solves equal full solves on random medium instances with capacities', () => {
    const medium = fc.record({
      rows: fc.integer({ min: 5, max: 30 }),
      cols: fc.integer({ min: 3, max: 30 }),
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      density: fc.double({ min: 0.2, max: 1, noNaN: true }),
      objective: fc.constantFrom('max-score' as const, 'max-matched' as const),
    })
    fc.assert(
      fc.property(medium, ({ rows, cols, seed, density, objective }) => {
        let state = seed
        const random = () => ((state = (state * 48271) % 2147483647) / 2147483647)
        const edges: Array<[number, number, number]> = []
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (random() < density) edges.push([r, c, Math.round(random() * 100) / 4])
        const capacity = Array.from({ length: cols }, () => (random() < 0.2 ? 2 + Math.floor(random() * 2) : 1))
        const graph = pairGraphFromEdges(rows, cols, edges)
        const sparse = solveAssignment({ graph, capacity, objective, initialEdgesPerRow: 2 })
        const full = solveAssignment({ graph, capacity, objective, initialEdgesPerRow: cols })
        // Under max-score, zero-weight pairs make the matched count a tie; only the total is determined.
        if (objective === 'max-matched') expect(sparse.matched).toBe(full.matched)
        expect(sparse.total).toBeCloseTo(full.total, 6)
      }),
      { numRuns: 150, seed: 42 },
    )
  })

  it('rejects bad input naming the field', () => {
    expect(() => pairGraphFromEdges(2, 2, [[0, 2, 1]])).toThrow(/edges\[0\]\[1\]/)
    expect(() => solveAssignment({ graph: pairGraphFromEdges(1, 1, []), capacity: [-1] })).toThrow(/capacity\[0\]/)
  })
})
