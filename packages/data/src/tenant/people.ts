import { notFound, type Person, type PersonKind } from '@binome/core'
import { tenantKeys } from '../keys'
import type { Store } from '../store'
import type { TenantContext } from './context'

/** The mentors and mentees of one organisation's programmes. */
export function peopleRepo(store: Store, ctx: TenantContext) {
  const keys = tenantKeys(ctx.orgId)
  return {
    async get(programmeId: string, kind: PersonKind, personId: string): Promise<Person> {
      const p = await store.get<Person>(keys.person(programmeId, kind, personId))
      if (!p) throw notFound('person')
      return p
    },
    page(programmeId: string, opts: { limit: number; cursor?: string | undefined; kind?: PersonKind | undefined }) {
      return store.page<Person>(keys.peoplePartition(programmeId), {
        limit: opts.limit,
        cursor: opts.cursor,
        ...(opts.kind && { skPrefix: `${opts.kind.toUpperCase()}#` }),
      })
    },
    all(programmeId: string, kind?: PersonKind): Promise<Person[]> {
      return store.all<Person>(keys.peoplePartition(programmeId), kind && `${kind.toUpperCase()}#`)
    },
    create(p: Person): Promise<void> {
      if (p.orgId !== ctx.orgId) throw notFound('organisation')
      return store.create(keys.person(p.programmeId, p.kind, p.id), 'person', p, {}, 'person')
    },
  }
}
