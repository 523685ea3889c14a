import { lineFromDuo, type Duo, type TrackingLine } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Page, Store, TransactItem } from '../store'
import type { TenantContext } from './context'

/**
 * The tracking table of a programme's duos: one line a duo (the core's `TrackingLine`), written in the same
 * transaction as each duo step, log entry and check-in, so that a page of the table is one query.
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

  /** The write of a line: created when new (condition: absent), else replaced at the version read. */
  const write = (line: TrackingLine): TransactItem => (line.version === 1 ? lines.newItem(line) : lines.replaceItem(line))

  return {
    get: (programmeId: string, duoId: string): Promise<TrackingLine | undefined> => lines.get([programmeId], [duoId]),
    write,
    /** The line as an unconditional batch write (an erasure's rewrite; see {@link Store.putMany}). */
    putOwnRequest: (line: TrackingLine) => lines.putOwnRequest(line),

    /**
     * The write that brings a duo's line in step with the duo after a step (its state, dates and people), keeping the
     * counts; `names` when the caller has them (a proposal), else the line's own or the people's (read only for a
     * line that does not exist yet).
     */
    async stepWrite(duo: Duo, at: string, names?: Names | (() => Promise<Names>)): Promise<TransactItem> {
      const current = await lines.get([duo.programmeId], [duo.id])
      const known = typeof names === 'function' ? (current ? undefined : await names()) : names
      return write(lineFromDuo(duo, known, current, at))
    },

    /**
     * Many lines written at once, unconditionally and not atomically: for seeding (the demo, the benchmark's 2,000
     * active duos), never for a request, whose lines go with their duo's step.
     *
     * @example
     * await tenant.tracking.putMany(lines)
     */
    putMany: (all: readonly TrackingLine[]): Promise<void> => store.putMany(all.map((l) => lines.putRequest([l.programmeId], [l.duoId], l))),

    /**
     * Every line of a programme (the results read each duo's facts from its line: a few queries of up to 1 MB each,
     * about a thousand lines a query, never the duos' logs).
     */
    all: (programmeId: string): Promise<TrackingLine[]> => lines.all([programmeId]),

    /** One page of a programme's lines, in duo id order. */
    page: (programmeId: string, opts: { limit: number; cursor?: string | undefined }): Promise<Page<TrackingLine>> => lines.page([programmeId], opts),
  }
}
