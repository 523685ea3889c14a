import { notFound, staleVersion, type PairRule } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Page, Store } from '../store'
import type { TenantContext } from './context'

/** `ORG#<orgId>#PROGRAMME#<programmeId>#PAIRRULES` / `PAIR#<menteeId>#<mentorId>`: one rule per pair. */
export const pairRuleEntity = defineTenantEntity({
  type: 'pair-rule',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#PAIRRULES`,
  sort: (menteeId: string, mentorId: string) => `PAIR#${safe(menteeId, 'menteeId')}#${safe(mentorId, 'mentorId')}`,
  keyOf: (r: PairRule) => [[r.programmeId], [r.menteeId, r.mentorId]] as const,
})

/**
 * A programme's pair rules (exclude, lock, bonus/malus): coordinators set and remove them, every run reads them
 * all (a programme holds tens, a national one a few thousand at most).
 */
export function pairRulesRepo(store: Store, ctx: TenantContext) {
  const rules = pairRuleEntity.in(store, ctx.orgId)
  return {
    async get(programmeId: string, menteeId: string, mentorId: string): Promise<PairRule | undefined> {
      return rules.get([programmeId], [menteeId, mentorId])
    },
    page(programmeId: string, opts: { limit: number; cursor?: string | undefined }): Promise<Page<PairRule>> {
      return rules.page([programmeId], opts)
    },
    all(programmeId: string): Promise<PairRule[]> {
      return rules.all([programmeId])
    },
    /** Writes a new rule (version 1, 409 `already-exists` if the pair has one) or the next version of its rule. */
    put(rule: PairRule): Promise<void> {
      return rule.version === 1 ? rules.create(rule, 'item') : rules.replace(rule, 'item')
    },
    /** Removes a pair's rule read at `expectedVersion`: 404 if there is none, 409 `stale-version` if it changed. */
    async remove(programmeId: string, menteeId: string, mentorId: string, expectedVersion: number): Promise<void> {
      const current = await rules.get([programmeId], [menteeId, mentorId])
      if (!current) throw notFound('item')
      if (current.version !== expectedVersion) throw staleVersion('item')
      await store.delete(pairRuleEntity.for(ctx.orgId).key([programmeId], [menteeId, mentorId]), expectedVersion, 'item')
    },
  }
}
