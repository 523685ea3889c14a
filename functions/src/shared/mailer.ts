import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2'

/** A file sent with an e-mail (a calendar invitation, a document). */
export interface MailAttachment {
  fileName: string
  /** MIME type, e.g. `text/calendar; method=REQUEST`. */
  contentType: string
  content: Uint8Array
}

export interface Mail {
  to: string
  subject: string
  text: string
  html?: string
  attachments?: MailAttachment[]
}

export interface Mailer {
  send(mail: Mail): Promise<void>
}

/**
 * Sends through SES v2. Locally the same client is routed to the outbox, so this is the only mailer.
 *
 * @example
 * await sesMailer(new SESv2Client({}), 'no-reply@binome.example').send({ to, subject, text })
 */
export function sesMailer(client: SESv2Client, from: string): Mailer {
  return {
    async send(mail) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [mail.to] },
          Content: {
            Simple: {
              Subject: { Data: mail.subject, Charset: 'UTF-8' },
              Body: {
                Text: { Data: mail.text, Charset: 'UTF-8' },
                ...(mail.html && { Html: { Data: mail.html, Charset: 'UTF-8' } }),
              },
              // SES v2 builds the MIME message itself from simple content with attachments (no raw MIME to get wrong).
              ...(mail.attachments?.length && {
                Attachments: mail.attachments.map((a) => ({
                  FileName: a.fileName, ContentType: a.contentType, RawContent: a.content, ContentDisposition: 'ATTACHMENT' as const,
                })),
              }),
            },
          },
        }),
      )
    },
  }
}
