import * as z from 'zod'
import { formFields, spokenLanguageCodes, languageLevels, type Answers, type FormField, type IntakeForm } from '@binome/core'
import { Email } from './common'
import { freeText, singleLineText } from './text'
import { lazySchema } from './lazy-schema'

/** Limits of the answers a person may give, whatever the form. */
export const answerLimits = { shortText: 200, longText: 4000, locality: 100, languages: 30, phone: 32, number: 1e12 } as const

/** What the server knows beyond the form: whether a locality name is one the gazetteer resolves. */
export interface AnswersContext {
  isKnownLocality?: (name: string) => boolean
}

/** The refusal of a custom check, said by the web with `validation.<reason>` (a field reason of the core). */
const because = (reason: string, message: string) => ({ message, params: { reason } })

/** A phone number as people type it: digits with spaces, dots, dashes, slashes or brackets, an optional leading +. */
const isPhone = (s: string) => /^\+?[0-9 ().\/-]+$/.test(s) && s.replace(/\D/g, '').length >= 6

/** A phone number; empty only when the field is optional. */
const phone = (required: boolean) =>
  z.string().trim().min(required ? 1 : 0, 'is required').max(answerLimits.phone)
    .refine((s) => s === '' || isPhone(s), because('bad-format', 'must be a phone number'))

/** One language with its level; codes are ISO 639 (`ti`, `ar`, `prs`), named in the reader's language by the web. */
export const SpokenLanguageAnswer = /* @__PURE__ */ lazySchema(() => z.strictObject({ code: z.enum(spokenLanguageCodes), level: z.enum(languageLevels) }))

/** A list without repeats, by a key. */
const distinct = <T>(key: (x: T) => string) => (xs: T[]) => new Set(xs.map(key)).size === xs.length

function optionValues(field: FormField): [string, ...string[]] | undefined {
  const values = (field.options ?? []).map((o) => o.value)
  return values.length > 0 ? (values as [string, ...string[]]) : undefined
}

/** A choice among no options: nothing is one of them. */
const noChoice = /* @__PURE__ */ lazySchema(() => z.string().refine(() => false, because('not-a-choice', 'is not one of the options')))

function fieldSchema(field: FormField, ctx: AnswersContext): z.ZodType {
  const required = field.required
  switch (field.kind) {
    case 'short-text':
      return singleLineText({ min: required ? 1 : 0, max: answerLimits.shortText })
    case 'long-text': {
      const text = freeText({ max: answerLimits.longText })
      return required ? text.refine((s) => s !== '', because('required', 'is required')) : text
    }
    case 'single-choice': {
      const values = optionValues(field)
      return values ? z.enum(values) : noChoice
    }
    case 'multiple-choice': {
      const values = optionValues(field)
      const list = z.array(values ? z.enum(values) : noChoice).min(required ? 1 : 0, 'is required').max(values?.length ?? 0)
      return list.refine(distinct((v: string) => v), because('invalid', 'lists an option twice'))
    }
    case 'date':
      return z.iso.date({ message: 'must be a date (YYYY-MM-DD)' })
    case 'number': {
      // Within the form's bounds, and always within what the table stores exactly (DynamoDB numbers have 38
      // digits and a magnitude from 1e-130 to 1e126): no form asks for more than a million millions or a millionth.
      const n = z.number().min(Math.max(field.min ?? -answerLimits.number, -answerLimits.number)).max(Math.min(field.max ?? answerLimits.number, answerLimits.number))
      return n.refine((x) => x === 0 || Math.abs(x) >= 1e-6, because('bad-format', 'has too many decimals'))
    }
    case 'yes-no':
      return z.boolean()
    case 'email':
      return Email
    case 'phone':
      return phone(required)
    case 'locality': {
      const name = singleLineText({ min: required ? 1 : 0, max: answerLimits.locality })
      const known = ctx.isKnownLocality
      return known ? name.refine((s) => s === '' || known(s), because('unknown-locality', 'is not a Belgian locality')) : name
    }
    case 'languages':
      return z
        .array(SpokenLanguageAnswer)
        .min(required ? 1 : 0, 'is required')
        .max(answerLimits.languages)
        .refine(distinct((l: { code: string }) => l.code), because('invalid', 'lists a language twice'))
  }
}

/**
 * The schema of the answers to one form: each field's answer by kind (texts with the safe-text rules, choices
 * among the option values, dates yyyy-mm-dd, numbers within the field's bounds, yes/no booleans, e-mail, phone,
 * a locality name, ISO 639 languages with a level), required fields required, unknown field ids refused. Issues
 * are at the field's id (`sector`, `languages.0.code`), so that the API names them `answers.<fieldId>`.
 * With `isKnownLocality`, a locality must be one the gazetteer knows (the server checks; the browser cannot load it).
 *
 * @example
 * answersSchema(form).safeParse({ sector: 'it', languages: [{ code: 'fr', level: 'B2' }] })
 */
export function answersSchema(form: IntakeForm, ctx: AnswersContext = {}): z.ZodType<Answers> {
  const shape: Record<string, z.ZodType> = {}
  for (const field of formFields(form)) {
    const schema = fieldSchema(field, ctx)
    shape[field.id] = field.required ? schema : schema.optional()
  }
  return z.strictObject(shape) as unknown as z.ZodType<Answers>
}
