/**
 * A uniform grid over projected points (km) for radius queries: each query inspects only the 3 × 3 block of cells
 * around it, so finding everyone within `cellKm` costs time proportional to the neighbours, never to all pairs.
 *
 * @example
 * const grid = new SpatialGrid(Float64Array.of(0, 3), Float64Array.of(0, 4), 15)
 * const near: number[] = []
 * grid.forEachWithin(0, 0, 15, (i, d) => near.push(i)) // near = [0, 1]
 */
export class SpatialGrid {
  private readonly cellStart: Int32Array
  /** Point indices in grid order: cell by cell (ascending cell key), index order inside a cell. */
  readonly members: Int32Array
  private readonly cellKeys: Map<number, number>
  private static readonly SPAN = 1 << 15

  constructor(
    private readonly x: Float64Array,
    private readonly y: Float64Array,
    private readonly cellKm: number,
  ) {
    if (!(cellKm > 0)) throw new RangeError('cellKm: must be positive')
    const keyOf = new Float64Array(x.length)
    const cellKeys = new Map<number, number>()
    for (let i = 0; i < x.length; i++) {
      const key = this.key(Math.floor((x[i] as number) / cellKm), Math.floor((y[i] as number) / cellKm))
      keyOf[i] = key
      cellKeys.set(key, (cellKeys.get(key) ?? 0) + 1)
    }
    // Cells get consecutive ranges in ascending key order; members stay in index order inside a cell (determinism).
    const sortedKeys = [...cellKeys.keys()].sort((a, b) => a - b)
    this.cellStart = new Int32Array(sortedKeys.length + 1)
    this.cellKeys = new Map()
    sortedKeys.forEach((key, c) => {
      this.cellKeys.set(key, c)
      this.cellStart[c + 1] = (this.cellStart[c] as number) + (cellKeys.get(key) as number)
    })
    const fill = this.cellStart.slice(0, sortedKeys.length)
    this.members = new Int32Array(x.length)
    for (let i = 0; i < x.length; i++) this.members[fill[this.cellKeys.get(keyOf[i] as number) as number]!++] = i
  }

  /** Calls `visit(index, planeDistanceKm)` for every point within `radiusKm` (≤ cellKm) of (qx, qy). */
  forEachWithin(qx: number, qy: number, radiusKm: number, visit: (index: number, distanceKm: number) => void): void {
    const cx = Math.floor(qx / this.cellKm)
    const cy = Math.floor(qy / this.cellKm)
    const r2 = radiusKm * radiusKm
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const cell = this.cellKeys.get(this.key(cx + dx, cy + dy))
        if (cell === undefined) continue
        const end = this.cellStart[cell + 1] as number
        for (let k = this.cellStart[cell] as number; k < end; k++) {
          const i = this.members[k] as number
          const ex = (this.x[i] as number) - qx
          const ey = (this.y[i] as number) - qy
          const d2 = ex * ex + ey * ey
          if (d2 <= r2) visit(i, Math.sqrt(d2))
        }
      }
    }
  }

  /**
   * Writes into `out` the [start, end) ranges of positions in {@link members} for the 3 × 3 block of cells around
   * (qx, qy), in ascending order, and returns how many ranges there are. Callers filter by exact distance; scanning
   * positions in order lets them emit neighbours already sorted by grid position.
   */
  blockRanges(qx: number, qy: number, out: Int32Array): number {
    const cx = Math.floor(qx / this.cellKm)
    const cy = Math.floor(qy / this.cellKm)
    let count = 0
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const cell = this.cellKeys.get(this.key(cx + dx, cy + dy))
        if (cell === undefined) continue
        const start = this.cellStart[cell] as number
        const end = this.cellStart[cell + 1] as number
        if (count > 0 && out[2 * count - 1] === start) out[2 * count - 1] = end
        else {
          out[2 * count] = start
          out[2 * count + 1] = end
          count++
        }
      }
    }
    return count
  }

  private key(cx: number, cy: number): number {
    return (cx + SpatialGrid.SPAN) * 2 * SpatialGrid.SPAN + (cy + SpatialGrid.SPAN)
  }
}
