import {
  alreadyExists, notFound, personKinds, personStages, searchable, staleVersion,
  type Person, type PersonKind, type PersonStage, type TimelineEntry,
} from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { nextVersion, type IndexFilter, type Item, type Page, type Store } from '../store'
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
  indexes: {
    ByStage: (p: Person) => ({ partition: stagePartition(p.programmeId, p.stage), sort: nameKey(p) }),
    Directory: (p: Person) => ({ partition: directoryPartition(p.programmeId), sort: nameKey(p) }),
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
      const next = nextVersion(current, expectedVersion, change, 'person')
      const recorded = entry?.(current, next)
      if (!recorded) {
        await people.replace(next, 'person')
        return next
      }
      await store.transact([people.replaceItem(next), timeline.newItem(recorded)], staleVersion('person'))
      return next
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
      const [index, partition] = filter.stage
        ? ['ByStage', stagePartition(programmeId, filter.stage)] as const
        : ['Directory', directoryPartition(programmeId)] as const
      return people.pageIndex(index, partition, {
        limit: opts.limit, cursor: opts.cursor, where: filterOf(filter),
        ...(filter.kind && { skPrefix: `${filter.kind.toUpperCase()}#` }),
      }, summaryOf)
    },
    /** How many people are at each stage (the board's column heads), counted by DynamoDB on the `ByStage` index. */
    async countByStage(programmeId: string, filter: Omit<PeopleFilter, 'stage'> = {}): Promise<Record<PersonStage, number>> {
      const where = filterOf(filter)
      const counts = await Promise.all(personStages.map((stage) => people.countIndex('ByStage', stagePartition(programmeId, stage), {
        where, ...(filter.kind && { skPrefix: `${filter.kind.toUpperCase()}#` }),
      })))
      return Object.fromEntries(personStages.map((s, n) => [s, counts[n]!])) as Record<PersonStage, number>
    },
    /** How many people of one side are at one stage (an index count). */
    countAt(programmeId: string, stage: PersonStage, kind: PersonKind): Promise<number> {
      return people.countIndex('ByStage', stagePartition(programmeId, stage), { skPrefix: `${kind.toUpperCase()}#` })
    },
    all(programmeId: string, kind?: PersonKind): Promise<Person[]> {
      return people.all([programmeId], kind && `${kind.toUpperCase()}#`)
    },
    /** Creates a person with the timeline entry that says where they came from, in one transaction. */
    async create(p: Person, entry?: TimelineEntry): Promise<void> {
      if (p.orgId !== ctx.orgId) throw notFound('organisation')
      if (!entry) return people.create(p, 'person')
      await store.transact([people.newItem(p), timeline.newItem(entry)], alreadyExists('person'))
    },
    /** A person's timeline, newest first. */
    timeline(programmeId: string, personId: string, opts: { limit: number; cursor?: string | undefined }): Promise<Page<TimelineEntry>> {
      return timeline.page([programmeId, personId], { ...opts, descending: true })
    },
    /** Adds a timeline entry on its own (a note, or a past step the demo data and imports replay). */
    addEntry(entry: TimelineEntry): Promise<void> {
      return timeline.create(entry, 'item')
    },
  }
}
