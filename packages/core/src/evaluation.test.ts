import { describe, expect, it } from 'vitest'
import { answerEvaluation, evaluationDays, linkExpired, newEvaluation, reminderDue } from './evaluation'

const now = '2027-07-10T09:00:00.000Z'
const e = newEvaluation({ duoId: 'd1', programmeId: 'p1', side: 'mentee', moment: 'end', rulesVersion: 3 }, { id: 'e1', now })

describe('evaluation moments', () => {
  const running = { startedAt: '2027-01-10T10:00:00.000Z', plannedEndAt: '2027-07-10T10:00:00.000Z', endedAt: null }
  it('fall at the start, halfway, at the end and three months after, as far as the duo allows', () => {
    expect(evaluationDays(running, ['start', 'midterm', 'end', 'after-3-months'])).toEqual({ start: '2027-01-10', midterm: '2027-04-10', end: '2027-07-10' })
    expect(evaluationDays({ ...running, endedAt: '2027-06-01T15:00:00.000Z' }, ['end', 'after-3-months'])).toEqual({ end: '2027-06-01', 'after-3-months': '2027-08-31' })
    expect(evaluationDays({ startedAt: null, plannedEndAt: null, endedAt: null }, ['start'])).toEqual({})
  })
})

describe('a questionnaire sent', () => {
  it('has a link for 30 days, is reminded weekly twice at most, and is answered once', () => {
    expect(e).toMatchObject({ state: 'sent', expiresAt: '2027-08-09T09:00:00.000Z', remindedAt: [], version: 1 })
    expect(reminderDue(e, '2027-07-16T09:00:00.000Z')).toBe(false)
    expect(reminderDue(e, '2027-07-17T09:00:00.000Z')).toBe(true)
    const twice = { ...e, remindedAt: ['2027-07-17T09:00:00.000Z', '2027-07-24T09:00:00.000Z'] }
    expect(reminderDue(twice, '2027-08-05T09:00:00.000Z')).toBe(false)
    expect(linkExpired(e, '2027-08-09T08:59:59.000Z')).toBe(false)
    expect(linkExpired(e, '2027-08-09T09:00:00.000Z')).toBe(true)
    const answered = answerEvaluation(e, { overall: 5 }, '2027-07-12T09:00:00.000Z')
    expect(answered).toMatchObject({ state: 'answered', answers: { overall: 5 }, answeredAt: '2027-07-12T09:00:00.000Z', version: 2 })
    expect(reminderDue(answered, '2027-07-30T09:00:00.000Z')).toBe(false)
    expect(() => answerEvaluation(answered, { overall: 1 }, now)).toThrow(/cannot answer while it is answered/)
  })
})

describe('the questionnaires', () => {
  it('mark the overall satisfaction by its id, a rating 1–5; the programme\'s own replace the standard one', async () => {
    const { defaultEvaluationForm, evaluationForm, overallSatisfaction, isRating } = await import('./evaluation-questionnaire')
    const form = defaultEvaluationForm('mentor')
    expect(isRating(form.sections[0]!.fields[0]!)).toBe(true)
    expect(overallSatisfaction({ overall: 4 }, form)).toBe(4)
    expect(overallSatisfaction(null, form)).toBeUndefined()
    const own = { sections: [{ id: 's', title: { fr: 'a', en: 'a', nl: 'a' }, fields: [{ id: 'overall', kind: 'short-text' as const, label: { fr: 'a', en: 'a', nl: 'a' }, required: true, visibility: 'staff' as const }] }] }
    expect(evaluationForm({ evaluationForms: { mentor: own, mentee: own } }, 'mentor')).toBe(own)
    expect(overallSatisfaction({ overall: 'oui' }, own)).toBeUndefined() // not a rating: no satisfaction
    expect(evaluationForm({}, 'mentee').sections[0]!.fields.map((f) => f.id)).toContain('goals')
  })
})

describe('the moments due', () => {
  it('fall on their day and a week after at most; the end waits for the closure', async () => {
    const { dueMoments } = await import('./evaluation-questionnaire')
    const duo = { state: 'active', startedAt: '2027-01-10', plannedEndAt: '2027-07-10', endedAt: null }
    expect(dueMoments(duo, ['start', 'midterm', 'end'], '2027-01-10')).toEqual(['start'])
    expect(dueMoments(duo, ['start', 'midterm', 'end'], '2027-01-18')).toEqual([])
    expect(dueMoments(duo, ['start', 'midterm', 'end'], '2027-04-12')).toEqual(['midterm'])
    expect(dueMoments(duo, ['end'], '2027-07-10')).toEqual([])
    const closed = { ...duo, state: 'closed', endedAt: '2027-06-01' }
    expect(dueMoments(closed, ['midterm', 'end', 'after-3-months'], '2027-06-03')).toEqual(['end'])
    expect(dueMoments(closed, ['end', 'after-3-months'], '2027-08-31')).toEqual(['after-3-months'])
    expect(dueMoments(closed, ['end'], '2027-06-09')).toEqual([])
    expect(dueMoments({ ...duo, state: 'proposed' }, ['start'], '2027-01-10')).toEqual([])
  })
})
