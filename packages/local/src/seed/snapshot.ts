/**
 * Seed once, restore many (issue 13): the demo seed writes a few thousand items one call at a time and renders the
 * demo contracts, 20–90 s under load, and every API and browser test file starts its own platform on it. A test run
 * keeps each seeded variant's table and documents in a folder (`BINOME_SEED_SNAPSHOTS`, made and removed by the
 * test run's global set-up) and a later start of the same variant writes them back in a few batched calls.
 *
 * A snapshot is reused only for the same variant (demo duos, closed year) seeded on the same day: with a fixed clock,
 * the very same instant; with the real clock, the same UTC and Brussels days (the seed places its history by day).
 * What differs from a fresh seed: the instants the seed stamped are those of the first start of the run (minutes
 * earlier, same day), and the links printed in the demo contract PDFs name that start's port.
 */
import { link, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { createHash, randomUUID } from 'node:crypto'
import { localDay } from '@binome/core'
import { callDynamo, type WireItem } from '../runtime/dynamo-wire'

/** What a seed depends on besides the code: its variant and its clock. */
export interface SeedVariant {
  duos: boolean
  closedYear: boolean
  /** The seed's instant. */
  now: Date
  /** The platform was given its clock (tests): reuse only a seed of this very instant. */
  fixedClock: boolean
}

interface SnapshotFile {
  items: WireItem[]
  /** Documents by path under the documents folder, base64. */
  documents: Record<string, string>
}

/**
 * The snapshot's file name for a variant.
 *
 * @example
 * snapshotName({ duos: true, closedYear: false, now: new Date('2026-12-01T10:00:00Z'), fixedClock: false })
 * // 'seed-<hash>.json' (same for any instant of 2026-12-01 in both UTC and Brussels)
 */
export function snapshotName(v: SeedVariant): string {
  const clock = v.fixedClock ? v.now.toISOString() : `${v.now.toISOString().slice(0, 10)}/${localDay(v.now)}`
  const key = JSON.stringify({ duos: v.duos, closedYear: v.closedYear, clock })
  return `seed-${createHash('sha256').update(key).digest('hex').slice(0, 24)}.json`
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter((e) => e.isFile() && !e.name.endsWith('.partial')).map((e) => join(e.parentPath, e.name))
}

/**
 * Keeps what the seed wrote (every item of the table, every document) as the variant's snapshot. Written beside and
 * renamed: a concurrent start reads a whole snapshot or none.
 *
 * @example
 * await saveSeedSnapshot(dir, variant, { endpoint, tableName, documentsDir })
 */
export async function saveSeedSnapshot(
  dir: string, variant: SeedVariant, at: { endpoint: string; tableName: string; documentsDir: string },
): Promise<void> {
  const items: WireItem[] = []
  let start: unknown
  do {
    const page = await callDynamo(at.endpoint, 'Scan', { TableName: at.tableName, ...(start ? { ExclusiveStartKey: start } : {}) })
    items.push(...(page.Items as WireItem[]))
    start = page.LastEvaluatedKey
  } while (start)
  const documents: Record<string, string> = {}
  for (const file of await filesUnder(at.documentsDir)) {
    documents[relative(at.documentsDir, file).split(sep).join('/')] = (await readFile(file)).toString('base64')
  }
  await mkdir(dir, { recursive: true })
  const target = join(dir, snapshotName(variant))
  const partial = `${target}.${process.pid}.${Date.now()}.partial`
  await writeFile(partial, JSON.stringify({ items, documents } satisfies SnapshotFile))
  await rename(partial, target)
}

/**
 * Writes the variant's snapshot into an empty table and documents folder; false when the run has none yet.
 *
 * @example
 * if (!(await restoreSeedSnapshot(dir, variant, at))) await seedDemoData(data, opts)
 */
export async function restoreSeedSnapshot(
  dir: string, variant: SeedVariant, at: { endpoint: string; tableName: string; documentsDir: string },
): Promise<boolean> {
  let snapshot: SnapshotFile
  try {
    snapshot = JSON.parse(await readFile(join(dir, snapshotName(variant)), 'utf8')) as SnapshotFile
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw e
  }
  // 25 items a call (DynamoDB's batch limit), a few calls at a time.
  const batches: WireItem[][] = []
  for (let i = 0; i < snapshot.items.length; i += 25) batches.push(snapshot.items.slice(i, i + 25))
  const writeBatch = async (batch: WireItem[]) => {
    let requests: unknown = { [at.tableName]: batch.map((Item) => ({ PutRequest: { Item } })) }
    while (requests && Object.keys(requests).length > 0) {
      const answer = await callDynamo(at.endpoint, 'BatchWriteItem', { RequestItems: requests })
      requests = answer.UnprocessedItems
    }
  }
  let next = 0
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < batches.length) await writeBatch(batches[next++]!)
  }))
  for (const [path, base64] of Object.entries(snapshot.documents)) {
    const file = join(at.documentsDir, ...path.split('/'))
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, Buffer.from(base64, 'base64'))
  }
  return true
}

/** Whether the process `pid` is still running on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Restores the variant's snapshot, or seeds it (`seed`, then keeps the snapshot) when the run has none yet — once per
 * variant across the run's processes: a start that finds another one seeding the same variant (its claim file beside
 * the snapshot) waits for that snapshot and restores it rather than seeding the same data again beside it, two seeds
 * sharing two cores. A claim whose process is gone is taken over; one that ends without a snapshot (its seed failed)
 * lets the next start seed.
 * Returns whether the store now holds the demo (`seed`'s own answer when it seeded).
 *
 * @example
 * const seeded = await restoreOrSeedOnce(dir, variant, at, () => seedDemoData(data, opts))
 */
export async function restoreOrSeedOnce(
  dir: string, variant: SeedVariant, at: { endpoint: string; tableName: string; documentsDir: string }, seed: () => Promise<boolean>,
): Promise<boolean> {
  const claim = join(dir, `${snapshotName(variant)}.seeding`)
  await mkdir(dir, { recursive: true })
  for (;;) {
    if (await restoreSeedSnapshot(dir, variant, at)) return true
    // The claim appears whole, naming its process, or not at all: written beside, then linked (which fails if it exists).
    const mine = `${claim}.${randomUUID()}.partial`
    await writeFile(mine, String(process.pid))
    const claimed = await link(mine, claim).then(() => true, (e: NodeJS.ErrnoException) => {
      if (e.code === 'EEXIST') return false
      throw e
    }).finally(() => rm(mine, { force: true }))
    if (claimed) {
      try {
        const fresh = await seed()
        if (fresh) await saveSeedSnapshot(dir, variant, at)
        return fresh
      } finally {
        await rm(claim, { force: true })
      }
    }
    const holder = Number(await readFile(claim, 'utf8').catch(() => '0'))
    // One start takes a dead claim over: the one that makes its takeover mark (kept, so that a start still holding the
    // dead process's number cannot remove the new claim in its turn); the others wait for the new seed.
    if (holder && !alive(holder) && (await writeFile(`${claim}.takeover-${holder}`, '', { flag: 'wx' }).then(() => true, () => false))) {
      await rm(claim, { force: true })
    } else {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}
