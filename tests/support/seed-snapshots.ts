import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The test run's global set-up (vitest.config.ts): a fresh folder for the demo seed's snapshots
 * (packages/local/src/seed/snapshot.ts), so that each seed variant is seeded once per run and every other platform
 * start restores it — each test file still gets its own copy of the data. Removed when the run ends; a folder is never
 * shared between runs, so a changed seed is always seeded anew.
 *
 * @example
 * // vitest.config.ts: { test: { globalSetup: ['tests/support/seed-snapshots.ts'] } }
 */
export default async function setup(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'binome-seed-snapshots-'))
  process.env.BINOME_SEED_SNAPSHOTS = dir
  return async () => {
    delete process.env.BINOME_SEED_SNAPSHOTS
    await rm(dir, { recursive: true, force: true })
  }
}
