/**
 * "Load more" for the API's paged lists, written against a plain object so that it runs (and is tested) without
 * Svelte or a browser. `paged-list.svelte.ts` wraps it in reactive state.
 */
import type { Page } from '../api/endpoints'
import type { ActionFailure } from '../api/handling'

/** A list as far as it has been read: the items shown, and the cursor of the next page (null at the end). */
export interface PageState<T> {
  items: T[]
  nextCursor: string | null
  loadingMore: boolean
  /** Why the last "load more" failed, when the list shows it itself (see `report`). */
  failure: string | null
}

/** How one list reads its next page and where it says that this failed. */
export interface PagingSteps<T> {
  /** Reads the page that starts at `cursor`. */
  fetchPage: (cursor: string) => Promise<Page<T>>
  /** Explains a failed API call; `describeFailure` in the app. */
  describe: (e: unknown) => ActionFailure
  /**
   * Where a failure is said when the page has one message region for everything; the list's own `failure` then
   * stays null and is not cleared before each page. Without it, the list clears and sets its own `failure`.
   */
  report?: (message: string) => void
  /**
   * The identity of an item, for lists the page also adds to (a new matching run): an item already shown is not
   * appended twice. Without it, pages are appended as they come.
   */
  key?: (item: T) => string
}

/**
 * Appends the next page to the list, if there is one, with `loadingMore` set while it is read.
 *
 * @example
 * await loadMore(list, { fetchPage: (cursor) => api.listMembers(orgId, { cursor, limit: PAGE_SIZE }), describe: describeFailure })
 */
export async function loadMore<T>(list: PageState<T>, steps: PagingSteps<T>): Promise<void> {
  const cursor = list.nextCursor
  if (!cursor) return
  list.loadingMore = true
  if (!steps.report) list.failure = null
  try {
    const next = await steps.fetchPage(cursor)
    const key = steps.key
    const fresh = key ? next.items.filter((item) => !list.items.some((known) => key(known) === key(item))) : next.items
    list.items = [...list.items, ...fresh]
    list.nextCursor = next.nextCursor
  } catch (e) {
    const message = steps.describe(e).message
    if (steps.report) steps.report(message)
    else list.failure = message
  } finally {
    list.loadingMore = false
  }
}
