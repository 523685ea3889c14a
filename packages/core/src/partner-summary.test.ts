import { describe, expect, it } from 'vitest'
import type { Duo } from './duo'
import { partnerSummaryMail, sharesAnything } from './partner-summary'
import { partnerMonthSummary } from './partner-view'
import { defaultPartnerSharing } from './rules/programme-rules'

const base: Duo = {
  id: 'd1', programmeId: 'p1', menteeId: 'e1', mentorId: 'm1', state: 'active', runId: null, score: null,
  proposedAt: '2027-01-04T09:00:00.000Z', proposedBy: 'u', answerDeadline: '2027-01-11T09:00:00.000Z',
  answer: null, meeting: null, verdicts: { mentor: null, mentee: null }, contract: null, signatures: [],
  startDate: '2027-01-18', plannedEndDate: '2027-07-18', endedAt: null, endReason: null, closure: null, version: 4,
}
const closed: Duo = {
  ...base, id: 'd2', state: 'closed', closure: {
    outcomeId: 'job', outcomeClass: 'positive', countsAsEmployment: true, endDate: '2027-02-26', early: true,
    decidedBy: 'mentee', reason: 'Engagée', recordedAt: '2027-02-26T10:00:00.000Z', recordedBy: 'u',
  },
}
const referred = [
  { person: { firstName: 'Amina', lastName: 'Haddad' }, duo: closed, line: { months: { '2027-02': { meetings: 3, minutes: 270, contacts: 0 } } } },
  { person: { firstName: 'Karim', lastName: 'Benali' }, duo: { ...base, startDate: '2027-02-03' }, line: { months: { '2027-02': { meetings: 1, minutes: 90, contacts: 0 } } } },
  { person: { firstName: 'Léa', lastName: 'Verhoeven' }, duo: null },
]
const link = 'https://binome.example/orgs/o/programmes/p/referrals'

describe("the partner's monthly summary e-mail", () => {
  it('writes the month, the counts and each person’s stage, meetings and outcome in the organisation’s language', () => {
    const mail = partnerSummaryMail(partnerMonthSummary('2027-02', referred, defaultPartnerSharing), defaultPartnerSharing, { partner: 'Antenne Emploi', locale: 'fr', link })
    expect(mail).toMatchObject({ month: 'février 2027', partner: 'Antenne Emploi', referred: 3, newDuos: 1, meetings: 4, closures: 1, positiveOutcomes: 1, link })
    expect(mail.people).toEqual([
      { name: 'Amina Haddad', stage: 'accompagnement terminé', meetings: 3, started: false, closed: true, outcome: 'sortie positive (emploi)' },
      { name: 'Karim Benali', stage: 'accompagnement en cours', meetings: 1, started: true, closed: false },
      { name: 'Léa Verhoeven', stage: 'pas encore de binôme', started: false, closed: false },
    ])
    const nl = partnerSummaryMail(partnerMonthSummary('2027-02', referred, defaultPartnerSharing), defaultPartnerSharing, { partner: 'X', locale: 'nl', link })
    expect(nl.month).toBe('februari 2027')
    expect(nl.people[0]).toMatchObject({ stage: 'begeleiding beëindigd', outcome: 'positieve uitstroom (werk)' })
    const en = partnerSummaryMail(partnerMonthSummary('2027-02', referred, defaultPartnerSharing), defaultPartnerSharing, { partner: 'X', locale: 'en', link })
    expect(en.month).toBe('February 2027')
    expect(en.people[1]!.stage).toBe('mentoring under way')
  })

  it('hands the template nothing the programme does not share (absent, not empty)', () => {
    const sharing = { stage: false, meetings: true, outcome: false }
    const mail = partnerSummaryMail(partnerMonthSummary('2027-02', referred, sharing), sharing, { partner: 'X', locale: 'fr', link })
    expect(mail.shares).toEqual(sharing)
    expect(mail).not.toHaveProperty('closures')
    expect(mail).not.toHaveProperty('positiveOutcomes')
    expect(mail.people[0]).toEqual({ name: 'Amina Haddad', meetings: 3, started: false, closed: false })
    expect(JSON.stringify(mail)).not.toMatch(/terminé|sortie|m1/)
  })

  it('sends nothing for a programme that shares nothing', () => {
    expect(sharesAnything(defaultPartnerSharing)).toBe(true)
    expect(sharesAnything({ stage: false, meetings: false, outcome: true })).toBe(true)
    expect(sharesAnything({ stage: false, meetings: false, outcome: false })).toBe(false)
  })
})
