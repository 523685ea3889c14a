import { notFound, type Programme } from '@binome/core'
import { tenantKeys } from '../keys'
import type { Store } from '../store'
import type { TenantContext } from './context'

export type ProgrammeFilter = 'current' | 'archived' | 'all'

/** An organisation's programmes. */
export function programmesRepo(store: Store, ctx: TenantContext) {
  const keys = tenantKeys(ctx.orgId)
  return {
    async get(programmeId: string): Promise<Programme> {
      const p = await store.get<Programme>(keys.programme(programmeId))
      if (!p) throw notFound('programme')
      return p
    },
    page(opts: { limit: number; cursor?: string | undefined; include: ProgrammeFilter }) {
      const filter =
        opts.include === 'all'
          ? undefined
          : (p: Programme) => (opts.include === 'archived' ? p.status === 'archived' : p.status !== 'archived')
      return store.page<Programme>(keys.programmesPartition(), { limit: opts.limit, cursor: opts.cursor, ...(filter && { filter }) })
    },
    all(): Promise<Programme[]> {
      return store.all<Programme>(keys.programmesPartition())
    },
    create(p: Programme): Promise<void> {
      return store.create(keys.programme(p.id), 'programme', p, {}, 'programme')
    },
    replace(p: Programme): Promise<void> {
      return store.replace(keys.programme(p.id), 'programme', p, {}, 'programme')
    },
  }
}
