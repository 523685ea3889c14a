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
    /**
     * Clears the coordinator's note on every pair of the erased person, and on any other pair whose note names them
     * (`names`: their first, last or full name as written): the rule itself (an exclusion, a lock, an adjustment)
     * stays, with ids only, at its next version.
     *
     * @example
     * await tenant.pairRules.erasePerson('p1', 'mentee-7', ['Amina', 'Haddad'])
     */
    async erasePerson(programmeId: string, personId: string, names: readonly string[]): Promise<void> {
      const words = names.map((n) => n.trim().toLocaleLowerCase('fr')).filter((n) => n.length >= 3)
      const naming = (note: string) => words.some((w) => note.toLocaleLowerCase('fr').includes(w))
      const theirs = (await rules.all([programmeId]))
        .filter((r) => r.note !== '' && (r.menteeId === personId || r.mentorId === personId || naming(r.note)))
      await store.putMany(theirs.map((r) => rules.putOwnRequest({ ...r, note: '', version: r.version + 1 })))
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
