import * as z from 'zod'
import {
  criterionKinds, evaluationMoments, fieldKinds, fieldVisibilities, firstMeetingPlaces, isSafeText, methodologyTemplateIds,
  outcomeClasses, templateKinds,
  type Cadences as CoreCadences, type ChoiceOption as CoreChoiceOption, type CriterionConfig as CoreCriterionConfig,
  type DocumentTemplate as CoreDocumentTemplate, type EligibilityItem as CoreEligibilityItem,
  type ExitOutcome as CoreExitOutcome, type FormField as CoreFormField, type FormSection as CoreFormSection,
  type IntakeForm as CoreIntakeForm, type LocalizedText as CoreLocalizedText, type ProgrammeRules as CoreProgrammeRules,
  type RulesChange as CoreRulesChange, type RulesVersion as CoreRulesVersion, type PrivacyNotice as CorePrivacyNotice,
} from '@binome/core'
import { Id, IsoDateTime, Version, page } from './common'

/**
 * The core's checks of the rules as a whole, for the screens to run before saving. Exported here with the schemas
 * rather than from ./from-core, which the light vocabulary entry (the sign-in page) also carries.
 */
export { checkRules, criteriaIssues, methodologyTemplateIds, rulesIssues } from '@binome/core'
import { freeText, singleLineText } from './text'
import { lazySchema } from './lazy-schema'

/**
 * A programme's rules as the API takes and gives them. Shapes, types and sizes are checked here (400 at the edge);
 * how the parts fit together (unique ids, choice fields with options, criteria reading fields of the right kind) is
 * the core's `checkRules` (422), run on the whole result of every save.
 *
 * Sizes are bounded so that one version stays well inside a DynamoDB item (400 KB). A request also stays within the
 * API's 64 KB body limit (functions/src/shared/app.ts): screens save one part at a time (`PATCH …/rules`). Raising
 * that limit for the rules routes was tried: the local server then closes the connection on bodies of a few hundred
 * KB before answering 413, which the bad-input suite sees as a reset, so it waits for the local server to drain them.
 */
export const rulesLimits = {
  labelLength: 200,
  helpLength: 1000,
  sectionsPerForm: 20,
  fieldsPerSection: 60,
  optionsPerField: 100,
  criteria: 30,
  similarityValues: 100,
  eligibilityItems: 40,
  outcomes: 30,
  /** An e-mail subject's Liquid source: room for a subject in each of the three languages behind `{% case locale %}`. */
  subjectLength: 600,
  /** One template's Liquid source, in characters (a signed contract of several pages is ~15,000). */
  templateBodyLength: 30_000,
  noteLength: 500,
} as const

/** A stable id inside the rules (a field, a section, a criterion...): what answers and criteria point to. */
export const RuleId = /* @__PURE__ */ lazySchema(() => z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'must start with a letter and hold only letters, digits, - and _ (64 at most)'))
/** An option's stored value. */
const OptionValue = /* @__PURE__ */ lazySchema(() => z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'must hold only letters, digits, ., - and _ (64 at most)'))

const Label = /* @__PURE__ */ lazySchema(() => singleLineText({ min: 1, max: rulesLimits.labelLength }))
const Help = /* @__PURE__ */ lazySchema(() => freeText({ max: rulesLimits.helpLength }))

export const LocalizedText = /* @__PURE__ */ lazySchema(() => z.strictObject({ fr: Label, en: Label, nl: Label }) satisfies z.ZodType<CoreLocalizedText>)
/** The core's type, under the schema's name. */
export type LocalizedText = CoreLocalizedText
const LocalizedHelp = /* @__PURE__ */ lazySchema(() => z.strictObject({ fr: Help, en: Help, nl: Help }) satisfies z.ZodType<CoreLocalizedText>)

export const ChoiceOption = /* @__PURE__ */ lazySchema(() => z.strictObject({ value: OptionValue, label: LocalizedText }) satisfies z.ZodType<CoreChoiceOption>)
/** The core's type, under the schema's name. */
export type ChoiceOption = CoreChoiceOption

