import { DomainError } from './errors'
import type { PersonKind } from './people'
import type { Locale } from './roles'
import type { PrivacyNotice, ProgrammeRules } from './rules/programme-rules'


/**
 * Public application forms (issue 8, stage 1): a programme's intake forms published at a link that needs no
 * account. The link carries an unguessable token, never the organisation's or the programme's id, so that nobody can
 * walk from one programme to the next; each side (mentor, mentee) is opened and closed on its own.
 */
export interface PublicForm {
  orgId: string
  programmeId: string
  /** The link's secret: 32 url-safe characters from a cryptographic source (the caller draws it). */
  token: string
  open: Record<PersonKind, boolean>
  createdAt: string
  updatedAt: string
  version: number
}


/**
 * The consent an applicant gave: which notice (its own version and the rules version that held it), in which language
 * it was shown, when. `withdrawnAt` is set when the person withdraws it later; a withdrawn consent is kept as proof of
 * what was agreed, and the processing it allowed stops.
 */
export interface Consent {
  purpose: 'application'
  noticeVersion: number
  rulesVersion: number
  locale: Locale
  givenAt: string
  withdrawnAt?: string
}

/**
 * One application received through a public form, with the consent that came with it. The first application of an
 * address creates the person (`personId`); a later one with the same address (`repeat`) creates no one and keeps what
 * was sent (`submitted`), for staff to compare on the person's record: nothing sent is lost, nothing is duplicated.
 */
export interface Application {
  id: string
  orgId: string
  programmeId: string
  personId: string
  kind: PersonKind
  locale: Locale
  receivedAt: string
  consent: Consent
  repeat: boolean
  /** A repeat application's identity and answers as sent (the person keeps theirs until staff decide). */
  submitted?: { firstName: string; lastName: string; email: string; phone?: string; birthDate: string; answers: Record<string, unknown> }
}

/** The notice a programme shows when its rules predate privacy notices: a platform text, version 0. */
export const defaultPrivacyNotice: PrivacyNotice = {
  version: 0,
  purpose: {
    fr: 'Vos données sont traitées par l’organisation qui porte ce programme de mentorat, uniquement pour examiner votre candidature, vous contacter et, si elle est retenue, former et suivre votre binôme. Elles ne sont ni vendues ni cédées. Vous pouvez retirer votre consentement, consulter, corriger ou faire effacer vos données à tout moment en écrivant à l’organisation.',
    en: 'Your data is processed by the organisation running this mentoring programme, only to review your application, contact you and, if it is accepted, form and follow your mentoring pair. It is neither sold nor passed on. You may withdraw your consent, see, correct or have your data erased at any time by writing to the organisation.',
    nl: 'Uw gegevens worden verwerkt door de organisatie achter dit mentoringprogramma, uitsluitend om uw aanvraag te bekijken, contact met u op te nemen en, als ze aanvaard wordt, uw duo samen te stellen en op te volgen. Ze worden niet verkocht of doorgegeven. U kunt uw toestemming intrekken en uw gegevens inzien, verbeteren of laten wissen door de organisatie te schrijven.',
  },
}

/**
 * The privacy notice in force under a programme's rules.
 *
 * @example
 * privacyNotice(rules).purpose.fr
 */
export function privacyNotice(rules: Pick<ProgrammeRules, 'privacy'>): PrivacyNotice {
  return rules.privacy ?? defaultPrivacyNotice
}

/**
 * A programme's public form, both sides closed until an admin opens one.
 *
 * @example
 * newPublicForm({ orgId: 'o1', programmeId: 'p1', token, now })
 */
export function newPublicForm(v: { orgId: string; programmeId: string; token: string; now: string }): PublicForm {
  return { orgId: v.orgId, programmeId: v.programmeId, token: v.token, open: { mentor: false, mentee: false }, createdAt: v.now, updatedAt: v.now, version: 1 }
}

/**
 * A public form with sides opened or closed.
 *
 * @example
 * openApplications(form, { mentee: true }, now).open // { mentor: false, mentee: true }
 */
export function openApplications(form: PublicForm, open: Partial<Record<PersonKind, boolean>>, now: string): PublicForm {
  return { ...form, open: { mentor: open.mentor ?? form.open.mentor, mentee: open.mentee ?? form.open.mentee }, updatedAt: now }
}

/**
 * A withdrawn consent (idempotent: the first withdrawal's date stays).
 *
 * @example
 * withdrawConsent(application.consent, now).withdrawnAt // now
 */
export function withdrawConsent(consent: Consent, now: string): Consent {
  return consent.withdrawnAt ? consent : { ...consent, withdrawnAt: now }
}

/**
 * How many applications one e-mail address, and one client (IP address), may send per hour across the platform:
 * enough for a family sharing a connection or a partner's office helping several people, too few to flood a programme.
 */
export interface ApplicationLimits {
  perAddressPerHour: number
  perClientPerHour: number
}

export const defaultApplicationLimits: ApplicationLimits = { perAddressPerHour: 3, perClientPerHour: 20 }

/** The hour an application is counted in, when its counters expire, and how long until the next hour. */
export function applicationWindow(now: Date): { hour: string; expiresAt: number; retryAfterSeconds: number } {
  const start = Math.floor(now.getTime() / 3_600_000) * 3_600_000
  return {
    hour: new Date(start).toISOString().slice(0, 13),
    expiresAt: Math.floor(start / 1000) + 7_200,
    retryAfterSeconds: Math.max(1, Math.ceil((start + 3_600_000 - now.getTime()) / 1000)),
  }
}

/**
 * The refusal of an application over a limit; `scope` says which (the address or the client).
 *
 * @example
 * throw applicationLimitReached('address', 1800)
 */
export function applicationLimitReached(scope: 'address' | 'client', retryAfterSeconds: number): DomainError {
  return new DomainError('application-limit', `Too many applications from this ${scope}; try again in ${retryAfterSeconds} s`, {
    values: { scope, retryAfterSeconds },
  })
}

/** A side whose applications an admin has closed (or never opened): 410, so the applicant's page can say so. */
export const applicationsClosed = (): DomainError => new DomainError('applications-closed', 'Applications to this programme are closed')
