/**
 * The local documents bucket: each document a file under `<dataDir>/documents/<key>` (a temporary folder when the
 * platform runs in memory), so a developer can open a contract from the file system as it was stored.
 */
import { mkdir, readFile, rename, rm, readdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { checkDocumentKey, type DocumentStore } from '@binome/functions'

/**
 * A document store over a folder; keys are checked as on AWS, so none can leave the folder.
 *
 * @example
 * const documents = folderDocumentStore('.data/documents')
 * await documents.put('o1/duos/d1/contract-v1.pdf', bytes, 'application/pdf')
 */
export function folderDocumentStore(root: string): DocumentStore {
  const path = (key: string) => join(root, ...checkDocumentKey(key).split('/'))
  let writes = 0
  return {
    async put(key, bytes) {
      const file = path(key)
      await mkdir(dirname(file), { recursive: true })
      // Written beside, then renamed: a reader never sees half a PDF.
      const partial = `${file}.${process.pid}.${++writes}.partial`
      await writeFile(partial, bytes)
      await rename(partial, file)
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(path(key)))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw error
      }
    },
    async deleteUnder(prefix) {
      checkDocumentKey(prefix, { prefix: true })
      const parts = prefix.split('/')
      const folder = join(root, ...parts.slice(0, -1))
      const start = parts.at(-1) ?? ''
      let entries: string[]
      try {
        entries = await readdir(folder, { recursive: true })
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
        throw error
      }
      const doomed = entries.filter((e) => e.startsWith(start) && !e.endsWith('.partial'))
      let files = 0
      for (const entry of doomed) {
        const isFile = !entries.some((other) => other.startsWith(`${entry}/`))
        if (isFile) files++
        await rm(join(folder, entry), { recursive: true, force: true })
      }
      return files
    },
  }
}
