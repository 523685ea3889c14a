import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2'

export interface Mail {
  to: string
  subject: string
  text: string
  html?: string
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
            },
          },
        }),
      )
    },
  }
}
