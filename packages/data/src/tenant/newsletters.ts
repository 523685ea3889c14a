import { eraseSubscription, newsletterFailures, notFound, type Newsletter, type NewsletterDelivery, type NewsletterSubscription } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { newsletterLinkEntity } from '../newsletter-links'
import type { Store } from '../store'
import type { TenantContext } from './context'

/**
 * `ORG#<o>#PROGRAMME#<programmeId>#NEWSLETTERS` / `NEWSLETTER#<sentAt>#<id>`: the newsletters sent, in the order sent
 * (a programme sends a few a year; the list reads the partition, latest first).
 */
export const newsletterEntity = defineTenantEntity({
  type: 'newsletter',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#NEWSLETTERS`,
  sort: (sentAt: string, id: string) => `NEWSLETTER#${sentAt}#${safe(id, 'newsletterId')}`,
  keyOf: (n: Newsletter) => [[n.programmeId], [n.sentAt, n.id]] as const,
  // A newsletter recorded before the background send was sent in its request: it reads as sent, its counts final.
  // A failure recorded before reasons were codes kept the raw error text: it reads as `unexpected`.
  parse: (n: Newsletter): Newsletter => {
    const read = n.state ? n : { ...n, state: 'sent' as const, totalCount: n.recipientsCount + n.failedCount, reason: null, updatedAt: n.sentAt }
    return read.reason !== null && !(newsletterFailures as readonly string[]).includes(read.reason) ? { ...read, reason: 'unexpected' } : read
  },
})

/**
 * `ORG#<o>#NEWSLETTER#<newsletterId>#DELIVERIES` / `PERSON#<personId>`: one mark a mentor a newsletter was sent to
 * (`sending` written before the mail, then `sent` or `failed`): a redelivered queue message reads them and mails
 * nobody twice. Ids and states only.
 */
export const newsletterDeliveryEntity = defineTenantEntity({
  type: 'newsletter-delivery',
  partition: (newsletterId: string) => `NEWSLETTER#${safe(newsletterId, 'newsletterId')}#DELIVERIES`,
  sort: (personId: string) => `PERSON#${safe(personId, 'personId')}`,
  keyOf: (d: NewsletterDelivery) => [[d.newsletterId], [d.personId]] as const,
})

/**
 * `ORG#<o>#PROGRAMME#<programmeId>#NEWSLETTER-SUBSCRIPTIONS` / `PERSON#<personId>`: each mentor's unsubscribe token
 * and opt-out, read whole by a send (one item a mentor ever mailed: 1,000 mentors are a few hundred KB, a few pages).
 */
export const newsletterSubscriptionEntity = defineTenantEntity({
  type: 'newsletter-subscription',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#NEWSLETTER-SUBSCRIPTIONS`,
  sort: (personId: string) => `PERSON#${safe(personId, 'personId')}`,
  keyOf: (s: NewsletterSubscription) => [[s.programmeId], [s.personId]] as const,
})

/**
 * A programme's newsletters and its mentors' subscriptions; `platform` (the identity module's credentials) only
 * deletes an erased mentor's unsubscribe link, a platform item.
 */
export function newslettersRepo(store: Store, platform: Store, ctx: TenantContext) {
  const newsletters = newsletterEntity.in(store, ctx.orgId)
  const subscriptions = newsletterSubscriptionEntity.in(store, ctx.orgId)
  const links = newsletterLinkEntity.in(platform)
  const deliveries = newsletterDeliveryEntity.in(store, ctx.orgId)
  return {
    /** Every newsletter of the programme, latest first. */
    async all(programmeId: string): Promise<Newsletter[]> {
      return (await newsletters.all([programmeId])).reverse()
    },
    async record(n: Newsletter): Promise<void> {
      await newsletters.create(n, 'item')
    },
    /** One newsletter of the programme (404 for an id of another programme or organisation); reads the short list. */
    async get(programmeId: string, id: string): Promise<Newsletter> {
      const n = (await newsletters.all([programmeId])).find((x) => x.id === id)
      if (!n) throw notFound('item')
      return n
    },
    /** Writes a newsletter changed from the version read (409 when it moved meanwhile: another worker took it). */
    async replace(n: Newsletter): Promise<void> {
      await newsletters.replace(n, 'item')
    },
    /** Every delivery mark of a newsletter (one small item a mentor mailed). */
    deliveries: (newsletterId: string): Promise<NewsletterDelivery[]> => deliveries.all([newsletterId]),
    /** Writes delivery marks, in batches (a mark replaces the same mentor's earlier one). */
    async markDeliveries(marks: NewsletterDelivery[]): Promise<void> {
      await store.putMany(marks.map((d) => deliveries.putRequest([d.newsletterId], [d.personId], d)))
    },
    subscriptions(programmeId: string): Promise<NewsletterSubscription[]> {
      return subscriptions.all([programmeId])
    },
    /** New subscriptions (first sends), in batches; each token's platform link is written by the caller first. */
    async addSubscriptions(added: NewsletterSubscription[]): Promise<void> {
      await store.putMany(added.map((s) => subscriptions.putRequest([s.programmeId], [s.personId], s)))
    },
    /** A mentor's subscription, if they were ever sent a newsletter (their access export). */
    findSubscription: (programmeId: string, personId: string): Promise<NewsletterSubscription | undefined> => subscriptions.get([programmeId], [personId]),
    async subscription(programmeId: string, personId: string): Promise<NewsletterSubscription> {
      const s = await subscriptions.get([programmeId], [personId])
      if (!s) throw notFound('item')
      return s
    },
    /**
     * An erased mentor's subscription (see the core's `eraseSubscription`): their unsubscribe link is deleted first
     * (a retry finds the token still in the subscription), then the subscription is rewritten without the token, at
     * its next version. Nothing when they were never sent a newsletter; idempotent.
     *
     * @example
     * await tenant.newsletters.erasePerson('p1', 'mentor-07', now) // true
     */
    async erasePerson(programmeId: string, personId: string, now: string): Promise<boolean> {
      const s = await subscriptions.get([programmeId], [personId])
      if (!s) return false
      if (!s.token) return true // erased already
      await platform.delete(links.entity.key([s.token], []))
      await store.putMany([subscriptions.putOwnRequest(eraseSubscription(s, now))])
      return true
    },
    /** Writes a subscription changed from the version read (409 when it moved meanwhile). */
    async replaceSubscription(s: NewsletterSubscription): Promise<void> {
      await subscriptions.replace(s, 'item')
    },
  }
}
