import { DomainError, type FieldIssue } from './errors'
import { defineLifecycle } from './lifecycle'
import type { Locale } from './roles'

/**
 * The mentor community newsletter (issue 10; seed 001 recommends one): a coordinator writes a message (subject and
 * plain text, markdown welcome) and sends it to the programme's active mentors through the programme's
 * `email-newsletter` template, which wraps it with a greeting and the personal unsubscribe link. A mentor who
 * unsubscribed is skipped by every later send until they subscribe again from the same link.
 */

export const maxNewsletterSubject = 200
export const maxNewsletterBody = 20_000
/** Mails handed to the mailer at once: SES accepts 14 a second on a new account, 50 is a safe burst per batch. */
export const newsletterBatchSize = 50

/**
 * A newsletter is sent in the background (a thousand mentors take longer than an HTTP request may last): the API
 * records it queued and puts it on the newsletters queue; the worker sends it page by page.
 *
 * - `start`: the worker takes it; also from `sending`, because a worker that stopped mid-way leaves it sending and the
 *   queue delivers the message again (each mentor's delivery mark keeps them from a second mail).
 * - `finish`: every mentor of the audience has a mark (sent, or refused by the mailer: counted as failed).
 * - `fail`: the queue's last attempt failed; the reason says why, in words for the coordinator and operator.
 * - `retry`: the coordinator queues a failed newsletter again; who was mailed already is not mailed twice.
 */
export const newsletterStates = ['queued', 'sending', 'sent', 'failed'] as const
export type NewsletterState = (typeof newsletterStates)[number]

export const newsletterLifecycle = defineLifecycle({
  entity: 'item',
  states: newsletterStates,
  initial: 'queued',
  transitions: {
    start: { from: ['queued', 'sending'], to: 'sending' },
    finish: { from: ['sending'], to: 'sent' },
    fail: { from: ['queued', 'sending'], to: 'failed' },
    retry: { from: ['failed'], to: 'queued' },
  },
})
export type NewsletterEvent = keyof typeof newsletterLifecycle.transitions

/**
 * Why a newsletter failed, as a code the screens put in the reader's words (the raw error goes to the log only: it
 * may be in English, technical, or name a table):
 * - `recipients-unreadable`: the programme's mentors, subscriptions or delivery marks could not be read;
 * - `template-error`: the programme's `email-newsletter` template does not render;
 * - `storage-unavailable`: the unsubscribe links, subscriptions, delivery marks or the newsletter could not be written;
 * - `queue-unavailable`: the API could not put it on the newsletters queue;
 * - `unexpected`: anything else.
 */
export const newsletterFailures = ['recipients-unreadable', 'template-error', 'storage-unavailable', 'queue-unavailable', 'unexpected'] as const
export type NewsletterFailure = (typeof newsletterFailures)[number]

export interface NewsletterDraft {
  subject: string
  body: string
}

/** A newsletter asked for: what was written, where its sending is, and how many mentors it reached or skipped. */
export interface Newsletter {
  id: string
  orgId: string
  programmeId: string
  subject: string
  body: string
  /** When the coordinator asked for it (its place in the list). */
  sentAt: string
  sentBy: string
  state: NewsletterState
  /** Active mentors to mail (known once the worker read the audience; 0 before). */
  totalCount: number
  /** Active mentors mailed so far (the mailer accepted the mail). */
  recipientsCount: number
  /** Active mentors left out because they unsubscribed. */
  skippedCount: number
  /** Mails the mailer refused, or a page interrupted mid-way (logged; never sent twice). */
  failedCount: number
  /** Why it failed (the last attempt's, as a code: {@link newsletterFailures}); null otherwise. */
  reason: NewsletterFailure | null
  updatedAt: string
  version: number
}

/**
 * One mentor's subscription: their personal unsubscribe token (no account needed) and whether they opted out. Created
 * the first time a newsletter is sent to them, so every later mail carries the same link.
 */
export interface NewsletterSubscription {
  orgId: string
  programmeId: string
  personId: string
  token: string
  /** The language of the confirmation page (the organisation's when the token was made). */
  locale: Locale
  optedOutAt: string | null
  updatedAt: string
  version: number
}

const issue = (path: string, message: string, reason: FieldIssue['reason'] = 'invalid'): FieldIssue => ({ path, reason, message })

/**
 * A newsletter ready to send; throws a 400 naming `subject` or `body`.
 *
 * @example
 * newNewsletter({ subject: 'Nouvelles de décembre', body: 'Bonjour à toutes et tous…' }, { id, orgId, programmeId, userId, now })
 */
