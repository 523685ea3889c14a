import * as z from 'zod'
import type { Organisation as OrganisationEntity } from '@binome/core'
import { Email, Id, IsoDateTime, Locale, MembershipRole, MembershipStatus, Name, Version, page } from './common'

export const Organisation = z.object({
  id: Id,
  name: z.string(),
  locale: Locale,
  contactEmail: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<OrganisationEntity>
export type Organisation = z.infer<typeof Organisation>
export const OrganisationPage = page(Organisation)

export const CreateOrganisation = z.strictObject({
  name: z.string().trim().min(2, 'must be at least 2 characters').max(120),
  locale: Locale.optional(),
  contactEmail: Email.nullable().optional(),
  /** The first admin, invited by e-mail when the organisation is created. */
  admin: z.strictObject({ email: Email, name: Name }).optional(),
})
export type CreateOrganisation = z.infer<typeof CreateOrganisation>

export const UpdateOrganisation = z.strictObject({
  name: z.string().trim().min(2, 'must be at least 2 characters').max(120).optional(),
  locale: Locale.optional(),
  contactEmail: Email.nullable().optional(),
  version: Version,
})
export type UpdateOrganisation = z.infer<typeof UpdateOrganisation>

export const Member = z.object({
  userId: Id,
  email: z.string(),
  name: z.string(),
  role: MembershipRole,
  status: MembershipStatus,
  invitedAt: IsoDateTime,
  joinedAt: IsoDateTime.nullable(),
  version: Version,
})
export type Member = z.infer<typeof Member>
export const MemberPage = page(Member)

export const CreateInvitation = z.strictObject({ email: Email, name: Name, role: MembershipRole })
export type CreateInvitation = z.infer<typeof CreateInvitation>

export const UpdateMember = z.strictObject({ role: MembershipRole, version: Version })
export type UpdateMember = z.infer<typeof UpdateMember>
