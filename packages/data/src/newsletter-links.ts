import { definePlatformEntity, safe } from './entity'
import type { Store } from './store'

/** Where a newsletter's unsubscribe token leads: one mentor of one programme of one organisation. */
export interface NewsletterLink {
  token: string
  orgId: string
  programmeId: string
  personId: string
}

/**
 * `NEWSLETTERLINK#<token>` / `LINK`: the only way from an unsubscribe link (no account) to a mentor. The token is
 * random, never derived from an id; the tenant's subscription item stays the truth (a link whose subscription does
 * not name its token leads nowhere).
 */
export const newsletterLinkEntity = definePlatformEntity({
  type: 'newsletter-link',
  partition: (token: string) => `NEWSLETTERLINK#${safe(token, 'token')}`,
  sort: () => 'LINK',
  keyOf: (l: NewsletterLink) => [[l.token], []] as const,
})

/** The platform side of unsubscribe links. */
export function newsletterLinksData(store: Store) {
  const links = newsletterLinkEntity.in(store)
  return {
    resolve(token: string): Promise<NewsletterLink | undefined> {
      return links.get([token], [])
    },
    /** Publishes new tokens in batches (before their subscriptions, which make them lead somewhere). */
    async link(added: NewsletterLink[]): Promise<void> {
      await store.putMany(added.map((l) => links.putRequest([l.token], [], l)))
    },
  }
}
