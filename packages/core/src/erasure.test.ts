import { describe, expect, it } from 'vitest'
import { eraseEntry, eraseEvaluation, erasePerson, eraseSubscription, retentionCutoff, retentionDue } from './erasure'
import type { Evaluation } from './evaluation'
import { defaultEvaluationForm } from './evaluation-questionnaire'
import type { NewsletterSubscription } from './newsletter'
import type { Person } from './people'

const person: Person = {
  id: 'm1', orgId: 'o1', programmeId: 'p1', kind: 'mentee', firstName: 'Amina', lastName: 'Haddad', email: 'amina@exemple.be',
  phone: '+32 470 00 00 00', birthDate: '1990-01-01', answers: { locality: 'Schaerbeek' }, rulesVersion: 1,
  stage: 'interviewed', stageDates: { applied: '2026-01-01T09:00:00Z', interviewed: '2026-02-01T09:00:00Z' },
  interview: {
    heldOn: '2026-02-01', interviewer: 'u1', durationMinutes: 60, commitsToDuration: true, commitsToFrequency: true,
    expectations: 'un poste', notes: 'parle arabe', checks: [{ itemId: 'permit', met: true, evidence: 'titre vu' }],
  },
  facets: { locality: 'Schaerbeek' }, createdAt: '2026-01-01T09:00:00Z', updatedAt: '2026-02-01T09:00:00Z', version: 3,
}

describe('erasure', () => {
  it('removes what identifies a person, keeps the facts, and closes an open path on the day', () => {
    const erased = erasePerson(person, '2026-12-01T09:00:00Z')
    expect(erased).toMatchObject({ firstName: '', lastName: '', email: '', birthDate: '', answers: {}, stage: 'closed', erasedAt: '2026-12-01T09:00:00Z' })
    expect(erased.phone).toBeUndefined()
    expect(erased.stageDates).toEqual({ ...person.stageDates, closed: '2026-12-01T09:00:00Z' })
    expect(erased.interview).toMatchObject({ heldOn: '2026-02-01', expectations: '', notes: '', checks: [{ itemId: 'permit', met: true }] })
    expect(erased.interview!.checks[0]).not.toHaveProperty('evidence')
    expect(erased.facets).toEqual(person.facets)
  })

  it('keeps a refusal a refusal, without its reason', () => {
    const refused: Person = { ...person, stage: 'refused', stageDates: { ...person.stageDates, refused: '2026-03-01T09:00:00Z' }, decision: { outcome: 'refused', reason: 'déménage', at: '2026-03-01T09:00:00Z', by: 'u1' } }
    const erased = erasePerson(refused, '2026-12-01T09:00:00Z')
    expect(erased.stage).toBe('refused')
    expect(erased.stageDates).toEqual(refused.stageDates)
    expect(erased.decision).toEqual({ outcome: 'refused', at: '2026-03-01T09:00:00Z', by: 'u1' })
  })

  it('strips the values of a timeline entry, keeping what kind of change it was', () => {
    const e = eraseEntry({
      id: 'e1', orgId: 'o1', programmeId: 'p1', personId: 'm1', at: '2026-02-01T09:00:00Z', kind: 'edited', note: 'appel',
      changes: [{ field: 'email', before: 'a@b.be', after: 'c@d.be' }],
    })
    expect(e).toEqual({ id: 'e1', orgId: 'o1', programmeId: 'p1', personId: 'm1', at: '2026-02-01T09:00:00Z', kind: 'edited', changes: [{ field: 'email' }] })
  })
})

describe('retention', () => {
  it('is due the given months after the path ended; never while it is open or once erased', () => {
    const closed = { stage: 'closed' as const, stageDates: { closed: '2024-06-30T10:00:00Z' } }
    expect(retentionDue(closed, 24)).toBe('2026-06-30T10:00:00.000Z')
    expect(retentionDue({ stage: 'ready', stageDates: { ready: '2020-01-01T00:00:00Z' } }, 24)).toBeUndefined()
    expect(retentionDue({ ...closed, erasedAt: '2026-07-01T00:00:00Z' }, 24)).toBeUndefined()
    expect(retentionCutoff(24, new Date('2026-12-01T00:00:00Z'))).toBe('2024-12-01T00:00:00.000Z')
  })
})

describe('erasure of evaluations and newsletter subscriptions', () => {
  const form = defaultEvaluationForm('mentee')
  const answered: Evaluation = {
    id: 'e1', duoId: 'd1', programmeId: 'p1', side: 'mentee', moment: 'end', rulesVersion: 1, state: 'answered',
    sentAt: '2030-05-19T09:00:00Z', expiresAt: '2030-06-18T09:00:00Z', remindedAt: ['2030-05-26T09:00:00Z'], answeredAt: '2030-05-27T09:00:00Z',
    answers: { overall: 4, goals: 5, best: 'Sophie m’a présenté à Zorgbanque', improve: 'Rien', again: true, gone: 'un champ retiré' },
    version: 3,
  }

  it('keeps the ratings, yes/no and dates of an answer and drops every word, at the next version', () => {
    const erased = eraseEvaluation(answered, form, true)
    expect(erased).toEqual({ ...answered, answers: { overall: 4, goals: 5, again: true }, version: 4 })
  })

  it('keeps a choice among the questionnaire’s options, not a value outside them', () => {
    const choice = { sections: [{ id: 's', title: { fr: 's', en: 's', nl: 's' }, fields: [
      { id: 'how', kind: 'single-choice' as const, label: { fr: 'c', en: 'c', nl: 'c' }, required: false, visibility: 'staff' as const, options: [{ value: 'online', label: { fr: 'o', en: 'o', nl: 'o' } }] },
      { id: 'when', kind: 'single-choice' as const, label: { fr: 'c', en: 'c', nl: 'c' }, required: false, visibility: 'staff' as const, options: [] },
    ] }] }
    expect(eraseEvaluation({ ...answered, answers: { how: 'online', when: 'chez Amina' } }, choice, false).answers).toEqual({ how: 'online' })
  })

  it('expires the erased side’s questionnaire still waiting, not the other side’s', () => {
    const waiting: Evaluation = { ...answered, state: 'sent', answeredAt: null, answers: null }
    expect(eraseEvaluation(waiting, form, true)).toMatchObject({ state: 'expired', answers: null, version: 4 })
    expect(eraseEvaluation(waiting, form, false)).toMatchObject({ state: 'sent', version: 4 })
  })

  it('takes the unsubscribe token from a subscription and keeps the mentor opted out', () => {
    const s: NewsletterSubscription = { orgId: 'o1', programmeId: 'p1', personId: 'm1', token: 'tok', locale: 'fr', optedOutAt: null, updatedAt: '2030-01-01T00:00:00Z', version: 2 }
    expect(eraseSubscription(s, '2030-06-01T00:00:00Z')).toEqual({ ...s, token: '', optedOutAt: '2030-06-01T00:00:00Z', updatedAt: '2030-06-01T00:00:00Z', version: 3 })
    const out = { ...s, optedOutAt: '2030-02-01T00:00:00Z' }
    expect(eraseSubscription(out, '2030-06-01T00:00:00Z').optedOutAt).toBe('2030-02-01T00:00:00Z')
  })
})
