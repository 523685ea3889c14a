/** Result of {@link solveDenseAssignment}. */
export interface DenseAssignment {
  /** Column assigned to each row. */
  readonly rowToCol: Int32Array
  /** Sum of the costs of the assigned pairs. */
  readonly cost: number
}

/**
 * Exact minimum-cost perfect assignment of a dense square cost matrix (row-major `n × n`), by the classic Jonker–Volgenant
 * algorithm: column reduction, reduction transfer, two passes of augmenting row reduction (an auction-like phase
 * that settles most rows cheaply), then shortest augmenting paths for the rows still free.
 *
 * Kept as an independent exact reference (tests cross-check {@link solveDenseAssignment} against it) and as a
 * benchmark line; on large random matrices the certified sparsification of {@link solveDenseAssignment} is faster.
 * To maximise, pass negated weights.
 *
 * @example
 * jonkerVolgenantDense(Float64Array.of(4, 1, 2, 3), 2).rowToCol // Int32Array [1, 0]
 */
export function jonkerVolgenantDense(cost: Float64Array, n: number): DenseAssignment {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n: must be a non-negative integer')
  if (cost.length !== n * n) throw new RangeError(`cost: must hold n × n = ${n * n} entries, got ${cost.length}`)
  for (let k = 0; k < cost.length; k++) if (!Number.isFinite(cost[k] as number)) throw new RangeError(`cost[${k}]: must be finite`)
  const rowsol = new Int32Array(n).fill(-1)
  const colsol = new Int32Array(n).fill(-1)
  const v = new Float64Array(n)
  if (n === 0) return { rowToCol: rowsol, cost: 0 }
  const free = new Int32Array(n)
  const matches = new Int32Array(n)
  const collist = new Int32Array(n)
  const d = new Float64Array(n)
  const pred = new Int32Array(n)

  // Column reduction: each column goes to its cheapest row, scanning columns in reverse as in the original.
  for (let j = n - 1; j >= 0; j--) {
    let min = cost[j] as number
    let imin = 0
    for (let i = 1; i < n; i++) {
      const c = cost[i * n + j] as number
      if (c < min) {
        min = c
        imin = i
      }
    }
    v[j] = min
    if (++matches[imin]! === 1) {
      rowsol[imin] = j
      colsol[j] = imin
    } else if (min < (v[rowsol[imin] as number] as number)) {
      const j1 = rowsol[imin] as number
      rowsol[imin] = j
      colsol[j] = imin
      colsol[j1] = -1
    } else colsol[j] = -1
  }

  // Reduction transfer: rows that got exactly one column pass their slack to that column's price.
  let numFree = 0
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) free[numFree++] = i
    else if (matches[i] === 1) {
      const j1 = rowsol[i] as number
      let min = Infinity
      const base = i * n
      for (let j = 0; j < n; j++) {
        if (j === j1) continue
        const h = (cost[base + j] as number) - (v[j] as number)
        if (h < min) min = h
      }
      if (min !== Infinity) v[j1] = (v[j1] as number) - min
    }
  }

  // Augmenting row reduction, twice.
  for (let pass = 0; pass < 2; pass++) {
    let k = 0
    const previousFree = numFree
    numFree = 0
    while (k < previousFree) {
      const i = free[k++] as number
      const base = i * n
      let umin = (cost[base] as number) - (v[0] as number)
      let j1 = 0
      let j2 = 0
      let usubmin = Infinity
      for (let j = 1; j < n; j++) {
        const h = (cost[base + j] as number) - (v[j] as number)
        if (h < usubmin) {
          if (h >= umin) {
            usubmin = h
            j2 = j
          } else {
            usubmin = umin
            umin = h
            j2 = j1
            j1 = j
          }
        }
      }
      let i0 = colsol[j1] as number
      if (umin < usubmin) v[j1] = (v[j1] as number) - (usubmin - umin)
      else if (i0 > -1) {
        j1 = j2
        i0 = colsol[j2] as number
      }
      rowsol[i] = j1
      colsol[j1] = i
      if (i0 > -1) {
        if (umin < usubmin) free[--k] = i0
        else free[numFree++] = i0
      }
    }
  }

  // Shortest augmenting paths (Dijkstra on dense reduced costs) for each row still free.
  for (let f = 0; f < numFree; f++) {
    const freeRow = free[f] as number
    const fbase = freeRow * n
    for (let j = 0; j < n; j++) {
      d[j] = (cost[fbase + j] as number) - (v[j] as number)
      pred[j] = freeRow
      collist[j] = j
    }
    let low = 0
    let up = 0
    let last = 0
    let min = 0
    let endOfPath = -1
    while (endOfPath < 0) {
      if (up === low) {
        last = low - 1
        min = d[collist[up++] as number] as number
        for (let k = up; k < n; k++) {
          const j = collist[k] as number
          const h = d[j] as number
          if (h <= min) {
            if (h < min) {
              up = low
              min = h
            }
            collist[k] = collist[up] as number
            collist[up++] = j
          }
        }
        for (let k = low; k < up; k++) {
          if ((colsol[collist[k] as number] as number) < 0) {
            endOfPath = collist[k] as number
            break
          }
        }
      }
      if (endOfPath < 0) {
        const j1 = collist[low++] as number
        const i = colsol[j1] as number
        const base = i * n
        const h = (cost[base + j1] as number) - (v[j1] as number) - min
        for (let k = up; k < n; k++) {
          const j = collist[k] as number
          const v2 = (cost[base + j] as number) - (v[j] as number) - h
          if (v2 < (d[j] as number)) {
            pred[j] = i
            if (v2 === min) {
              if ((colsol[j] as number) < 0) {
                endOfPath = j
                break
              }
              collist[k] = collist[up] as number
              collist[up++] = j
            }
            d[j] = v2
          }
        }
      }
    }
    for (let k = 0; k <= last; k++) {
      const j1 = collist[k] as number
      v[j1] = (v[j1] as number) + (d[j1] as number) - min
    }
    let i: number
    do {
      i = pred[endOfPath] as number
      colsol[endOfPath] = i
      const j1 = endOfPath
      endOfPath = rowsol[i] as number
      rowsol[i] = j1
    } while (i !== freeRow)
  }

  let total = 0
  for (let i = 0; i < n; i++) total += cost[i * n + (rowsol[i] as number)] as number
  return { rowToCol: rowsol, cost: total }
}
