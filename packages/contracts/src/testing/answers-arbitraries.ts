/**
 * Generators for property tests of a programme's forms and their answers (fast-check): any form a programme can
 * save, answers valid under it, and each kind of wrong answer with the field and reason its refusal must name.
 * Shared by the contracts' schema test and the API's test of the people routes (`@binome/contracts/testing`);
 * test code only: nothing of the product imports it.
 */
import fc from 'fast-check'
import { fieldKinds, languageLevels, spokenLanguageCodes, type Answers, type FieldKind, type FormField, type IntakeForm } from '@binome/core'

/** The localities the generated answers use, and a gazetteer check that knows only them. */
export const localities = ['Namur', 'Ixelles', 'Sint-Niklaas', 'Liège']
export const knownLocalities = { isKnownLocality: (name: string) => localities.includes(name) }
const label = { fr: 'Question', en: 'Question', nl: 'Vraag' }
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/)
const text = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ,.'’-]{0,40}[A-Za-zÀ-ÿ.]$/)

const fieldArb = (id: string): fc.Arbitrary<FormField> =>
  fc.record({ kind: fc.constantFrom(...fieldKinds), required: fc.boolean(), visibility: fc.constantFrom('staff', 'proposal', 'partner' as const) })
    .chain(({ kind, required, visibility }) => {
      const base = { id, kind, label, required, visibility } satisfies FormField
      if (kind === 'single-choice' || kind === 'multiple-choice') {
        return fc.uniqueArray(word, { minLength: 1, maxLength: 6 }).map((values) => ({ ...base, options: values.map((value) => ({ value, label })) }))
      }
      if (kind === 'number') {
        return fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.boolean(), fc.boolean())
          .map(([min, span, hasMin, hasMax]) => ({ ...base, ...(hasMin && { min }), ...(hasMax && { max: min + span }) }))
      }
      return fc.constant(base)
    })

/** A form of one to three sections with distinct field ids. */
export const formArb: fc.Arbitrary<IntakeForm> = fc.uniqueArray(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,10}$/), { minLength: 1, maxLength: 12 })
  .chain((ids) => fc.tuple(...ids.map(fieldArb)))
  .chain((fields) => fc.integer({ min: 1, max: 3 }).map((n) => ({
    sections: Array.from({ length: n }, (_, k) => ({ id: `s${k}`, title: label, fields: fields.filter((_, i) => i % n === k) })),
  })))

const isoDay = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))

function valueArb(f: FormField): fc.Arbitrary<unknown> {
  const values = (f.options ?? []).map((o) => o.value)
  switch (f.kind) {
    case 'short-text': case 'long-text': return text
    case 'single-choice': return fc.constantFrom(...values)
    case 'multiple-choice': return fc.subarray(values, { minLength: f.required ? 1 : 0 })
    case 'date': return isoDay
    // Six decimals at most, as answers keep (the bounds are whole numbers, so rounding stays within them).
    case 'number': return fc.double({ min: f.min ?? -1e6, max: f.max ?? 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 1e6) / 1e6)
    case 'yes-no': return fc.boolean()
    case 'email': return fc.tuple(word, word).map(([a, b]) => `${a}@${b}.be`)
    case 'phone': return fc.stringMatching(/^\+32 4[0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}$/)
    case 'locality': return fc.constantFrom(...localities)
    case 'languages':
      return fc.uniqueArray(fc.record({ code: fc.constantFrom(...spokenLanguageCodes), level: fc.constantFrom(...languageLevels) }), {
        selector: (l) => l.code, minLength: f.required ? 1 : 0, maxLength: 5,
      })
  }
}

/** Answers valid under a form: every required field, some optional ones. */
export const validArb = (form: IntakeForm): fc.Arbitrary<Answers> =>
  fc.tuple(...form.sections.flatMap((s) => s.fields).map((f) =>
    fc.tuple(fc.constant(f), valueArb(f), f.required ? fc.constant(true) : fc.boolean()),
  )).map((entries) => Object.fromEntries(entries.filter(([, , given]) => given).map(([f, v]) => [f.id, v])) as Answers)

