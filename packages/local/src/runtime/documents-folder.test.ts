import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { folderDocumentStore } from './documents-folder'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'binome-docs-test-'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('folderDocumentStore', () => {
  it('keeps a document as a file at its key and reads it back; a missing one is undefined', async () => {
    const store = folderDocumentStore(root)
    await store.put('o1/duos/d1/contract-v1.pdf', new Uint8Array([37, 80, 68, 70]), 'application/pdf')
    expect(await readFile(join(root, 'o1', 'duos', 'd1', 'contract-v1.pdf'), 'latin1')).toBe('%PDF')
    expect(await store.get('o1/duos/d1/contract-v1.pdf')).toEqual(new Uint8Array([37, 80, 68, 70]))
    expect(await store.get('o1/duos/d1/contract-v2.pdf')).toBeUndefined()
    await store.put('o1/duos/d1/contract-v1.pdf', new Uint8Array([1]), 'application/pdf')
    expect(await store.get('o1/duos/d1/contract-v1.pdf')).toEqual(new Uint8Array([1]))
    expect(await readdir(join(root, 'o1', 'duos', 'd1'))).toEqual(['contract-v1.pdf'])
    // Ids may start with any of their characters.
    await store.put('-o_2/duos/_d-1/contract-v1.pdf', new Uint8Array([2]), 'application/pdf')
    expect(await store.get('-o_2/duos/_d-1/contract-v1.pdf')).toEqual(new Uint8Array([2]))
  })

  it('deletes a duo’s folder and nothing of another duo or organisation', async () => {
    const store = folderDocumentStore(root)
    for (const key of ['o1/duos/d1/contract-v1.pdf', 'o1/duos/d1/contract-v1-signed.pdf', 'o1/duos/d2/contract-v1.pdf', 'o2/duos/d1/contract-v1.pdf']) {
      await store.put(key, new Uint8Array([1]), 'application/pdf')
    }
    expect(await store.deleteUnder('o1/duos/d1/')).toBe(2)
    expect(await store.get('o1/duos/d1/contract-v1.pdf')).toBeUndefined()
    expect(await store.get('o1/duos/d2/contract-v1.pdf')).toBeDefined()
    expect(await store.get('o2/duos/d1/contract-v1.pdf')).toBeDefined()
    expect(await store.deleteUnder('o1/duos/d9/')).toBe(0)
  })

  it('refuses a key that would leave the folder or its organisation', async () => {
    const store = folderDocumentStore(root)
    for (const key of ['../x.pdf', 'o1/../../x.pdf', '/etc/passwd', 'o1', 'o1//x.pdf', 'o1/du os/x', 'o1/.hidden/x.pdf', 'o1/./x.pdf']) {
      await expect(store.put(key, new Uint8Array([1]), 'application/pdf'), key).rejects.toThrow('not a document key')
    }
    await expect(store.deleteUnder('../')).rejects.toThrow('not a document key')
  })
})
