import { randomBytes } from 'node:crypto'
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch'
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda'
import * as z from 'zod'
import {
  applyNewsletterEvent, newsletterAudience, newsletterBatchSize, newsletterCounts, type Newsletter, type NewsletterDelivery,
  type NewsletterFailure, type ProgrammeRules,
} from '@binome/core'
import { systemContext, type TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import { sendProgrammeEmail } from '../shared/programme-email'
import { activeMentors } from '../onboarding/routes/peer-series'
import { newslettersQueueSettings } from './queue-settings'

const Message = z.strictObject({ orgId: z.string().min(1), programmeId: z.string().min(1), newsletterId: z.string().min(1) })
export type WorkerDeps = Pick<Deps, 'data' | 'now' | 'newId' | 'logger' | 'mailer' | 'appUrl'>

const newToken = () => randomBytes(24).toString('base64url')

/** A failure of one step of the send, with the code the coordinator reads (the cause goes to the log). */
class SendFailure extends Error {
  constructor(readonly code: NewsletterFailure, readonly cause: unknown) {
    super(code)
  }
}

/** Runs one step of the send; its failure carries the step's code. */
async function step<T>(code: NewsletterFailure, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw error instanceof SendFailure ? error : new SendFailure(code, error)
  }
}

/**
 * The programme's `email-newsletter` template checked once before anyone is mailed: a template that does not render
 * would otherwise mark every mentor failed, and a failed mentor is never mailed again, even once it is mended.
 */
async function checkNewsletterTemplate(rules: ProgrammeRules): Promise<void> {
  const template = rules.templates.find((t) => t.kind === 'email-newsletter') ?? (await import('@binome/core/methodologies')).standardEmail('email-newsletter')
  const { checkTemplate } = await import('@binome/documents')
  const problems = template ? checkTemplate('email-newsletter', template.body, template.subject) : [{ message: 'no email-newsletter template' }]
  if (problems.length) throw new SendFailure('template-error', new Error(`email-newsletter template: ${JSON.stringify(problems)}`))
}

/** The mentor's unsubscribe page in the web app (no account). */
export const unsubscribeLink = (appUrl: string, token: string) => `${appUrl.replace(/\/$/, '')}/newsletter/${encodeURIComponent(token)}`

/**
 * Mails one queued newsletter to the programme's active mentors, {@link newsletterBatchSize} at a time. Each mentor's
 * delivery mark is written `sending` before their mail and `sent`/`failed` after it, and the newsletter's counts after
 * each page: a redelivered message (a worker stopped, a duplicate delivery) skips every marked mentor, so nobody is
 * mailed twice; a mark left `sending` counts as failed. A newsletter sent or failed is left as it is; the last failed
 * attempt marks it failed with the reason, earlier ones throw so the queue delivers it again.
 *
 * @example
 * await processNewsletter(deps, { orgId: 'org-1', programmeId: 'p1', newsletterId: 'n1' }, 1)
 */
