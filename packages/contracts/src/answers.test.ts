import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { IntakeForm } from '@binome/core'
import { answersSchema } from './answers'
import { applyMistake, formArb, knownLocalities as ctx, mistakes, validArb, wrongArb, type Mistake } from './testing/answers-arbitraries'
import { fieldReasonOf } from './vocabulary'

/**
 * For any form a programme can save, the answers valid under it are accepted, and every kind of wrong answer is
 * refused with an issue at the field's id (the API prefixes it: `answers.<fieldId>`) and the reason the web says.
 */

const label = { fr: 'Question', en: 'Question', nl: 'Vraag' }

describe('answersSchema (property)', () => {
  it('accepts any answers valid under any form', () => {
    fc.assert(fc.property(formArb.chain((form) => fc.tuple(fc.constant(form), validArb(form))), ([form, answers]) => {
      const r = answersSchema(form, ctx).safeParse(answers)
      expect(r.error?.issues ?? []).toEqual([])
    }), { numRuns: 300 })
  }, 60_000)

  it('refuses every kind of wrong answer with an issue naming the field and its reason', () => {
    const seen = new Set<Mistake>()
    fc.assert(fc.property(wrongArb, ([form, { mistake, field }, answers]) => {
      const { wrong, id, reason } = applyMistake(answers, mistake, field)
      seen.add(mistake)
      const r = answersSchema(form, ctx).safeParse(wrong)
      expect(r.success).toBe(false)
      const named = r.error!.issues.flatMap((issue) => issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => ({ field: k, reason: 'unknown-field' }))
        : [{ field: String(issue.path[0]), reason: fieldReasonOf(issue, issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], wrong)).reason }])
      expect(named).toContainEqual({ field: id, reason })
    }), { numRuns: 500 })
    // Every kind of mistake was tried (the generator does not quietly skip one).
    expect([...seen].sort()).toEqual([...mistakes].sort())
  }, 60_000)

  it('names a wrong language inside the list at its position', () => {
    const form: IntakeForm = { sections: [{ id: 's', title: label, fields: [{ id: 'languages', kind: 'languages', label, required: true, visibility: 'staff' }] }] }
    const r = answersSchema(form).safeParse({ languages: [{ code: 'fr', level: 'C2' }, { code: 'xx', level: 'B1' }] })
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['languages.1.code'])
  })

  it('checks localities against the gazetteer only when given one (the browser cannot load it)', () => {
    const form: IntakeForm = { sections: [{ id: 's', title: label, fields: [{ id: 'locality', kind: 'locality', label, required: true, visibility: 'staff' }] }] }
    expect(answersSchema(form).safeParse({ locality: 'Sint-Nergens' }).success).toBe(true)
    expect(answersSchema(form, ctx).safeParse({ locality: 'Sint-Nergens' }).success).toBe(false)
  })
})
