import type { GeoPoint } from '../model/types'

const EARTH_RADIUS_KM = 6371.0088
const RAD = Math.PI / 180

/**
 * Great-circle distance in kilometres (haversine).
 *
 * @example
 * Math.round(haversineKm({ lat: 50.8467, lon: 4.3525 }, { lat: 51.2194, lon: 4.4025 })) // 42 (Brussels–Antwerp)
 */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * RAD
  const dLon = (b.lon - a.lon) * RAD
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * Projects points onto a local plane in kilometres (equirectangular around the mean latitude). Over a country the
 * size of Belgium the error against haversine stays far below 0.5 %, so the engine measures, filters and reports
 * distances on this plane (one formula everywhere keeps the mandatory threshold and the score consistent).
 *
 * @example
 * const { x, y } = projectKm([{ lat: 50.85, lon: 4.35 }])
 */
export function projectKm(points: ReadonlyArray<GeoPoint>, referenceLat?: number): { x: Float64Array; y: Float64Array; referenceLat: number } {
  let lat0 = referenceLat
  if (lat0 === undefined) {
    let sum = 0
    for (const p of points) sum += p.lat
    lat0 = points.length > 0 ? sum / points.length : 0
  }
  const kx = Math.cos(lat0 * RAD) * EARTH_RADIUS_KM * RAD
  const ky = EARTH_RADIUS_KM * RAD
  const x = new Float64Array(points.length)
  const y = new Float64Array(points.length)
  points.forEach((p, i) => {
    x[i] = p.lon * kx
    y[i] = p.lat * ky
  })
  return { x, y, referenceLat: lat0 }
}
