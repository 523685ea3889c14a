import type { UsageTally } from '@binome/core'

/** Requests held back from the shared counter: the organisation's, and each user's share of them. */
export interface HeldBack {
  total: number
  users: Map<string, number>
}

/** What a container knows this minute of one organisation's counts (see `countsLocally`). */
export class OrganisationTallies {
  organisation: UsageTally | undefined
  readonly users = new Map<string, UsageTally>()

  /** Counts a request of `userId` in the container alone; only after `countsLocally` said yes, so both tallies exist. */
  hold(userId: string): void {
    this.organisation!.unwritten += 1
    this.users.get(userId)!.unwritten += 1
  }

  /**
   * Takes every held-back request out to be written now with this request of `userId`: until `settle`, they count as
   * being written. Returns the held-back requests (this one not included).
   */
  startWriting(userId: string): HeldBack {
    const users = new Map<string, number>()
    for (const [id, tally] of this.users) {
      if (tally.unwritten > 0) users.set(id, tally.unwritten)
      tally.writing += tally.unwritten
      tally.unwritten = 0
    }
    const organisation = (this.organisation ??= unknown())
    const total = organisation.unwritten
    organisation.writing += total + 1
    organisation.unwritten = 0
    let user = this.users.get(userId)
    if (!user) this.users.set(userId, (user = unknown()))
    user.writing += 1
    return { total, users }
  }

  /** Ends what `startWriting` began; on a failed write, the held-back requests are held back again for a later one. */
  settle(held: HeldBack, userId: string, written: boolean): void {
    this.organisation!.writing -= held.total + 1
    this.users.get(userId)!.writing -= 1
    for (const [id, n] of held.users) this.users.get(id)!.writing -= n
    if (written) return
    this.organisation!.unwritten += held.total
    for (const [id, n] of held.users) this.users.get(id)!.unwritten += n
  }

  /** Learns the stored counts a write returned at `at` (epoch ms); a slower, older answer never lowers them. */
  learn(total: number, users: Map<string, number>, at: number): void {
    learn(this.organisation!, total, at)
    for (const [id, stored] of users) learn(this.users.get(id)!, stored, at)
  }
}

/** A counter this container has not written yet this minute: never trusted until a write answers. */
const unknown = (): UsageTally => ({ stored: 0, readAt: Number.NEGATIVE_INFINITY, unwritten: 0, writing: 0 })

function learn(tally: UsageTally, stored: number, at: number): void {
  tally.stored = Math.max(tally.stored, stored)
  tally.readAt = Math.max(tally.readAt, at)
}

/**
 * One warm container's knowledge of its organisations' usage in the current minute, so that far from the limits it
 * writes the shared counter once for several requests (see `countsLocally` in the core). It keeps one minute only:
 * requests held back when the minute turns are not written, since that minute's limits no longer matter.
 *
 * @example
 * const meter = new UsageMeter()
 * const tallies = meter.of('pls-mentoryou', '2026-11-30T10:15')
 */
export class UsageMeter {
  private minute = ''
  private readonly byOrganisation = new Map<string, OrganisationTallies>()

  of(orgId: string, minute: string): OrganisationTallies {
    // A late request of the minute before gets tallies of its own, kept nowhere: it writes, as without a meter.
    if (minute < this.minute) return new OrganisationTallies()
    if (minute > this.minute) {
      this.minute = minute
      this.byOrganisation.clear()
    }
    let tallies = this.byOrganisation.get(orgId)
    if (!tallies) this.byOrganisation.set(orgId, (tallies = new OrganisationTallies()))
    return tallies
  }
}