export async function processNewsletter(deps: WorkerDeps, msg: z.infer<typeof Message>, receiveCount: number) {
  const tenant: TenantData = deps.data.forTenant(systemContext(msg.orgId))
  let n = await tenant.newsletters.get(msg.programmeId, msg.newsletterId)
  if (n.state === 'sent' || n.state === 'failed') return
  const at = () => deps.now().toISOString()
  const save = async (next: Newsletter) => {
    await tenant.newsletters.replace(next)
    n = next
  }
  try {
    await step('storage-unavailable', () => save(applyNewsletterEvent(n, 'start', at())))
    const [org, current, mentors, subscriptions, earlier] = await step('recipients-unreadable', () => Promise.all([
      tenant.organisation.get(), tenant.rules.current(n.programmeId), activeMentors(tenant, n.programmeId),
      tenant.newsletters.subscriptions(n.programmeId), tenant.newsletters.deliveries(n.id),
    ]))
    await checkNewsletterTemplate(current.rules)
    const audience = newsletterAudience(mentors, subscriptions, { orgId: tenant.ctx.orgId, programmeId: n.programmeId, locale: org.locale, now: at(), newToken })
    // The links first: a link whose subscription was never written leads nowhere (404), never to the wrong person.
    await step('storage-unavailable', async () => {
      await deps.data.newsletterLinks.link(audience.created.map((s) => ({ token: s.token, orgId: s.orgId, programmeId: n.programmeId, personId: s.personId })))
      await tenant.newsletters.addSubscriptions(audience.created)
    })

    // From here every step is a write (the mails themselves never throw: a refused one is a failed mark).
    await step('storage-unavailable', async () => {
      const marks = new Map(earlier.map((d) => [d.personId, d]))
      // A page stopped mid-way: its mails may have left; they are counted failed and never sent again.
      const interrupted = earlier.filter((d) => d.state === 'sending').map((d): NewsletterDelivery => ({ ...d, state: 'failed', at: at() }))
      if (interrupted.length) {
        deps.logger.warn('newsletter page interrupted, its mentors are not mailed again', { newsletterId: n.id, count: interrupted.length })
        await tenant.newsletters.markDeliveries(interrupted)
        for (const d of interrupted) marks.set(d.personId, d)
      }
      const todo = audience.send.filter(({ mentor }) => !marks.has(mentor.id))
      const size = () => ({ total: new Set([...audience.send.map((r) => r.mentor.id), ...marks.keys()]).size, skipped: audience.skipped })
      await save(newsletterCounts(n, [...marks.values()], size(), at()))

      for (let start = 0; start < todo.length; start += newsletterBatchSize) {
        const page = todo.slice(start, start + newsletterBatchSize)
        const mark = (personId: string, state: NewsletterDelivery['state']): NewsletterDelivery => ({ orgId: tenant.ctx.orgId, newsletterId: n.id, personId, state, at: at() })
        await tenant.newsletters.markDeliveries(page.map(({ mentor }) => mark(mentor.id, 'sending')))
        const results = await Promise.all(page.map(({ mentor, subscription }) => sendProgrammeEmail(deps, tenant, {
          kind: 'email-newsletter', programmeId: n.programmeId, rules: current.rules, person: mentor, subject: n.subject,
          variables: {
            locale: org.locale,
            newsletter: { subject: n.subject, body: n.body },
            unsubscribe: { link: unsubscribeLink(deps.appUrl, subscription.token) },
          },
        })))
        const done = page.map(({ mentor }, i) => mark(mentor.id, results[i] ? 'sent' : 'failed'))
        await tenant.newsletters.markDeliveries(done)
        for (const d of done) marks.set(d.personId, d)
        await save(newsletterCounts(n, [...marks.values()], size(), at()))
      }
      await save(applyNewsletterEvent(n, 'finish', at()))
    })
  } catch (error) {
    const last = receiveCount >= newslettersQueueSettings.maxReceiveCount
    const code: NewsletterFailure = error instanceof SendFailure ? error.code : 'unexpected'
    // The raw error in the log only; the newsletter keeps the code, which the screens put in words.
    deps.logger.error('newsletter sending failed', { newsletterId: msg.newsletterId, receiveCount, last, code, error: error instanceof SendFailure ? error.cause : error })
    if (!last) throw error
    // Read again: the failure may have been a stale version from a worker running beside this one.
    const latest = await tenant.newsletters.get(msg.programmeId, msg.newsletterId)
    if (latest.state === 'queued' || latest.state === 'sending') {
      await tenant.newsletters.replace(applyNewsletterEvent(latest, 'fail', at(), { reason: code }))
    }
  }
}

/**
 * The newsletters SQS worker: each record is one newsletter; failures are reported per record
 * (ReportBatchItemFailures), a record that is not a newsletter message fails alone and ends in the dead-letter queue.
 * The same function runs on Lambda and locally.
 *
 * @example
 * export const handler = newslettersWorker(deps)
 */
export function newslettersWorker(deps: WorkerDeps) {
  const processor = new BatchProcessor(EventType.SQS)
  const record = async (r: SQSRecord) => {
    await processNewsletter(deps, Message.parse(JSON.parse(r.body)), Number(r.attributes.ApproximateReceiveCount ?? '1'))
  }
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(event, record, processor, { context, throwOnFullBatchFailure: false })
}
