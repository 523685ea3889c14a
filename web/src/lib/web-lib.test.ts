/**
 * The web app's pure helpers, run in Node without a browser: query strings, API error bodies, token expiry,
 * calendar dates, and form validation that explains mistakes in the reader's language.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { CreateProgramme, CreateOrganisation } from '@binome/contracts'
import { withQuery } from './api/client'
import { ApiError, toApiError } from './api/errors'
import { jwtExpiry } from './auth/session'
import { formatDate } from './format'
import { emptyProgrammeForm, programmeInput } from './forms/programme'
import { validate } from './forms/validate'
import { setLocale, setupI18n } from './i18n'
import fr from './i18n/fr.json'
import en from './i18n/en.json'

beforeAll(() => setupI18n())

describe('withQuery', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(withQuery('/x', { cursor: undefined, limit: 25, include: '' })).toBe('/x?limit=25')
    expect(withQuery('/x', { cursor: 'a b&c' })).toBe('/x?cursor=a+b%26c')
    expect(withQuery('/x')).toBe('/x')
  })
})

describe('toApiError', () => {
  it('reads the API error shape with its field issues', async () => {
    const res = new Response(
      JSON.stringify({ error: { code: 'validation_failed', message: 'bad', details: [{ path: 'name', message: 'is required' }] } }),
      { status: 400 },
    )
    const err = await toApiError(res)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(400)
    expect(err.code).toBe('validation_failed')
    expect(err.fieldIssues).toEqual([{ path: 'name', message: 'is required' }])
  })

  it('copes with a body that is not JSON', async () => {
    const err = await toApiError(new Response('<html>gateway</html>', { status: 502, statusText: 'Bad Gateway' }))
    expect(err.code).toBe('http_502')
    expect(err.fieldIssues).toEqual([])
  })
})

describe('jwtExpiry', () => {
  it('reads exp from the payload, and gives null for something that is not a JWT', () => {
    const payload = Buffer.from(JSON.stringify({ exp: 1_800_000_000 })).toString('base64url')
    expect(jwtExpiry(`h.${payload}.s`)).toBe(new Date(1_800_000_000_000).toISOString())
    expect(jwtExpiry('nonsense')).toBeNull()
  })
})

describe('formatDate', () => {
  it('shows a calendar date on the same day whatever the time zone, in the chosen language', () => {
    expect(formatDate('2027-01-15', 'fr')).toContain('15')
    expect(formatDate('2027-01-15', 'en')).toMatch(/Jan.*15.*2027/)
    expect(formatDate(null, 'fr')).toBe('—')
  })
})

describe('validate', () => {
  it('accepts the default programme form once it has a name', () => {
    const r = validate(CreateProgramme, programmeInput({ ...emptyProgrammeForm(), name: 'MentorYou 2027' }))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.data).toMatchObject({ name: 'MentorYou 2027', durationMonths: 6, startDate: null })
  })

  it('names each wrong field with a sentence in French, then in English', () => {
    setLocale('fr')
    const values = { ...emptyProgrammeForm(), name: '', durationMonths: null, meetingsPerMonth: 40 }
    const r = validate(CreateProgramme, programmeInput(values))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.name).toBe(fr.validation.required)
    expect(r.errors.durationMonths).toBe(fr.validation.number)
    expect(r.errors.meetingsPerMonth).toBe(fr.validation.max.replace('{max}', '12'))

    const short = validate(CreateProgramme, programmeInput({ ...emptyProgrammeForm(), name: 'M' }))
    expect(short.ok).toBe(false)
    if (!short.ok) expect(short.errors.name).toBe(fr.validation.tooShort.replace('{min}', '2'))

    setLocale('en')
    const again = validate(CreateOrganisation, { name: 'PLS', admin: { email: 'not-an-address', name: 'Ana' } })
    expect(again.ok).toBe(false)
    if (!again.ok) expect(again.errors['admin.email']).toBe(en.validation.email)
    setLocale('fr')
  })

  it('says in the reader’s language that invisible control or direction characters must go', () => {
    setLocale('fr')
    const r = validate(CreateProgramme, programmeInput({ ...emptyProgrammeForm(), name: 'Cohorte \u202E2026' }))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.name).toBe(fr.validation.unsafeText)
    setLocale('en')
    const org = validate(CreateOrganisation, { name: 'PLS', admin: { email: 'a@b.be', name: 'Ana\u0000' } })
    expect(org.ok).toBe(false)
    if (!org.ok) expect(org.errors['admin.name']).toBe(en.validation.unsafeText)
    setLocale('fr')
  })
})
