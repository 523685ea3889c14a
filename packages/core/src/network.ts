import { DomainError } from './errors'
import type { Person, PersonStatus } from './people'
import type { Answers, IntakeForm } from './rules/forms'

/**
 * The organisation's local network (seed 001: "partenaires ISP", insertion socioprofessionnelle; seed 003: "oriente
 * les mentees qui ne rentrent pas dans le programme"): the local employment services, social services, schools and
 * training centres it works with. Not to be confused with a training organisation's partnerships (./partnership.ts,
 * methodology transfer), which are other tenants.
 *
 * A network partner may refer job seekers to the programme (`refers`: its users, members with the role `partner`,
 * refer people and follow where they stand), receive people the programme cannot take (`receives`: better-suited
 * support a refused mentee is referred to), or both.
 */
export const networkPartnerKinds = ['refers', 'receives'] as const
export type NetworkPartnerKind = (typeof networkPartnerKinds)[number]

export interface NetworkPartner {
  id: string
  orgId: string
  name: string
  kinds: NetworkPartnerKind[]
  /** What it offers, as the coordinators describe it ("French courses A1 to B1", "job-search workshops"). */
  services: string
  /** Where it is (a Belgian locality), so that a coordinator refers someone to support near them. */
  locality: string
  contactName: string
  contactEmail: string
  contactPhone: string
  website: string
  /** An inactive partner stays for history (referrals name it) but is offered no more. */
  active: boolean
  createdAt: string
  updatedAt: string
  version: number
}

export type NetworkPartnerDraft = Omit<NetworkPartner, 'id' | 'orgId' | 'createdAt' | 'updatedAt' | 'version'>
export type NetworkPartnerChanges = Partial<NetworkPartnerDraft>

/** A partner with no kind would be neither offered for referrals nor able to refer: refused, naming the field. */
function checkKinds(kinds: readonly NetworkPartnerKind[]): NetworkPartnerKind[] {
  const unique = networkPartnerKinds.filter((k) => kinds.includes(k))
  if (unique.length === 0) {
    throw new DomainError('validation', 'A network partner refers people, receives them, or both', {
      details: [{ path: 'kinds', reason: 'required', message: 'choose at least one kind' }],
    })
  }
  return unique
}

/**
 * A new network partner of an organisation; ids and time are handed in.
 *
 * @example
 * newNetworkPartner({ name: 'Mission locale de Schaerbeek', kinds: ['refers'], ... }, { id: 'np1', orgId: 'o1', now }).active // true
 */
export function newNetworkPartner(draft: NetworkPartnerDraft, ctx: { id: string; orgId: string; now: string }): NetworkPartner {
  return { ...draft, kinds: checkKinds(draft.kinds), id: ctx.id, orgId: ctx.orgId, createdAt: ctx.now, updatedAt: ctx.now, version: 1 }
}

/**
 * A network partner with changes applied (the version is moved by the store).
 *
 * @example
 * updateNetworkPartner(np, { active: false }, now).active // false
 */
export function updateNetworkPartner(current: NetworkPartner, changes: NetworkPartnerChanges, now: string): NetworkPartner {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as NetworkPartnerChanges
  const next = { ...current, ...defined, updatedAt: now }
  return { ...next, kinds: checkKinds(next.kinds) }
}

/** A partner user refers only on behalf of an active partner that refers people. */
export function assertCanRefer(partner: NetworkPartner): void {
  if (!partner.active || !partner.kinds.includes('refers')) {
    throw new DomainError('forbidden', 'Your organisation does not refer people to this programme (any more)')
  }
}

/**
 * A referral: the note a partner user wrote when referring a job seeker to a programme, stored beside the person
 * (whose `referredBy` names the same partner). Who referred and when stay with it.
 */
export interface Referral {
  orgId: string
  programmeId: string
  personId: string
  networkPartnerId: string
  note: string
  /** The partner user who referred the person. */
  referredByUserId: string
  createdAt: string
}

/**
 * What a partner sees of a person it referred: who they are, where they stand, its own note, and only the answers
 * the programme's form lets partners see (`visibility: 'partner'`). Nothing else of the person leaves for a partner.
 */
export interface ReferralView {
  personId: string
  firstName: string
  lastName: string
  status: PersonStatus
  note: string
  referredAt: string
  updatedAt: string
  answers: Answers
}

/**
 * The ids of the fields a partner may read. The form is the programme's form IN FORCE, not the one the answers were
 * given under: when an admin narrows what partners see, the narrowing applies to everyone at once.
 */
export function partnerVisibleFields(form: IntakeForm): Set<string> {
  return new Set(form.sections.flatMap((s) => s.fields).filter((f) => f.visibility === 'partner').map((f) => f.id))
}

/**
 * The partner's view of a person it referred.
 *
 * @example
 * referralView(person, referral, rules.forms.mentee).answers // only the fields whose visibility is 'partner'
 */
export function referralView(person: Person, referral: Referral, form: IntakeForm): ReferralView {
  const visible = partnerVisibleFields(form)
  return {
    personId: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    status: person.status,
    note: referral.note,
    referredAt: referral.createdAt,
    updatedAt: person.updatedAt,
    answers: Object.fromEntries(Object.entries(person.answers).filter(([id]) => visible.has(id))),
  }
}

/**
 * The referral recorded with a person a partner user referred (the person's `referredBy` names the partner).
 *
 * @example
 * newReferral(person, 'Suivie chez nous depuis mars', { userId: 'u9', now }).networkPartnerId // person.referredBy
 */
export function newReferral(person: Person, note: string, ctx: { userId: string; now: string }): Referral {
  if (!person.referredBy) throw new Error('a referral needs the person’s referring partner')
  return {
    orgId: person.orgId, programmeId: person.programmeId, personId: person.id, networkPartnerId: person.referredBy,
    note: note.trim(), referredByUserId: ctx.userId, createdAt: ctx.now,
  }
}
