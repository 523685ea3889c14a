import { DomainError, notFound, staleVersion, type ProgrammeRules, type RulesVersion } from '@binome/core'
import type { Page, Store } from '../store'
import type { TenantContext } from './context'
import { programmeEntity, rulesVersionEntity } from './programmes'

/** A version without its rules, as the history lists it. */
export type RulesVersionSummary = Omit<RulesVersion, 'rules'>


/** A programme's rules: every saved version, and the one in force. */
export function rulesRepo(store: Store, ctx: TenantContext) {
  const versions = rulesVersionEntity.in(store, ctx.orgId)
  const programmes = programmeEntity.in(store, ctx.orgId)
  const programmeOf = async (programmeId: string) => {
    const p = await programmes.get([], [programmeId])
    if (!p) throw notFound('programme')
    return p
  }
  const get = async (programmeId: string, version: number): Promise<RulesVersion> => {
    const v = Number.isInteger(version) && version >= 1 && version <= 999_999_999 ? await versions.get([programmeId], [version]) : undefined
    if (!v) throw notFound('rules')
    return v
  }
  return {
    /** One version; 404 `rules` if the programme has no such version (404 `programme` is the caller's to check first). */
    get,

    /** The version in force (the programme's `rulesVersion`); 404 `programme` if there is no such programme. */
    async current(programmeId: string): Promise<RulesVersion> {
      return get(programmeId, (await programmeOf(programmeId)).rulesVersion)
    },

    /**
     * The saved versions, newest first, without their rules.
     *
     * @example
     * await tenant.rules.history('p1', { limit: 20 }) // { items: [{ version: 3, ... }, { version: 2, ... }], nextCursor }
     */
    async history(programmeId: string, opts: { limit: number; cursor?: string | undefined }): Promise<Page<RulesVersionSummary>> {
      await programmeOf(programmeId)
      const page = await versions.page([programmeId], { limit: opts.limit, cursor: opts.cursor, descending: true })
      return { items: page.items.map(({ rules: _rules, ...summary }) => summary), nextCursor: page.nextCursor }
    },

    /**
     * Saves new rules as version `expectedVersion + 1` and puts it in force, in one transaction: the new version is
     * created only if absent, and the programme's `rulesVersion` moves only from `expectedVersion` and only while
     * the programme is not archived. A stale or concurrent save is 409 `stale-version` (`rules`); the programme's own
     * `version` is left alone. The caller validates the rules first.
     *
     * @example
     * await tenant.rules.save('p1', 3, rules, { by: userId, now, note: 'Poids du secteur relevé' }) // version 4
     */
    async save(
      programmeId: string, expectedVersion: number, rules: ProgrammeRules, meta: { by: string; now: string; note?: string },
    ): Promise<RulesVersion> {
      const p = await programmeOf(programmeId)
      if (p.status === 'archived') throw new DomainError('programme-archived', 'An archived programme cannot be changed')
      if (p.rulesVersion !== expectedVersion) throw staleVersion('rules')
      const next: RulesVersion = {
        orgId: ctx.orgId, programmeId, version: expectedVersion + 1, rules, createdBy: meta.by, createdAt: meta.now, note: meta.note ?? '',
      }
      await store.transact(
        [
          versions.newItem(next),
          store.updateItem(programmeEntity.for(ctx.orgId).key([], [programmeId]), {
            set: 'SET #rv = :next',
            condition: '#rv = :expected AND #status <> :archived',
            names: { '#rv': 'rulesVersion', '#status': 'status' },
            values: { ':next': next.version, ':expected': expectedVersion, ':archived': 'archived' },
          }),
        ],
        staleVersion('rules'),
      )
      return next
    },
  }
}
