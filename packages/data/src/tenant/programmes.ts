import { alreadyExists, notFound, staleVersion, type Programme, type ProgrammeRules, type RulesVersion } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { nextVersion, type Store, type TransactItem } from '../store'
import type { TenantContext } from './context'

export type ProgrammeFilter = 'current' | 'archived' | 'all'

/** `ORG#<orgId>#PROGRAMMES` / `PROGRAMME#<programmeId>`. */
export const programmeEntity = defineTenantEntity({
  type: 'programme',
  partition: () => 'PROGRAMMES',
  sort: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}`,
  keyOf: (p: Programme) => [[], [p.id]] as const,
})

/** A rules version number in a key, zero-padded so that sort keys sort in version order. */
const versionKey = (n: number): string => {
  if (!Number.isInteger(n) || n < 1 || n > 999_999_999) throw new Error(`invalid rules version for a key: ${n}`)
  return String(n).padStart(9, '0')
}

/**
 * Declared here beside the programme, not in ./rules.ts, because a programme is created together with version 1 of
 * its rules (one transaction below) and the rules repository moves the programme's `rulesVersion`: one file holds
 * both declarations so that neither repository imports the other.
 *
 * `ORG#<orgId>#PROGRAMME#<programmeId>#RULES` / `V#<000000001>`: one immutable item per saved version of a
 * programme's rules. The programme's `rulesVersion` names the one in force.
 */
export const rulesVersionEntity = defineTenantEntity({
  type: 'rules-version',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#RULES`,
  sort: (version: number) => `V#${versionKey(version)}`,
  keyOf: (v: RulesVersion) => [[v.programmeId], [v.version]] as const,
})

/** The create of version 1 of a new programme's rules, for the programme's own creation transaction. */
function firstRulesVersionItem(
  store: Store, ctx: TenantContext, programmeId: string, rules: ProgrammeRules, createdAt: string, origin?: RulesVersion['origin'],
): { item: TransactItem; value: RulesVersion } {
  const value: RulesVersion = {
    orgId: ctx.orgId, programmeId, version: 1, rules, ...(origin && { origin }), createdBy: ctx.userId, createdAt, note: '',
  }
  return { item: rulesVersionEntity.in(store, ctx.orgId).newItem(value), value }
}

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
      const current = await get(programmeId)
      const next = nextVersion(current, expectedVersion, (c) => ({ ...change(c), rulesVersion: c.rulesVersion }), 'programme')
      // A rules save moves `rulesVersion` without bumping `version`; the replace must not put back the one read
      // here if a save landed in between, so it is also conditional on `rulesVersion` (a rare 409 then).
      const put = programmes.replaceItem(next).Put!
      put.ConditionExpression = `${put.ConditionExpression} AND #rv = :rv`
      put.ExpressionAttributeNames = { ...put.ExpressionAttributeNames, '#rv': 'rulesVersion' }
      put.ExpressionAttributeValues = { ...put.ExpressionAttributeValues, ':rv': current.rulesVersion }
      await store.transact([{ Put: put }], staleVersion('programme'))
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
    /**
     * Creates a programme with version 1 of its rules, in one transaction (the programme's `rulesVersion` is 1);
     * 409 `already-exists` if the id is taken. Returns that first version.
     *
     * @example
     * await tenant.programmes.create(newProgramme(draft, ids), templateRules('pls-mentoryou')!, { kind: 'template', from: 'pls-mentoryou' })
     */
    async create(p: Programme, rules: ProgrammeRules, origin?: RulesVersion['origin']): Promise<RulesVersion> {
      if (p.rulesVersion !== 1) throw new Error(`a new programme starts at rules version 1, not ${p.rulesVersion}`)
      const first = firstRulesVersionItem(store, ctx, p.id, rules, p.createdAt, origin)
      await store.transact([programmes.newItem(p), first.item], alreadyExists('programme'))
      return first.value
    },
  }
}
