import { describe, expect, it } from 'vitest'
import { DomainError } from './errors'
import { applyNewsletterEvent, newNewsletter, newsletterAudience, newsletterCounts, setSubscribed, type NewsletterSubscription } from './newsletter'

const now = '2027-01-05T10:00:00.000Z'
const ctx = { id: 'n1', orgId: 'o1', programmeId: 'p1', userId: 'u1', now }

describe('newsletter', () => {
  it('keeps a trimmed subject and message; a missing or multi-line subject and an empty message are named', () => {
    expect(newNewsletter({ subject: ' Nouvelles ', body: ' Bonjour \n' }, ctx)).toMatchObject({ subject: 'Nouvelles', body: 'Bonjour', recipientsCount: 0 })
    const fields = (draft: { subject: string; body: string }) => {
      try {
        newNewsletter(draft, ctx)
        return []
      } catch (e) {
        return (e as DomainError).details!.map((d) => d.path)
      }
    }
    expect(fields({ subject: '', body: '' })).toEqual(['subject', 'body'])
    expect(fields({ subject: 'Deux\nlignes', body: 'x' })).toEqual(['subject'])
  })

  it('reaches each mentor once, makes a token for a first send, keeps an old one, skips who opted out', () => {
    const sub = (personId: string, optedOutAt: string | null): NewsletterSubscription => ({
      orgId: 'o1', programmeId: 'p1', personId, token: `t-${personId}`, locale: 'fr', optedOutAt, updatedAt: now, version: 1,
    })
    let n = 0
    const a = newsletterAudience([{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }, { id: 'm1' }], [sub('m1', null), sub('m2', now)], {
      orgId: 'o1', programmeId: 'p1', locale: 'nl', now, newToken: () => `new-${++n}`,
    })
    expect(a.send.map((s) => [s.mentor.id, s.subscription.token])).toEqual([['m1', 't-m1'], ['m3', 'new-1']])
    expect(a.created.map((s) => [s.personId, s.locale, s.optedOutAt])).toEqual([['m3', 'nl', null]])
    expect(a.skipped).toBe(1)
  })

  it('unsubscribing twice changes nothing the second time; subscribing again clears the opt-out', () => {
    const s: NewsletterSubscription = { orgId: 'o1', programmeId: 'p1', personId: 'm1', token: 't', locale: 'fr', optedOutAt: null, updatedAt: now, version: 1 }
    const out = setSubscribed(s, false, '2027-02-01T00:00:00.000Z')
    expect(out).toMatchObject({ optedOutAt: '2027-02-01T00:00:00.000Z', version: 2 })
    expect(setSubscribed(out, false, '2027-03-01T00:00:00.000Z')).toBe(out)
    expect(setSubscribed(out, true, '2027-03-01T00:00:00.000Z')).toMatchObject({ optedOutAt: null, version: 3 })
  })

  it('is sent in the background: queued → sending → sent, or failed with its reason and queued again; a wrong step is 409 naming the state', () => {
    const queued = newNewsletter({ subject: 'Nouvelles', body: 'Bonjour' }, ctx)
    expect(queued).toMatchObject({ state: 'queued', totalCount: 0, reason: null, version: 1 })
    const sending = applyNewsletterEvent(queued, 'start', now)
    expect(applyNewsletterEvent(sending, 'start', now).state).toBe('sending') // a redelivered message goes on
    const failed = applyNewsletterEvent(sending, 'fail', now, { reason: 'recipients-unreadable' })
    expect(failed).toMatchObject({ state: 'failed', reason: 'recipients-unreadable', version: 3 })
    // Without a known cause, the code says so (never a raw error text).
    expect(applyNewsletterEvent(sending, 'fail', now).reason).toBe('unexpected')
    expect(applyNewsletterEvent(failed, 'retry', now)).toMatchObject({ state: 'queued', reason: null })
    const sent = applyNewsletterEvent(sending, 'finish', now)
    for (const event of ['start', 'retry', 'fail'] as const) {
      try {
        applyNewsletterEvent(sent, event, now)
        expect.unreachable()
      } catch (e) {
        expect((e as DomainError).reason).toBe('wrong-state')
      }
    }
  })

  it('counts from the delivery marks: sent, and failed or interrupted', () => {
    const n = newNewsletter({ subject: 'Nouvelles', body: 'Bonjour' }, ctx)
    const counted = newsletterCounts(n, [{ state: 'sent' }, { state: 'sent' }, { state: 'failed' }, { state: 'sending' }], { total: 10, skipped: 2 }, now)
    expect(counted).toMatchObject({ totalCount: 10, skippedCount: 2, recipientsCount: 2, failedCount: 2, version: 2 })
  })
})
