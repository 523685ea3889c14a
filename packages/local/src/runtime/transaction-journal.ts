/**
 * The undo journal of emulated DynamoDB transactions: before a transaction writes anything, the
 * before-images of all its items are written to disk and fsynced; after the last write the journal is
 * removed. A journal still present at start-up means the process died mid-transaction, so restoring
 * its before-images rolls the half-applied transaction back.
 */
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { callDynamo, type WireItem } from './dynamo-wire'

/** One item as it was before the transaction: `Item` null when the item did not exist. */
export interface BeforeImage {
  TableName: string
  Key: WireItem
  Item: WireItem | null
}

const JOURNAL_PREFIX = 'txn-'
const JOURNAL_SUFFIX = '.json'

/**
 * Writes the before-images durably (temp file, fsync, rename, fsync of the folder) and returns a
 * function that removes the journal once the transaction is complete.
 *
 * @example
 * const done = await writeJournal(dir, images)
 * await applyWrites()
 * await done()
 */
export async function writeJournal(dir: string, images: BeforeImage[]): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true })
  const name = `${JOURNAL_PREFIX}${Date.now()}-${randomUUID()}${JOURNAL_SUFFIX}`
  const finalPath = join(dir, name)
  const tempPath = `${finalPath}.tmp`
  const file = await open(tempPath, 'w')
  try {
    await file.writeFile(JSON.stringify({ images }))
    await file.sync()
  } finally {
    await file.close()
  }
  // The rename makes the journal appear whole or not at all; syncing the folder makes the rename durable.
  await rename(tempPath, finalPath)
  await syncFolder(dir)
  return async () => {
    await rm(finalPath, { force: true })
  }
}

/**
 * Restores every journal found in `dir` (oldest first) through the server at `endpoint`, then removes it.
 * Returns how many transactions were rolled back.
 *
 * @example
 * const rolledBack = await recoverJournals(join(dataDir, 'dynamodb-transactions'), endpoint)
 */
export async function recoverJournals(dir: string, endpoint: string): Promise<number> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
  // A temp file means the crash happened before the journal was complete, hence before any write.
  for (const name of names.filter((n) => n.endsWith('.tmp'))) await rm(join(dir, name), { force: true })
  const journals = names.filter((n) => n.startsWith(JOURNAL_PREFIX) && n.endsWith(JOURNAL_SUFFIX)).sort()
  for (const name of journals) {
    const path = join(dir, name)
    const { images } = JSON.parse(await readFile(path, 'utf8')) as { images: BeforeImage[] }
    await restoreBeforeImages(endpoint, images)
    await rm(path, { force: true })
  }
  if (journals.length > 0) await syncFolder(dir)
  return journals.length
}

/**
 * Puts back each item as it was (or deletes it when it did not exist). Idempotent.
 *
 * @example
 * await restoreBeforeImages(endpoint, [{ TableName: 'binome', Key: key, Item: null }]) // deletes the item
 */
export async function restoreBeforeImages(endpoint: string, images: BeforeImage[]): Promise<void> {
  for (const image of images) {
    if (image.Item) await callDynamo(endpoint, 'PutItem', { TableName: image.TableName, Item: image.Item })
    else await callDynamo(endpoint, 'DeleteItem', { TableName: image.TableName, Key: image.Key })
  }
}

async function syncFolder(dir: string): Promise<void> {
  const folder = await open(dir, 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}