export function newNewsletter(
  draft: NewsletterDraft, ctx: { id: string; orgId: string; programmeId: string; userId: string; now: string },
): Newsletter {
  const subject = draft.subject.trim()
  const body = draft.body.trim()
  const issues: FieldIssue[] = []
  if (subject.length < 2) issues.push(issue('subject', 'a newsletter needs a subject', 'required'))
  else if (subject.length > maxNewsletterSubject || /[\r\n]/.test(subject)) issues.push(issue('subject', `one line of at most ${maxNewsletterSubject} characters`))
  if (!body) issues.push(issue('body', 'a newsletter needs a message', 'required'))
  else if (body.length > maxNewsletterBody) issues.push(issue('body', `at most ${maxNewsletterBody} characters`))
  if (issues.length) throw new DomainError('validation', 'The newsletter is not valid', { details: issues })
  return {
    id: ctx.id, orgId: ctx.orgId, programmeId: ctx.programmeId, subject, body, sentAt: ctx.now, sentBy: ctx.userId,
    state: 'queued', totalCount: 0, recipientsCount: 0, skippedCount: 0, failedCount: 0, reason: null, updatedAt: ctx.now, version: 1,
  }
}

/**
 * The newsletter after an event (409 `wrong-state` naming the state when the table refuses it), at its next version.
 * `retry` clears the reason; `fail` records it.
 *
 * @example
 * applyNewsletterEvent(n, 'fail', at, { reason: 'template-error' }) // { state: 'failed', reason: 'template-error', … }
 */
export function applyNewsletterEvent(n: Newsletter, event: NewsletterEvent, at: string, more: { reason?: NewsletterFailure } = {}): Newsletter {
  const state = newsletterLifecycle.next(n.state, event)
  const reason = event === 'retry' ? null : event === 'fail' ? (more.reason ?? 'unexpected') : n.reason
  return { ...n, state, reason, updatedAt: at, version: n.version + 1 }
}

/** How one mentor's mail of one newsletter went: `sending` is written before the mail, so a crash never mails twice. */
export type NewsletterDeliveryState = 'sending' | 'sent' | 'failed'

/** One mentor's delivery mark for one newsletter (ids only: the mail log keeps the address). */
export interface NewsletterDelivery {
  orgId: string
  newsletterId: string
  personId: string
  state: NewsletterDeliveryState
  at: string
}

/**
 * The newsletter's counts from its delivery marks: a mark still `sending` when the page is read again was interrupted
 * (the mail may or may not have left), so it counts as failed and is never sent again.
 *
 * @example
 * newsletterCounts(n, marks, { total: 1000, skipped: 3 }) // { …n, totalCount: 1000, recipientsCount: 997 - failed, … }
 */
export function newsletterCounts(n: Newsletter, marks: readonly Pick<NewsletterDelivery, 'state'>[], audience: { total: number; skipped: number }, at: string): Newsletter {
  const sent = marks.filter((m) => m.state === 'sent').length
  return {
    ...n, totalCount: audience.total, skippedCount: audience.skipped, recipientsCount: sent, failedCount: marks.length - sent,
    updatedAt: at, version: n.version + 1,
  }
}

/**
 * Who a send reaches: each active mentor with their subscription (a new one, with a fresh token, for a mentor never
 * mailed before), and how many are skipped because they opted out.
 *
 * @example
 * const { send, created, skipped } = newsletterAudience(mentors, subscriptions, { orgId, programmeId, locale: 'fr', now, newToken })
 */
export function newsletterAudience<M extends { id: string }>(
  mentors: readonly M[], subscriptions: readonly NewsletterSubscription[],
  ctx: { orgId: string; programmeId: string; locale: Locale; now: string; newToken: () => string },
): { send: { mentor: M; subscription: NewsletterSubscription }[]; created: NewsletterSubscription[]; skipped: number } {
  const byPerson = new Map(subscriptions.map((s) => [s.personId, s]))
  const send: { mentor: M; subscription: NewsletterSubscription }[] = []
  const created: NewsletterSubscription[] = []
  let skipped = 0
  for (const mentor of new Map(mentors.map((m) => [m.id, m])).values()) {
    let subscription = byPerson.get(mentor.id)
    if (subscription?.optedOutAt) {
      skipped++
      continue
    }
    if (!subscription) {
      subscription = {
        orgId: ctx.orgId, programmeId: ctx.programmeId, personId: mentor.id, token: ctx.newToken(), locale: ctx.locale,
        optedOutAt: null, updatedAt: ctx.now, version: 1,
      }
      created.push(subscription)
    }
    send.push({ mentor, subscription })
  }
  return { send, created, skipped }
}

/**
 * Unsubscribes (`subscribed: false`) or subscribes again; the same answer twice changes nothing (one click, or two).
 *
 * @example
 * setSubscribed(sub, false, now).optedOutAt // now
 */
export function setSubscribed(current: NewsletterSubscription, subscribed: boolean, now: string): NewsletterSubscription {
  if (subscribed === (current.optedOutAt === null)) return current
  return { ...current, optedOutAt: subscribed ? null : now, updatedAt: now, version: current.version + 1 }
}
