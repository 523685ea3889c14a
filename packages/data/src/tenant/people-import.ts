import { notFound, type Person } from '@binome/core'
import type { Store } from '../store'
import type { TenantContext } from './context'
import { personEntity } from './people'

/** People written many at once, by a spreadsheet import: same items as `people.create` writes, in batches. */
export function peopleImportRepo(store: Store, ctx: TenantContext) {
  const people = personEntity.in(store, ctx.orgId)
  return {
    /**
     * Writes new people in batches of 25 (not conditional: their ids are new, and the import has already left out
     * every e-mail the programme has). Not atomic: a failure part-way leaves the batches already written, which a
     * re-import of the same file then reports as duplicates rather than writing twice.
     *
     * @example
     * await tenant.peopleImport.createMany(people)
     */
    async createMany(list: readonly Person[]): Promise<void> {
      if (list.some((p) => p.orgId !== ctx.orgId)) throw notFound('organisation')
      await store.putMany(list.map((p) => people.putRequest([p.programmeId], [p.kind, p.id], p)))
    },
  }
}
