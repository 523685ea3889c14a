import * as z from 'zod'
import {
  checklistKinds, checklistStatuses, methodStages, methodologyTemplateIds, type MethodologyTemplateId as CoreMethodologyId,
  type PartnerSummary as PartnerSummaryEntity, type PartnershipView as PartnershipViewEntity,
} from '@binome/core'
import { Email, Id, IsoDate, IsoDateTime, Locale, MembershipStatus, Name, Version, page } from './common'
import { Organisation } from './organisations'
import { Programme } from './programmes'
import { RulesVersion } from './rules'
import { freeText, singleLineText } from './text'
import { lazySchema } from './lazy-schema'

export const MethodologyId = /* @__PURE__ */ lazySchema(() => z.enum(methodologyTemplateIds))
export type MethodologyId = CoreMethodologyId
const Notes = /* @__PURE__ */ lazySchema(() => freeText({ max: 2000 }))

export const ChecklistItem = /* @__PURE__ */ lazySchema(() => z.object({
  id: z.string(),
  kind: z.enum(checklistKinds),
  stage: z.enum(methodStages).nullable(),
  status: z.enum(checklistStatuses),
  plannedDate: IsoDate.nullable(),
  doneDate: IsoDate.nullable(),
  notes: z.string(),
}))

const Progress = /* @__PURE__ */ lazySchema(() => z.object({ done: z.number().int().min(0), total: z.number().int().min(0) }))

/** A partnership as its trainer reads it: the record, its checklist, progress and whether its admin accepted. */
export const Partnership = /* @__PURE__ */ lazySchema(() => z.object({
  orgId: Id,
  partnerOrgId: Id,
  partnerName: z.string(),
  methodologyId: MethodologyId,
  adminUserId: Id,
  adminEmail: z.string(),
  adminName: z.string(),
  createdBy: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  items: z.array(ChecklistItem),
  version: Version,
  progress: Progress,
  adminStatus: MembershipStatus.nullable(),
}) satisfies z.ZodType<PartnershipViewEntity>)
export type Partnership = z.infer<typeof Partnership>

/** One line of the trainer's overview. */
export const PartnerSummary = /* @__PURE__ */ lazySchema(() => z.object({
  partnerOrgId: Id,
  partnerName: z.string(),
  methodologyId: MethodologyId,
  adminName: z.string(),
  adminEmail: z.string(),
  adminStatus: MembershipStatus.nullable(),
  progress: Progress,
  nextPlanned: ChecklistItem.pick({ id: true, kind: true, stage: true, plannedDate: true }).nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<PartnerSummaryEntity>)
export type PartnerSummary = z.infer<typeof PartnerSummary>
export const PartnerSummaryPage = /* @__PURE__ */ lazySchema(() => page(PartnerSummary))

/** A trainer creates the partner organisation from a methodology template and invites its first admin. */
export const CreatePartner = /* @__PURE__ */ lazySchema(() => z.strictObject({
  name: singleLineText({ min: 2, max: 120 }),
  methodologyId: MethodologyId,
  locale: Locale.optional(),
  admin: z.strictObject({ email: Email, name: Name }),
}))
export type CreatePartner = z.infer<typeof CreatePartner>

export const UpdateChecklistItem = /* @__PURE__ */ lazySchema(() => z.strictObject({
  status: z.enum(checklistStatuses).optional(),
  plannedDate: IsoDate.nullable().optional(),
  doneDate: IsoDate.nullable().optional(),
  notes: Notes.optional(),
  version: Version,
}))
export type UpdateChecklistItem = z.infer<typeof UpdateChecklistItem>

export const AddFieldSession = /* @__PURE__ */ lazySchema(() => z.strictObject({
  plannedDate: IsoDate.nullable().optional(),
  notes: Notes.optional(),
  version: Version,
}))
export type AddFieldSession = z.infer<typeof AddFieldSession>

/**
 * What a trainer sees of a partner: its organisation, its programmes and their rules, read through the partnership —
 * never its members, people, matching runs or alerts.
 */
export const PartnerConfiguration = /* @__PURE__ */ lazySchema(() => z.object({
  organisation: Organisation,
  /** Each programme with its rules in force. */
  programmes: z.array(Programme.extend({ rules: RulesVersion })),
}))
export type PartnerConfiguration = z.infer<typeof PartnerConfiguration>

export const PartnerParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, partnerId: Id }))
export const ChecklistItemParams = /* @__PURE__ */ lazySchema(() => z.strictObject({
  orgId: Id,
  partnerId: Id,
  itemId: z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be a checklist item id'),
}))
