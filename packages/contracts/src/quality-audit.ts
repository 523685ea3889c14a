import * as z from 'zod'
import { auditCriteria, auditGroups, auditVerdicts, type CriterionAudit } from '@binome/core'
import { Id, IsoDate, IsoDateTime, Locale } from './common'
import { lazySchema } from './lazy-schema'

/**
 * A programme's quality audit against Mentoring Belgium's 23 criteria (seed 003), on its rules and its recorded
 * practice over a period, and its one-page PDF.
 */
const criterionIds = auditCriteria.map((c) => c.id) as [(typeof auditCriteria)[number]['id'], ...(typeof auditCriteria)[number]['id'][]]

/** The period audited: both days included; by default the twelve months up to today. `from` after `to` is 400 naming `to`. */
export const QualityAuditQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** The PDF's language (the organisation's by default); the screen words its answer itself. */
  locale: Locale.optional(),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not be before from', params: { reason: 'end-before-start' } }))

const Verdict = /* @__PURE__ */ lazySchema(() => z.enum(auditVerdicts))
const Plane = /* @__PURE__ */ lazySchema(() => z.object({
  verdict: Verdict,
  /** Language-free evidence (counts, percentages, the rule's values) that interfaces put in words. */
  evidence: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The ids of the people or duos behind a gap (staff only: empty for a trainer). */
  subjects: z.array(Id).optional(),
}))
const Counts = /* @__PURE__ */ lazySchema(() => z.object({ met: z.number().int(), partly: z.number().int(), 'not-met': z.number().int(), 'no-data': z.number().int() }))

export const CriterionAuditView = /* @__PURE__ */ lazySchema(() => z.object({
  id: z.enum(criterionIds), group: z.enum(auditGroups), rules: Plane.nullable(), practice: Plane.nullable(), verdict: Verdict,
}) satisfies z.ZodType<CriterionAudit>)

/** Who an id behind a gap is: a duo (its mentee and mentor) or a person, for the screen to name and link. */
export const AuditSubjectView = /* @__PURE__ */ lazySchema(() => z.object({ id: Id, kind: z.enum(['duo', 'mentor', 'mentee']), name: z.string() }))

export const QualityAudit = /* @__PURE__ */ lazySchema(() => z.object({
  programmeId: Id,
  period: z.object({ from: IsoDate, to: IsoDate }),
  /** The version of the rules audited (the one in force). */
  rulesVersion: z.number().int().min(1),
  computedAt: IsoDateTime,
  criteria: z.array(CriterionAuditView),
  byGroup: z.record(z.enum(auditGroups), Counts),
  totals: Counts,
  /** Each id named behind a gap, once (staff only). */
  subjects: z.array(AuditSubjectView),
}))
export type QualityAudit = z.infer<typeof QualityAudit>

/** The audit's one page as a PDF (base64, as the other files the API hands out). */
export const QualityAuditPdf = /* @__PURE__ */ lazySchema(() => z.object({ filename: z.string(), contentType: z.literal('application/pdf'), base64: z.string() }))
