import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { Cadences, CreateOrganisation, CreateProgramme } from './index'
import { ErrorBody, fieldReasonOf } from './errors'

/** The field reasons of every issue a schema finds in `input`, keyed by path. */
function reasons(schema: z.ZodType, input: Record<string, unknown>) {
  const r = schema.safeParse(input)
  expect(r.success).toBe(false)
  const out: Record<string, unknown> = {}
  const valueAt = (path: PropertyKey[]) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input)
  for (const issue of r.error!.issues) out[issue.path.join('.') || '(body)'] = fieldReasonOf(issue as never, valueAt(issue.path))
  return out
}

describe('fieldReasonOf', () => {
  it('maps zod issues to stable field reasons with their limits', () => {
    expect(reasons(CreateProgramme, { name: 'M', startDate: '31/12/2026', status: 'paused' })).toEqual({
      name: { reason: 'too-short', values: { min: 2 } },
      startDate: { reason: 'not-a-date' },
      status: { reason: 'not-a-choice' },
    })
    const someCadences = Cadences.pick({ meetingsPerMonth: true, durationMonthsMin: true })
    expect(reasons(someCadences, { meetingsPerMonth: 40, durationMonthsMin: 'six' })).toEqual({
      meetingsPerMonth: { reason: 'too-big', values: { max: 12 } },
      durationMonthsMin: { reason: 'not-a-number' },
    })
  })

  it('says "required" for an empty or missing field, whatever minimum the schema sets', () => {
    expect(reasons(CreateProgramme, { name: '   ' })).toEqual({ name: { reason: 'required' } })
    expect(reasons(CreateProgramme, {})).toEqual({ name: { reason: 'required' } })
  })

  it('names a bad e-mail and an unknown field', () => {
    expect(reasons(CreateOrganisation, { name: 'PLS', admin: { email: 'not-an-address', name: 'Ana' } })).toMatchObject({
      'admin.email': { reason: 'not-an-email' },
    })
    expect(reasons(CreateProgramme, { name: 'Bon nom', colour: 'blue' })).toEqual({ '(body)': { reason: 'unknown-field' } })
  })
})

describe('ErrorBody', () => {
  it('accepts the API error shape and refuses a reason that is not in the catalogue', () => {
    const ok = { error: { code: 'conflict', reason: 'stale-version', values: { entity: 'programme' }, message: 'x' } }
    expect(ErrorBody.safeParse(ok).success).toBe(true)
    expect(ErrorBody.safeParse({ error: { ...ok.error, reason: 'made-up' } }).success).toBe(false)
  })
})
