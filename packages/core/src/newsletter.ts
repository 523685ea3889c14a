import { DomainError, type FieldIssue } from './errors'
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

export interface NewsletterDraft {
  subject: string
  body: string
}

/** A newsletter as sent: what was written and how many mentors it reached or skipped. */
export interface Newsletter {
  id: string
  orgId: string
  programmeId: string
  subject: string
  body: string
  sentAt: string
  sentBy: string
  /** Active mentors mailed (the mailer accepted the mail). */
  recipientsCount: number
  /** Active mentors left out because they unsubscribed. */
  skippedCount: number
  /** Mails the mailer refused (logged; the newsletter stays sent to the others). */
  failedCount: number
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
    recipientsCount: 0, skippedCount: 0, failedCount: 0, version: 1,
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
