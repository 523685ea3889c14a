/**
 * A paged list's reactive state with its "Load more", shared by every list of the app: the first page comes from
 * the page's loaded data, and the list starts over whenever that data is loaded again.
 */
import type { Page } from '../api/endpoints'
import { describeFailure } from '../api/handling'
import { loadMore, type PageState, type PagingSteps } from './paging'

export type PagedListOptions<T> = Omit<PagingSteps<T>, 'describe'>

/** Reactive paged list; see `createPagedList`. */
export class PagedList<T> implements PageState<T> {
  readonly #first: () => Page<T>
  readonly #steps: PagingSteps<T>

  // Derived from the loaded first page, yet writable: "Load more" appends, the page inserts or replaces items,
  // and a new first page (filter switch, reload) replaces all of it.
  items = $derived.by(() => this.#first().items)
  nextCursor = $derived.by(() => this.#first().nextCursor)
  loadingMore = $state(false)
  failure = $state<string | null>(null)

  constructor(first: () => Page<T>, options: PagedListOptions<T>) {
    this.#first = first
    this.#steps = { ...options, describe: describeFailure }
  }

  /** Appends the next page; an arrow so that it can be handed to `onmore` as it is. */
  more = (): Promise<void> => loadMore(this, this.#steps)
}

/**
 * A paged list: `items`, `nextCursor`, `loadingMore`, `failure`, and `more()` which reads and appends the next page.
 *
 * @param first the first page, read through a function so that the list follows the page's data when it reloads.
 * @example
 * const list = createPagedList(() => data.page, {
 *   fetchPage: (cursor) => api.listMembers(data.org.id, { cursor, limit: PAGE_SIZE }),
 * })
 * // {#each list.items as m (m.userId)} … {/each}
 * // <LoadMore shown={list.items.length} hasMore={list.nextCursor !== null} loading={list.loadingMore} onmore={list.more} />
 */
export function createPagedList<T>(first: () => Page<T>, options: PagedListOptions<T>): PagedList<T> {
  return new PagedList(first, options)
}
