import type { FieldKind, FormField, IntakeForm, LocalizedText } from './forms'
import { findField } from './forms'

/**
 * A matching criterion as a programme configures it: the engine's criteria model (`@binome/matching`) plus, for
 * each side, the form field that feeds it. The worker turns these into the engine's criteria and each person's
 * answers into the engine's profiles.
 */
export const criterionKinds = ['geo', 'categorical', 'overlap', 'numeric', 'text'] as const
export type CriterionKind = (typeof criterionKinds)[number]

/**
 * The identity fields a criterion may also read. `birthDate` feeds a numeric criterion as the person's age in
 * years on the day the run starts.
 */
export const identitySources = ['birthDate'] as const
export type IdentitySource = (typeof identitySources)[number]

interface CriterionConfigBase {
  /** Stable id shown in explanations, e.g. `geo`, `sector`. */
  id: string
  label: LocalizedText
  /** Importance from 0 to 10. */
  weight: number
  /** A pair failing a mandatory criterion is never suggested. */
  mandatory: boolean
  /** Form field id (or identity source) on the mentee's side. */
  menteeField: string
  /** Form field id (or identity source) on the mentor's side. */
  mentorField: string
}

export interface GeoCriterionConfig extends CriterionConfigBase {
  kind: 'geo'
  maxKm: number
  bands?: Array<{ maxKm: number; credit: number }>
}

export interface CategoricalCriterionConfig extends CriterionConfigBase {
  kind: 'categorical'
  /** similarity[a][b] in [0, 1] between option values; equal values always score 1. */
  similarity?: Record<string, Record<string, number>>
}

export interface OverlapCriterionConfig extends CriterionConfigBase {
  kind: 'overlap'
  /** Shared values that earn full credit (default 1). */
  fullCreditAt?: number
}

export interface NumericCriterionConfig extends CriterionConfigBase {
  kind: 'numeric'
  tolerance?: number
  direction?: 'any' | 'mentor-older' | 'mentor-younger'
}

export interface TextCriterionConfig extends CriterionConfigBase {
  kind: 'text'
  fullCreditAt?: number
}

export type CriterionConfig =
  | GeoCriterionConfig | CategoricalCriterionConfig | OverlapCriterionConfig | NumericCriterionConfig | TextCriterionConfig

/** Which field kinds may feed each criterion kind. */
export const criterionFieldKinds: Record<CriterionKind, readonly FieldKind[]> = {
  geo: ['locality'],
  categorical: ['single-choice', 'short-text'],
  overlap: ['multiple-choice', 'languages'],
  numeric: ['number'],
  text: ['short-text', 'long-text'],
}

/** What is wrong with one criterion's fields, if anything. */
export interface CriterionFieldProblem {
  criterion: string
  side: 'mentee' | 'mentor'
  field: string
  problem: 'missing-field' | 'wrong-field-kind'
  /** For `wrong-field-kind`: the kind found and the kinds accepted. */
  found?: FieldKind
  accepted?: readonly FieldKind[]
}

function fieldProblem(
  c: CriterionConfig, side: 'mentee' | 'mentor', form: IntakeForm,
): CriterionFieldProblem | undefined {
  const id = side === 'mentee' ? c.menteeField : c.mentorField
  if (c.kind === 'numeric' && (identitySources as readonly string[]).includes(id)) return undefined
  const field: FormField | undefined = findField(form, id)
  if (!field) return { criterion: c.id, side, field: id, problem: 'missing-field' }
  const accepted = criterionFieldKinds[c.kind]
  if (!accepted.includes(field.kind)) return { criterion: c.id, side, field: id, problem: 'wrong-field-kind', found: field.kind, accepted }
  return undefined
}

/**
 * Criteria whose fields are missing from the forms or of a kind the criterion cannot read; empty when all fit.
 *
 * @example
 * criteriaFieldProblems(rules.criteria, rules.forms) // [{ criterion: 'sector', side: 'mentor', field: 'sectr', problem: 'missing-field' }]
 */
export function criteriaFieldProblems(
  criteria: readonly CriterionConfig[], forms: { mentee: IntakeForm; mentor: IntakeForm },
): CriterionFieldProblem[] {
  const problems: CriterionFieldProblem[] = []
  for (const c of criteria) {
    for (const side of ['mentee', 'mentor'] as const) {
      const p = fieldProblem(c, side, forms[side])
      if (p) problems.push(p)
    }
  }
  return problems
}
