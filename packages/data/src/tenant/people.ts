import { notFound, personKinds, type Person, type PersonKind } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { nextVersion, type Store } from '../store'
import type { TenantContext } from './context'

/** `ORG#<orgId>#PROGRAMME#<programmeId>#PEOPLE` / `MENTOR#<personId>` or `MENTEE#<personId>`. */
export const personEntity = defineTenantEntity({
  type: 'person',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#PEOPLE`,
  sort: (kind: PersonKind, personId: string) => `${safe(kind, 'kind').toUpperCase()}#${safe(personId, 'personId')}`,
  keyOf: (p: Person) => [[p.programmeId], [p.kind, p.id]] as const,
})

/** The sort-key prefix of one kind of person. */
const kindPrefix = (kind: PersonKind): string => `${kind.toUpperCase()}#`

/** The mentors and mentees of one organisation's programmes. */
export function peopleRepo(store: Store, ctx: TenantContext) {
  const people = personEntity.in(store, ctx.orgId)
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
     * Changes a person read at `expectedVersion`; 409 if they changed since. Returns the stored person.
     *
     * @example
     * await tenant.people.update(programmeId, personId, body.version, (p) => ({ ...p, status: 'enrolled' }))
     */
    async update(programmeId: string, personId: string, expectedVersion: number, change: (current: Person) => Person): Promise<Person> {
      const current = await find(programmeId, personId)
      const next = nextVersion(current, expectedVersion, change, 'person')
      await people.replace(next, 'person')
      return next
    },
    page(programmeId: string, opts: { limit: number; cursor?: string | undefined; kind?: PersonKind | undefined }) {
      return people.page([programmeId], { limit: opts.limit, cursor: opts.cursor, ...(opts.kind && { skPrefix: kindPrefix(opts.kind) }) })
    },
    all(programmeId: string, kind?: PersonKind): Promise<Person[]> {
      return people.all([programmeId], kind && kindPrefix(kind))
    },
    create(p: Person): Promise<void> {
      if (p.orgId !== ctx.orgId) throw notFound('organisation')
      return people.create(p, 'person')
    },
  }
}