export type Mistake = 'missing-required' | 'wrong-type' | 'not-an-option' | 'bad-date' | 'out-of-range' | 'unknown-field' | 'bad-language-code' | 'bad-language-level' | 'unknown-locality'

/** A wrong value of a field's kind for one kind of mistake, with the reason the API gives; undefined when it does not apply. */
export function mistakeFor(f: FormField, m: Mistake): { value: unknown; reason: string } | undefined {
  switch (m) {
    case 'missing-required': return f.required ? { value: undefined, reason: 'required' } : undefined
    case 'wrong-type': {
      const wrong: Record<FieldKind, unknown> = {
        'short-text': 42, 'long-text': true, 'single-choice': 7, 'multiple-choice': 'x', date: 20260101, number: '12', 'yes-no': 'yes',
        email: 1, phone: false, locality: ['Namur'], languages: 'fr',
      }
      return { value: wrong[f.kind], reason: f.kind === 'number' ? 'not-a-number' : f.kind === 'single-choice' ? 'not-a-choice' : 'wrong-type' }
    }
    case 'not-an-option':
      if (f.kind === 'single-choice') return { value: 'NOT AN OPTION', reason: 'not-a-choice' }
      if (f.kind === 'multiple-choice') return { value: ['NOT AN OPTION'], reason: 'not-a-choice' }
      return undefined
    case 'bad-date': return f.kind === 'date' ? { value: '2026-02-30', reason: 'not-a-date' } : undefined
    case 'out-of-range':
      if (f.kind !== 'number') return undefined
      if (f.max !== undefined) return { value: f.max + 1, reason: 'too-big' }
      if (f.min !== undefined) return { value: f.min - 0.5, reason: 'too-small' }
      return undefined
    case 'bad-language-code': return f.kind === 'languages' ? { value: [{ code: 'xx', level: 'B2' }], reason: 'not-a-choice' } : undefined
    case 'bad-language-level': return f.kind === 'languages' ? { value: [{ code: 'fr', level: 'Z9' }], reason: 'not-a-choice' } : undefined
    case 'unknown-locality': return f.kind === 'locality' ? { value: 'Sint-Nergens', reason: 'unknown-locality' } : undefined
    case 'unknown-field': return undefined
  }
}

export const mistakes: Mistake[] = ['missing-required', 'wrong-type', 'not-an-option', 'bad-date', 'out-of-range', 'unknown-field', 'bad-language-code', 'bad-language-level', 'unknown-locality']

/** A valid set of answers with exactly one mistake that applies to the form, and the field it is in. */
export const wrongArb = formArb.chain((form) => {
  const fields = form.sections.flatMap((s) => s.fields)
  const applicable = mistakes.flatMap((m): Array<{ mistake: Mistake; field: FormField | undefined }> => m === 'unknown-field'
    ? [{ mistake: m, field: undefined }]
    : fields.filter((f) => mistakeFor(f, m)).map((field) => ({ mistake: m, field })))
  return fc.tuple(fc.constant(form), fc.constantFrom(...applicable), validArb(form))
})

/**
 * The answers with the one mistake put in, and the field and reason its refusal must name.
 *
 * @example
 * applyMistake(answers, 'bad-date', dateField) // { wrong: { ..., since: '2026-02-30' }, id: 'since', reason: 'not-a-date' }
 */
export function applyMistake(answers: Answers, mistake: Mistake, field: FormField | undefined): { wrong: Record<string, unknown>; id: string; reason: string } {
  const wrong: Record<string, unknown> = { ...answers }
  if (mistake === 'unknown-field' || !field) {
    // An underscore: no generated field id has one.
    wrong.zz_not_a_field = 'x'
    return { wrong, id: 'zz_not_a_field', reason: 'unknown-field' }
  }
  const m = mistakeFor(field, mistake)!
  if (m.value === undefined) delete wrong[field.id]
  else wrong[field.id] = m.value
  return { wrong, id: field.id, reason: m.reason }
}
