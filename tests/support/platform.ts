import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPlatform, type Platform, type PlatformOptions } from '@binome/local'

/**
 * A fresh platform for a test file: in memory (or in a temporary folder), seeded, quiet, on a free port.
 *
 * @example
 * const t = await testPlatform()
 * afterAll(() => t.stop())
 */
export async function testPlatform(opts: PlatformOptions & { onDisk?: boolean } = {}): Promise<Platform & { dataDir?: string }> {
  const dataDir = opts.onDisk ? await mkdtemp(join(tmpdir(), 'binome-test-')) : opts.dataDir
  // Tests start from the seeded people without the demo's first runs and duos, unless they ask for them. Suites that walk
  // every route as one user exceed a person's per-minute budget by design; the limits have their own test.
  const p = await startPlatform({
    port: 0, quiet: true, demoRuns: false, demoDuos: false, usageLimits: { perOrganisationPerMinute: 1_000_000, perUserPerMinute: 1_000_000 },
    applicationLimits: { perAddressPerHour: 1_000_000, perClientPerHour: 1_000_000 },
    // A message that fails is received again after 50 ms, then 100 ms…, not 1 s, 2 s…: the files that make a worker fail
    // on every attempt (a poison newsletter, an outage) waited seconds for nothing but the clock.
    queueBackoff: { baseMs: 50 },
    ...opts, ...(dataDir && { dataDir }),
  })
  return {
    ...p,
    ...(dataDir && { dataDir }),
    async stop() {
      await p.stop()
      if (opts.onDisk && dataDir) await rm(dataDir, { recursive: true, force: true })
    },
  }
}
