import { SpatialGrid } from '../geo/spatial-grid'

/**
 * Located mentors grouped by place (identical coordinates — people are usually placed at their locality's point by
 * the gazetteer), with a spatial grid over the distinct places. A mentee's radius query then measures one distance
 * per nearby place, not per nearby mentor, and hands out each place's mentors as one contiguous run of columns.
 */
export interface MentorPlaces {
  readonly grid: SpatialGrid
  /** Place coordinates (km), by place index (the index the grid was built over). */
  readonly placeX: Float64Array
  readonly placeY: Float64Array
  /** Columns of the place at grid position `pos` are `colStart[pos] .. colStart[pos + 1] - 1`. */
  readonly colStart: Int32Array
  /** Mentor index of each column: located mentors place by place in grid order, then the others. */
  readonly mentorOfCol: Int32Array
}

/**
 * Groups the located mentors by place and orders columns along the grid, so a mentee's neighbours come out sorted by
 * column. Mentors of one place keep their index (id) order; mentors without a location get the last columns.
 *
 * @example
 * const places = groupMentorsByPlace(Float64Array.of(0, 0, 9), Float64Array.of(0, 0, 9), Uint8Array.of(1, 1, 1), 15)
 * places.colStart // Int32Array [0, 2, 3]: two mentors share the first place
 */
export function groupMentorsByPlace(x: Float64Array, y: Float64Array, hasLocation: Uint8Array, cellKm: number): MentorPlaces {
  const m = x.length
  const placeOf = new Int32Array(m).fill(-1)
  const index = new Map<number, Map<number, number>>()
  const px: number[] = []
  const py: number[] = []
  for (let j = 0; j < m; j++) {
    if (hasLocation[j] !== 1) continue
    const xj = x[j] as number
    const yj = y[j] as number
    let byY = index.get(xj)
    if (!byY) index.set(xj, (byY = new Map()))
    let p = byY.get(yj)
    if (p === undefined) {
      p = px.push(xj) - 1
      py.push(yj)
      byY.set(yj, p)
    }
    placeOf[j] = p
  }
  const placeX = Float64Array.from(px)
  const placeY = Float64Array.from(py)
  const grid = new SpatialGrid(placeX, placeY, cellKm)
  const places = px.length
  const countOfPlace = new Int32Array(places)
  for (let j = 0; j < m; j++) if ((placeOf[j] as number) >= 0) countOfPlace[placeOf[j] as number]!++
  const posOfPlace = new Int32Array(places)
  grid.members.forEach((p, pos) => (posOfPlace[p] = pos))
  const colStart = new Int32Array(places + 1)
  for (let pos = 0; pos < places; pos++) colStart[pos + 1] = (colStart[pos] as number) + (countOfPlace[grid.members[pos] as number] as number)
  const mentorOfCol = new Int32Array(m)
  const fill = colStart.slice(0, places)
  for (let j = 0; j < m; j++) {
    const p = placeOf[j] as number
    if (p >= 0) mentorOfCol[fill[posOfPlace[p] as number]!++] = j
  }
  let k = colStart[places] as number
  for (let j = 0; j < m; j++) if ((placeOf[j] as number) < 0) mentorOfCol[k++] = j
  return { grid, placeX, placeY, colStart, mentorOfCol }
}
