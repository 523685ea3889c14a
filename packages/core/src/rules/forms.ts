/**
 * Intake forms: the questions a programme asks its mentors and its mentees (the seeds' "farde du mentor" and
 * "fiche mentee"). A person's data is the answers to their programme's form; identity (name, e-mail, phone, birth
 * date) stays first-class on the person.
 */

/** A text in the three interface languages, French first. */
export interface LocalizedText {
  fr: string
  en: string
  nl: string
}

export const fieldKinds = [
  'short-text', 'long-text', 'single-choice', 'multiple-choice', 'date', 'number', 'yes-no', 'email', 'phone',
  'locality', 'languages',
] as const
export type FieldKind = (typeof fieldKinds)[number]

/**
 * Who may read an answer: staff only, also the other side of a proposal (the profile sheet sent with it), or also
 * the partner organisation that referred the person.
 */
export const fieldVisibilities = ['staff', 'proposal', 'partner'] as const
export type FieldVisibility = (typeof fieldVisibilities)[number]

/** Language levels, CEFR-like as the seeds ask ("se débrouille en français"). */
export const languageLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const
export type LanguageLevel = (typeof languageLevels)[number]

/** One option of a choice field: a stable value (what is stored and matched) and its label in each language. */
export interface ChoiceOption {
  value: string
  label: LocalizedText
}

export interface FormField {
  /** Stable id: answers are stored under it and criteria point to it; never reused for another meaning. */
  id: string
  kind: FieldKind
  label: LocalizedText
  help?: LocalizedText
  required: boolean
  visibility: FieldVisibility
  /** single-choice and multiple-choice only. */
  options?: ChoiceOption[]
  /** number only: bounds of the accepted value. */
  min?: number
  max?: number
  /** Filled in by staff (a referral, an interview note): left out of the public application form. */
  staffOnly?: boolean
}

export interface FormSection {
  id: string
  title: LocalizedText
  fields: FormField[]
  /** Filled in by staff (the selection interview): left out of the public application form, whole. */
  staffOnly?: boolean
}

export interface IntakeForm {
  sections: FormSection[]
}

/** A language spoken (ISO 639-1 code, e.g. `fr`, `ar`, `ti`) with its level. */
export interface SpokenLanguage {
  code: string
  level: LanguageLevel
}

/**
 * The value of one answer, by field kind: texts, e-mail, phone, date (yyyy-mm-dd), locality (a Belgian locality
 * name as the gazetteer knows it) and single choice are strings; multiple choice is a list of option values;
 * number a number; yes/no a boolean; languages a list of {@link SpokenLanguage}.
 */
export type AnswerValue = string | number | boolean | string[] | SpokenLanguage[]

/** A person's answers by field id. */
export type Answers = Record<string, AnswerValue>

/**
 * Every field of a form, in order.
 *
 * @example
 * formFields({ sections: [{ id: 's', title, fields: [sector] }] }) // [sector]
 */
export function formFields(form: IntakeForm): FormField[] {
  return form.sections.flatMap((s) => s.fields)
}

/**
 * The form an applicant answers on the public page: without the sections and fields staff fill in.
 *
 * @example
 * applicantForm(rules.forms.mentee).sections.some((s) => s.id === 'interview') // false
 */
export function applicantForm(form: IntakeForm): IntakeForm {
  return {
    sections: form.sections
      .filter((s) => !s.staffOnly)
      .map((s) => ({ ...s, fields: s.fields.filter((f) => !f.staffOnly) }))
      .filter((s) => s.fields.length > 0),
  }
}

/**
 * A field of a form by id.
 *
 * @example
 * findField(form, 'sector')?.kind // 'single-choice'
 */
export function findField(form: IntakeForm, id: string): FormField | undefined {
  for (const s of form.sections) for (const f of s.fields) if (f.id === id) return f
  return undefined
}
