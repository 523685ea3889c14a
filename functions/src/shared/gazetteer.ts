import { loadBelgianGazetteer, type Gazetteer } from '@binome/matching'

let gazetteer: Promise<Gazetteer> | undefined

/**
 * The Belgian gazetteer, loaded once per process: the table ships with the code (about 80 kB, ~30 ms to load), so
 * the matching worker resolves localities with it and the onboarding routes check people's localities against it.
 *
 * @example
 * (await belgianGazetteer()).find('Schaerbeek')?.location
 */
export function belgianGazetteer(): Promise<Gazetteer> {
  gazetteer ??= loadBelgianGazetteer()
  return gazetteer
}
