import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startPlatform, type Platform } from '../platform'
import { callDynamo, type WireItem } from '../runtime/dynamo-wire'
import { snapshotName } from './snapshot'

/** Every item of the platform's table, in key order. */
async function tableOf(p: Platform): Promise<WireItem[]> {
  const items: WireItem[] = []
  let start: unknown
  do {
    const page = await callDynamo(p.dynamo.endpoint, 'Scan', { TableName: p.dynamo.tableName, ...(start ? { ExclusiveStartKey: start } : {}) })
    items.push(...(page.Items as WireItem[]))
    start = page.LastEvaluatedKey
  } while (start)
  const key = (i: WireItem) => `${JSON.stringify(i.PK)}|${JSON.stringify(i.SK)}`
  return items.sort((a, b) => (key(a) < key(b) ? -1 : 1))
}

/** Every document under the folder, by path, as bytes in base64. */
async function documentsOf(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())
  const out: Record<string, string> = {}
  for (const f of files) out[join(f.parentPath, f.name).slice(dir.length)] = (await readFile(join(f.parentPath, f.name))).toString('base64')
  return out
}

describe('seed snapshots', () => {
  const day = (iso: string) => ({ duos: true, closedYear: false, now: new Date(iso), fixedClock: false })

  it('are kept by variant and seed day; with a fixed clock, by its very instant', () => {
    expect(snapshotName(day('2026-12-01T09:00:00Z'))).toBe(snapshotName(day('2026-12-01T20:00:00Z')))
    // 23:30 UTC is already the next day in Brussels; the next UTC day is another seed too.
    expect(snapshotName(day('2026-12-01T23:30:00Z'))).not.toBe(snapshotName(day('2026-12-01T20:00:00Z')))
    expect(snapshotName(day('2026-12-02T00:30:00Z'))).not.toBe(snapshotName(day('2026-12-01T23:30:00Z')))
    expect(snapshotName({ ...day('2026-12-01T09:00:00Z'), duos: false })).not.toBe(snapshotName(day('2026-12-01T09:00:00Z')))
    expect(snapshotName({ ...day('2026-12-01T09:00:00Z'), closedYear: true })).not.toBe(snapshotName(day('2026-12-01T09:00:00Z')))
    const fixed = (iso: string) => ({ ...day(iso), fixedClock: true })
    expect(snapshotName(fixed('2026-12-01T09:00:00Z'))).toBe(snapshotName(fixed('2026-12-01T09:00:00Z')))
    expect(snapshotName(fixed('2026-12-01T09:00:00Z'))).not.toBe(snapshotName(fixed('2026-12-01T09:00:01Z')))
  })

  const dir = mkdtemp(join(tmpdir(), 'binome-snapshot-test-'))
  afterAll(async () => rm(await dir, { recursive: true, force: true }))

  it('give a later start the very table and documents the first start seeded', async () => {
    const now = () => new Date('2026-11-20T10:00:00Z')
    const opts = { port: 0, quiet: true, demoRuns: false, now, seedSnapshots: await dir }
    const first = await startPlatform(opts)
    const seeded = { table: await tableOf(first), documents: await documentsOf(first.documentsDir) }
    await first.stop()
    expect(await readdir(await dir)).toEqual([snapshotName({ duos: true, closedYear: false, now: now(), fixedClock: true })])
    expect(seeded.table.length).toBeGreaterThan(100)
    expect(Object.keys(seeded.documents).length).toBeGreaterThan(0)

    // A second seed would draw new ids: an equal table proves it was restored, not seeded again.
    const second = await startPlatform(opts)
    try {
      expect(await tableOf(second)).toEqual(seeded.table)
      expect(await documentsOf(second.documentsDir)).toEqual(seeded.documents)
      // And the platform on it answers.
      expect((await fetch(`${second.url}/api/health`)).status).toBe(200)
    } finally {
      await second.stop()
    }
  }, 240_000)

  it('are seeded once when two starts ask for the same variant at once, even after a seed whose process is gone', async () => {
    const snapshots = await mkdtemp(join(tmpdir(), 'binome-snapshot-test-'))
    try {
      const name = snapshotName({ duos: false, closedYear: false, now: new Date(), fixedClock: false })
      // A seed's claim left by a process that has ended (killed mid-seed): taken over, not waited for.
      const gone = spawnSync(process.execPath, ['-e', '']).pid
      await writeFile(join(snapshots, `${name}.seeding`), String(gone))
      const opts = { port: 0, quiet: true, demoRuns: false, demoDuos: false, seedSnapshots: snapshots }
      const [a, b] = await Promise.all([startPlatform(opts), startPlatform(opts)])
      try {
        // A second seed would draw new ids: equal tables prove one start seeded and the other restored its snapshot.
        const table = await tableOf(a)
        expect(table.length).toBeGreaterThan(100)
        expect(await tableOf(b)).toEqual(table)
        expect((await readdir(snapshots)).filter((f) => !f.includes('.takeover-'))).toEqual([name])
      } finally {
        await Promise.all([a.stop(), b.stop()])
      }
    } finally {
      await rm(snapshots, { recursive: true, force: true })
    }
  }, 240_000)

  it('serve a clock that starts at the real time as they serve the real clock; a clock that does not is refused', async () => {
    const snapshots = await mkdtemp(join(tmpdir(), 'binome-snapshot-test-'))
    try {
      const opts = { port: 0, quiet: true, demoRuns: false, demoDuos: false, seedSnapshots: snapshots }
      const real = await startPlatform(opts)
      const seeded = await tableOf(real)
      await real.stop()
      const [name] = await readdir(snapshots)
      expect(name).toBe(snapshotName({ duos: false, closedYear: false, now: new Date(), fixedClock: false }))

      let offset = 0
      const moved = await startPlatform({ ...opts, now: () => new Date(Date.now() + offset), clockStartsReal: true })
      try {
        // Restored (a seed would draw new ids), and no snapshot of its own.
        expect(await tableOf(moved)).toEqual(seeded)
        expect(await readdir(snapshots)).toEqual([name])
        offset = 80 * 86_400_000
        expect(moved.deps.now().getTime()).toBeGreaterThan(Date.now() + offset - 60_000)
      } finally {
        await moved.stop()
      }

      await expect(startPlatform({ ...opts, now: () => new Date('2026-01-01T10:00:00Z'), clockStartsReal: true })).rejects.toThrow(/^clockStartsReal: /)
    } finally {
      await rm(snapshots, { recursive: true, force: true })
    }
  }, 240_000)
})
