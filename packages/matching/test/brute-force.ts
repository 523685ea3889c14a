import { expect } from 'vitest'
/** Exhaustive reference solver for tiny instances: the ground truth the fast solvers are checked against. */
export interface BruteInstance {
  rows: number
  cols: number
  capacity: number[]
  edges: Array<[number, number, number]>
  minScore?: number
}

export interface BruteOptimum {
  total: number
  matched: number
}

/** Best (matched, total) under the objective, enumerating every feasible assignment. */
export function bruteForce(instance: BruteInstance, objective: 'max-score' | 'max-matched', forced?: [number, number]): BruteOptimum | null {
  const weights = new Map<string, number>()
  for (const [r, c, w] of instance.edges) {
    if (w < (instance.minScore ?? -Infinity)) continue
    const key = `${r},${c}`
    weights.set(key, Math.max(weights.get(key) ?? -Infinity, w))
  }
  const left = [...instance.capacity]
  let best: BruteOptimum | null = null
  const better = (a: BruteOptimum, b: BruteOptimum | null) =>
    b === null || (objective === 'max-matched' ? a.matched > b.matched || (a.matched === b.matched && a.total > b.total + 1e-9) : a.total > b.total + 1e-9)
  const visit = (r: number, total: number, matched: number) => {
    if (r === instance.rows) {
      const candidate = { total, matched }
      if (better(candidate, best)) best = candidate
      return
    }
    if (!forced || forced[0] !== r) visit(r + 1, total, matched)
    for (let c = 0; c < instance.cols; c++) {
      if (forced && forced[0] === r && forced[1] !== c) continue
      const w = weights.get(`${r},${c}`)
      if (w === undefined || left[c]! <= 0) continue
      left[c]!--
      visit(r + 1, total + w, matched + 1)
      left[c]!++
    }
  }
  visit(0, 0, 0)
  return best
}

/** Checks feasibility of a returned assignment and returns its (matched, total). */
export function evaluate(instance: BruteInstance, assignment: ArrayLike<number>): { matched: number; total: number } {
  const used = new Array(instance.cols).fill(0)
  let total = 0
  let matched = 0
  Array.from(assignment).forEach((c, r) => {
    if (c < 0) return
    const weights = instance.edges.filter(([er, ec]) => er === r && ec === c).map(([, , w]) => w)
    expect(weights.length, `pair ${r},${c} must be an allowed edge`).toBeGreaterThan(0)
    const w = Math.max(...weights)
    expect(w).toBeGreaterThanOrEqual(instance.minScore ?? -Infinity)
    used[c]++
    total += w
    matched++
  })
  used.forEach((k, c) => expect(k).toBeLessThanOrEqual(instance.capacity[c]!))
  return { matched, total }
}
