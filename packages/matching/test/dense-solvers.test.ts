import fc from 'fast-check'
import munkres from 'munkres'
import { describe, expect, it } from 'vitest'
import { jonkerVolgenantDense, solveDenseAssignment } from '../src/solver'

function bruteMinCost(cost: number[], n: number): number {
  let best = Infinity
  const used = new Array(n).fill(false)
  const visit = (row: number, total: number) => {
    if (row === n) return void (best = Math.min(best, total))
    for (let c = 0; c < n; c++) {
      if (used[c]) continue
      used[c] = true
      visit(row + 1, total + cost[row * n + c]!)
      used[c] = false
    }
  }
  visit(0, 0)
  return best
}

function expectPermutation(rowToCol: Int32Array, n: number) {
  expect(new Set(rowToCol).size).toBe(n)
  for (const c of rowToCol) expect(c >= 0 && c < n).toBe(true)
}

for (const [name, solve] of [['solveDenseAssignment (certified sparsification)', solveDenseAssignment], ['jonkerVolgenantDense', jonkerVolgenantDense]] as const)
describe(name, () => {
  it('matches brute force on small matrices, including many ties', () => {
    const matrix = fc.integer({ min: 1, max: 7 }).chain((n) =>
      fc.record({ n: fc.constant(n), cost: fc.array(fc.integer({ min: -3, max: 6 }), { minLength: n * n, maxLength: n * n }) }),
    )
    fc.assert(
      fc.property(matrix, ({ n, cost }) => {
        const result = solve(Float64Array.from(cost), n)
        expectPermutation(result.rowToCol, n)
        expect(result.cost).toBeCloseTo(bruteMinCost(cost, n), 9)
      }),
      { numRuns: 400, seed: 11 },
    )
  })

  it('agrees with the munkres package on random 60 × 60 matrices', () => {
    let state = 99
    const random = () => ((state = (state * 48271) % 2147483647) / 2147483647)
    for (let round = 0; round < 5; round++) {
      const n = 60
      const rows = Array.from({ length: n }, () => Array.from({ length: n }, () => Math.floor(random() * 1000)))
      const reference = (munkres(rows) as Array<[number, number]>).reduce((sum, [r, c]) => sum + rows[r]![c]!, 0)
      const result = solve(Float64Array.from(rows.flat()), n)
      expectPermutation(result.rowToCol, n)
      expect(result.cost).toBe(reference)
    }
  })

  it('agrees with the other dense solver on 300 × 300 matrices with heavy ties', () => {
    let state = 5
    const random = () => ((state = (state * 48271) % 2147483647) / 2147483647)
    const n = 300
    const cost = Float64Array.from({ length: n * n }, () => Math.floor(random() * 20))
    const other = solve === solveDenseAssignment ? jonkerVolgenantDense : solveDenseAssignment
    const result = solve(cost, n)
    expectPermutation(result.rowToCol, n)
    expect(result.cost).toBe(other(cost, n).cost)
  })

  it('rejects a matrix of the wrong size', () => {
    expect(() => solve(new Float64Array(3), 2)).toThrow(/cost/)
  })
})
