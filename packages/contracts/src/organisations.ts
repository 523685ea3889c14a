import * as z from 'zod'
import type { Membership, Organisation as OrganisationEntity } from '@binome/core'
import { Email, Id, IsoDateTime, Locale, MembershipRole, MembershipStatus, Name, Version, page } from './common'
import { singleLineText } from './text'
import { lazySchema } from './lazy-schema'

const OrganisationName = /* @__PURE__ */ lazySchema(() => singleLineText({ min: 2, max: 120 }))

/** Euros per hour, to the cent: what an hour of a mentor's working time is worth as skills sponsorship. */
export const HourlyRate = /* @__PURE__ */ lazySchema(() => z
  .number()
  .min(0)
  .max(1000)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { message: 'must have at most two decimals' }))

export const Organisation = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  name: z.string(),
  locale: Locale,
  contactEmail: z.string().nullable(),
  sponsorshipHourlyRate: z.number().nullable(),
  retentionMonths: z.number().int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<OrganisationEntity>)
export type Organisation = z.infer<typeof Organisation>
export const OrganisationPage = /* @__PURE__ */ lazySchema(() => page(Organisation))

export const CreateOrganisation = /* @__PURE__ */ lazySchema(() => z.strictObject({
  name: OrganisationName,
  locale: Locale.optional(),
  contactEmail: Email.nullable().optional(),
  /** The first admin, invited by e-mail when the organisation is created. */
  admin: z.strictObject({ email: Email, name: Name }).optional(),
}))
export type CreateOrganisation = z.infer<typeof CreateOrganisation>

export const UpdateOrganisation = /* @__PURE__ */ lazySchema(() => z.strictObject({
  name: OrganisationName.optional(),
  locale: Locale.optional(),
  contactEmail: Email.nullable().optional(),
  sponsorshipHourlyRate: HourlyRate.nullable().optional(),
  /** Months people are kept after their path ends before the daily sweep anonymises them. */
  retentionMonths: z.number().int().min(1).max(120).optional(),
  version: Version,
}))
export type UpdateOrganisation = z.infer<typeof UpdateOrganisation>

export const Member = /* @__PURE__ */ lazySchema(() => z.object({
  userId: Id,
  email: z.string(),
  name: z.string(),
  role: MembershipRole,
  /** For the role `partner`: the network partner the user refers people for. */
  networkPartnerId: Id.optional(),
  /** For the roles `mentor` and `mentee`: the person this account is, and their programme (the portal shows their duos). */
  personId: Id.optional(),
  programmeId: Id.optional(),
  status: MembershipStatus,
  invitedAt: IsoDateTime,
  joinedAt: IsoDateTime.nullable(),
  version: Version,
}) satisfies z.ZodType<Omit<Membership, 'orgId' | 'invitedBy'>>)
export type Member = z.infer<typeof Member>
export const MemberPage = /* @__PURE__ */ lazySchema(() => page(Member))

/**
 * A partner user (role `partner`) is invited for one of the organisation's network partners, and only they are; a
 * mentor or mentee for one person of a programme (of their side), and only they are.
 */
export const CreateInvitation = /* @__PURE__ */ lazySchema(() => z.strictObject({
  email: Email, name: Name, role: MembershipRole, networkPartnerId: Id.optional(), personId: Id.optional(), programmeId: Id.optional(),
}))
export type CreateInvitation = z.infer<typeof CreateInvitation>

export const UpdateMember = /* @__PURE__ */ lazySchema(() => z.strictObject({
  role: MembershipRole, networkPartnerId: Id.optional(), personId: Id.optional(), programmeId: Id.optional(), version: Version,
}))
export type UpdateMember = z.infer<typeof UpdateMember>

/** The platform operator's recovery of an organisation left without a reachable admin: who is to be its admin. */
export const AppointAdmin = /* @__PURE__ */ lazySchema(() => z.strictObject({
  email: Email,
  /** Used only to address the invitation when the person has no membership in the organisation yet. */
  name: Name,
}))
export type AppointAdmin = z.infer<typeof AppointAdmin>

/** The outcome of an appointment; deliberately without name or e-mail (the operator sees no personal data). */
export const AdminAppointment = /* @__PURE__ */ lazySchema(() => z.object({
  orgId: Id,
  userId: Id,
  role: MembershipRole,
  /** `active` when the person was already an active member; `invited` when they must accept first. */
  status: MembershipStatus,
}))
export type AdminAppointment = z.infer<typeof AdminAppointment>
