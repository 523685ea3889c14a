import { notFound, type Organisation, type Partnership, type Programme, type RulesVersion } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { nextVersion, type Store, type TransactItem } from '../store'
import type { TenantContext } from './context'
import { organisationEntity } from './organisation'
import { programmeEntity, rulesVersionEntity } from './programmes'

/**
 * `ORG#<trainerOrgId>#PARTNERS` / `PARTNER#<partnerOrgId>`: a partner the training organisation onboards, with its
 * checklist. Stored under the TRAINER's organisation: the partner's own partition holds nothing of the trainer.
 */
export const partnershipEntity = defineTenantEntity({
  type: 'partnership',
  partition: () => 'PARTNERS',
  sort: (partnerOrgId: string) => `PARTNER#${safe(partnerOrgId, 'partnerOrgId')}`,
  keyOf: (p: Partnership) => [[], [p.partnerOrgId]] as const,
})

/** What a trainer may read of a partner: its profile and its programmes' settings. Nothing else is reachable here. */
export interface PartnerConfigurationRecord {
  organisation: Organisation
  /** Each programme with the rules in force (forms, criteria, cadences, outcomes, templates). */
  programmes: Array<Programme & { rules: RulesVersion }>
}

/** The partners a training organisation onboards. */
export function partnersRepo(store: Store, ctx: TenantContext, partnerStore: (partnerOrgId: string) => Store) {
  const partners = partnershipEntity.in(store, ctx.orgId)
  const get = async (partnerOrgId: string): Promise<Partnership> => {
    const p = await partners.get([], [partnerOrgId])
    if (!p) throw notFound('partnership')
    return p
  }
  return {
    get,
    page(opts: { limit: number; cursor?: string | undefined }) {
      return partners.page([], opts)
    },
    /** The create of a partnership, for the transaction that also creates the partner organisation. */
    newItem(p: Partnership): TransactItem {
      return partners.newItem(p)
    },
    /**
     * Changes a partnership read at `expectedVersion`; 409 `stale-version` if it changed since.
     *
     * @example
     * await tenant.partners.update(partnerId, body.version, (p) => updateChecklistItem(p, itemId, changes, now))
     */
    async update(partnerOrgId: string, expectedVersion: number, change: (current: Partnership) => Partnership): Promise<Partnership> {
      const next = nextVersion(await get(partnerOrgId), expectedVersion, change, 'partnership')
      await partners.replace(next, 'partnership')
      return next
    },
    /**
     * The partner's configuration, opened only through an existing partnership of THIS organisation (404 otherwise):
     * the only door from a trainer to another tenant's items, and it reads the profile and programmes, never people,
     * members, runs or alerts — with the partner's own confined credentials, not this organisation's.
     */
    async configuration(partnerOrgId: string): Promise<PartnerConfigurationRecord> {
      const partnership = await get(partnerOrgId)
      const partner = partnerStore(partnership.partnerOrgId)
      const [organisation, programmes] = await Promise.all([
        organisationEntity.in(partner, partnership.partnerOrgId).get([], []),
        programmeEntity.in(partner, partnership.partnerOrgId).all([]),
      ])
      if (!organisation) throw notFound('organisation')
      const rules = rulesVersionEntity.in(partner, partnership.partnerOrgId)
      const withRules = await Promise.all(programmes.map(async (p) => {
        const inForce = await rules.get([p.id], [p.rulesVersion])
        if (!inForce) throw notFound('rules')
        return { ...p, rules: inForce }
      }))
      return { organisation, programmes: withRules }
    },
  }
}
