/**
 * The forms of the organisation's local network: a network partner (staff) and a referral (a partner user's), each
 * checked in the browser with the API's own schemas before it is sent (the API checks it again).
 */
import {
  answersSchema, CreateNetworkPartner, CreateReferral, UpdateNetworkPartner, type IntakeForm, type NetworkPartner,
} from '@binome/contracts'
import { answerInputs, answersOf, type AnswerInputs } from './people/answers'

export interface ReferralFormValues {
  firstName: string
  lastName: string
  email: string
  phone: string
  birthDate: string
  note: string
  answers: AnswerInputs
}

export const emptyReferral = (form: IntakeForm): ReferralFormValues => ({
  firstName: '', lastName: '', email: '', phone: '', birthDate: '', note: '', answers: answerInputs(form),
})

/** The body of a referral and the schema that checks it, answers included. */
export function referralInput(form: IntakeForm, v: ReferralFormValues) {
  const body = {
    firstName: v.firstName, lastName: v.lastName, email: v.email, birthDate: v.birthDate, note: v.note,
    ...(v.phone.trim() && { phone: v.phone }),
    answers: answersOf(form, v.answers),
  }
  return { body, schema: CreateReferral.extend({ answers: answersSchema(form) }) }
}

export interface NetworkPartnerFormValues {
  name: string
  refers: boolean
  receives: boolean
  services: string
  locality: string
  contactName: string
  contactEmail: string
  contactPhone: string
  website: string
  active: boolean
}

export function networkPartnerValues(p?: NetworkPartner): NetworkPartnerFormValues {
  return {
    name: p?.name ?? '', refers: p?.kinds.includes('refers') ?? false, receives: p?.kinds.includes('receives') ?? true,
    services: p?.services ?? '', locality: p?.locality ?? '', contactName: p?.contactName ?? '', contactEmail: p?.contactEmail ?? '',
    contactPhone: p?.contactPhone ?? '', website: p?.website ?? '', active: p?.active ?? true,
  }
}

const fieldsOf = ({ refers, receives, ...v }: NetworkPartnerFormValues) => ({
  ...v, kinds: [...(refers ? ['refers' as const] : []), ...(receives ? ['receives' as const] : [])],
})

/** A new network partner's body and schema. */
export const createNetworkPartnerInput = (v: NetworkPartnerFormValues) => ({ body: fieldsOf(v), schema: CreateNetworkPartner })

/** The changes to a network partner read at its version. */
export const updateNetworkPartnerInput = (p: NetworkPartner, v: NetworkPartnerFormValues) =>
  ({ body: { ...fieldsOf(v), version: p.version }, schema: UpdateNetworkPartner })
