import * as z from 'zod'
import { maxNewsletterBody, maxNewsletterSubject, newsletterFailures, newsletterStates, type Newsletter as NewsletterEntity } from '@binome/core'
import { Id, IsoDateTime, Locale, Version } from './common'
import { freeText, singleLineText } from './text'
import { lazySchema } from './lazy-schema'

/**
 * The mentor community newsletter: what a coordinator sends, and the mentor's own unsubscribe page. A newsletter is
 * sent in the background: queued → sending (its counts move page by page) → sent, or failed with its reason.
 */
export const Newsletter = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  orgId: Id,
  programmeId: Id,
  subject: z.string(),
  body: z.string(),
  sentAt: IsoDateTime,
  sentBy: Id,
  state: z.enum(newsletterStates),
  totalCount: z.number().int().min(0),
  recipientsCount: z.number().int().min(0),
  skippedCount: z.number().int().min(0),
  failedCount: z.number().int().min(0),
  /** Why it failed, as a code the screens put in words (the raw error is in the log only). */
  reason: z.enum(newsletterFailures).nullable(),
  updatedAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<NewsletterEntity>)
export type Newsletter = z.infer<typeof Newsletter>

export const NewsletterList = /* @__PURE__ */ lazySchema(() => z.object({ items: z.array(Newsletter) }))
export type NewsletterList = z.infer<typeof NewsletterList>

/** One newsletter of a programme (its progress, polled while it is sent). */
export const NewsletterParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, newsletterId: Id }))

/** Subject and message (plain text; markdown is sent as written): the `email-newsletter` template wraps them. */
export const SendNewsletter = /* @__PURE__ */ lazySchema(() => z.strictObject({
  subject: singleLineText({ min: 2, max: maxNewsletterSubject }),
  body: freeText({ max: maxNewsletterBody }).pipe(z.string().min(1, 'a newsletter needs a message')),
}))
export type SendNewsletter = z.infer<typeof SendNewsletter>

/** An unsubscribe token: 32 url-safe characters (192 random bits), personal to one mentor. */
export const NewsletterToken = /* @__PURE__ */ lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'must be an unsubscribe link token'))
export const NewsletterLinkParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ token: NewsletterToken }))

/** What the unsubscribe page shows: whose newsletter, in which language, and whether the mentor still receives it. */
export const NewsletterSubscriptionView = /* @__PURE__ */ lazySchema(() => z.object({
  organisation: z.object({ name: z.string() }),
  programme: z.object({ name: z.string() }),
  firstName: z.string(),
  locale: Locale,
  subscribed: z.boolean(),
}))
export type NewsletterSubscriptionView = z.infer<typeof NewsletterSubscriptionView>

export const SetNewsletterSubscription = /* @__PURE__ */ lazySchema(() => z.strictObject({ subscribed: z.boolean() }))
export type SetNewsletterSubscription = z.infer<typeof SetNewsletterSubscription>
