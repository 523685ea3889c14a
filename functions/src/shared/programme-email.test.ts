import { describe, expect, it, vi } from 'vitest'
import { type Locale, type ProgrammeRules, type SentMail } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import type { TenantData } from '@binome/data'
import type { Logger } from '@aws-lambda-powertools/logger'
import type { Mail } from './mailer'
import { sendProgrammeEmail, type Recipient } from './programme-email'

const rules = methodologyRules('pls-mentoryou')!
const decided = { side: 'mentor', decision: { accepted: true, reason: '', referredTo: '' } }
const person: Recipient = { id: 'mentee-01', firstName: 'Amal', lastName: 'Haddad', email: 'amal@exemple.be' }

/** A tenant holding one organisation (working in French unless told) and programme, whose mail log keeps what it is given (or refuses). */
function world(opts: { recordFails?: boolean; locale?: Locale } = {}) {
  const recorded: SentMail[] = []
  const tenant = {
    ctx: { orgId: 'o1' },
    organisation: { get: async () => ({ id: 'o1', name: 'Mentor You', contactEmail: 'contact@mentoryou.demo', locale: opts.locale ?? 'fr' }) },
    programmes: { get: async (id: string) => ({ id, name: 'Mentor You 2026', description: 'Vers l’emploi' }) },
    mailLog: {
      record: async (m: SentMail) => {
        if (opts.recordFails) throw new Error('table unavailable')
        recorded.push(m)
      },
    },
  } as unknown as TenantData
  const sent: Mail[] = []
  const error = vi.fn()
  const deps = {
    mailer: { send: vi.fn(async (m: Mail) => void sent.push(m)) },
    logger: { error } as unknown as Logger,
    now: () => new Date('2026-11-30T10:00:00Z'),
    newId: () => 'mail-1',
  }
  return { tenant, deps, sent, recorded, error }
}

describe('sendProgrammeEmail', () => {
  it('renders the programme’s template with the common variables and the caller’s, sends it and records it without the body', async () => {
    const { tenant, deps, sent, recorded } = world()
    const out = await sendProgrammeEmail(deps, tenant, {
      kind: 'email-decision', programmeId: 'p1', rules, person,
      variables: { side: 'mentoré·e', decision: { accepted: true, reason: '', referredTo: '' } },
    })
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ to: 'amal@exemple.be', text: expect.stringContaining('Bonjour Amal') })
    expect(sent[0]!.subject).toContain('Mentor You 2026')
    const record = { id: 'mail-1', orgId: 'o1', programmeId: 'p1', personId: 'mentee-01', kind: 'email-decision', subject: sent[0]!.subject, to: 'amal@exemple.be', sentAt: '2026-11-30T10:00:00.000Z' }
    expect(recorded).toEqual([record])
    expect(out).toEqual(record)
  })

  it('takes the standard template when the rules predate the kind, and hands the rendered text to the attachments', async () => {
    const { tenant, deps, sent } = world()
    const old: ProgrammeRules = { ...rules, templates: rules.templates.filter((t) => t.kind !== 'email-decision') }
    const attachments = vi.fn((text: string) => [{ fileName: 'a.ics', contentType: 'text/calendar', content: new TextEncoder().encode(text) }])
    await sendProgrammeEmail(deps, tenant, {
      kind: 'email-decision', programmeId: 'p1', rules: old, person, attachments,
      variables: { side: 'mentor', decision: { accepted: false, reason: 'Hors zone', referredTo: '' } },
    })
    expect(sent[0]!.text).toContain('Hors zone')
    expect(attachments).toHaveBeenCalledWith(sent[0]!.text)
    expect(sent[0]!.attachments?.[0]?.fileName).toBe('a.ics')
  })

  it('writes in the organisation’s language when the sender names none', async () => {
    for (const [locale, greeting, subject] of [['nl', 'Hallo Amal', 'Mentor You 2026: uw aanvraag is aanvaard'], ['en', 'Hello Amal', 'Mentor You 2026: your application is accepted']] as const) {
      const { tenant, deps, sent } = world({ locale })
      await sendProgrammeEmail(deps, tenant, { kind: 'email-decision', programmeId: 'p1', rules, person, variables: decided })
      expect(sent[0]!.subject).toBe(subject)
      expect(sent[0]!.text).toMatch(new RegExp(`^${greeting},`))
      expect(sent[0]!.text).not.toMatch(/Bonjour|votre|vous/)
    }
  })

  it('writes in the sender’s language over the organisation’s (an applicant’s own)', async () => {
    const { tenant, deps, sent } = world({ locale: 'nl' })
    await sendProgrammeEmail(deps, tenant, { kind: 'email-decision', programmeId: 'p1', rules, person, variables: { ...decided, locale: 'en' } })
    expect(sent[0]!.text).toMatch(/^Hello Amal,/)
  })

  it('never mails an erased person, nor one without an address', async () => {
    const { tenant, deps, sent, recorded } = world()
    for (const who of [{ ...person, erasedAt: '2026-11-01T00:00:00Z' }, { ...person, email: '' }]) {
      expect(await sendProgrammeEmail(deps, tenant, { kind: 'email-decision', programmeId: 'p1', rules, person: who })).toBeUndefined()
    }
    expect(sent).toEqual([])
    expect(recorded).toEqual([])
  })

  it('logs a template that does not render and sends nothing', async () => {
    const { tenant, deps, sent, recorded, error } = world()
    const broken: ProgrammeRules = { ...rules, templates: [{ kind: 'email-decision', subject: 'Oui', body: 'Bonjour {{ recipient.firstName | nosuchfilter }}' }] }
    expect(await sendProgrammeEmail(deps, tenant, { kind: 'email-decision', programmeId: 'p1', rules: broken, person })).toBeUndefined()
    expect(sent).toEqual([])
    expect(recorded).toEqual([])
    expect(error).toHaveBeenCalledWith('programme e-mail not rendered', expect.objectContaining({ personId: 'mentee-01', kind: 'email-decision' }))
  })

  it('logs a mail the mailer refuses, records nothing and does not throw', async () => {
    const { tenant, deps, recorded, error } = world()
    deps.mailer.send.mockRejectedValueOnce(new Error('SES throttled'))
    expect(await sendProgrammeEmail(deps, tenant, { kind: 'email-decision', programmeId: 'p1', rules, person, variables: decided })).toBeUndefined()
    expect(recorded).toEqual([])
    expect(error).toHaveBeenCalledWith('programme e-mail not sent', expect.objectContaining({ personId: 'mentee-01' }))
    // No name or address in what is logged.
    expect(JSON.stringify(error.mock.calls[0]![1])).not.toContain('amal')
  })

  it('logs a sent mail it could not record, and still says it was sent', async () => {
    const { tenant, deps, sent, error } = world({ recordFails: true })
    const out = await sendProgrammeEmail(deps, tenant, { kind: 'email-decision', programmeId: 'p1', rules, person, variables: decided })
    expect(sent).toHaveLength(1)
    expect(out).toMatchObject({ kind: 'email-decision' })
    expect(error).toHaveBeenCalledWith('programme e-mail sent but not recorded in the mail log', expect.objectContaining({ personId: 'mentee-01' }))
  })
})
