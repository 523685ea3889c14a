import {
  applyDuoEvent, DomainError, eraseDuo, eraseDuoTimelineEntry, eraseTrackingLine, lineFromDuo, isEndedDuoState, isOpenDuoState, moveStage, notFound, personLifecycle, proposeDuo, staleVersion,
  withStage, type Cadences, type Duo, type DuoEvent, type DuoSide, type DuoState, type DuoTimelineEntry, type FieldIssue, type Person,
  type PersonStageEvent, type ProgrammeRules, type TimelineEntry,
} from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Page, Store, TransactItem } from '../store'
import type { TenantContext } from './context'
import { peopleRepo } from './people'
import { rulesRepo } from './rules'
import { trackingRepo } from './tracking'

/**
 * Duos from the proposal to their start (the core's ./duo.ts), with their timelines and what the pool must know of
 * them: how many open duos each person is in (a mentee one at most, a mentor up to their capacity) and which pairs
 * ended before the start (never suggested or proposed again).
 */

/** `ORG#<orgId>#PROGRAMME#<programmeId>#DUOS` / `DUO#<duoId>`. */
export const duoEntity = defineTenantEntity({
  type: 'duo',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#DUOS`,
  sort: (duoId: string) => `DUO#${safe(duoId, 'duoId')}`,
  keyOf: (d: Duo) => [[d.programmeId], [d.id]] as const,
  // Duos stored before closures existed have none.
  parse: (d) => ({ ...d, closure: d.closure ?? null }),
})

