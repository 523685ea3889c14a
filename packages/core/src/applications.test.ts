import { describe, expect, it } from 'vitest'
import {
  applicationLimitReached, applicationWindow, defaultPrivacyNotice, newPublicForm, openApplications, privacyNotice, withdrawConsent,
  type Consent,
} from './applications'
import { applicantForm } from './rules/forms'
import { methodologies } from './rules/methodologies'

describe('public forms', () => {
  it('start with both sides closed and open or close each side alone', () => {
    const form = newPublicForm({ orgId: 'o1', programmeId: 'p1', token: 't'.repeat(32), now: '2026-11-30T10:00:00.000Z' })
    expect(form.open).toEqual({ mentor: false, mentee: false })
    const opened = openApplications(form, { mentee: true }, '2026-11-30T11:00:00.000Z')
    expect(opened).toMatchObject({ open: { mentor: false, mentee: true }, updatedAt: '2026-11-30T11:00:00.000Z', token: form.token })
    expect(openApplications(opened, { mentor: true, mentee: false }, 'x').open).toEqual({ mentor: true, mentee: false })
  })

  it('withdraw a consent once, keeping what was agreed', () => {
    const consent: Consent = { purpose: 'application', noticeVersion: 1, rulesVersion: 3, locale: 'nl', givenAt: '2026-11-01T09:00:00.000Z' }
    const withdrawn = withdrawConsent(consent, '2026-11-20T09:00:00.000Z')
    expect(withdrawn).toEqual({ ...consent, withdrawnAt: '2026-11-20T09:00:00.000Z' })
    expect(withdrawConsent(withdrawn, '2026-12-01T09:00:00.000Z').withdrawnAt).toBe('2026-11-20T09:00:00.000Z')
  })

  it('count applications per hour, saying when the next hour starts', () => {
    expect(applicationWindow(new Date('2026-11-30T10:15:00Z'))).toEqual({ hour: '2026-11-30T10', expiresAt: Date.parse('2026-11-30T12:00:00Z') / 1000, retryAfterSeconds: 2700 })
    expect(applicationLimitReached('address', 60)).toMatchObject({ reason: 'application-limit', status: 429, values: { scope: 'address', retryAfterSeconds: 60 } })
  })
})

describe('the methodologies’ public forms and notices', () => {
  for (const m of methodologies) {
    it(`${m.id}: a privacy notice in three languages, and no staff question on the public form`, () => {
      const notice = privacyNotice(m.rules)
      expect(notice).not.toBe(defaultPrivacyNotice)
      for (const lang of ['fr', 'en', 'nl'] as const) expect(notice.purpose[lang].length).toBeGreaterThan(100)
      for (const side of ['mentor', 'mentee'] as const) {
        const asked = applicantForm(m.rules.forms[side])
        const ids = asked.sections.flatMap((s) => [s.id, ...s.fields.map((f) => f.id)])
        for (const staff of ['interview', 'selection', 'preparation', 'interviewDate', 'referredBy', 'staffAssessment', 'personality']) expect(ids, `${side} ${staff}`).not.toContain(staff)
        expect(asked.sections.length).toBeGreaterThan(0)
      }
    })
  }
  it('rules without a notice show the platform’s', () => {
    expect(privacyNotice({})).toBe(defaultPrivacyNotice)
  })
})
