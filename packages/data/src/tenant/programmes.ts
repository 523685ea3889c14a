import { notFound, type Programme } from '@binome/core'
import { tenantKeys } from '../keys'
import { nextVersion, type Store } from '../store'
import type { TenantContext } from './context'

export type ProgrammeFilter = 'current' | 'archived' | 'all'

/** An organisation's programmes. */
export function programmesRepo(store: Store, ctx: TenantContext) {
  const keys = tenantKeys(ctx.orgId)
  const get = async (programmeId: string): Promise<Programme> => {
    const p = await store.get<Programme>(keys.programme(programmeId))
    if (!p) throw notFound('programme')
    return p
  }
  return {
    get,
    /**
     * Changes a programme read at `expectedVersion`; 409 if it changed since. Returns the stored programme.
     *
     * @example
     * await tenant.programmes.update(id, body.version, (p) => archiveProgramme(p, now))
     */
    async update(programmeId: string, expectedVersion: number, change: (current: Programme) => Programme): Promise<Programme> {
      const next = nextVersion(await get(programmeId), expectedVersion, change, 'programme')
      await store.replace(keys.programme(programmeId), 'programme', next, {}, 'programme')
      return next
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
  }
}
