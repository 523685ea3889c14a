import * as z from 'zod'
import {
  agreementStatuses, maxHoursPerMonth, type AgreementStatus as CoreAgreementStatus, type Company as CompanyEntity,
  type CompanySponsorship as CompanySponsorshipEntity, type Employment as EmploymentEntity, personStages,
} from '@binome/core'
import { Email, Id, IsoDate, IsoDateTime, Version, page } from './common'
import { freeText, singleLineText } from './text'
import { lazySchema } from './lazy-schema'

export const AgreementStatus = /* @__PURE__ */ lazySchema(() => z.enum(agreementStatuses))
export type AgreementStatus = CoreAgreementStatus

const CompanyName = /* @__PURE__ */ lazySchema(() => singleLineText({ min: 2, max: 120 }))
const ShortText = /* @__PURE__ */ lazySchema(() => singleLineText({ min: 0, max: 200 }))

export const Company = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  orgId: Id,
  name: z.string(),
  sector: z.string(),
  address: z.string(),
  locality: z.string(),
  contactName: z.string(),
  contactEmail: z.string().nullable(),
  notes: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<CompanyEntity>)
export type Company = z.infer<typeof Company>
export const CompanyPage = /* @__PURE__ */ lazySchema(() => page(Company))

const companyFields = {
  sector: /* @__PURE__ */ lazySchema(() => ShortText.optional()),
  address: /* @__PURE__ */ lazySchema(() => ShortText.optional()),
  locality: /* @__PURE__ */ lazySchema(() => ShortText.optional()),
  contactName: /* @__PURE__ */ lazySchema(() => ShortText.optional()),
  contactEmail: /* @__PURE__ */ lazySchema(() => Email.nullable().optional()),
  notes: /* @__PURE__ */ lazySchema(() => freeText({ max: 2000 }).optional()),
}
export const CreateCompany = /* @__PURE__ */ lazySchema(() => z.strictObject({ name: CompanyName, ...companyFields }))
export type CreateCompany = z.infer<typeof CreateCompany>
export const UpdateCompany = /* @__PURE__ */ lazySchema(() => z.strictObject({ name: CompanyName.optional(), ...companyFields, version: Version }))
export type UpdateCompany = z.infer<typeof UpdateCompany>

export const CompanyParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, companyId: Id }))
export const VersionQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: z.coerce.number().int().min(1) }))

/** Hours per month, by half hours (a meeting is often 1 h 30). */
const HoursPerMonth = /* @__PURE__ */ lazySchema(() => z
  .number()
  .min(0)
  .max(maxHoursPerMonth)
  .refine((v) => Number.isInteger(v * 2), { message: 'must be a whole or half number of hours' }))

export const Employment = /* @__PURE__ */ lazySchema(() => z.object({
  orgId: Id,
  programmeId: Id,
  personId: Id,
  companyId: Id,
  agreement: AgreementStatus,
  agreementDate: IsoDate.nullable(),
  hoursPerMonth: z.number(),
  startDate: IsoDate,
  endDate: IsoDate.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<EmploymentEntity>)
export type Employment = z.infer<typeof Employment>

/** A mentor's employment as staff state it; without `version` it is created, with it the stored one is replaced. */
export const PutEmployment = /* @__PURE__ */ lazySchema(() => z.strictObject({
  companyId: Id,
  agreement: AgreementStatus,
  agreementDate: IsoDate.nullable().optional(),
  hoursPerMonth: HoursPerMonth,
  startDate: IsoDate,
  endDate: IsoDate.nullable().optional(),
  version: Version.optional(),
}))
export type PutEmployment = z.infer<typeof PutEmployment>

/** The period a report covers: up to `until` (default today), from `from` when given. */
export const SponsorshipQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({ from: IsoDate.optional(), until: IsoDate.optional() }))
export type SponsorshipQuery = z.infer<typeof SponsorshipQuery>

export const CompanySponsorship = /* @__PURE__ */ lazySchema(() => z.object({
  companyId: Id,
  name: z.string(),
  sector: z.string(),
  locality: z.string(),
  mentors: z.number().int(),
  agreed: z.number().int(),
  pending: z.number().int(),
  refused: z.number().int(),
  hoursPerMonth: z.number(),
  hours: z.number(),
  value: z.number().nullable(),
}) satisfies z.ZodType<CompanySponsorshipEntity>)
export type CompanySponsorship = z.infer<typeof CompanySponsorship>

const Period = { from: /* @__PURE__ */ lazySchema(() => IsoDate.nullable()), until: IsoDate, hourlyRate: /* @__PURE__ */ lazySchema(() => z.number().nullable()) }

/** Every company of the organisation with its skills sponsorship over the period (the list and the export). */
export const SponsorshipReport = /* @__PURE__ */ lazySchema(() => z.object({
  ...Period,
  items: z.array(CompanySponsorship),
  totals: z.object({ mentors: z.number().int(), hours: z.number(), value: z.number().nullable() }),
}))
export type SponsorshipReport = z.infer<typeof SponsorshipReport>

/** One mentor of a company, in one programme, with what their agreement gives over the period. */
export const CompanyMentor = /* @__PURE__ */ lazySchema(() => Employment.extend({
  /** Null when the person is no longer in the programme or was erased. */
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  /** Where the mentor stands in the programme's pipeline; null, like the names, when they are no longer in it. */
  stage: z.enum(personStages).nullable(),
  programmeName: z.string().nullable(),
  hours: z.number(),
  value: z.number().nullable(),
}))
export type CompanyMentor = z.infer<typeof CompanyMentor>

/** A company's page: the company, its sponsorship over the period, its mentors across programmes. */
export const CompanyDetail = /* @__PURE__ */ lazySchema(() => z.object({
  ...Period,
  company: Company,
  sponsorship: CompanySponsorship,
  mentors: z.array(CompanyMentor),
}))
export type CompanyDetail = z.infer<typeof CompanyDetail>
