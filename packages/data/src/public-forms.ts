import { createHash } from 'node:crypto'
import { applicationLimitReached, applicationWindow, type ApplicationLimits } from '@binome/core'
import { applicationCounterEntity, publicFormLinkEntity, type PublicFormLink } from './identity-entities'
import type { Store } from './store'

const hashOf = (s: string) => createHash('sha256').update(s.trim().toLowerCase()).digest('hex')

/**
 * The platform side of public application forms, with the platform credentials: the token → programme links, and
 * the per-address and per-client counters that hold under concurrency (one conditional increment each).
 */
export function publicFormsData(store: Store) {
  const links = publicFormLinkEntity.in(store)
  return {
    /** The programme a token leads to, if any. */
    resolve(token: string): Promise<PublicFormLink | undefined> {
      return links.get([token], [])
    },
    /** Publishes a token (created once: a token is never reused). */
    link(l: PublicFormLink): Promise<void> {
      return links.create(l, 'applicationForm')
    },
    /**
     * Counts one application from an address and a client at `now`; 429 `application-limit` naming which is spent
     * (the client first: it is checked first, so a flood of invented addresses is stopped by it).
     *
     * @example
     * await data.publicForms.countApplication(now, 'amina@exemple.be', '203.0.113.7', defaultApplicationLimits)
     */
    async countApplication(now: Date, email: string, client: string, limits: ApplicationLimits): Promise<void> {
      const w = applicationWindow(now)
      const take = (scope: 'address' | 'client', value: string, limit: number) =>
        store.countUpTo(applicationCounterEntity.key([scope, hashOf(value)], [w.hour]), applicationCounterEntity.type, [{ attribute: 'count', limit }], w.expiresAt)
      if (!(await take('client', client, limits.perClientPerHour))) throw applicationLimitReached('client', w.retryAfterSeconds)
      if (!(await take('address', email, limits.perAddressPerHour))) throw applicationLimitReached('address', w.retryAfterSeconds)
    },
  }
}
export type PublicFormsData = ReturnType<typeof publicFormsData>
