import * as z from 'zod'
import { exportJobStages, exportJobStates, outcomeClasses, type ProgrammeResults as CoreProgrammeResults, type ProgrammeSponsorship as CoreProgrammeSponsorship, type ResultsExportJob as CoreJob } from '@binome/core'
import { Id, IsoDate, Locale } from './common'
import { xlsxContentType } from './duo-life'
import { ExitOutcome } from './rules'
import { CompanySponsorship } from './companies'
import { lazySchema } from './lazy-schema'

/**
 * A programme's or an organisation's results (issue 11, stage 6): the dashboard funders ask for, for a period (what
 * happened in it) or a cohort (the duos started in it, followed to today).
 */
export const resultsBases = ['period', 'cohort'] as const
/** The files for funders: the dashboard as XLSX or PDF, and the duos one a line, anonymised, as CSV. */
export const resultsFormats = ['xlsx', 'pdf', 'csv'] as const
export const resultsContentTypes = [xlsxContentType, 'application/pdf', 'text/csv; charset=utf-8'] as const

/** `?basis=period|cohort&from=YYYY-MM-DD&to=YYYY-MM-DD`: the last 12 months, by period, when left out. */
const windowQuery = {
  basis: /* @__PURE__ */ lazySchema(() => z.enum(resultsBases).default('period')),
  from: /* @__PURE__ */ lazySchema(() => IsoDate.optional()),
  to: /* @__PURE__ */ lazySchema(() => IsoDate.optional()),
}
const ordered = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to
const notBefore = { path: ['to'], message: 'must not be before from' }
export const ResultsQuery = /* @__PURE__ */ lazySchema(() => z.strictObject(windowQuery).refine(ordered, notBefore))
/** The same window, and the language of the file (the organisation's by default). */
export const ResultsExportQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({ ...windowQuery, locale: Locale.optional(), format: z.enum(resultsFormats).default('xlsx') }).refine(ordered, notBefore))
/**
 * A programme's results as a file (base64, as the other files the API hands out): XLSX (a sheet per table), PDF (the
 * figures and charts) or the anonymised duo-level CSV.
 */
export const ResultsExport = /* @__PURE__ */ lazySchema(() => z.object({ filename: z.string(), contentType: z.enum(resultsContentTypes), base64: z.string() }))

const Rate = /* @__PURE__ */ lazySchema(() => z.object({ count: z.number().int().min(0), of: z.number().int().min(0), percent: z.number().int().nullable() }))

export const ProgrammeResults = /* @__PURE__ */ lazySchema(() => z.object({
  started: z.number().int().min(0), active: z.number().int().min(0), closed: z.number().int().min(0),
  positiveExits: Rate, employment: Rate,
  exitsByOutcome: z.array(z.object({ outcomeId: z.string(), class: z.enum(outcomeClasses), count: z.number().int().min(1) })),
  earlyEnds: Rate,
  medianDurationDays: z.number().nullable(),
  meetingsPerMonth: z.object({ average: z.number().nullable(), cadence: z.number() }),
  checkInsOnTime: Rate, evaluationResponses: Rate,
  satisfaction: z.number().nullable(),
}) satisfies z.ZodType<CoreProgrammeResults>)
export type ProgrammeResults = CoreProgrammeResults

/** The window the figures were computed for, as the query gave it or its defaults. */
const Window = { basis: /* @__PURE__ */ lazySchema(() => z.enum(resultsBases)), from: IsoDate, to: IsoDate, asOf: IsoDate }

/**
 * The skills sponsorship of the programme's mentors over the window, per employer (agreed hours a month × whole
 * months, at the organisation's hourly rate; values null when it set none).
 */
export const ProgrammeSponsorship = /* @__PURE__ */ lazySchema(() => z.object({
  hourlyRate: z.number().nullable(),
  companies: z.array(CompanySponsorship),
  totals: z.object({ mentors: z.number().int().min(0), hours: z.number().min(0), value: z.number().nullable() }),
}) satisfies z.ZodType<CoreProgrammeSponsorship>)
export type ProgrammeSponsorship = CoreProgrammeSponsorship

export const ProgrammeResultsReply = /* @__PURE__ */ lazySchema(() => z.object({
  ...Window, programmeId: Id, results: ProgrammeResults,
  sponsorship: ProgrammeSponsorship,
  /** The programme's outcomes in force, for their labels (a closed duo keeps the outcome id it was closed with). */
  outcomes: z.array(ExitOutcome),
}))
export type ProgrammeResultsReply = z.infer<typeof ProgrammeResultsReply>

export const OrganisationResultsReply = /* @__PURE__ */ lazySchema(() => z.object({
  ...Window,
  /** Every programme's duos together (meetings per month against the mean of the programmes' cadences). */
  total: ProgrammeResults,
  programmes: z.array(z.object({ programmeId: Id, name: z.string(), results: ProgrammeResults })),
  /** Every programme's outcomes, each id once. */
  outcomes: z.array(ExitOutcome),
}))
export type OrganisationResultsReply = z.infer<typeof OrganisationResultsReply>

/**
 * A results export to make in the background (issue 11): the format, the window (the last 12 months by period when
 * left out) and the file's language (the organisation's by default).
 */
export const CreateResultsExport = /* @__PURE__ */ lazySchema(() => z.strictObject({ format: z.enum(resultsFormats), ...windowQuery, locale: Locale.optional() }).refine(ordered, notBefore))
/** The results files' retention, for the bucket's lifecycle rule (infra reads the core through the contracts). */
export { exportFileRetentionDays, exportFilesPrefix } from '@binome/core'

export const ExportJobParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, jobId: Id }))
export const OrganisationExportJobParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, jobId: Id }))

/** A background export as staff see it: its state and progress, then the file's name and size once done. */
export const ResultsExportJob = /* @__PURE__ */ lazySchema(() => z.object({
  /** null for the whole organisation's file. */
  id: Id, programmeId: Id.nullable(), format: z.enum(resultsFormats), basis: z.enum(resultsBases), from: IsoDate, to: IsoDate, asOf: IsoDate, locale: Locale,
  state: z.enum(exportJobStates),
  progress: z.object({ stage: z.enum(exportJobStages), percent: z.number().int().min(0).max(100) }),
  file: z.object({ filename: z.string(), contentType: z.string(), size: z.number().int().min(0) }).nullable(),
  failed: z.boolean(),
  createdAt: z.string(), updatedAt: z.string(),
}))
export type ResultsExportJob = z.infer<typeof ResultsExportJob>

/**
 * What staff may see of a stored job: not the documents key, not who asked, not the operator's error text.
 *
 * @example
 * exportJobView(job) // { id, state: 'running', progress: { stage: 'writing', percent: 60 }, file: null, failed: false, … }
 */
export function exportJobView(j: CoreJob): ResultsExportJob {
  return {
    id: j.id, programmeId: j.programmeId, format: j.format, basis: j.basis, from: j.from, to: j.to, asOf: j.asOf, locale: j.locale,
    state: j.state, progress: j.progress, failed: j.state === 'failed',
    file: j.file && { filename: j.file.filename, contentType: j.file.contentType, size: j.file.size },
    createdAt: j.createdAt, updatedAt: j.updatedAt,
  }
}
