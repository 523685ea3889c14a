import * as z from 'zod'
import { outcomeClasses, type ProgrammeResults as CoreProgrammeResults } from '@binome/core'
import { Id, IsoDate } from './common'
import { ExitOutcome } from './rules'

/**
 * A programme's or an organisation's results (issue 11, stage 6): the dashboard funders ask for, for a period (what
 * happened in it) or a cohort (the duos started in it, followed to today).
 */
export const resultsBases = ['period', 'cohort'] as const

/** `?basis=period|cohort&from=YYYY-MM-DD&to=YYYY-MM-DD`: the last 12 months, by period, when left out. */
export const ResultsQuery = z.strictObject({
  basis: z.enum(resultsBases).default('period'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not be before from' })

const Rate = z.object({ count: z.number().int().min(0), of: z.number().int().min(0), percent: z.number().int().nullable() })

export const ProgrammeResults = z.object({
  started: z.number().int().min(0), active: z.number().int().min(0), closed: z.number().int().min(0),
  positiveExits: Rate, employment: Rate,
  exitsByOutcome: z.array(z.object({ outcomeId: z.string(), class: z.enum(outcomeClasses), count: z.number().int().min(1) })),
  earlyEnds: Rate,
  medianDurationDays: z.number().nullable(),
  meetingsPerMonth: z.object({ average: z.number().nullable(), cadence: z.number() }),
  checkInsOnTime: Rate, evaluationResponses: Rate,
  satisfaction: z.number().nullable(),
}) satisfies z.ZodType<CoreProgrammeResults>
export type ProgrammeResults = CoreProgrammeResults

/** The window the figures were computed for, as the query gave it or its defaults. */
const Window = { basis: z.enum(resultsBases), from: IsoDate, to: IsoDate, asOf: IsoDate }

export const ProgrammeResultsReply = z.object({
  ...Window, programmeId: Id, results: ProgrammeResults,
  /** The programme's outcomes in force, for their labels (a closed duo keeps the outcome id it was closed with). */
  outcomes: z.array(ExitOutcome),
})
export type ProgrammeResultsReply = z.infer<typeof ProgrammeResultsReply>

export const OrganisationResultsReply = z.object({
  ...Window,
  /** Every programme's duos together (meetings per month against the mean of the programmes' cadences). */
  total: ProgrammeResults,
  programmes: z.array(z.object({ programmeId: Id, name: z.string(), results: ProgrammeResults })),
  /** Every programme's outcomes, each id once. */
  outcomes: z.array(ExitOutcome),
})
export type OrganisationResultsReply = z.infer<typeof OrganisationResultsReply>
