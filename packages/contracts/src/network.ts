import * as z from 'zod'
import {
  duoStates, networkPartnerKinds, outcomeClasses, personStages,
  type NetworkPartner as NetworkPartnerEntity, type ReferralView as ReferralViewEntity,
} from '@binome/core'
import { Email, Id, IsoDate, IsoDateTime, Name, Version, page } from './common'
import { PhoneNumber, StoredAnswer } from './people'
import { IntakeForm } from './rules'
import { freeText, singleLineText } from './text'
import { lazySchema } from './lazy-schema'

/**
 * The organisation's local network ("partenaires ISP") and the referrals its partner users make. Not the training
 * organisation's partnerships (./partners.ts).
 */
export const NetworkPartnerKind = /* @__PURE__ */ lazySchema(() => z.enum(networkPartnerKinds))

export const NetworkPartner = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  name: z.string(),
  kinds: z.array(NetworkPartnerKind),
  services: z.string(),
  locality: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  website: z.string(),
  active: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<Omit<NetworkPartnerEntity, 'orgId'>>)
export type NetworkPartner = z.infer<typeof NetworkPartner>
export const NetworkPartnerPage = /* @__PURE__ */ lazySchema(() => page(NetworkPartner))

/** A web address as typed: http(s) only (it becomes a link), or empty for none. */
const Website = /* @__PURE__ */ lazySchema(() => z.union([
  z.literal(''),
  z.string().trim().max(300).pipe(z.url({ protocol: /^https?$/, message: 'must be a web address (https://…)' })),
]))
/** An e-mail as typed, or empty for none (a partner's contact may be reached by phone only). */
const OptionalEmail = /* @__PURE__ */ lazySchema(() => z.union([z.literal(''), Email]))

const fields = {
  name: /* @__PURE__ */ lazySchema(() => singleLineText({ min: 2, max: 120 })),
  kinds: /* @__PURE__ */ lazySchema(() => z.array(NetworkPartnerKind).min(1, 'choose at least one kind').max(networkPartnerKinds.length)),
  services: /* @__PURE__ */ lazySchema(() => freeText({ max: 2000 })),
  locality: /* @__PURE__ */ lazySchema(() => singleLineText({ min: 1, max: 120 })),
  contactName: /* @__PURE__ */ lazySchema(() => singleLineText({ min: 0, max: 120 })),
  contactEmail: OptionalEmail,
  contactPhone: PhoneNumber,
  website: Website,
  active: /* @__PURE__ */ lazySchema(() => z.boolean()),
}

export const CreateNetworkPartner = /* @__PURE__ */ lazySchema(() => z.strictObject({
  ...fields,
  services: fields.services.default(''),
  contactName: fields.contactName.default(''),
  contactEmail: OptionalEmail.default(''),
  contactPhone: PhoneNumber.default(''),
  website: Website.default(''),
  active: z.boolean().default(true),
}))
export type CreateNetworkPartner = z.infer<typeof CreateNetworkPartner>

/** Changes to a network partner (send the version you read). */
export const UpdateNetworkPartner = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version,
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>
  },
}))
export type UpdateNetworkPartner = z.infer<typeof UpdateNetworkPartner>

/** The list of network partners, optionally only those of one kind, or only the active ones. */
export const NetworkPartnerQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  kind: NetworkPartnerKind.optional(),
  active: z.enum(['true', 'false']).optional(),
}))
export type NetworkPartnerQuery = z.infer<typeof NetworkPartnerQuery>

export const NetworkPartnerParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, networkPartnerId: Id }))
export const StaffReferralParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, networkPartnerId: Id }))
export const ReferralParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, personId: Id }))

/**
 * A job seeker referred by a partner user: identity, answers to the programme's mentee form (checked against it,
 * 422 `invalid-answers` naming each `answers.<fieldId>`), and the partner's note for the coordinators.
 */
export const CreateReferral = /* @__PURE__ */ lazySchema(() => z.strictObject({
  firstName: Name,
  lastName: Name,
  email: Email,
  phone: PhoneNumber.optional(),
  birthDate: IsoDate,
  answers: z.record(z.string().max(64), z.unknown()).refine((a) => Object.keys(a).length <= 200, 'has too many answers'),
  note: freeText({ max: 2000 }).default(''),
}))
export type CreateReferral = z.infer<typeof CreateReferral>

/**
 * What a partner sees of someone it referred: the pipeline stage they reached and when, its note, and only the
 * answers partners may see.
 */
export const ReferralView = /* @__PURE__ */ lazySchema(() => z.object({
  personId: Id,
  firstName: z.string(),
  lastName: z.string(),
  stage: z.enum(personStages),
  stageDate: IsoDateTime,
  note: z.string(),
  referredAt: IsoDateTime,
  updatedAt: IsoDateTime,
  answers: z.record(z.string(), StoredAnswer),
  /** Their duo, with only the facts the programme shares with partners (a fact not shared is absent); never the mentor. */
  duo: z.object({
    stage: z.enum(duoStates).optional(),
    meetings: z.number().int().min(0).optional(),
    outcome: z.object({ outcomeId: z.string(), outcomeClass: z.enum(outcomeClasses), countsAsEmployment: z.boolean(), endDate: IsoDate }).optional(),
  }).optional(),
}) satisfies z.ZodType<ReferralViewEntity>)
export type ReferralView = z.infer<typeof ReferralView>
export const ReferralViewPage = /* @__PURE__ */ lazySchema(() => page(ReferralView))

/**
 * A referral as staff list them by partner: the person's name and the stage they reached (and when), the partner's
 * note, who referred and when (staff read the whole person on the people routes). `referredByUserId` is absent for
 * someone staff entered themselves with the partner as `referredBy`.
 */
export const Referral = /* @__PURE__ */ lazySchema(() => z.object({
  programmeId: Id,
  personId: Id,
  networkPartnerId: Id,
  note: z.string(),
  referredByUserId: Id.optional(),
  createdAt: IsoDateTime,
  firstName: z.string(),
  lastName: z.string(),
  stage: z.enum(personStages),
  stageDate: IsoDateTime.optional(),
}))
export type Referral = z.infer<typeof Referral>
export const ReferralPage = /* @__PURE__ */ lazySchema(() => page(Referral))

/** The form a partner user fills to refer someone: the programme's mentee form in force, and its partner's name. */
export const ReferralForm = /* @__PURE__ */ lazySchema(() => z.object({
  programmeId: Id,
  programmeName: z.string(),
  networkPartnerId: Id,
  networkPartnerName: z.string(),
  rulesVersion: z.number().int().min(1),
  form: IntakeForm,
}))
export type ReferralForm = z.infer<typeof ReferralForm>
