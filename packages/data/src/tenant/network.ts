import { DomainError, notFound, type NetworkPartner, type NetworkPartnerKind, type TimelineEntry } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { nextVersion, type Store } from '../store'
import type { TenantContext } from './context'
import { timelineEntity } from './people'

/** `ORG#<orgId>#NETWORK` / `PARTNER#<networkPartnerId>`: one of the organisation's local network partners. */
export const networkPartnerEntity = defineTenantEntity({
  type: 'network-partner',
  partition: () => 'NETWORK',
  sort: (networkPartnerId: string) => `PARTNER#${safe(networkPartnerId, 'networkPartnerId')}`,
  keyOf: (p: NetworkPartner) => [[], [p.id]] as const,
})

/**
 * A partner's monthly summary, recorded before it is sent so that a re-run of the schedule sends nothing twice:
 * `ORG#<orgId>#PARTNER-SUMMARIES` / `MONTH#<month>#PARTNER#<networkPartnerId>#PROGRAMME#<programmeId>`.
 */
export interface PartnerSummarySent {
  month: string
  networkPartnerId: string
  programmeId: string
  sentAt: string
}
export const partnerSummarySentEntity = defineTenantEntity({
  type: 'partner-summary-sent',
  partition: () => 'PARTNER-SUMMARIES',
  sort: (month: string, networkPartnerId: string, programmeId: string) =>
    `MONTH#${safe(month, 'month')}#PARTNER#${safe(networkPartnerId, 'networkPartnerId')}#PROGRAMME#${safe(programmeId, 'programmeId')}`,
  keyOf: (r: PartnerSummarySent) => [[], [r.month, r.networkPartnerId, r.programmeId]] as const,
})

/** The organisation's network partners. */
export function networkPartnersRepo(store: Store, ctx: TenantContext) {
  const partners = networkPartnerEntity.in(store, ctx.orgId)
  const summaries = partnerSummarySentEntity.in(store, ctx.orgId)
  const get = async (id: string): Promise<NetworkPartner> => {
    const p = await partners.get([], [id])
    if (!p) throw notFound('networkPartner')
    return p
  }
  return {
    get,
    /** A partner by id, or undefined (a choice to check rather than a resource to find: see `assertReceives`). */
    find(id: string): Promise<NetworkPartner | undefined> {
      return partners.get([], [id])
    },
    /** Ordered by id (the partition's order); `kind` and `active` narrow the page in code (a network is tens of partners). */
    page(opts: { limit: number; cursor?: string | undefined; kind?: NetworkPartnerKind | undefined; active?: boolean | undefined }) {
      const { kind, active } = opts
      const filter = kind !== undefined || active !== undefined
        ? (p: NetworkPartner) => (kind === undefined || p.kinds.includes(kind)) && (active === undefined || p.active === active)
        : undefined
      return partners.page([], { limit: opts.limit, cursor: opts.cursor, ...(filter && { filter }) })
    },
    all(): Promise<NetworkPartner[]> {
      return partners.all([])
    },
    /**
     * Records the partner's summary of a month for a programme unless it was recorded already (a conditional put);
     * answers whether it is new, that is whether to send it now.
     */
    async summaryOnce(r: PartnerSummarySent): Promise<boolean> {
      try {
        await summaries.create(r, 'item')
        return true
      } catch (e) {
        if (e instanceof DomainError && e.reason === 'already-exists') return false
        throw e
      }
    },
    create(p: NetworkPartner): Promise<void> {
      if (p.orgId !== ctx.orgId) throw notFound('organisation')
      return partners.create(p, 'networkPartner')
    },
    /** Changes the partner read at `expectedVersion`; 409 `stale-version` if it changed since. */
    async update(id: string, expectedVersion: number, change: (current: NetworkPartner) => NetworkPartner): Promise<NetworkPartner> {
      const next = nextVersion(await get(id), expectedVersion, change, 'networkPartner')
      await partners.replace(next, 'networkPartner')
      return next
    },
  }
}

/**
 * What a referral leaves beside its person: the entry that records their creation, on their timeline (source
 * `referral`, by the partner user, with the note they wrote). The person, with `referredBy`, is written only by the
 * people repository; this reads the note back for the partner's and the staff's lists.
 */
export function referralsRepo(store: Store, ctx: TenantContext) {
  const timeline = timelineEntity.in(store, ctx.orgId)
  return {
    /**
     * The entry that records a person's creation (the oldest of their timeline): for a referral, by the partner user
     * with its note; undefined for someone stored before timelines existed.
     */
    async origin(programmeId: string, personId: string): Promise<TimelineEntry | undefined> {
      const first = (await timeline.page([programmeId, personId], { limit: 1 })).items[0]
      return first?.kind === 'created' ? first : undefined
    },
  }
}
