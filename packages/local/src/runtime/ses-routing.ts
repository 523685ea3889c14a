/**
 * Routes `SendEmailCommand` of a real `SESv2Client` into the local outbox, so that the mailer code
 * that sends with the AWS SDK works unchanged. Simple content only (subject, text and/or HTML body, attachments).
 */
import { BadRequestException, type SendEmailRequest, type SESv2Client } from '@aws-sdk/client-sesv2'
import type { Outbox } from './outbox'

type Next = (args: { input: unknown }) => Promise<{ output: unknown; response: unknown }>

/**
 * After this call, `sesClient.send(new SendEmailCommand(...))` stores the e-mail in `outbox` and answers
 * `{ MessageId }`; bad input fails with SES's `BadRequestException` naming the field. Other commands go through.
 *
 * @example
 * const ses = new SESv2Client({ region: LOCAL_AWS_REGION, credentials: LOCAL_CREDENTIALS })
 * routeSesToOutbox(ses, outbox)
 */
export function routeSesToOutbox(sesClient: SESv2Client, outbox: Outbox): void {
  const middleware = (next: Next, context: { commandName?: string }) => async (args: { input: unknown }) => {
    if (context.commandName !== 'SendEmailCommand') return next(args)
    const input = (args.input ?? {}) as SendEmailRequest
    const simple = input.Content?.Simple
    if (!simple) {
      const kind = input.Content?.Raw ? 'Raw' : input.Content?.Template ? 'Template' : undefined
      throw badRequest(kind ? `Content.${kind} is not emulated locally; use Content.Simple` : 'Content.Simple is required')
    }
    const text = simple.Body?.Text?.Data
    const html = simple.Body?.Html?.Data
    const attachments = (simple.Attachments ?? []).map((a) => ({
      fileName: a.FileName as string,
      contentType: a.ContentType ?? 'application/octet-stream',
      content: Buffer.from(a.RawContent ?? new Uint8Array()).toString('base64'),
    }))
    let stored
    try {
      stored = outbox.add({
        from: input.FromEmailAddress as string,
        to: input.Destination?.ToAddresses ?? [],
        cc: input.Destination?.CcAddresses ?? [],
        bcc: input.Destination?.BccAddresses ?? [],
        replyTo: input.ReplyToAddresses ?? [],
        subject: simple.Subject?.Data as string,
        ...(text !== undefined ? { text } : {}),
        ...(html !== undefined ? { html } : {}),
        ...(attachments.length ? { attachments } : {}),
      })
    } catch (error) {
      throw badRequest(sesFieldNames((error as Error).message))
    }
    return { output: { MessageId: stored.id, $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 } }, response: {} }
  }
  // Typed loosely (`never`) because the SDK's middleware types live in @smithy/types, not a dependency here.
  sesClient.middlewareStack.add(middleware as never, { step: 'initialize', priority: 'low', name: 'routeSesToOutbox', override: true })
}

function badRequest(message: string): BadRequestException {
  return new BadRequestException({ message, $metadata: { httpStatusCode: 400 } })
}

/** Speaks of SES's fields (FromEmailAddress, Destination.ToAddresses...) rather than the outbox's. */
function sesFieldNames(message: string): string {
  return message
    .replace(/^outbox: /, '')
    .replace(/\bfrom\b/, 'FromEmailAddress')
    .replace(/\bto, cc or bcc\b/, 'Destination.ToAddresses, CcAddresses or BccAddresses')
    .replace(/^to\b/, 'Destination.ToAddresses')
    .replace(/^cc\b/, 'Destination.CcAddresses')
    .replace(/^bcc\b/, 'Destination.BccAddresses')
    .replace(/^replyTo\b/, 'ReplyToAddresses')
    .replace(/^subject\b/, 'Content.Simple.Subject.Data')
    .replace(/^text or html body\b/, 'Content.Simple.Body.Text or Body.Html')
    .replace(/^attachments\[(\d+)\]\.fileName\b/, 'Content.Simple.Attachments[$1].FileName')
}