export const FormField = /* @__PURE__ */ lazySchema(() => z.strictObject({
  id: RuleId,
  kind: z.enum(fieldKinds),
  label: LocalizedText,
  help: LocalizedHelp.optional(),
  required: z.boolean(),
  visibility: z.enum(fieldVisibilities),
  options: z.array(ChoiceOption).max(rulesLimits.optionsPerField).optional(),
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  staffOnly: z.boolean().optional(),
}) satisfies z.ZodType<CoreFormField>)
/** The core's type, under the schema's name. */
export type FormField = CoreFormField

export const FormSection = /* @__PURE__ */ lazySchema(() => z.strictObject({
  id: RuleId,
  title: LocalizedText,
  fields: z.array(FormField).max(rulesLimits.fieldsPerSection),
  staffOnly: z.boolean().optional(),
}) satisfies z.ZodType<CoreFormSection>)
/** The core's type, under the schema's name. */
export type FormSection = CoreFormSection

export const IntakeForm = /* @__PURE__ */ lazySchema(() => z.strictObject({
  sections: z.array(FormSection).max(rulesLimits.sectionsPerForm),
}) satisfies z.ZodType<CoreIntakeForm>)
/** The core's type, under the schema's name. */
export type IntakeForm = CoreIntakeForm

const Weight = /* @__PURE__ */ lazySchema(() => z.number().min(0).max(10))
const criterionBase = {
  id: RuleId,
  label: LocalizedText,
  weight: Weight,
  mandatory: /* @__PURE__ */ lazySchema(() => z.boolean()),
  menteeField: RuleId,
  mentorField: RuleId,
}
const Credit = /* @__PURE__ */ lazySchema(() => z.number().min(0).max(1))
const FullCreditAt = /* @__PURE__ */ lazySchema(() => z.number().int().min(1).max(20))

export const CriterionConfig = /* @__PURE__ */ lazySchema(() => z.discriminatedUnion('kind', [
  z.strictObject({
    ...criterionBase,
    kind: z.literal('geo'),
    maxKm: z.number().positive().max(500),
    bands: z.array(z.strictObject({ maxKm: z.number().positive().max(500), credit: Credit })).max(10).optional(),
  }),
  z.strictObject({
    ...criterionBase,
    kind: z.literal('categorical'),
    similarity: z
      .record(OptionValue, z.record(OptionValue, Credit))
      .refine((t) => Object.keys(t).length <= rulesLimits.similarityValues && Object.values(t).every((row) => Object.keys(row).length <= rulesLimits.similarityValues), {
        message: `at most ${rulesLimits.similarityValues} values on each side`,
      })
      .optional(),
  }),
  z.strictObject({ ...criterionBase, kind: z.literal('overlap'), fullCreditAt: FullCreditAt.optional() }),
  z.strictObject({
    ...criterionBase,
    kind: z.literal('numeric'),
    tolerance: z.number().min(0).max(100).optional(),
    direction: z.enum(['any', 'mentor-older', 'mentor-younger']).optional(),
  }),
  z.strictObject({ ...criterionBase, kind: z.literal('text'), fullCreditAt: FullCreditAt.optional() }),
]) satisfies z.ZodType<CoreCriterionConfig>)
/** The core's type, under the schema's name. */
export type CriterionConfig = CoreCriterionConfig
// Every criterion kind of the core has its schema above (a new kind fails to compile here until it has one).
const _allKinds: Record<(typeof criterionKinds)[number], true> = { geo: true, categorical: true, overlap: true, numeric: true, text: true }
void _allKinds

export const EligibilityItem = /* @__PURE__ */ lazySchema(() => z.strictObject({
  id: RuleId,
  side: z.enum(['mentor', 'mentee']),
  label: LocalizedText,
  help: LocalizedHelp.optional(),
  blocking: z.boolean(),
}) satisfies z.ZodType<CoreEligibilityItem>)
/** The core's type, under the schema's name. */
export type EligibilityItem = CoreEligibilityItem

