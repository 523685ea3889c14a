import { DomainError, eraseAlert, handleAlert, type Alert, type AlertAction, type AlertHandling, type DuoSide } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Store } from '../store'
import type { TenantContext } from './context'

/** An alert as stored: the core's entity. */
export type AlertRecord = Alert

/** When the daily sweep last went through this organisation (it may have raised nothing). */
export interface SweepRecord {
  /** The sweep's day (YYYY-MM-DD, UTC): its alerts are those with this `sweepDate`. */
  date: string
  ranAt: string
  version: number
}

/** `ORG#<orgId>#ALERTS` / `ALERT#<sweepDate>#<alertId>`: a day's alerts sort together, oldest day first. */
export const alertEntity = defineTenantEntity({
  type: 'alert',
  partition: () => 'ALERTS',
  sort: (sweepDate: string, alertId: string) => `${alertDayPrefix(sweepDate)}${safe(alertId, 'alertId')}`,
  keyOf: (a: Alert) => [[], [a.sweepDate, a.id]] as const,
})

/** The sort-key prefix of one sweep day's alerts. */
const alertDayPrefix = (sweepDate: string): string => `ALERT#${safe(sweepDate, 'sweepDate')}#`

/** `ORG#<orgId>#MONITORING` / `LAST-SWEEP`: apart from the alerts' partition, so listing alerts never meets it. */
export const sweepEntity = defineTenantEntity({
  type: 'sweep',
  partition: () => 'MONITORING',
  sort: () => 'LAST-SWEEP',
  keyOf: (_s: SweepRecord) => [[], []] as const,
})

/**
 * `ORG#<orgId>#ALERT-HANDLING` / `ALERT#<alertId>`: who dismissed or snoozed an alert. Keyed by the alert's id, which a
 * condition keeps from day to day, so a dismissal holds at the next sweeps and a new episode shows again.
 */
export const alertHandlingEntity = defineTenantEntity({
  type: 'alert-handling',
  partition: () => 'ALERT-HANDLING',
  sort: (alertId: string) => `ALERT#${safe(alertId, 'alertId')}`,
  keyOf: (h: AlertHandling) => [[], [h.alertId]] as const,
})

/** A gentle reminder sent to a duo about one month: `ORG#<orgId>#REMINDERS` / `MONTH#<month>#DUO#<duoId>`. */
export interface ReminderRecord {
  duoId: string
  month: string
  sentAt: string
}
export const reminderEntity = defineTenantEntity({
  type: 'duo-reminder',
  partition: () => 'REMINDERS',
  sort: (month: string, duoId: string) => `MONTH#${safe(month, 'month')}#DUO#${safe(duoId, 'duoId')}`,
  keyOf: (r: ReminderRecord) => [[], [r.month, r.duoId]] as const,
})

/** A staff member's choice of the daily digest of their alerts: `ORG#<orgId>#ALERT-DIGEST` / `USER#<userId>`. */
export interface DigestChoice {
  userId: string
  email: string
  name: string
  /** The role when chosen: an admin's digest holds every duo's alerts, a coordinator's their own duos'. */
  role: string
  daily: boolean
  updatedAt: string
  version: number
}
export const digestChoiceEntity = defineTenantEntity({
  type: 'alert-digest-choice',
  partition: () => 'ALERT-DIGEST',
  sort: (userId: string) => `USER#${safe(userId, 'userId')}`,
  keyOf: (d: DigestChoice) => [[], [d.userId]] as const,
})

/** A digest sent: `ORG#<orgId>#ALERT-DIGEST-SENT` / `DAY#<day>#USER#<userId>#PROGRAMME#<programmeId>` (once each). */
export const digestSentEntity = defineTenantEntity({
  type: 'alert-digest-sent',
  partition: () => 'ALERT-DIGEST-SENT',
  sort: (day: string, userId: string, programmeId: string) => `DAY#${safe(day, 'day')}#USER#${safe(userId, 'userId')}#PROGRAMME#${safe(programmeId, 'programmeId')}`,
  keyOf: (d: { day: string; userId: string; programmeId: string }) => [[], [d.day, d.userId, d.programmeId]] as const,
})

