import * as z from 'zod'
import { programmeStatuses, type Programme as ProgrammeEntity } from '@binome/core'
import { freeText, singleLineText } from './text'
import { Id, IsoDate, IsoDateTime, Version, page } from './common'
import { ProgrammeStart } from './rules'
import { lazySchema } from './lazy-schema'

export const Programme = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  orgId: Id,
  name: z.string(),
  description: z.string(),
  status: z.enum(programmeStatuses),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  archivedAt: IsoDateTime.nullable(),
  /** The version of the programme's rules in force (`GET …/rules`); saving the rules moves it, not `version`. */
  rulesVersion: Version,
  version: Version,
}) satisfies z.ZodType<ProgrammeEntity>)
export type Programme = z.infer<typeof Programme>
export const ProgrammePage = /* @__PURE__ */ lazySchema(() => page(Programme))

const ProgrammeName = /* @__PURE__ */ lazySchema(() => singleLineText({ min: 2, max: 120 }))
const Description = /* @__PURE__ */ lazySchema(() => freeText({ max: 4000 }))

/** What an admin may set on a programme besides its name; all optional, the core fills defaults. How duos run is in its rules. */
const settableFields = {
  description: /* @__PURE__ */ lazySchema(() => Description.optional()),
  status: /* @__PURE__ */ lazySchema(() => z.enum(['draft', 'active']).optional()),
  startDate: /* @__PURE__ */ lazySchema(() => IsoDate.nullable().optional()),
  endDate: /* @__PURE__ */ lazySchema(() => IsoDate.nullable().optional()),
}

/** A new programme; `start` says where its first rules come from (blank when left out). */
export const CreateProgramme = /* @__PURE__ */ lazySchema(() => z.strictObject({ name: ProgrammeName, ...settableFields, start: ProgrammeStart.optional() }))
export type CreateProgramme = z.infer<typeof CreateProgramme>

export const UpdateProgramme = /* @__PURE__ */ lazySchema(() => z.strictObject({ name: ProgrammeName.optional(), ...settableFields, version: Version }))
export type UpdateProgramme = z.infer<typeof UpdateProgramme>

export const ArchiveProgramme = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version }))
export type ArchiveProgramme = z.infer<typeof ArchiveProgramme>

export const ProgrammeListQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  include: z.enum(['current', 'archived', 'all']).default('current'),
}))
export type ProgrammeListQuery = z.infer<typeof ProgrammeListQuery>

export const ProgrammeParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id }))
