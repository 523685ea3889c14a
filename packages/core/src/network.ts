import type { PartnerDuoView } from './partner-view'
import { DomainError } from './errors'
import type { Person } from './people'
import type { PersonStage } from './pipeline'
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

/** A coordinator refers a refused mentee only to an active partner that receives people; anything else names `referredTo`. */
export function assertReceives(partner: NetworkPartner | undefined): void {
  if (!partner || !partner.active || !partner.kinds.includes('receives')) {
    throw new DomainError('validation', 'A refused mentee is referred to an active network partner that receives people', {
      details: [{ path: 'referredTo', reason: 'not-a-choice', message: 'is not a network partner that receives people' }],
    })
  }
}

/**
 * What a partner sees of a person it referred: who they are, where they stand in the pipeline and since when, its own
 * note, and only the answers the programme's form lets partners see (`visibility: 'partner'`). Nothing else of the
 * person (interview, decision, timeline) leaves for a partner.
 */
export interface ReferralView {
  personId: string
  firstName: string
  lastName: string
  stage: PersonStage
  /** When the person reached their current stage. */
  stageDate: string
  note: string
  referredAt: string
  updatedAt: string
  answers: Answers
  /** Their duo, with only the facts the programme shares with partners; absent when they have none (or none is shared). */
  duo?: PartnerDuoView
}

/**
 * The ids of the fields a partner may read. The form is the programme's form IN FORCE, not the one the answers were
 * given under: when an admin narrows what partners see, the narrowing applies to everyone at once.
 */
export function partnerVisibleFields(form: IntakeForm): Set<string> {
  return new Set(form.sections.flatMap((s) => s.fields).filter((f) => f.visibility === 'partner').map((f) => f.id))
}

/**
 * The partner's view of a person it referred; `note` is the one it wrote when referring them (kept on the person's
 * timeline, on the entry that records their creation).
 *
 * @example
 * referralView(person, 'Suivie chez nous depuis mars', rules.forms.mentee).answers // only the fields whose visibility is 'partner'
 */
export function referralView(person: Person, note: string, form: IntakeForm): ReferralView {
  const visible = partnerVisibleFields(form)
  return {
    personId: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    stage: person.stage,
    stageDate: person.stageDates[person.stage] ?? person.updatedAt,
    note,
    referredAt: person.createdAt,
    updatedAt: person.updatedAt,
    answers: Object.fromEntries(Object.entries(person.answers).filter(([id]) => visible.has(id))),
  }
}