/** `ORG#<orgId>#PROGRAMME#<programmeId>#DUO#<duoId>` / `AT#<at>#<entryId>`: a duo's steps, oldest first (read newest first). */
export const duoTimelineEntity = defineTenantEntity({
  type: 'duo-timeline-entry',
  partition: (programmeId: string, duoId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#DUO#${safe(duoId, 'duoId')}`,
  sort: (at: string, entryId: string) => `AT#${safe(at, 'at')}#${safe(entryId, 'entryId')}`,
  keyOf: (e: DuoTimelineEntry) => [[e.programmeId, e.duoId], [e.at, e.id]] as const,
})

/**
 * A person's place in the programme's duos: how many open duos they are in (`open`, changed in each proposal's and
 * each end's transaction, with the proposal conditional on the count it read) and every duo they were ever proposed
 * in (`duoIds`, what their portal lists).
 */
export interface DuoPersonRecord {
  programmeId: string
  personId: string
  side: 'mentor' | 'mentee'
  open: number
  duoIds: string[]
}

/** A pair whose duo ended before starting (refused, expired, declined, cancelled): the pool does not offer it again. */
export interface EndedPairRecord {
  programmeId: string
  menteeId: string
  mentorId: string
  duoId: string
  state: DuoState
  at: string
}

const duoPeoplePartition = (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#DUOPEOPLE`

/** `ORG#<orgId>#PROGRAMME#<programmeId>#DUOPEOPLE` / `PERSON#<personId>`. */
export const duoPersonEntity = defineTenantEntity({
  type: 'duo-person',
  partition: duoPeoplePartition,
  sort: (personId: string) => `PERSON#${safe(personId, 'personId')}`,
  keyOf: (p: DuoPersonRecord) => [[p.programmeId], [p.personId]] as const,
  // `duoIds` is a string set in the table (added to with `ADD`), an array in the value.
  parse: (p) => ({ ...p, open: Number(p.open ?? 0), duoIds: [...((p.duoIds as unknown as Iterable<string> | undefined) ?? [])].sort() }),
})

/** `ORG#<orgId>#PROGRAMME#<programmeId>#DUOPEOPLE` / `ENDED#<menteeId>#<mentorId>`. */
export const endedPairEntity = defineTenantEntity({
  type: 'duo-ended-pair',
  partition: duoPeoplePartition,
  sort: (menteeId: string, mentorId: string) => `ENDED#${safe(menteeId, 'menteeId')}#${safe(mentorId, 'mentorId')}`,
  keyOf: (p: EndedPairRecord) => [[p.programmeId], [p.menteeId, p.mentorId]] as const,
})

/** One pair to propose, as a coordinator selected it (from a run, usually). */
export interface PairToPropose {
  menteeId: string
  mentorId: string
  runId?: string | null | undefined
  score?: number | null | undefined
}

/** Who and when for a write, and where its ids come from (the data layer has no randomness of its own). */
export interface DuoWriteContext {
  at: string
  /** Absent for the daily sweep. */
  by?: string | undefined
  newId: () => string
}

/** What the pool must leave out: the people in open duos (with how many) and the pairs that ended. */
export interface DuoPoolEffects {
  /** Person id → number of open duos. */
  open: Map<string, number>
  /** `menteeId#mentorId` of every pair that ended before starting. */
  endedPairs: Set<string>
}

const pairKey = (menteeId: string, mentorId: string) => `${menteeId}#${mentorId}`

const pairIssue = (n: number, field: string | null, message: string): FieldIssue =>
  ({ path: field ? `pairs.${n}.${field}` : `pairs.${n}`, reason: 'invalid', message })

/** A mentor's capacity: their own when set, else the programme's rule. */
export const mentorCapacity = (mentor: Pick<Person, 'capacity'>, cadences: Pick<Cadences, 'mentorCapacity'>): number =>
  mentor.capacity ?? cadences.mentorCapacity

export function duosRepo(store: Store, ctx: TenantContext) {
  const duos = duoEntity.in(store, ctx.orgId)
  const timeline = duoTimelineEntity.in(store, ctx.orgId)
  const duoPeople = duoPersonEntity.in(store, ctx.orgId)
  const endedPairs = endedPairEntity.in(store, ctx.orgId)
  const people = peopleRepo(store, ctx)
  const rules = rulesRepo(store, ctx)
  const tracking = trackingRepo(store, ctx)

  async function get(programmeId: string, duoId: string): Promise<Duo> {
    const d = await duos.get([programmeId], [duoId])
    if (!d) throw notFound('duo')
    return d
  }

  /**
   * The change of a person's open-duo count, conditional on the count read (`read`), so that two proposals at once
   * cannot both take a mentee or a mentor's last place; a proposal also adds the duo to the person's list.
   */
  function countWrite(programmeId: string, person: Person, read: number, delta: number, addDuoIds: string[] = []): TransactItem {
    const key = duoPeople.entity.key([programmeId], [person.id])
    return store.updateItem(key, {
      set: `SET #type = :type, #programmeId = :programmeId, #personId = :personId, #side = :side, #orgId = :orgId ADD #open :delta${addDuoIds.length ? ', #duoIds :ids' : ''}`,
      condition: read === 0 ? '(attribute_not_exists(#open) OR #open = :read)' : '#open = :read',
      names: {
        '#type': 'type', '#programmeId': 'programmeId', '#personId': 'personId', '#side': 'side', '#orgId': 'orgId', '#open': 'open',
        ...(addDuoIds.length && { '#duoIds': 'duoIds' }),
      },
      values: {
        ':type': duoPersonEntity.type, ':programmeId': programmeId, ':personId': person.id, ':side': person.kind, ':orgId': ctx.orgId,
        ':delta': delta, ':read': read, ...(addDuoIds.length && { ':ids': new Set(addDuoIds) }),
      },
    })
  }

  /** A person's stage move for a duo (matched when proposed, back to ready when it ends), with its timeline entry. */
  function stageMove(person: Person, event: PersonStageEvent, w: DuoWriteContext) {
    const move = moveStage(person.stage, event, { side: person.kind, now: w.at, by: w.by ?? 'system', eligibility: [], trainingRequired: false }, person.stageDates)
    const after = { ...withStage(person, move, w.at), version: person.version + 1 }
    const entry: TimelineEntry = {
      id: w.newId(), orgId: ctx.orgId, programmeId: person.programmeId, personId: person.id, at: w.at, ...(w.by !== undefined && { by: w.by }),
      kind: 'stage', stage: { from: person.stage, to: after.stage, event },
    }
    return { before: person, after, entry }
  }

  const openCount = async (programmeId: string, personId: string): Promise<number> =>
    (await duoPeople.get([programmeId], [personId]))?.open ?? 0

  /**
   * The writes that go with a duo's step beyond the duo and its entry, when it stops holding its people: both
   * people's open count goes down. A duo that ends before starting is remembered as an ended pair, and each person
   * goes back to the pool (`unmatch`) if the duo had taken them out of it. A closed duo's mentee has finished the
   * programme (`close`); its mentor goes back to the pool for another mentee.
   */
  async function endWrites(before: Duo, after: Duo, w: DuoWriteContext): Promise<TransactItem[]> {
    if (!isOpenDuoState(before.state) || isOpenDuoState(after.state)) return []
    const [mentee, mentor, menteeOpen, mentorOpen] = await Promise.all([
      people.get(after.programmeId, 'mentee', after.menteeId), people.get(after.programmeId, 'mentor', after.mentorId),
      openCount(after.programmeId, after.menteeId), openCount(after.programmeId, after.mentorId),
    ])
    const closed = !isEndedDuoState(after.state)
    const moves = ([[mentee, closed ? 'close' : 'unmatch'], [mentor, 'unmatch']] as const)
      .filter(([p, event]) => !p.erasedAt && personLifecycle.allows(p.stage, event))
      .map(([p, event]) => stageMove(p, event, w))
    const writes = [
      countWrite(after.programmeId, mentee, menteeOpen, -1),
      countWrite(after.programmeId, mentor, mentorOpen, -1),
      ...people.stageWrites(moves),
    ]
    if (closed) return writes
    const ended: EndedPairRecord = {
      programmeId: after.programmeId, menteeId: after.menteeId, mentorId: after.mentorId, duoId: after.id, state: after.state, at: w.at,
    }
    return [
      ...writes,
      store.updateItem(endedPairs.entity.key([ended.programmeId], [ended.menteeId, ended.mentorId]), {
        set: 'SET #type = :type, #orgId = :orgId, #programmeId = :p, #menteeId = :e, #mentorId = :m, #duoId = :d, #state = :s, #at = :at',
        names: { '#type': 'type', '#orgId': 'orgId', '#programmeId': 'programmeId', '#menteeId': 'menteeId', '#mentorId': 'mentorId', '#duoId': 'duoId', '#state': 'state', '#at': 'at' },
        values: { ':type': endedPairEntity.type, ':orgId': ctx.orgId, ':p': ended.programmeId, ':e': ended.menteeId, ':m': ended.mentorId, ':d': ended.duoId, ':s': ended.state, ':at': ended.at },
      }),
    ]
  }

  return {
    get,

    /**
     * Proposes 1 to 10 pairs, all or nothing: each duo with its timeline entry, the mentee taken out of the pool
     * (`matched`) and the mentor too once their capacity is full, each person's open count raised on the condition
     * that it is still the one read. Refused with 409 naming the rule and `pairs.<n>` (a person already in an open
     * duo, a mentor at capacity, a pair that ended before, someone not ready to match), 400 for a person of the wrong
     * side; a concurrent change is 409 `stale-version`.
     *
     * @example
     * const created = await tenant.duos.propose('p1', [{ menteeId: 'e1', mentorId: 'm1', runId: 'r1', score: 0.8 }], { at, by, newId })
     */
    async propose(programmeId: string, pairs: PairToPropose[], w: DuoWriteContext & { by: string }): Promise<Duo[]> {
      const { rules: current } = await rules.current(programmeId)
      const cadences = current.cadences
      const ids = [...new Set(pairs.flatMap((p) => [p.menteeId, p.mentorId]))]
      const found = new Map((await Promise.all(ids.map((id) => people.find(programmeId, id)))).map((p) => [p.id, p]))
      const counts = new Map(await Promise.all(ids.map(async (id) => [id, await openCount(programmeId, id)] as const)))
      const ended = new Set((await endedPairs.all([programmeId], 'ENDED#')).map((e) => pairKey(e.menteeId, e.mentorId)))

      const wrongSide: FieldIssue[] = []
      pairs.forEach((p, n) => {
        if (found.get(p.menteeId)!.kind !== 'mentee') wrongSide.push({ path: `pairs.${n}.menteeId`, reason: 'not-a-choice', message: 'is not a mentee of this programme' })
        if (found.get(p.mentorId)!.kind !== 'mentor') wrongSide.push({ path: `pairs.${n}.mentorId`, reason: 'not-a-choice', message: 'is not a mentor of this programme' })
      })
      if (wrongSide.length > 0) throw new DomainError('validation', 'A pair names a person of the wrong side', { details: wrongSide })

      // Each rule that stops a pair, in order; the first one found names the refusal, every pair at fault is listed.
      const refusals: { error: DomainError; issue: FieldIssue }[] = []
      const taken = new Map<string, number>()
      pairs.forEach((p, n) => {
        const mentee = found.get(p.menteeId)!
        const mentor = found.get(p.mentorId)!
        const mentorTaken = (taken.get(mentor.id) ?? 0) + 1
        taken.set(mentor.id, mentorTaken)
        const menteeTwice = pairs.findIndex((q) => q.menteeId === p.menteeId) !== n
        const capacity = mentorCapacity(mentor, cadences)
        if (mentee.erasedAt || mentor.erasedAt) {
          refusals.push({ error: new DomainError('person-erased', 'A person of this pair was erased'), issue: pairIssue(n, null, 'names an erased person') })
        } else if (counts.get(mentee.id)! > 0 || menteeTwice) {
          refusals.push({ error: new DomainError('in-open-duo', 'The mentee is already in an open duo', { values: { side: 'mentee' } }), issue: pairIssue(n, 'menteeId', 'is already in an open duo') })
        } else if (ended.has(pairKey(mentee.id, mentor.id))) {
          refusals.push({ error: new DomainError('pair-excluded', 'This pair ended before and is not proposed again'), issue: pairIssue(n, null, 'ended before (refused, expired, declined or cancelled)') })
        } else if (counts.get(mentor.id)! + mentorTaken > capacity) {
          refusals.push({ error: new DomainError('mentor-at-capacity', `The mentor already has ${capacity} open duo(s)`, { values: { capacity } }), issue: pairIssue(n, 'mentorId', 'has no place left') })
        } else if (!personLifecycle.allows(mentee.stage, 'match')) {
          refusals.push({ error: new DomainError('wrong-state', `The mentee is ${mentee.stage}, not ready to match`, { values: { entity: 'person', state: mentee.stage } }), issue: pairIssue(n, 'menteeId', 'is not ready to match') })
        } else if (!personLifecycle.allows(mentor.stage, 'match')) {
          refusals.push({ error: new DomainError('wrong-state', `The mentor is ${mentor.stage}, not ready to match`, { values: { entity: 'person', state: mentor.stage } }), issue: pairIssue(n, 'mentorId', 'is not ready to match') })
        }
      })
      if (refusals.length > 0) {
        const first = refusals[0]!.error
        throw new DomainError(first.reason, first.message, { values: first.values ?? {}, details: refusals.map((r) => r.issue) } as never)
      }

      const created = pairs.map((p) => proposeDuo(
        { programmeId, menteeId: p.menteeId, mentorId: p.mentorId, runId: p.runId ?? null, score: p.score ?? null },
        { id: w.newId(), entryId: w.newId(), at: w.at, by: w.by, rules: cadences },
      ))
      const fullName = (id: string) => `${found.get(id)!.firstName} ${found.get(id)!.lastName}`
      const items: TransactItem[] = created.flatMap(({ duo, entry }) => [duos.newItem(duo), timeline.newItem(entry)])
      // Each duo's line of the tracking table (./tracking.ts), written with it.
      for (const { duo } of created) items.push(...tracking.write(lineFromDuo(duo, { menteeName: fullName(duo.menteeId), mentorName: fullName(duo.mentorId) }, undefined, w.at)))
      const moves: ReturnType<typeof stageMove>[] = []
      for (const id of ids) {
        const person = found.get(id)!
        const theirs = created.filter(({ duo }) => duo.menteeId === id || duo.mentorId === id).map(({ duo }) => duo.id)
        const read = counts.get(id)!
        items.push(countWrite(programmeId, person, read, theirs.length, theirs))
        const full = person.kind === 'mentee' || read + theirs.length >= mentorCapacity(person, cadences)
        if (full) moves.push(stageMove(person, 'match', w))
      }
      items.push(...people.stageWrites(moves))
      await store.transact(items, staleVersion('duo'))
      return created.map((c) => c.duo)
    },

    /**
     * Applies one step to a duo read at `expectedVersion`, with its timeline entry and what it does to its people
     * (back to the pool when it ends before starting), in one transaction; 409 `stale-version` if the duo changed,
     * the core's refusals otherwise. What the staff routes, the portal, the contract and the daily sweep all use.
     *
     * `held` are the programme's current rules when the caller has just read them (the demo's seed, which walks
     * hundreds of steps): a whole programme's rules are tens of kilobytes to read again at each step.
     *
     * @example
     * const { duo } = await tenant.duos.transition('p1', 'd1', 3, { type: 'accept', at: now, by: userId }, deps.newId)
     */
    async transition(
      programmeId: string, duoId: string, expectedVersion: number, event: DuoEvent, newId: () => string,
      held?: Pick<ProgrammeRules, 'cadences' | 'outcomes'>,
    ): Promise<{ duo: Duo; entry: DuoTimelineEntry }> {
      const w: DuoWriteContext = { at: event.at, by: 'by' in event ? event.by : undefined, newId }
      const current = await get(programmeId, duoId)
      if (current.version !== expectedVersion) throw staleVersion('duo')
      const r = held ?? (await rules.current(programmeId)).rules
      const step = applyDuoEvent(current, event, { rules: r.cadences, outcomes: r.outcomes, entryId: w.newId() })
      const next: Duo = { ...step.duo, version: current.version + 1 }
      const names = async () => {
        const [e, m] = await Promise.all([people.get(programmeId, 'mentee', next.menteeId), people.get(programmeId, 'mentor', next.mentorId)])
        return { menteeName: `${e.firstName} ${e.lastName}`, mentorName: `${m.firstName} ${m.lastName}` }
      }
      await store.transact([
        duos.replaceItem(next), timeline.newItem(step.entry), ...await endWrites(current, next, w),
        // The tracking table's line follows the duo's state and dates in the same transaction.
        ...await tracking.stepWrite(next, w.at, names),
      ], staleVersion('duo'))
      return { duo: next, entry: step.entry }
    },

    /** One page of a programme's duos, in id order, optionally only those in some states. */
    page(programmeId: string, opts: { limit: number; cursor?: string | undefined; states?: readonly DuoState[] | undefined }): Promise<Page<Duo>> {
      const states = opts.states
      return duos.page([programmeId], { limit: opts.limit, cursor: opts.cursor, ...(states?.length && { filter: (d: Duo) => states.includes(d.state) }) })
    },

    /** Every duo of a programme (the sweep, the counts by state: a programme holds hundreds). */
    all(programmeId: string): Promise<Duo[]> {
      return duos.all([programmeId])
    },

    /** A duo's steps, newest first. */
    timeline(programmeId: string, duoId: string, opts: { limit: number; cursor?: string | undefined }): Promise<Page<DuoTimelineEntry>> {
      return timeline.page([programmeId, duoId], { ...opts, descending: true })
    },

    /** Every duo a person was proposed in, newest proposal first (their portal). */
    /**
     * A person's erasure, in one of their duos: the duo without its reasons, meeting address and the person's network
     * address on their signature, its timeline without reasons, and its tracking line without the person's name
     * (see the core's `eraseDuo`). Unconditional and idempotent, each item at its next version.
     *
     * @example
     * await tenant.duos.erasePerson('p1', 'd1', 'mentee')
     */
    async erasePerson(programmeId: string, duoId: string, side: DuoSide): Promise<void> {
      const duo = await get(programmeId, duoId)
      const [steps, line] = await Promise.all([timeline.all([programmeId, duoId]), tracking.get(programmeId, duoId)])
      await store.putMany([
        duos.putOwnRequest({ ...eraseDuo(duo, side), version: duo.version + 1 }),
        ...steps.map((e) => timeline.putOwnRequest(eraseDuoTimelineEntry(e))),
        ...(line ? tracking.putOwnRequests({ ...eraseTrackingLine(line, side), version: line.version + 1 }) : []),
      ])
    },

    async ofPerson(programmeId: string, personId: string): Promise<Duo[]> {
      const record = await duoPeople.get([programmeId], [personId])
      const found = await Promise.all((record?.duoIds ?? []).map((id) => duos.get([programmeId], [id])))
      return found.filter((d): d is Duo => d !== undefined).sort((a, b) => b.proposedAt.localeCompare(a.proposedAt))
    },

    /**
     * The same, for one mentee and a few mentors only (the next alternatives after a duo ended): their open counts
     * and the mentee's ended pairs, without reading the programme's whole pool.
     */
    async poolEffectsFor(programmeId: string, menteeId: string, mentorIds: readonly string[]): Promise<DuoPoolEffects> {
      const ids = [menteeId, ...mentorIds]
      const [counts, ended] = await Promise.all([
        Promise.all(ids.map(async (id) => [id, await openCount(programmeId, id)] as const)),
        endedPairs.all([programmeId], `ENDED#${safe(menteeId, 'menteeId')}#`),
      ])
      return {
        open: new Map(counts.filter(([, n]) => n > 0)),
        endedPairs: new Set(ended.map((e) => pairKey(e.menteeId, e.mentorId))),
      }
    },

    /** What the matching worker leaves out of a run: people in open duos (how many) and pairs that ended. */
    async poolEffects(programmeId: string): Promise<DuoPoolEffects> {
      const [open, ended] = await Promise.all([duoPeople.all([programmeId], 'PERSON#'), endedPairs.all([programmeId], 'ENDED#')])
      return {
        open: new Map(open.filter((p) => p.open > 0).map((p) => [p.personId, p.open])),
        endedPairs: new Set(ended.map((e) => pairKey(e.menteeId, e.mentorId))),
      }
    },
  }
}
