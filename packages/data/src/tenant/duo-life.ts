import {
  eraseAction, eraseCheckIn, eraseIntake, eraseLogEntry, eraseProgress, notFound,
  type ActionItem, type CheckIn, type DuoLogEntry, type DuoSide, type Intake, type JobSearchProgress,
} from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Store, TransactItem } from '../store'
import type { TenantContext } from './context'

/**
 * A duo's life once it has started (stages 4–5, the core's ./duo-life): its in-take, action plan, meetings and
 * contacts log, the mentee's job-search progress and the staff's check-ins. All in one partition per duo, told apart
 * by the sort key's prefix, so that a duo's page reads each kind with one query and a duo's whole life with one.
 */

/** `ORG#<orgId>#PROGRAMME#<programmeId>#DUO#<duoId>#LIFE`: apart from the duo's timeline (`…#DUO#<duoId>`). */
const lifePartition = (programmeId: string, duoId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#DUO#${safe(duoId, 'duoId')}#LIFE`

/** `…#LIFE` / `INTAKE`. */
export const intakeEntity = defineTenantEntity({
  type: 'duo-intake',
  partition: lifePartition,
  sort: () => 'INTAKE',
  keyOf: (i: Intake) => [[i.programmeId, i.duoId], []] as const,
})

/** `…#LIFE` / `PROGRESS`. */
export const progressEntity = defineTenantEntity({
  type: 'duo-progress',
  partition: lifePartition,
  sort: () => 'PROGRESS',
  keyOf: (p: JobSearchProgress) => [[p.programmeId, p.duoId], []] as const,
})

/** `…#LIFE` / `ACTION#<actionId>`. */
export const actionEntity = defineTenantEntity({
  type: 'duo-action',
  partition: lifePartition,
  sort: (actionId: string) => `ACTION#${safe(actionId, 'actionId')}`,
  keyOf: (a: ActionItem) => [[a.programmeId, a.duoId], [a.id]] as const,
})

/** `…#LIFE` / `LOG#<date>#<entryId>`: a month's entries are one sort-key prefix (`LOG#2027-01`). */
export const logEntryEntity = defineTenantEntity({
  type: 'duo-log-entry',
  partition: lifePartition,
  sort: (date: string, entryId: string) => `LOG#${safe(date, 'date')}#${safe(entryId, 'entryId')}`,
  keyOf: (e: DuoLogEntry) => [[e.programmeId, e.duoId], [e.date, e.id]] as const,
})

/** `…#LIFE` / `CHECKIN#<date>#<checkInId>`. */
export const checkInEntity = defineTenantEntity({
  type: 'duo-check-in',
  partition: lifePartition,
  sort: (date: string, checkInId: string) => `CHECKIN#${safe(date, 'date')}#${safe(checkInId, 'checkInId')}`,
  keyOf: (c: CheckIn) => [[c.programmeId, c.duoId], [c.date, c.id]] as const,
})

/**
 * The repository of a duo's life. Writes that the tracking table follows (a log entry, a check-in) take the extra
 * transaction items that keep it in step, so both land together or not at all.
 *
 * @example
 * const life = tenant.duoLife
 * await life.addLog(entry)
 * const january = await life.log('p1', 'd1', '2027-01')
 */
export function duoLifeRepo(store: Store, ctx: TenantContext) {
  const intakes = intakeEntity.in(store, ctx.orgId)
  const progress = progressEntity.in(store, ctx.orgId)
  const actions = actionEntity.in(store, ctx.orgId)
  const logEntries = logEntryEntity.in(store, ctx.orgId)
  const checkIns = checkInEntity.in(store, ctx.orgId)

  /** A first record is created (409 `already-exists` if someone else wrote it first), a later one replaced at its version. */
  const save = <T extends { version: number }>(table: { create(v: T, e: 'item'): Promise<void>; replace(v: T, e: 'item'): Promise<void> }, value: T) =>
    value.version === 1 ? table.create(value, 'item') : table.replace(value, 'item')

  return {
    intake: (programmeId: string, duoId: string): Promise<Intake | undefined> => intakes.get([programmeId, duoId], []),
    saveIntake: (value: Intake): Promise<void> => save(intakes, value),

    progress: (programmeId: string, duoId: string): Promise<JobSearchProgress | undefined> => progress.get([programmeId, duoId], []),
    saveProgress: (value: JobSearchProgress): Promise<void> => save(progress, value),

    /** The duo's action plan, in creation order of ids (a plan holds tens of actions). */
    actions: (programmeId: string, duoId: string): Promise<ActionItem[]> => actions.all([programmeId, duoId], 'ACTION#'),
    async action(programmeId: string, duoId: string, actionId: string): Promise<ActionItem> {
      const found = await actions.get([programmeId, duoId], [actionId])
      if (!found) throw notFound('item')
      return found
    },
    createAction: (value: ActionItem): Promise<void> => actions.create(value, 'item'),
    replaceAction: (value: ActionItem): Promise<void> => actions.replace(value, 'item'),

    /** The log, oldest first: all of it, or one month (`YYYY-MM`) or day by the sort-key prefix. */
    log: (programmeId: string, duoId: string, period = ''): Promise<DuoLogEntry[]> => logEntries.all([programmeId, duoId], `LOG#${period}`),
    /** Writes a log entry with the items that keep the tracking table in step, in one transaction. */
    addLog: (entry: DuoLogEntry, alongside: TransactItem[] = []): Promise<void> =>
      store.transact([logEntries.newItem(entry), ...alongside]),

    /** The staff's check-ins, oldest first. */
    checkIns: (programmeId: string, duoId: string): Promise<CheckIn[]> => checkIns.all([programmeId, duoId], 'CHECKIN#'),
    addCheckIn: (checkIn: CheckIn, alongside: TransactItem[] = []): Promise<void> =>
      store.transact([checkIns.newItem(checkIn), ...alongside]),

    /**
     * A duo's past log entries and check-ins written at once, unconditionally and not atomically (a batch of 25 a
     * call): for seeding a year of history (the demo), never for a request, whose entries go one by one with their
     * tracking line. The caller writes the line in step (`tracking.putMany`).
     *
     * @example
     * await tenant.duoLife.putHistory(entries, checkIns)
     */
    putHistory: (entries: readonly DuoLogEntry[], staffCheckIns: readonly CheckIn[]): Promise<void> =>
      store.putMany([
        ...entries.map((e) => logEntries.putOwnRequest(e)),
        ...staffCheckIns.map((c) => checkIns.putOwnRequest(c)),
      ]),

    /**
     * A person's erasure, in their duo's life: every item rewritten without its free text (see the core's
     * `eraseLogEntry` and its neighbours), each at its next version so that a form still open is refused rather than
     * writing the words back. Unconditional and idempotent: a retry after a failure finishes the job.
     *
     * @example
     * await tenant.duoLife.eraseDuo('p1', 'd1', 'mentee', 'Amina Haddad')
     */
    async eraseDuo(programmeId: string, duoId: string, side: DuoSide, name: string): Promise<void> {
      const bump = <T extends { version: number }>(v: T): T => ({ ...v, version: v.version + 1 })
      const [intake, jobSearch, plan, log, staffCheckIns] = await Promise.all([
        intakes.get([programmeId, duoId], []), progress.get([programmeId, duoId], []),
        actions.all([programmeId, duoId], 'ACTION#'), logEntries.all([programmeId, duoId], 'LOG#'), checkIns.all([programmeId, duoId], 'CHECKIN#'),
      ])
      await store.putMany([
        ...(intake ? [intakes.putOwnRequest(bump(eraseIntake(intake)))] : []),
        ...(jobSearch ? [progress.putOwnRequest(bump(eraseProgress(jobSearch)))] : []),
        ...plan.map((a) => actions.putOwnRequest(bump(eraseAction(a, name)))),
        ...log.map((e) => logEntries.putOwnRequest(bump(eraseLogEntry(e, side)))),
        ...staffCheckIns.map((c) => checkIns.putOwnRequest(bump(eraseCheckIn(c)))),
      ])
    },
  }
}