const whole = (min: number, max: number) => z.number().int().min(min).max(max)
export const Cadences = /* @__PURE__ */ lazySchema(() => z.strictObject({
  durationMonthsMin: whole(1, 36),
  durationMonthsMax: whole(1, 36),
  meetingsPerMonth: whole(1, 12),
  meetingMinutes: whole(15, 480),
  checkInEveryWeeks: whole(1, 52),
  peerMeetingEveryWeeks: whole(1, 52),
  proposalAnswerDays: whole(1, 60),
  firstMeetingWithinDays: whole(1, 120),
  evaluationsAt: z.array(z.enum(evaluationMoments)).max(evaluationMoments.length)
    .refine((m) => new Set(m).size === m.length, { message: 'must not name a moment twice' }),
  firstMeetingPlace: z.enum(firstMeetingPlaces),
  mentorCapacity: whole(1, 10),
  trainingRequiredBeforeMatching: z.boolean(),
}) satisfies z.ZodType<CoreCadences>)
/** The core's type, under the schema's name. */
export type Cadences = CoreCadences

export const ExitOutcome = /* @__PURE__ */ lazySchema(() => z.strictObject({
  id: RuleId,
  class: z.enum(outcomeClasses),
  countsAsEmployment: z.boolean(),
  label: LocalizedText,
}) satisfies z.ZodType<CoreExitOutcome>)
/** The core's type, under the schema's name. */
export type ExitOutcome = CoreExitOutcome

/** Liquid source is kept as written (no trimming): only characters that could hide text are refused. */
const TemplateBody = /* @__PURE__ */ lazySchema(() => z.string().max(rulesLimits.templateBodyLength)
  .refine((s) => isSafeText(s, { multiLine: true }), { message: 'must not contain control characters or invisible direction marks', params: { reason: 'unsafe-text' } }))

export const DocumentTemplate = /* @__PURE__ */ lazySchema(() => z.strictObject({
  kind: z.enum(templateKinds),
  parties: z.enum(['bipartite', 'tripartite']).optional(),
  subject: singleLineText({ min: 1, max: rulesLimits.subjectLength }).optional(),
  body: TemplateBody,
}) satisfies z.ZodType<CoreDocumentTemplate>)
/** The core's type, under the schema's name. */
export type DocumentTemplate = CoreDocumentTemplate

const PurposeText = /* @__PURE__ */ lazySchema(() => freeText({ max: 2000 }).refine((s) => s.length > 0, 'is required'))
/** The privacy notice shown on the public application forms (its `version` raised when its words change). */
export const PrivacyNotice = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: z.number().int().min(0).max(999_999),
  purpose: z.strictObject({ fr: PurposeText, en: PurposeText, nl: PurposeText }),
}) satisfies z.ZodType<CorePrivacyNotice>)

/** The parts of a programme's rules, each savable on its own (`PATCH …/rules`). */
export const rulesParts = {
  forms: /* @__PURE__ */ lazySchema(() => z.strictObject({ mentor: IntakeForm, mentee: IntakeForm })),
  criteria: /* @__PURE__ */ lazySchema(() => z.array(CriterionConfig).max(rulesLimits.criteria)),
  eligibility: /* @__PURE__ */ lazySchema(() => z.array(EligibilityItem).max(rulesLimits.eligibilityItems)),
  cadences: Cadences,
  outcomes: /* @__PURE__ */ lazySchema(() => z.array(ExitOutcome).max(rulesLimits.outcomes)),
  templates: /* @__PURE__ */ lazySchema(() => z.array(DocumentTemplate).max(templateKinds.length)),
  // Optional: rules saved before notices existed have none (the platform's default notice stands in).
  privacy: /* @__PURE__ */ lazySchema(() => PrivacyNotice.optional()),
  // Optional: rules saved before partners were informed have none (`defaultPartnerSharing` stands in).
  partnerSharing: /* @__PURE__ */ lazySchema(() => z.strictObject({ stage: z.boolean(), meetings: z.boolean(), outcome: z.boolean() }).optional()),
  // Optional: rules saved before questionnaires existed send the standard ones (the core's defaultEvaluationForm).
  evaluationForms: /* @__PURE__ */ lazySchema(() => z.strictObject({ mentor: IntakeForm, mentee: IntakeForm }).optional()),
}
export const rulesPartNames = Object.keys(rulesParts) as (keyof typeof rulesParts)[]

