/**
 * The web app's pure helpers, run in Node without a browser: query strings, API error bodies, token expiry,
 * calendar dates, and form validation that explains mistakes in the reader's language.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { CreateProgramme, CreateOrganisation } from '@binome/contracts'
import { withQuery } from './api/client'
import { ApiError, toApiError } from './api/errors'
import { jwtExpiry } from './auth/session'
import { formatDate, formatDateTime, formatMonth, parseDate } from './format'
import { emptyProgrammeForm, programmeInput } from './forms/programme'
import { validate } from './forms/validate'
import { loadAllMessages, setLocale, setupI18n } from './i18n'
import fr from './i18n/fr.json'
import en from './i18n/en.json'

// These words are the signed-in screens': their layout loads the whole catalogue, and so does each switch of language after it.
beforeAll(async () => {
  setupI18n()
  await loadAllMessages()
})

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
  it('shows a calendar date as dd/mm/yyyy on the same day whatever the time zone, in every language', () => {
    for (const lang of ['fr', 'nl', 'en']) expect(formatDate('2027-01-15', lang)).toBe('15/01/2027')
    expect(formatDate('2026-12-31')).toBe('31/12/2026')
    expect(formatDate(null, 'fr')).toBe('—')
  })

  it('shows a moment with its Brussels time', () => {
    expect(formatDateTime('2027-01-15T09:30:00Z', 'fr')).toBe('15/01/2027 10:30')
  })
})

describe('formatMonth', () => {
  it('says a month in words in the reader\'s language, and leaves anything else as it came', () => {
    expect(formatMonth('2026-11', 'fr')).toBe('novembre 2026')
    expect(formatMonth('2027-01', 'en')).toBe('January 2027')
    expect(formatMonth('2027-03', 'nl')).toBe('maart 2027')
    expect(formatMonth('2027-13', 'fr')).toBe('2027-13')
  })
})

describe('parseDate', () => {
  it('reads dd/mm/yyyy as typed in Belgium, with any usual separator', () => {
    expect(parseDate('31/12/2026')).toBe('2026-12-31')
    expect(parseDate(' 1.2.2027 ')).toBe('2027-02-01')
    expect(parseDate('01-02-2027')).toBe('2027-02-01')
    expect(parseDate('2027-02-01')).toBe('2027-02-01')
  })

  it('refuses what is not a real day, and ambiguous or American forms', () => {
    for (const bad of ['31/02/2027', '12/31/2026', '00/01/2027', '1/1/27', '2026-12-31T00:00', 'demain', '']) {
      expect(parseDate(bad), bad).toBeNull()
    }
  })

  it('reads back what it shows', () => {
    for (const iso of ['2024-02-29', '2027-01-05', '2030-10-31']) expect(parseDate(formatDate(iso))).toBe(iso)
  })
})

describe('validate', () => {
  it('accepts the default programme form once it has a name', () => {
    const r = validate(CreateProgramme, programmeInput({ ...emptyProgrammeForm(), name: 'MentorYou 2027' }))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.data).toMatchObject({ name: 'MentorYou 2027', status: 'draft', startDate: null })
  })

  it('names each wrong field with a sentence in French, then in English', async () => {
    await setLocale('fr')
    const values = { ...emptyProgrammeForm(), name: '', description: 'x'.repeat(4001), startDate: '31/12/2026' }
    const r = validate(CreateProgramme, programmeInput(values))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.name).toBe(fr.validation.required)
    expect(r.errors.description).toBe(fr.validation['too-long'].replace('{max}', '4000'))
    expect(r.errors.startDate).toBe(fr.fieldReasons['not-a-date'])

    const short = validate(CreateProgramme, programmeInput({ ...emptyProgrammeForm(), name: 'M' }))
    expect(short.ok).toBe(false)
    if (!short.ok) expect(short.errors.name).toBe(fr.validation['too-short'].replace('{min}', '2'))

    await setLocale('en')
    const again = validate(CreateOrganisation, { name: 'PLS', admin: { email: 'not-an-address', name: 'Ana' } })
    expect(again.ok).toBe(false)
    if (!again.ok) expect(again.errors['admin.email']).toBe(en.validation['not-an-email'])
    await setLocale('fr')
  })

  it('says in the reader’s language that invisible control or direction characters must go', async () => {
    await setLocale('fr')
    const r = validate(CreateProgramme, programmeInput({ ...emptyProgrammeForm(), name: 'Cohorte \u202E2026' }))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.name).toBe(fr.validation['unsafe-text'])
    await setLocale('en')
    const org = validate(CreateOrganisation, { name: 'PLS', admin: { email: 'a@b.be', name: 'Ana\u0000' } })
    expect(org.ok).toBe(false)
    if (!org.ok) expect(org.errors['admin.name']).toBe(en.validation['unsafe-text'])
    await setLocale('fr')
  })
})
