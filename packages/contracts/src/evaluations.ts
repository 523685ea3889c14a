import * as z from 'zod'
import { evaluationMoments, evaluationStates } from '@binome/core'
import { Id, IsoDateTime, Version } from './common'
import { IntakeForm } from './rules'
import { lazySchema } from './lazy-schema'

/** An evaluation link's token: 32 url-safe characters (192 random bits), like the application forms'. */
export const EvaluationToken = /* @__PURE__ */ lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'must be an evaluation link token'))
export const EvaluationParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ token: EvaluationToken }))

const Side = /* @__PURE__ */ lazySchema(() => z.enum(['mentor', 'mentee']))
/** The answers as sent: checked against the questionnaire of the version sent (400 naming `answers.<fieldId>`). */
const AnswerValues = /* @__PURE__ */ lazySchema(() => z.record(z.string(), z.unknown()))

/** What a personal link opens, without an account: this person's questionnaire only, and whom it is about. */
export const PublicEvaluationView = /* @__PURE__ */ lazySchema(() => z.object({
  organisation: z.object({ name: z.string() }),
  programme: z.object({ name: z.string() }),
  side: Side,
  moment: z.enum(evaluationMoments),
  /** First names only: the person knows their duo; a link forwarded by mistake shows no more. */
  mentorFirstName: z.string(),
  menteeFirstName: z.string(),
  form: IntakeForm,
  expiresAt: IsoDateTime,
  state: z.enum(evaluationStates),
}))
export type PublicEvaluationView = z.infer<typeof PublicEvaluationView>

export const AnswerEvaluation = /* @__PURE__ */ lazySchema(() => z.strictObject({ answers: AnswerValues }))
export type AnswerEvaluation = z.infer<typeof AnswerEvaluation>

export const EvaluationAnswered = /* @__PURE__ */ lazySchema(() => z.object({ state: z.literal('answered'), answeredAt: IsoDateTime }))

/** One questionnaire as staff see it on the duo's page, with the questionnaire it was sent with (to label the answers). */
export const DuoEvaluation = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  duoId: Id,
  side: Side,
  moment: z.enum(evaluationMoments),
  state: z.enum(evaluationStates),
  rulesVersion: Version,
  sentAt: IsoDateTime,
  expiresAt: IsoDateTime,
  remindedAt: z.array(IsoDateTime),
  answeredAt: IsoDateTime.nullable(),
  answers: z.record(z.string(), z.unknown()).nullable(),
  /** The overall satisfaction given (1–5), when answered and the questionnaire has an `overall` rating. */
  satisfaction: z.number().nullable(),
  form: IntakeForm,
}))
export type DuoEvaluation = z.infer<typeof DuoEvaluation>
export const DuoEvaluationList = /* @__PURE__ */ lazySchema(() => z.object({ items: z.array(DuoEvaluation) }))
export type DuoEvaluationList = z.infer<typeof DuoEvaluationList>

const Count = /* @__PURE__ */ lazySchema(() => z.object({ sent: z.number().int().min(0), answered: z.number().int().min(0) }))
/** A programme's evaluation response rate per side: questionnaires sent and answered (the results read it too). */
export const EvaluationResponseRate = /* @__PURE__ */ lazySchema(() => z.object({ programmeId: Id, mentor: Count, mentee: Count }))
export type EvaluationResponseRate = z.infer<typeof EvaluationResponseRate>