/** Alerts raised by the daily monitoring sweep; one per (sweep day, subject), so a re-run of a day is idempotent. */
export function alertsRepo(store: Store, ctx: TenantContext) {
  const alerts = alertEntity.in(store, ctx.orgId)
  const sweeps = sweepEntity.in(store, ctx.orgId)
  const handlings = alertHandlingEntity.in(store, ctx.orgId)
  const reminders = reminderEntity.in(store, ctx.orgId)
  const choices = digestChoiceEntity.in(store, ctx.orgId)
  const digests = digestSentEntity.in(store, ctx.orgId)
  /** A conditional create that answers whether it was new (false: already there). */
  const once = async (write: () => Promise<void>): Promise<boolean> => {
    try {
      await write()
      return true
    } catch (e) {
      if (e instanceof DomainError && e.reason === 'already-exists') return false
      throw e
    }
  }
  return {
    /** A staff member's digest choice (absent: never chosen, no digest). */
    digestChoice: (userId: string): Promise<DigestChoice | undefined> => choices.get([], [userId]),
    /** Records the choice, replacing an earlier one. */
    async chooseDigest(next: Omit<DigestChoice, 'version'>): Promise<DigestChoice> {
      const current = await choices.get([], [next.userId])
      const value = { ...next, version: (current?.version ?? 0) + 1 }
      if (current) await choices.replace(value, 'item')
      else await choices.create(value, 'item')
      return value
    },
    /** Everyone who chose the daily digest (a handful of staff per organisation: one query). */
    async digestSubscribers(): Promise<DigestChoice[]> {
      return (await choices.all([])).filter((c) => c.daily)
    },
    /** Records a digest for the day, user and programme unless already sent; returns whether to send it. */
    digestOnce: (day: string, userId: string, programmeId: string): Promise<boolean> =>
      once(() => digests.create({ day, userId, programmeId }, 'item')),
    /** One alert of a sweep day. */
    get: (sweepDate: string, alertId: string): Promise<AlertRecord | undefined> => alerts.get([], [sweepDate, alertId]),
    /** How each of these alerts was handled (absent: never). */
    async handlings(alertIds: readonly string[]): Promise<Map<string, AlertHandling>> {
      const found = new Map<string, AlertHandling>()
      const unique = [...new Set(alertIds)]
      for (let i = 0; i < unique.length; i += 100) {
        const bound = alertHandlingEntity.for(ctx.orgId)
        const raws = await store.getMany(unique.slice(i, i + 100).map((id) => bound.key([], [id])))
        for (const raw of raws) {
          const h = bound.parse(raw)
          found.set(h.alertId, h)
        }
      }
      return found
    },
    /** Dismisses or snoozes an alert (the core's rules), at the version read: a concurrent action is 409. */
    async handle(alertId: string, action: AlertAction): Promise<AlertHandling> {
      const current = await handlings.get([], [alertId])
      const next = handleAlert(current, alertId, action)
      if (current) await handlings.replace(next, 'item')
      else await handlings.create(next, 'item')
      return next
    },
    /** Records a duo's reminder about a month unless already sent; returns whether it is new (send it then). */
    async remind(r: ReminderRecord): Promise<boolean> {
      try {
        await reminders.create(r, 'item')
        return true
      } catch (e) {
        if (e instanceof DomainError && e.reason === 'already-exists') return false
        throw e
      }
    },
    /** Oldest day first; with `sweepDate`, only that day's alerts. */
    page(opts: { limit: number; cursor?: string | undefined; sweepDate?: string | undefined }) {
      const { sweepDate, ...rest } = opts
      return alerts.page([], { ...rest, ...(sweepDate && { skPrefix: alertDayPrefix(sweepDate) }) })
    },
    /** Writes the alert unless the same one was already raised that day; returns whether it is new. */
    async raise(a: AlertRecord): Promise<boolean> {
      try {
        await alerts.create(a, 'item')
        return true
      } catch (e) {
        if (e instanceof DomainError && e.reason === 'already-exists') return false
        throw e
      }
    },
    /**
     * A person's erasure, in their duo's alerts: every day's alerts about the duo rewritten without the person's name
     * (see the core's `eraseAlert`). Reads the organisation's alerts a page at a time, as erasures are rare.
     *
     * @example
     * await tenant.alerts.eraseDuo('d1', 'mentee', 'Amina Haddad') // 12 alerts rewritten
     */
    async eraseDuo(duoId: string, side: DuoSide, name: string): Promise<number> {
      let cursor: string | undefined
      let rewritten = 0
      do {
        const page = await alerts.page([], { limit: 500, cursor, filter: (a) => a.duoId === duoId })
        await store.putMany(page.items.map((a) => alerts.putOwnRequest(eraseAlert(a, side, name))))
        rewritten += page.items.length
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      return rewritten
    },
    lastSweep(): Promise<SweepRecord | undefined> {
      return sweeps.get([], [])
    },
    /** Records that the sweep went through; a concurrent sweep recording the same thing first is not an error. */
    async recordSweep(date: string, ranAt: string): Promise<void> {
      const last = await sweeps.get([], [])
      const next: SweepRecord = { date, ranAt, version: (last?.version ?? 0) + 1 }
      try {
        if (last) await sweeps.replace(next, 'item')
        else await sweeps.create(next, 'item')
      } catch (e) {
        if ((e as { code?: string }).code !== 'conflict') throw e
      }
    },
  }
}
