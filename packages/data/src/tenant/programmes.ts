import { notFound, type Programme } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { nextVersion, type Store } from '../store'
import type { TenantContext } from './context'

export type ProgrammeFilter = 'current' | 'archived' | 'all'

/** `ORG#<orgId>#PROGRAMMES` / `PROGRAMME#<programmeId>`. */
export const programmeEntity = defineTenantEntity({
  type: 'programme',
  partition: () => 'PROGRAMMES',
  sort: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}`,
  keyOf: (p: Programme) => [[], [p.id]] as const,
})

/** An organisation's programmes. */
export function programmesRepo(store: Store, ctx: TenantContext) {
  const programmes = programmeEntity.in(store, ctx.orgId)
  const get = async (programmeId: string): Promise<Programme> => {
    const p = await programmes.get([], [programmeId])
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
      await programmes.replace(next, 'programme')
      return next
    },
    page(opts: { limit: number; cursor?: string | undefined; include: ProgrammeFilter }) {
      const filter =
        opts.include === 'all'
          ? undefined
          : (p: Programme) => (opts.include === 'archived' ? p.status === 'archived' : p.status !== 'archived')
      return programmes.page([], { limit: opts.limit, cursor: opts.cursor, ...(filter && { filter }) })
    },
    all(): Promise<Programme[]> {
      return programmes.all([])
    },
    create(p: Programme): Promise<void> {
      return programmes.create(p, 'programme')
    },
  }
}
