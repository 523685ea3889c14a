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
  const { placeOf, placeX, placeY } = indexPlaces(x, y, hasLocation)
  const grid = new SpatialGrid(placeX, placeY, cellKm)
  const places = placeX.length
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

/**
 * Numbers the distinct points among located people, in first-seen order: `placeOf[p]` is the place of person p
 * (−1 without a location).
 *
 * @example
 * indexPlaces(Float64Array.of(1, 1, 5), Float64Array.of(2, 2, 0), Uint8Array.of(1, 1, 1)).placeOf // Int32Array [0, 0, 1]
 */
export function indexPlaces(x: Float64Array, y: Float64Array, hasLocation: Uint8Array): { placeOf: Int32Array; placeX: Float64Array; placeY: Float64Array } {
  const placeOf = new Int32Array(x.length).fill(-1)
  const index = new Map<number, Map<number, number>>()
  const px: number[] = []
  const py: number[] = []
  for (let p = 0; p < x.length; p++) {
    if (hasLocation[p] !== 1) continue
    const xp = x[p] as number
    const yp = y[p] as number
    let byY = index.get(xp)
    if (!byY) index.set(xp, (byY = new Map()))
    let place = byY.get(yp)
    if (place === undefined) {
      place = px.push(xp) - 1
      py.push(yp)
      byY.set(yp, place)
    }
    placeOf[p] = place
  }
  return { placeOf, placeX: Float64Array.from(px), placeY: Float64Array.from(py) }
}

/**
 * The mentors within `maxKm` of each mentee place, computed once per place and shared by every mentee living there
 * (columns ascending, with their mentor index and distance).
 */
export interface Neighbourhoods {
  /** Neighbourhood of each mentee, or −1 for a mentee without a location. */
  readonly ofMentee: Int32Array
  /** Neighbourhood h holds entries `start[h] .. start[h + 1] - 1`. */
  readonly start: Int32Array
  readonly col: Int32Array
  readonly mentor: Int32Array
  readonly distance: Float64Array
}

/**
 * Lists, for each distinct mentee place, the mentor columns within `maxKm` (plane distance, as the scorer uses).
 *
 * @example
 * const hoods = menteeNeighbourhoods(places, menteeX, menteeY, menteeHasLocation, 15)
 * hoods.start[hoods.ofMentee[0]! + 1]! - hoods.start[hoods.ofMentee[0]!]! // mentors within 15 km of mentee 0
 */
export function menteeNeighbourhoods(places: MentorPlaces, menteeX: Float64Array, menteeY: Float64Array, menteeHasLocation: Uint8Array, maxKm: number): Neighbourhoods {
  const { placeOf, placeX: hx, placeY: hy } = indexPlaces(menteeX, menteeY, menteeHasLocation)
  const hoods = hx.length
  const ranges = new Int32Array(18)
  const { grid, placeX, placeY, colStart, mentorOfCol } = places
  // Two passes over each neighbourhood (count, then fill) so the lists are allocated once at their exact size.
  const visit = (h: number, emit: (firstCol: number, lastCol: number, distance: number) => void) => {
    const qx = hx[h] as number
    const qy = hy[h] as number
    const rangeCount = grid.blockRanges(qx, qy, ranges)
    for (let r = 0; r < rangeCount; r++) {
      const end = ranges[2 * r + 1] as number
      for (let pos = ranges[2 * r] as number; pos < end; pos++) {
        const p = grid.members[pos] as number
        const dx = (placeX[p] as number) - qx
        const dy = (placeY[p] as number) - qy
        const distance = Math.sqrt(dx * dx + dy * dy)
        if (distance <= maxKm) emit(colStart[pos] as number, colStart[pos + 1] as number, distance)
      }
    }
  }
  const start = new Int32Array(hoods + 1)
  for (let h = 0; h < hoods; h++) {
    let size = 0
    visit(h, (first, last) => (size += last - first))
    start[h + 1] = (start[h] as number) + size
  }
  const total = start[hoods] as number
  const col = new Int32Array(total)
  const mentor = new Int32Array(total)
  const distance = new Float64Array(total)
  for (let h = 0; h < hoods; h++) {
    let at = start[h] as number
    visit(h, (first, last, d) => {
      for (let c = first; c < last; c++) {
        col[at] = c
        mentor[at] = mentorOfCol[c] as number
        distance[at] = d
        at++
      }
    })
  }
  return { ofMentee: placeOf, start, col, mentor, distance }
}
