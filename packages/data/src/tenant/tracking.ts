import { lineFromDuo, type Duo, type TrackingLine } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Page, Store, TransactItem } from '../store'
import type { TenantContext } from './context'
import { resultFactsWrites } from './result-facts'

/**
 * The tracking table of a programme's duos: one line a duo (the core's `TrackingLine`), written in the same
 * transaction as each duo step, log entry and check-in, so that a page of the table is one query. Every write of a
 * line here also writes the duo's compact result facts (./result-facts.ts) in the same transaction or batch: this
 * repository is the only writer of both, so they never disagree.
 */

/** `ORG#<orgId>#PROGRAMME#<programmeId>#TRACKING` / `DUO#<duoId>`. */
export const trackingEntity = defineTenantEntity({
  type: 'duo-tracking',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#TRACKING`,
  sort: (duoId: string) => `DUO#${safe(duoId, 'duoId')}`,
  keyOf: (l: TrackingLine) => [[l.programmeId], [l.duoId]] as const,
})

/** The names the table shows: the people's first and last names. */
type Names = { menteeName: string; mentorName: string }

export function trackingRepo(store: Store, ctx: TenantContext) {
  const lines = trackingEntity.in(store, ctx.orgId)
  const facts = resultFactsWrites(store, ctx.orgId)

  /**
   * The writes of a line, for the caller's transaction: the line created when new (condition: absent), else replaced
   * at the version read; and its result facts beside it.
   */
  const write = (line: TrackingLine): TransactItem[] => [line.version === 1 ? lines.newItem(line) : lines.replaceItem(line), facts.putItem(line)]

  return {
    get: (programmeId: string, duoId: string): Promise<TrackingLine | undefined> => lines.get([programmeId], [duoId]),
    write,
    /** The line and its result facts as unconditional batch writes (an erasure's rewrite; see {@link Store.putMany}). */
    putOwnRequests: (line: TrackingLine) => [lines.putOwnRequest(line), facts.putRequest(line)],

    /**
     * The write that brings a duo's line in step with the duo after a step (its state, dates and people), keeping the
     * counts; `names` when the caller has them (a proposal), else the line's own or the people's (read only for a
     * line that does not exist yet).
     */
    async stepWrite(duo: Duo, at: string, names?: Names | (() => Promise<Names>)): Promise<TransactItem[]> {
      const current = await lines.get([duo.programmeId], [duo.id])
      const known = typeof names === 'function' ? (current ? undefined : await names()) : names
      return write(lineFromDuo(duo, known, current, at))
    },

    /**
     * Many lines (and their result facts) written at once, unconditionally and not atomically: for seeding (the demo,
     * the benchmarks' duos), never for a request, whose lines go with their duo's step.
     *
     * @example
     * await tenant.tracking.putMany(lines)
     */
    putMany: (all: readonly TrackingLine[]): Promise<void> =>
      store.putMany(all.flatMap((l) => [lines.putRequest([l.programmeId], [l.duoId], l), facts.putRequest(l)])),

    /**
     * Every line of a programme (the quality audit; the results read the compact facts instead, and these only once
     * for a programme whose lines predate them: see ./result-facts.ts).
     */
    all: (programmeId: string): Promise<TrackingLine[]> => lines.all([programmeId]),

    /** One page of a programme's lines, in duo id order. */
    page: (programmeId: string, opts: { limit: number; cursor?: string | undefined }): Promise<Page<TrackingLine>> => lines.page([programmeId], opts),
  }
}