export const ProgrammeRules = /* @__PURE__ */ lazySchema(() => z.strictObject(rulesParts) satisfies z.ZodType<CoreProgrammeRules>)
/** The core's type, under the schema's name. */
export type ProgrammeRules = CoreProgrammeRules

const RulesOrigin = /* @__PURE__ */ lazySchema(() => z.object({ kind: z.enum(['template', 'copy', 'blank']), from: z.string().optional() }))

export const RulesVersion = /* @__PURE__ */ lazySchema(() => z.object({
  orgId: Id,
  programmeId: Id,
  version: Version,
  rules: ProgrammeRules,
  origin: RulesOrigin.optional(),
  createdBy: z.string(),
  createdAt: IsoDateTime,
  note: z.string(),
}) satisfies z.ZodType<CoreRulesVersion>)
/** The core's type, under the schema's name. */
export type RulesVersion = CoreRulesVersion

/** A version in the history: who saved it, when and why, without the rules themselves. */
export const RulesVersionSummary = /* @__PURE__ */ lazySchema(() => RulesVersion.omit({ rules: true }))
export const RulesVersionPage = /* @__PURE__ */ lazySchema(() => page(RulesVersionSummary))

export const RulesChange = /* @__PURE__ */ lazySchema(() => z.object({
  path: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
}) satisfies z.ZodType<CoreRulesChange>)
/** The core's type, under the schema's name. */
export type RulesChange = CoreRulesChange

export const RulesDiff = /* @__PURE__ */ lazySchema(() => z.object({ from: Version, to: Version, changes: z.array(RulesChange) }))
export type RulesDiff = z.infer<typeof RulesDiff>

const Note = /* @__PURE__ */ lazySchema(() => freeText({ max: rulesLimits.noteLength }))

/** Saves the whole rules; `version` is the rules version the editor read (the programme's `rulesVersion`). */
export const SaveRules = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version, rules: ProgrammeRules, note: Note.optional() }))
export type SaveRules = z.infer<typeof SaveRules>

/** Saves some parts (a screen's tab); the others are kept from the version read, and the whole result is checked. */
export const PatchRules = /* @__PURE__ */ lazySchema(() => z
  .strictObject({
    version: Version,
    note: Note.optional(),
    forms: rulesParts.forms.optional(),
    criteria: rulesParts.criteria.optional(),
    eligibility: rulesParts.eligibility.optional(),
    cadences: rulesParts.cadences.optional(),
    outcomes: rulesParts.outcomes.optional(),
    templates: rulesParts.templates.optional(),
    privacy: rulesParts.privacy,
    partnerSharing: rulesParts.partnerSharing,
    evaluationForms: rulesParts.evaluationForms,
  })
  .refine((b) => rulesPartNames.some((part) => b[part] !== undefined), {
    message: `must change at least one of ${rulesPartNames.join(', ')}`,
  }))
export type PatchRules = z.infer<typeof PatchRules>

const VersionNumber = /* @__PURE__ */ lazySchema(() => z.coerce.number().int().min(1).max(999_999_999))

export const RulesVersionParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, version: VersionNumber }))
export const RulesDiffQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({ from: VersionNumber, to: VersionNumber }))

/**
 * Where a new programme's rules come from: a methodology template, a copy of another programme of the same
 * organisation (its rules in force), or blank (the default).
 */
export const ProgrammeStart = /* @__PURE__ */ lazySchema(() => z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('template'), templateId: z.enum(methodologyTemplateIds) }),
  z.strictObject({ from: z.literal('copy'), programmeId: Id }),
  z.strictObject({ from: z.literal('blank') }),
]))
export type ProgrammeStart = z.infer<typeof ProgrammeStart>
