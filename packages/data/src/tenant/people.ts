import {
  alreadyExists, DomainError, endedStages, eraseEntry, erasePerson, notFound, personKinds, personStages, searchable, staleVersion,
  type Person, type PersonKind, type PersonStage, type TimelineEntry,
} from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { decodeCursor, encodeCursor } from '../cursor'
import { nextVersion, type IndexFilter, type Item, type Page, type Store, type TransactItem } from '../store'
import { tableDefinition } from '../table'
import type { TenantContext } from './context'

/** A person's list line: what the board and the searchable list show, read from an index (no answers). */
export type PersonSummary = Pick<
  Person, 'id' | 'programmeId' | 'kind' | 'firstName' | 'lastName' | 'email' | 'stage' | 'stageDates' | 'referredBy' | 'facets' | 'updatedAt'
>

/** How a person sorts in the lists: side, then last and first name, then id (names repeat). */
const nameKey = (p: Person): string =>
  `${p.kind.toUpperCase()}#${searchable(`${p.lastName} ${p.firstName}`).replaceAll('#', ' ').slice(0, 200)}#${safe(p.id, 'personId')}`

const stagePartition = (programmeId: string, stage: PersonStage) => `PROGRAMME#${safe(programmeId, 'programmeId')}#STAGE#${stage}`
const directoryPartition = (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#DIRECTORY`

/**
 * `ORG#<orgId>#PROGRAMME#<programmeId>#PEOPLE` / `MENTOR#<personId>` or `MENTEE#<personId>`; also in the index
 * `ByStage` (`…#STAGE#<stage>` / `<KIND>#<name>#<id>`) and `Directory` (`…#DIRECTORY` / the same), with the
 * derived `search` text (names and e-mail, {@link searchable}) the lists filter on.
 */
export const personEntity = defineTenantEntity({
  type: 'person',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#PEOPLE`,
  sort: (kind: PersonKind, personId: string) => `${safe(kind, 'kind').toUpperCase()}#${safe(personId, 'personId')}`,
  keyOf: (p: Person) => [[p.programmeId], [p.kind, p.id]] as const,
  // An erased person is in no list, nor in the board's counts (which `recount` takes from these indexes).
  indexes: {
    ByStage: (p: Person) => (p.erasedAt ? undefined : { partition: stagePartition(p.programmeId, p.stage), sort: nameKey(p) }),
    Directory: (p: Person) => (p.erasedAt ? undefined : { partition: directoryPartition(p.programmeId), sort: nameKey(p) }),
  },
  derived: { search: (p: Person) => searchable(`${p.firstName} ${p.lastName} ${p.email}`) },
  parse: (p) => upgradePerson(p),
})

// People stored before the pipeline had a `status`; they read as the stage it meant.
const statusStages: Record<string, PersonStage> = { applicant: 'applied', enrolled: 'ready', refused: 'refused', matched: 'matched', closed: 'closed' }
function upgradePerson(p: Person): Person {
  const old = p as Person & { status?: string }
  if (old.stage !== undefined) return p
  const { status, ...rest } = old
  const stage = statusStages[status ?? ''] ?? 'applied'
  return { ...rest, stage, stageDates: { [stage]: p.updatedAt }, facets: rest.facets ?? {} }
}

/**
 * `ORG#<orgId>#PROGRAMME#<programmeId>#PERSON#<personId>` / `AT#<at>#<entryId>`: a person's timeline, one
 * partition a person, oldest first (read newest first).
 */
export const timelineEntity = defineTenantEntity({
  type: 'timeline-entry',
  partition: (programmeId: string, personId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#PERSON#${safe(personId, 'personId')}`,
  sort: (at: string, entryId: string) => `AT#${safe(at, 'at')}#${safe(entryId, 'entryId')}`,
  keyOf: (e: TimelineEntry) => [[e.programmeId, e.personId], [e.at, e.id]] as const,
})

/** One word of a person's names or e-mail, pointing to them: what a search by name starts from. */
export interface NameToken {
  orgId: string
  programmeId: string
  personId: string
  kind: PersonKind
  token: string
}

/**
 * `ORG#<orgId>#PROGRAMME#<programmeId>#NAMES` / `<word>#<personId>`: each word of a person's first and last names,
 * their e-mail and its parts, so that a search finds people by any word's beginning with one query instead of
 * reading the whole programme. Written and removed in the same transaction as the person.
 */
export const nameTokenEntity = defineTenantEntity({
  type: 'person-name-token',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#NAMES`,
  sort: (token: string, personId: string) => `${safe(token, 'token')}#${safe(personId, 'personId')}`,
  keyOf: (t: NameToken) => [[t.programmeId], [t.token, t.personId]] as const,
})

/**
 * The words a person is found by: each word of the names, the e-mail and the parts of its local part.
 *
 * @example
 * nameTokens({ firstName: 'Amina', lastName: 'El Idrissi', email: 'amina.elidrissi@mail.be' })
 * // ['amina', 'el', 'idrissi', 'amina.elidrissi@mail.be', 'elidrissi']
 */
export function nameTokens(p: Pick<Person, 'firstName' | 'lastName' | 'email'>): string[] {
  const words = searchable(`${p.firstName} ${p.lastName}`).split(' ')
  const email = searchable(p.email)
  const local = email.split('@')[0]!.split(/[._+-]/)
  return [...new Set([...words, email, ...local])].filter((w) => w.length > 0).map((w) => w.replaceAll('#', '').slice(0, 100)).filter(Boolean).slice(0, 20)
}

const tokensOf = (p: Person): NameToken[] =>
  nameTokens(p).map((token) => ({ orgId: p.orgId, programmeId: p.programmeId, personId: p.id, kind: p.kind, token }))

/** The most a search reads before it says "refine your search": a word's beginning shared by more people than this. */
const searchReadLimit = 2000

/**
 * `ORG#<orgId>#PROGRAMME#<programmeId>#PIPELINE` / `COUNTS`: how many people of each side are at each stage
 * (attributes `<kind>:<stage>`), changed in the same transaction as every creation and stage move, so that the board's
 * column heads cost one read whatever the programme's size.
 */
const countsKey = (orgId: string, programmeId: string) => ({
  PK: `ORG#${orgId}#PROGRAMME#${safe(programmeId, 'programmeId')}#PIPELINE`, SK: 'COUNTS',
})
const countsType = 'pipeline-counts'
const countName = (kind: PersonKind, stage: PersonStage) => `${kind}:${stage}`

/** What the people list filters on; every filter is applied by DynamoDB on an index partition, never by a scan. */
export interface PeopleFilter {
  kind?: PersonKind | undefined
  stage?: PersonStage | undefined
  /** Words of a name or an e-mail, compared without accents or case. */
  q?: string | undefined
  locality?: string | undefined
  sector?: string | undefined
  language?: string | undefined
  referredBy?: string | undefined
}

/** The DynamoDB filter for what a list asks beyond its index partition; undefined when nothing. */
function filterOf(f: PeopleFilter): IndexFilter | undefined {
  const parts: string[] = []
  const names: Record<string, string> = {}
  const values: Record<string, unknown> = {}
  const words = f.q ? searchable(f.q).split(' ').filter(Boolean).slice(0, 5) : []
  words.forEach((w, n) => {
    parts.push(`contains(#search, :q${n})`)
    names['#search'] = 'search'
    values[`:q${n}`] = w
  })
  if (f.locality || f.sector || f.language) names['#facets'] = 'facets'
  if (f.locality) { parts.push('#facets.#locality = :locality'); names['#locality'] = 'locality'; values[':locality'] = f.locality }
  if (f.sector) { parts.push('#facets.#sector = :sector'); names['#sector'] = 'sector'; values[':sector'] = f.sector }
  if (f.language) { parts.push('contains(#facets.#languages, :language)'); names['#languages'] = 'languages'; values[':language'] = f.language }
  if (f.referredBy) { parts.push('#referredBy = :referredBy'); names['#referredBy'] = 'referredBy'; values[':referredBy'] = f.referredBy }
  return parts.length === 0 ? undefined : { expression: parts.join(' AND '), names, values }
}

/** Whether a list line passes the filters, as the DynamoDB filter would have said (for the search path). */
function matches(raw: Item, f: PeopleFilter, words: string[]): boolean {
  const facets = (raw.facets ?? {}) as Person['facets']
  return (!f.kind || raw.kind === f.kind) && (!f.stage || raw.stage === f.stage) &&
    words.every((w) => String(raw.search ?? '').includes(w)) &&
    (!f.locality || facets.locality === f.locality) && (!f.sector || facets.sector === f.sector) &&
    (!f.language || (facets.languages ?? []).includes(f.language)) && (!f.referredBy || raw.referredBy === f.referredBy)
}
const summaryAttributes = [...tableDefinition.globalSecondaryIndexes[0]!.projected]

const summaryOf = (raw: Item): PersonSummary => ({
  id: raw.id as string, programmeId: raw.programmeId as string, kind: raw.kind as PersonKind,
  firstName: raw.firstName as string, lastName: raw.lastName as string, email: raw.email as string,
  stage: (raw.stage as PersonStage | undefined) ?? 'applied', stageDates: (raw.stageDates as Person['stageDates'] | undefined) ?? {},
  ...(raw.referredBy !== undefined && { referredBy: raw.referredBy as string }),
  facets: (raw.facets as Person['facets'] | undefined) ?? {}, updatedAt: raw.updatedAt as string,
})

/** The mentors and mentees of one organisation's programmes, with their timelines. */
export function peopleRepo(store: Store, ctx: TenantContext) {
  const people = personEntity.in(store, ctx.orgId)
  const timeline = timelineEntity.in(store, ctx.orgId)
  const tokens = nameTokenEntity.in(store, ctx.orgId)
  /** The counter change of a creation (no `before`) or a stage move; none when the stage stays. */
  const countWrites = (before: Person | undefined, after: Person) => {
    if (before && before.stage === after.stage) return []
    const deltas: Record<string, number> = { [countName(after.kind, after.stage)]: 1 }
    if (before) deltas[countName(before.kind, before.stage)] = -1
    return [store.addItem(countsKey(ctx.orgId, after.programmeId), countsType, deltas, { orgId: ctx.orgId, programmeId: after.programmeId })]
  }
  /** The writes that keep a person's name tokens in step with a change of names or e-mail. */
  const tokenWrites = (before: Person | undefined, after: Person) => {
    const old = new Set(before ? nameTokens(before) : [])
    const next = tokensOf(after)
    const keep = new Set(next.map((t) => t.token))
    return [
      ...[...old].filter((t) => !keep.has(t)).map((t) => store.deleteItem(tokens.entity.key([after.programmeId], [t, after.id]))),
      ...next.filter((t) => !old.has(t.token)).map((t) => tokens.newItem(t)),
    ]
  }
  /**
   * The batch writes of new people (an import): each person with their name tokens and timeline entries, for
   * {@link Store.putMany}; the caller has checked that none exists yet.
   */
  const putRequests = (p: Person, entries: TimelineEntry[] = []) => {
    if (p.orgId !== ctx.orgId) throw notFound('organisation')
    return [
      people.putRequest([p.programmeId], [p.kind, p.id], p),
      ...tokensOf(p).map((t) => tokens.putRequest([t.programmeId], [t.token, t.personId], t)),
      ...entries.map((e) => timeline.putRequest([e.programmeId, e.personId], [e.at, e.id], e)),
    ]
  }
  /**
   * A search by words: the people whose name or e-mail has a word beginning with the longest word asked (one query
   * of the name tokens), read as list lines in batches, then every other filter; by name, paged after the last name key.
   */
  async function search(programmeId: string, filter: PeopleFilter, opts: { limit: number; cursor?: string | undefined }): Promise<Page<PersonSummary>> {
    const words = searchable(filter.q ?? '').split(' ').filter(Boolean).slice(0, 5)
    const key = [...words].sort((a, b) => b.length - a.length)[0]!.replaceAll('#', '')
    const partition = tokens.entity.partition(programmeId)
    const after = decodeCursor(partition, opts.cursor)?.SK as string | undefined
    const hits = new Map<string, NameToken>()
    let cursor: string | undefined
    do {
      const page = await tokens.page([programmeId], { limit: 1000, cursor, skPrefix: key })
      for (const t of page.items) hits.set(t.personId, t)
      cursor = page.nextCursor ?? undefined
    } while (cursor && hits.size < searchReadLimit)
    const raws = await store.getMany([...hits.values()].map((t) => people.entity.key([programmeId], [t.kind, t.personId])), summaryAttributes)
    const lines = raws
      .filter((raw) => raw.type === personEntity.type && matches(raw, filter, words))
      .map((raw) => ({ sortKey: nameKey(raw as unknown as Person), line: summaryOf(raw) }))
      .filter((x) => after === undefined || x.sortKey > after)
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
    const items = lines.slice(0, opts.limit)
    const more = lines.length > opts.limit
    return { items: items.map((x) => x.line), nextCursor: more ? encodeCursor(partition, { PK: partition, SK: items.at(-1)!.sortKey }) : null }
  }
  /** A person by id, whatever their kind (ids are unique within a programme); 404 when none. */
  async function find(programmeId: string, personId: string): Promise<Person> {
    const found = await Promise.all(personKinds.map((kind) => people.get([programmeId], [kind, personId])))
    const p = found.find((x) => x !== undefined)
    if (!p) throw notFound('person')
    return p
  }
  return {
    find,
    async get(programmeId: string, kind: PersonKind, personId: string): Promise<Person> {
      const p = await people.get([programmeId], [kind, personId])
      if (!p) throw notFound('person')
      return p
    },
    /**
     * Changes a person read at `expectedVersion` and records what changed on their timeline, in one transaction;
     * 409 if they changed since. `entry` says what the change was (an edit with its fields, a stage move...); no
     * entry is written when it returns undefined (nothing changed).
     *
     * @example
     * await tenant.people.update(programmeId, personId, body.version, (p) => withStage(p, move, now), (before, after) => entry)
     */
    async update(
      programmeId: string, personId: string, expectedVersion: number, change: (current: Person) => Person,
      entry?: (before: Person, after: Person) => TimelineEntry | undefined,
    ): Promise<Person> {
      const current = await find(programmeId, personId)
      if (current.erasedAt) throw new DomainError('person-erased', 'This person was erased')
      const next = nextVersion(current, expectedVersion, change, 'person')
      const recorded = entry?.(current, next)
      const also = [...tokenWrites(current, next), ...countWrites(current, next)]
      if (!recorded && also.length === 0) {
        await people.replace(next, 'person')
        return next
      }
      await store.transact([people.replaceItem(next), ...(recorded ? [timeline.newItem(recorded)] : []), ...also], staleVersion('person'))
      return next
    },
    /**
     * The writes of stage moves that another entity's transaction carries (a duo's proposal or end moves its people):
     * each person replaced at its version with its timeline entry, and the board's counters changed once for all of
     * them (a transaction may touch the counters' item only once). The caller checked the moves with the pipeline.
     *
     * @example
     * await store.transact([duoItem, ...tenant.people.stageWrites([{ before: mentee, after: withStage(mentee, move, now), entry }])])
     */
    stageWrites(moves: { before: Person; after: Person; entry: TimelineEntry }[]): TransactItem[] {
      const deltas: Record<string, number> = {}
      for (const { before, after } of moves) {
        if (before.stage === after.stage) continue
        deltas[countName(after.kind, after.stage)] = (deltas[countName(after.kind, after.stage)] ?? 0) + 1
        deltas[countName(before.kind, before.stage)] = (deltas[countName(before.kind, before.stage)] ?? 0) - 1
      }
      const programmeIds = [...new Set(moves.map((m) => m.after.programmeId))]
      return [
        ...moves.flatMap(({ after, entry }) => [people.replaceItem(after), timeline.newItem(entry)]),
        ...(Object.keys(deltas).length > 0 && programmeIds.length === 1
          ? [store.addItem(countsKey(ctx.orgId, programmeIds[0]!), countsType, deltas, { orgId: ctx.orgId, programmeId: programmeIds[0]! })]
          : []),
      ]
    },
    page(programmeId: string, opts: { limit: number; cursor?: string | undefined; kind?: PersonKind | undefined }) {
      return people.page([programmeId], { limit: opts.limit, cursor: opts.cursor, ...(opts.kind && { skPrefix: `${opts.kind.toUpperCase()}#` }) })
    },
    /**
     * One page of a programme's people by name, as list lines: from the `ByStage` index when a stage is asked,
     * from `Directory` otherwise; side by the sort-key prefix; search and facets filtered by DynamoDB.
     *
     * @example
     * await tenant.people.list('p1', { stage: 'interviewed', kind: 'mentee', q: 'amina' }, { limit: 50 })
     */
    list(programmeId: string, filter: PeopleFilter, opts: { limit: number; cursor?: string | undefined }): Promise<Page<PersonSummary>> {
      if (filter.q && searchable(filter.q).replaceAll('#', '').trim()) return search(programmeId, filter, opts)
      const [index, partition] = filter.stage
        ? ['ByStage', stagePartition(programmeId, filter.stage)] as const
        : ['Directory', directoryPartition(programmeId)] as const
      return people.pageIndex(index, partition, {
        limit: opts.limit, cursor: opts.cursor, where: filterOf(filter),
        ...(filter.kind && { skPrefix: `${filter.kind.toUpperCase()}#` }),
      }, summaryOf)
    },
    /**
     * How many people are at each stage (the board's column heads): one read of the counters when only the side is
     * asked, else counted by DynamoDB on the `ByStage` index with the filters.
     */
    async countByStage(programmeId: string, filter: Omit<PeopleFilter, 'stage'> = {}): Promise<Record<PersonStage, number>> {
      const { kind, ...rest } = filter
      if (Object.values(rest).every((v) => v === undefined)) {
        const raw = await store.getRaw(countsKey(ctx.orgId, programmeId))
        if (raw?.type === countsType) {
          const kinds: readonly PersonKind[] = kind ? [kind] : personKinds
          const total = (s: PersonStage) => kinds.reduce((n: number, k) => n + Number(raw[countName(k, s)] ?? 0), 0)
          return Object.fromEntries(personStages.map((s) => [s, total(s)])) as Record<PersonStage, number>
        }
      }
      const where = filterOf(filter)
      const counts = await Promise.all(personStages.map((stage) => people.countIndex('ByStage', stagePartition(programmeId, stage), {
        where, ...(filter.kind && { skPrefix: `${filter.kind.toUpperCase()}#` }),
      })))
      return Object.fromEntries(personStages.map((s, n) => [s, counts[n]!])) as Record<PersonStage, number>
    },
    /**
     * Counts every side and stage again from the `ByStage` index and sets the counters to it (the daily sweep's
     * repair after an interrupted import; the first count of people stored before the counters existed).
     */
    async recount(programmeId: string): Promise<void> {
      const counts: Record<string, number> = {}
      await Promise.all(personKinds.flatMap((k) => personStages.map(async (s) => {
        counts[countName(k, s)] = await people.countIndex('ByStage', stagePartition(programmeId, s), { skPrefix: `${k.toUpperCase()}#` })
      })))
      await store.put(countsKey(ctx.orgId, programmeId), countsType, { orgId: ctx.orgId, programmeId, ...counts })
    },
    /** How many people of one side are at one stage (an index count). */
    countAt(programmeId: string, stage: PersonStage, kind: PersonKind): Promise<number> {
      return people.countIndex('ByStage', stagePartition(programmeId, stage), { skPrefix: `${kind.toUpperCase()}#` })
    },
    all(programmeId: string, kind?: PersonKind): Promise<Person[]> {
      return people.all([programmeId], kind && `${kind.toUpperCase()}#`)
    },
    /**
     * The e-mail addresses of a programme's people, both sides, lower-cased (an import's duplicate check): the
     * partition read for that one attribute, not each person's answers.
     *
     * @example
     * (await tenant.people.emails('p1')).has('amina.diallo@exemple.be') // true
     */
    async emails(programmeId: string): Promise<Set<string>> {
      const raws = await store.allRaw(people.entity.partition(programmeId), undefined, { attributes: ['type', 'email'] })
      return new Set(raws.flatMap((raw) => (raw.type === personEntity.type && typeof raw.email === 'string' && raw.email ? [raw.email.toLowerCase()] : [])))
    },
    /**
     * Creates a person, their name tokens and the timeline entry that says where they came from, in one transaction.
     * `also` joins writes of another entity that must stand or fall with the person (an application and the claim on
     * its address); when one of them is refused, nothing is written and the error is `alreadyExists('person')`.
     */
    async create(p: Person, entry?: TimelineEntry, also: TransactItem[] = []): Promise<void> {
      if (p.orgId !== ctx.orgId) throw notFound('organisation')
      await store.transact([
        people.newItem(p), ...(entry ? [timeline.newItem(entry)] : []), ...tokenWrites(undefined, p), ...countWrites(undefined, p), ...also,
      ], alreadyExists('person'))
    },
    /**
     * Writes many new people (an import, a test pool) in batches with their name tokens and timeline entries;
     * the caller has checked that none exists yet (batch writes cannot refuse to overwrite).
     *
     * @example
     * await tenant.people.createMany(valid.map((p) => ({ person: p, entries: [createdEntry(p)] })))
     */
    async createMany(batch: { person: Person; entries?: TimelineEntry[] }[], onProgress?: (written: number, total: number) => void): Promise<void> {
      const requests = batch.flatMap(({ person, entries }) => putRequests(person, entries))
      await store.putMany(requests, onProgress && ((w, t) => onProgress(Math.round((w / t) * batch.length), batch.length)))
      // Counted once the people are written: a crash in between leaves the heads short, which `recount` repairs.
      for (const programmeId of new Set(batch.map((b) => b.person.programmeId))) {
        const own = batch.filter((b) => b.person.programmeId === programmeId)
        const mine: Record<string, number> = {}
        for (const { person } of own) mine[countName(person.kind, person.stage)] = (mine[countName(person.kind, person.stage)] ?? 0) + 1
        await store.addTo(countsKey(ctx.orgId, programmeId), countsType, mine, { orgId: ctx.orgId, programmeId })
      }
    },
    putRequests,
    /** A person's timeline, newest first. */
    timeline(programmeId: string, personId: string, opts: { limit: number; cursor?: string | undefined }): Promise<Page<TimelineEntry>> {
      return timeline.page([programmeId, personId], { ...opts, descending: true })
    },
    /** Adds a timeline entry on its own (a note, or a past step the demo data and imports replay). */
    async addEntry(entry: TimelineEntry): Promise<void> {
      if ((await find(entry.programmeId, entry.personId)).erasedAt) throw new DomainError('person-erased', 'This person was erased')
      return timeline.create(entry, 'item')
    },
    /**
     * Erases a person (GDPR art. 17; see the core's `erasePerson`) as the caller just read them, refused with 409
     * `stale-version` unless they are still at `expectedVersion` (the one read when absent): the person item loses
     * what identifies them and leaves the lists and the board's counts, their name tokens go, all in one
     * transaction; then every timeline entry is rewritten without values or notes. Erasing an erased person again
     * only finishes the timeline (the rewrite of a long one may have been cut), so a retry completes the job.
     *
     * @example
     * await tenant.people.erase(await tenant.people.find('p1', 'm1'), 3, now)
     */
    async erase(current: Person, expectedVersion: number | undefined, now: string): Promise<Person> {
      const { programmeId, id: personId } = current
      let erased = current
      if (!current.erasedAt) {
        erased = nextVersion(current, expectedVersion ?? current.version, (p) => erasePerson(p, now), 'person')
        const leaves = store.addItem(countsKey(ctx.orgId, programmeId), countsType, { [countName(current.kind, current.stage)]: -1 }, { orgId: ctx.orgId, programmeId })
        await store.transact([people.replaceItem(erased), ...tokenWrites(current, erased), leaves], staleVersion('person'))
      }
      let cursor: string | undefined
      do {
        const page = await timeline.page([programmeId, personId], { limit: 500, cursor })
        await store.putMany(page.items.map((e) => timeline.putRequest([e.programmeId, e.personId], [e.at, e.id], eraseEntry(e))))
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      return erased
    },
    /**
     * The people of a programme whose path ended (refused or closed) before `cutoff` and who are not erased yet:
     * what the retention sweep anonymises and its dry run lists. Read from the `ByStage` index with a filter on the
     * date the stage was reached.
     */
    async endedBefore(programmeId: string, cutoff: string): Promise<PersonSummary[]> {
      const out: PersonSummary[] = []
      for (const stage of endedStages) {
        let cursor: string | undefined
        do {
          const page = await people.pageIndex('ByStage', stagePartition(programmeId, stage), {
            limit: 1000, cursor,
            where: { expression: '#stageDates.#stage < :cutoff', names: { '#stageDates': 'stageDates', '#stage': stage }, values: { ':cutoff': cutoff } },
          }, summaryOf)
          out.push(...page.items)
          cursor = page.nextCursor ?? undefined
        } while (cursor)
      }
      return out
    },
  }
}
