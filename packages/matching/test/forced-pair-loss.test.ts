import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { forcedPairLosses, forgetForcedPairLossCaches, pairGraphFromEdges, ShortArcIndex, solveAssignment } from '../src/solver'
import { bruteForce } from './brute-force'

describe('forcedPairLosses (exact loss from duals)', () => {
  for (const objective of ['max-score', 'max-matched'] as const) {
    it(`equals optimum minus optimum-with-the-pair-forced, by brute force (${objective})`, () => {
      const instance = fc
        .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 4 }) })
        .chain(({ rows, cols }) =>
          fc.record({
            rows: fc.constant(rows),
            cols: fc.constant(cols),
            capacity: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: cols, maxLength: cols }),
            edges: fc.array(fc.tuple(fc.integer({ min: 0, max: rows - 1 }), fc.integer({ min: 0, max: cols - 1 }), fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: rows * cols }),
            minScore: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
          }),
        )
      fc.assert(
        fc.property(instance, (inst) => {
          const graph = pairGraphFromEdges(inst.rows, inst.cols, inst.edges)
          const solution = solveAssignment({ graph, capacity: inst.capacity, objective, minScore: inst.minScore })
          const best = bruteForce(inst, objective)!
          const value = (o: { total: number; matched: number }) => o.total + solution.duals.matchBonus * o.matched
          for (let row = 0; row < inst.rows; row++) {
            const cols = Array.from({ length: inst.cols }, (_, c) => c)
            const losses = forcedPairLosses(graph, solution, row, cols, inst.minScore)
            // The short-arc search (with a full-search fallback past the limit) must give the same figures for any limit.
            for (const shortArcLimit of [0.5, 4, 1e9]) {
              expect(Array.from(forcedPairLosses(graph, solution, row, cols, inst.minScore, { shortArcLimit }))).toEqual(Array.from(losses))
            }
            cols.forEach((c, k) => {
              const forced = bruteForce(inst, objective, [row, c])
              if (forced === null || forced.matched === 0 && !inst.edges.some(([r, cc, w]) => r === row && cc === c && w >= (inst.minScore ?? -Infinity))) {
                expect(Number.isNaN(losses[k]!)).toBe(true)
                return
              }
              expect(losses[k]).toBeCloseTo(value(best) - value(forced), 6)
            })
          }
        }),
        { numRuns: 300, seed: 314 },
      )
    })
  }

  for (const objective of ['max-score', 'max-matched'] as const) {
    it(`gives the same figures from the solver-built index as from one built after the solve (${objective})`, () => {
      const instance = fc
        .record({ rows: fc.integer({ min: 1, max: 9 }), cols: fc.integer({ min: 1, max: 7 }) })
        .chain(({ rows, cols }) =>
          fc.record({
            rows: fc.constant(rows),
            cols: fc.constant(cols),
            capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
            edges: fc.array(fc.tuple(fc.integer({ min: 0, max: rows - 1 }), fc.integer({ min: 0, max: cols - 1 }), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: rows * cols }),
            minScore: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
            limit: fc.constantFrom(0.5, 4, 30, 1e9),
          }),
        )
      fc.assert(
        fc.property(instance, (inst) => {
          const graph = pairGraphFromEdges(inst.rows, inst.cols, inst.edges)
          const plain = solveAssignment({ graph, capacity: inst.capacity, objective, minScore: inst.minScore })
          const prepared = solveAssignment({ graph, capacity: inst.capacity, objective, minScore: inst.minScore, shortArcLimit: inst.limit })
          expect(Array.from(prepared.assignment)).toEqual(Array.from(plain.assignment))
          const built = prepared.shortArcs!
          expect(built).toBeInstanceOf(ShortArcIndex)
          // Arc for arc, the solver's rows equal rows built afterwards from every edge of the row.
          const after = new ShortArcIndex(graph, prepared.duals, inst.minScore ?? -Infinity, inst.limit).buildAll()
          for (let r = 0; r < inst.rows; r++) {
            const a = built.row(r)
            const b = after.row(r)
            for (let k = 0; k <= 32; k++) expect((built.bucketStart[a + k] as number) - (built.bucketStart[a] as number)).toBe((after.bucketStart[b + k] as number) - (after.bucketStart[b] as number))
            const arcs = (index: ShortArcIndex, first: number) => Array.from(index.slot.subarray(index.bucketStart[first], index.bucketStart[first + 32]), (s, k) => `${s}:${index.cost[(index.bucketStart[first] as number) + k]}`).sort()
            expect(arcs(built, a)).toEqual(arcs(after, b))
          }
          const cols = Array.from({ length: inst.cols }, (_, c) => c)
          for (let row = 0; row < inst.rows; row++) {
            forgetForcedPairLossCaches(prepared)
            const first = Array.from(forcedPairLosses(graph, prepared, row, cols, inst.minScore, { shortArcLimit: inst.limit }))
            expect(first).toEqual(Array.from(forcedPairLosses(graph, plain, row, cols, inst.minScore, { shortArcLimit: inst.limit })))
            expect(first).toEqual(Array.from(forcedPairLosses(graph, prepared, row, cols, inst.minScore)))
          }
        }),
        { numRuns: 300, seed: 2718 },
      )
    })
  }

  it('rejects a bad shortArcLimit', () => {
    const graph = pairGraphFromEdges(1, 1, [[0, 0, 5]])
    expect(() => solveAssignment({ graph, shortArcLimit: -1 })).toThrow('shortArcLimit: must be a non-negative finite number')
  })

  it('is zero for the suggested partner and positive for a worse one', () => {
    const graph = pairGraphFromEdges(2, 2, [[0, 0, 10], [0, 1, 6], [1, 0, 9], [1, 1, 2]])
    const solution = solveAssignment({ graph })
    // Optimum: 0→1 (6) + 1→0 (9) = 15 vs 0→0 (10) + 1→1 (2) = 12.
    expect(Array.from(solution.assignment)).toEqual([1, 0])
    expect(Array.from(forcedPairLosses(graph, solution, 0, [1, 0]))).toEqual([0, 3])
  })
})
