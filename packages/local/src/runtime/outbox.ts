/**
 * The local outbox that stands in for SES: e-mails are kept (as JSON lines under `<dataDir>/outbox` when
 * given) for the UI and tests to read, and optionally printed, which is how sign-in codes reach a developer.
 */
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { AppendJournal } from './append-journal'

export interface OutboxEmail {
  /** Also the SES `MessageId` returned to the sender. */
  id: string
  from: string
  to: string[]
  cc: string[]
  bcc: string[]
  replyTo: string[]
  subject: string
  text?: string
  html?: string
  /** Files sent with the e-mail, their content in base64 (kept so a developer can open a calendar invitation). */
  attachments?: OutboxAttachment[]
  /** ISO time the e-mail was accepted. */
  sentAt: string
}

export interface OutboxAttachment {
  fileName: string
  contentType: string
  /** The file's bytes in base64. */
  content: string
}

export type NewEmail = Omit<OutboxEmail, 'id' | 'sentAt' | 'cc' | 'bcc' | 'replyTo'> & Partial<Pick<OutboxEmail, 'cc' | 'bcc' | 'replyTo'>>

export interface Outbox {
  /** Validates and stores an e-mail; throws an error naming the field at fault. */
  add(email: NewEmail): OutboxEmail
  /** E-mails in the order they were sent; `to` keeps those with that recipient (To, Cc or Bcc; case-insensitive). */
  list(filter?: { to?: string }): OutboxEmail[]
  get(id: string): OutboxEmail | undefined
  /** Forgets every e-mail (and empties the file). */
  clear(): void
  close(): void
}

export interface CreateOutboxOptions {
  dataDir?: string
  /** Print each e-mail (recipient, subject, text body) as it arrives. */
  print?: boolean
  /** Where printed lines go (default: console.log). */
  printer?: (text: string) => void
}

type OutboxRecord = { type: 'email'; email: OutboxEmail }

/** SES's limit on recipients per message (To + Cc + Bcc). */
export const MAX_RECIPIENTS = 50

/**
 * Creates the outbox, loading e-mails kept by earlier runs.
 *
 * @example
 * const outbox = createOutbox({ dataDir: '.data', print: true })
 * routeSesToOutbox(sesClient, outbox)
 * outbox.list({ to: 'ada@example.org' }).at(-1)?.text
 */
export function createOutbox(options: CreateOutboxOptions = {}): Outbox {
  const printer = options.printer ?? ((text: string) => console.log(text))
  const emails = new Map<string, OutboxEmail>()
  let journal: AppendJournal<OutboxRecord> | undefined
  if (options.dataDir) {
    const opened = AppendJournal.open<OutboxRecord>(join(options.dataDir, 'outbox', 'emails.jsonl'))
    journal = opened.journal
    for (const record of opened.records) if (record.type === 'email') emails.set(record.email.id, record.email)
  }

  return {
    add(input) {
      const email = validateEmail(input)
      journal?.append({ type: 'email', email })
      emails.set(email.id, email)
      if (options.print) printer(formatForConsole(email))
      return email
    },
    list(filter = {}) {
      const all = [...emails.values()]
      if (filter.to === undefined) return all
      const wanted = addressOf(filter.to).toLowerCase()
      return all.filter((email) => [...email.to, ...email.cc, ...email.bcc].some((r) => addressOf(r).toLowerCase() === wanted))
    },
    get(id) {
      return emails.get(id)
    },
    clear() {
      emails.clear()
      journal?.rewrite([])
    },
    close() {
      journal?.close()
      journal = undefined
    },
  }
}

/** `Ada <ada@example.org>` → `ada@example.org`; a bare address stays as is. */
function addressOf(recipient: string): string {
  const angle = /<([^>]+)>\s*$/.exec(recipient)
  return (angle ? angle[1]! : recipient).trim()
}

function validateEmail(input: NewEmail): OutboxEmail {
  const list = (field: string, value: unknown): string[] => {
    if (value === undefined) return []
    if (!Array.isArray(value)) throw new Error(`outbox: ${field} must be a list of addresses`)
    for (const recipient of value) checkAddress(field, recipient)
    return [...value] as string[]
  }
  if (!input || typeof input !== 'object') throw new Error('outbox: an e-mail is required')
  checkAddress('from', input.from)
  const to = list('to', input.to)
  const cc = list('cc', input.cc)
  const bcc = list('bcc', input.bcc)
  const replyTo = list('replyTo', input.replyTo)
  const recipients = to.length + cc.length + bcc.length
  if (recipients === 0) throw new Error('outbox: to, cc or bcc must name at least one recipient')
  if (recipients > MAX_RECIPIENTS) throw new Error(`outbox: at most ${MAX_RECIPIENTS} recipients (to + cc + bcc), got ${recipients}`)
  if (typeof input.subject !== 'string') throw new Error('outbox: subject is required')
  if (input.text === undefined && input.html === undefined) throw new Error('outbox: text or html body is required')
  if (input.text !== undefined && typeof input.text !== 'string') throw new Error('outbox: text must be a string')
  if (input.html !== undefined && typeof input.html !== 'string') throw new Error('outbox: html must be a string')
  const attachments = input.attachments ?? []
  attachments.forEach((a, i) => {
    if (!a || typeof a.fileName !== 'string' || !a.fileName) throw new Error(`outbox: attachments[${i}].fileName is required`)
    if (typeof a.content !== 'string') throw new Error(`outbox: attachments[${i}].content must be base64`)
  })
  return {
    id: randomUUID(),
    from: input.from,
    to, cc, bcc, replyTo,
    subject: input.subject,
    ...(input.text !== undefined ? { text: input.text } : {}),
    ...(input.html !== undefined ? { html: input.html } : {}),
    ...(attachments.length ? { attachments: attachments.map((a) => ({ fileName: a.fileName, contentType: a.contentType || 'application/octet-stream', content: a.content })) } : {}),
    sentAt: new Date().toISOString(),
  }
}

function checkAddress(field: string, value: unknown): void {
  if (typeof value !== 'string' || !/^[^\s@<>]+@[^\s@<>]+$/.test(addressOf(value))) {
    throw new Error(`outbox: ${field} has an invalid address ${JSON.stringify(value)}`)
  }
}

/** One compact line (recipient and subject), then the text body, indented. */
function formatForConsole(email: OutboxEmail): string {
  const body = email.text ?? email.html?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() ?? ''
  const indented = body.split('\n').map((line) => `    ${line}`).join('\n')
  return `✉  to ${[...email.to, ...email.cc, ...email.bcc].join(', ')} — ${email.subject}\n${indented}`
}
