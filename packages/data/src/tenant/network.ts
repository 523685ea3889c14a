import { alreadyExists, notFound, type NetworkPartner, type NetworkPartnerKind, type Person, type Referral } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { nextVersion, type Store } from '../store'
import type { TenantContext } from './context'
import { personEntity } from './people'

/** `ORG#<orgId>#NETWORK` / `PARTNER#<networkPartnerId>`: one of the organisation's local network partners. */
export const networkPartnerEntity = defineTenantEntity({
  type: 'network-partner',
  partition: () => 'NETWORK',
  sort: (networkPartnerId: string) => `PARTNER#${safe(networkPartnerId, 'networkPartnerId')}`,
  keyOf: (p: NetworkPartner) => [[], [p.id]] as const,
})

/**
 * `ORG#<orgId>#PROGRAMME#<programmeId>#REFERRALS#<networkPartnerId>` / `PERSON#<personId>`: the note a partner wrote
 * when referring someone. One partition per partner and programme, so "the people partner X referred" is a query of
 * that partition alone, and a partner asking for a person it did not refer finds no item under its own partition.
 */
export const referralEntity = defineTenantEntity({
  type: 'referral',
  partition: (programmeId: string, networkPartnerId: string) =>
    `PROGRAMME#${safe(programmeId, 'programmeId')}#REFERRALS#${safe(networkPartnerId, 'networkPartnerId')}`,
  sort: (personId: string) => `PERSON#${safe(personId, 'personId')}`,
  keyOf: (r: Referral) => [[r.programmeId, r.networkPartnerId], [r.personId]] as const,
})

/** The organisation's network partners. */
export function networkPartnersRepo(store: Store, ctx: TenantContext) {
  const partners = networkPartnerEntity.in(store, ctx.orgId)
  const get = async (id: string): Promise<NetworkPartner> => {
    const p = await partners.get([], [id])
    if (!p) throw notFound('networkPartner')
    return p
  }
  return {
    get,
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

/** Referrals by partner users, each beside the person it created. */
export function referralsRepo(store: Store, ctx: TenantContext) {
  const referrals = referralEntity.in(store, ctx.orgId)
  const people = personEntity.in(store, ctx.orgId)
  return {
    /**
     * The person and their referral in one transaction: a referral never exists without its person, nor a referred
     * person without the partner's note.
     */
    async create(person: Person, referral: Referral): Promise<void> {
      if (person.orgId !== ctx.orgId || referral.orgId !== ctx.orgId) throw notFound('organisation')
      await store.transact([people.newItem(person), referrals.newItem(referral)], alreadyExists('person'))
    },
    /** The referral of one person by one partner; undefined when that partner did not refer them. */
    get(programmeId: string, networkPartnerId: string, personId: string): Promise<Referral | undefined> {
      return referrals.get([programmeId, networkPartnerId], [personId])
    },
    page(programmeId: string, networkPartnerId: string, opts: { limit: number; cursor?: string | undefined }) {
      return referrals.page([programmeId, networkPartnerId], opts)
    },
  }
}
