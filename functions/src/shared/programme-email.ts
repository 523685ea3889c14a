import { type Person, type ProgrammeRules, type SentMail, type TemplateKind } from '@binome/core'
import type { TenantData } from '@binome/data'
import type { Deps } from './deps'
import type { MailAttachment } from './mailer'

/** Whom a programme e-mail goes to: a person of the programme (a `Person` will do), mailed at `email`. */
export type Recipient = Pick<Person, 'id' | 'firstName' | 'lastName' | 'email'> & { erasedAt?: string | undefined }

/** One programme e-mail to one person. */
export interface ProgrammeEmail {
  /** The template kind (`email-decision`, `email-proposal`...): the programme's own, else the methodology's standard one. */
  kind: TemplateKind
  programmeId: string
  /** The rules the template is taken from (usually the programme's current ones). */
  rules: ProgrammeRules
  /** The recipient. An erased person (or one without an address) is never mailed. */
  person: Recipient
  /**
   * The template's variables beyond the ones every programme e-mail has, which the sender fills in itself:
   * `organisation` (name, contactEmail), `programme` (name, description), `recipient` (firstName, lastName,
   * fullName, email, from `person`) and `locale` (the organisation's working language, which the standard e-mails
   * are written in). A variable given here replaces the sender's of the same name: `locale` to write to someone in
   * their own language (an applicant's).
   */
  variables?: Record<string, unknown>
  /** Files sent with it; a function receives the rendered text (a calendar file's description, say). */
  attachments?: MailAttachment[] | ((text: string) => MailAttachment[] | Promise<MailAttachment[]>)
  /** The subject when the template has none; the programme's name if this is absent too. */
  subject?: string
}

/**
 * The one way the platform sends a programme's e-mail to a person (decisions, session invitations, application
 * acknowledgements, duo proposals...): picks the programme's template of that kind (or the standard one), renders it
 * in the organisation's working language unless the sender names another, sends it, and records it in the person's
 * mail log (kind, subject, address, date — never the body) once the mailer accepted it, for their access export.
 * Whatever asked for the e-mail is already stored: a template that does not render, a mail the mailer refuses or a
 * record that cannot be written is logged, never thrown, and the answer is `undefined` for anything not sent.
 *
 * @example
 * await sendProgrammeEmail(deps, tenant, {
 *   kind: 'email-proposal', programmeId, rules: current.rules, person: mentee,
 *   variables: { duo: { mentor: 'Sophie Lambert', respondBy: '12/12/2026' }, link },
 *   attachments: async (text) => [{ fileName: 'premiere-rencontre.ics', contentType: 'text/calendar; charset=UTF-8; method=REQUEST', content: await ics(text) }],
 * }) // the SentMail recorded, or undefined
 */
export async function sendProgrammeEmail(
  deps: Pick<Deps, 'mailer' | 'logger' | 'now' | 'newId'>, tenant: TenantData, email: ProgrammeEmail,
): Promise<SentMail | undefined> {
  const { kind, programmeId, person } = email
  if (person.erasedAt || !person.email) return undefined
  const orgId = tenant.ctx.orgId
  // Ids only in the logs: never a name or an address.
  const about = { orgId, programmeId, personId: person.id, kind }
  // The standard e-mails (~40 KB of text in three languages) load only for a kind the programme's rules lack.
  const template = email.rules.templates.find((t) => t.kind === kind) ?? (await import('@binome/core/methodologies')).standardEmail(kind)
  if (!template) {
    deps.logger.error('programme e-mail has no template', about)
    return undefined
  }
  let sent: SentMail
  try {
    const [org, programme] = await Promise.all([tenant.organisation.get(), tenant.programmes.get(programmeId)])
    // The template engine (LiquidJS and each kind's variables) is loaded on the first e-mail, not at cold start.
    const { renderTemplate } = await import('@binome/documents')
    const out = renderTemplate(kind, template.body, {
      locale: org.locale,
      organisation: { name: org.name, contactEmail: org.contactEmail },
      programme: { name: programme.name, description: programme.description },
      recipient: { firstName: person.firstName, lastName: person.lastName, fullName: `${person.firstName} ${person.lastName}`, email: person.email },
      ...email.variables,
    }, template.subject)
    if (!out.ok) {
      deps.logger.error('programme e-mail not rendered', { ...about, problems: out.problems })
      return undefined
    }
    const subject = out.renderedSubject ?? email.subject ?? programme.name
    const attachments = typeof email.attachments === 'function' ? await email.attachments(out.rendered) : email.attachments
    await deps.mailer.send({ to: person.email, subject, text: out.rendered, ...(attachments?.length && { attachments }) })
    sent = { id: deps.newId(), orgId, programmeId, personId: person.id, kind, subject, to: person.email, sentAt: deps.now().toISOString() }
  } catch (error) {
    deps.logger.error('programme e-mail not sent', { ...about, error })
    return undefined
  }
  try {
    await tenant.mailLog.record(sent)
  } catch (error) {
    deps.logger.error('programme e-mail sent but not recorded in the mail log', { ...about, error })
  }
  return sent
}
