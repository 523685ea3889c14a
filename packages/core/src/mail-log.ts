import type { TemplateKind } from './rules/programme-rules'

/**
 * One e-mail the platform sent to a person (a decision, a session invitation, an acknowledgement, a duo proposal...),
 * recorded once the mailer accepted it, so that the person's access export can say what they were sent and when.
 * The body is not kept: it is the programme's template, rendered with data the export already holds, and keeping it
 * would copy that data again. Erasing the person deletes these records.
 */
export interface SentMail {
  id: string
  orgId: string
  programmeId: string
  /** The recipient. */
  personId: string
  /** The programme template it was rendered from. */
  kind: TemplateKind
  subject: string
  /** The address it went to (the person's address at that moment). */
  to: string
  sentAt: string
}
