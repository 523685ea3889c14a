/** "Load more" on a plain list object, with the API stubbed. */
import { describe, expect, it, vi } from 'vitest'
import type { ActionFailure } from '../api/handling'
import { loadMore, type PageState } from './paging'

interface Item {
  id: string
}
const list = (ids: string[], nextCursor: string | null, failure: string | null = null): PageState<Item> => ({
  items: ids.map((id) => ({ id })),
  nextCursor,
  loadingMore: false,
  failure,
})
const describe500 = (): ActionFailure => ({ status: 500, code: 'x', reason: 'internal', message: 'server said no', fields: {}, stale: false })
const ids = (l: PageState<Item>) => l.items.map((i) => i.id)

describe('loadMore', () => {
  it('appends the next page and moves the cursor on, loading while it reads', async () => {
    const l = list(['a', 'b'], 'c1')
    let loadingDuring = false
    const fetchPage = vi.fn(async (cursor: string) => {
      loadingDuring = l.loadingMore
      expect(cursor).toBe('c1')
      return { items: [{ id: 'c' }], nextCursor: null }
    })
    await loadMore(l, { fetchPage, describe: describe500 })
    expect(ids(l)).toEqual(['a', 'b', 'c'])
    expect(l.nextCursor).toBeNull()
    expect(loadingDuring).toBe(true)
    expect(l.loadingMore).toBe(false)
  })

  it('does nothing at the end of the list', async () => {
    const fetchPage = vi.fn()
    await loadMore(list(['a'], null), { fetchPage, describe: describe500 })
    expect(fetchPage).not.toHaveBeenCalled()
  })

  it('keeps the list and says why on failure, in its own message (cleared before each try)', async () => {
    const l = list(['a'], 'c1', 'old')
    await loadMore(l, { fetchPage: () => Promise.reject(new Error('no')), describe: describe500 })
    expect(l).toMatchObject({ nextCursor: 'c1', loadingMore: false, failure: 'server said no' })
    expect(ids(l)).toEqual(['a'])
    await loadMore(l, { fetchPage: async () => ({ items: [], nextCursor: null }), describe: describe500 })
    expect(l.failure).toBeNull()
  })

  it('says a failure where the page wants it, leaving its own message alone', async () => {
    const l = list(['a'], 'c1', 'untouched')
    const report = vi.fn()
    await loadMore(l, { fetchPage: () => Promise.reject(new Error('no')), describe: describe500, report })
    expect(report).toHaveBeenCalledWith('server said no')
    expect(l.failure).toBe('untouched')
  })

  it('skips items already shown when the list has a key', async () => {
    const l = list(['new', 'a'], 'c1')
    const page = async () => ({ items: [{ id: 'new' }, { id: 'b' }], nextCursor: null })
    await loadMore(l, { fetchPage: page, describe: describe500, key: (i) => i.id })
    expect(ids(l)).toEqual(['new', 'a', 'b'])
  })
})
