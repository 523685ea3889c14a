import { newCompany, newOrganisation, newPartnership, setEmployment, type Organisation, type Programme } from '@binome/core'
import { describe, expect, it } from 'vitest'
import { defineTenantEntity, StoredItemError } from './entity'
import { tenantPrefix } from './keys'
import { alertEntity, sweepEntity } from './tenant/alerts'
import { companyEntity, employmentEntity } from './tenant/companies'
import { organisationEntity } from './tenant/organisation'
import { partnershipEntity } from './tenant/partners'
import { networkPartnerEntity } from './tenant/network'
import { personEntity } from './tenant/people'
import { programmeEntity, rulesVersionEntity } from './tenant/programmes'
import { matchingAlternativesEntity, matchingRunEntity, matchingSuggestionEntity, matchingUnmatchedEntity } from './tenant/runs'
import { sessionEntity, sessionInviteeEntity, sessionStartEntity, sessionStartsCompleteEntity, sessionStartsFrom } from './tenant/sessions'
import { pairRuleEntity } from './tenant/pair-rules'
import { sentMailEntity } from './tenant/mail-log'

const programme: Programme = {
  id: 'p1', orgId: 'o1', name: 'Emploi 2027', description: '', status: 'draft', startDate: null, endDate: null, createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z', archivedAt: null, rulesVersion: 1, version: 1,
}
const stored = { ...programme, PK: 'ORG#o1#PROGRAMMES', SK: 'PROGRAMME#p1', type: 'programme' }

describe('a tenant entity declaration', () => {
  it('keeps the key formats the table already holds', () => {
    expect(programmeEntity.for('o1').key([], ['p1'])).toEqual({ PK: 'ORG#o1#PROGRAMMES', SK: 'PROGRAMME#p1' })
    expect(personEntity.for('o1').key(['p1'], ['mentee', 'x'])).toEqual({ PK: 'ORG#o1#PROGRAMME#p1#PEOPLE', SK: 'MENTEE#x' })
    expect(matchingRunEntity.for('o1').key(['p1'], ['r1'])).toEqual({ PK: 'ORG#o1#PROGRAMME#p1#RUNS', SK: 'RUN#r1' })
    expect(matchingSuggestionEntity.for('o1').key(['p1', 'r1', 2], [7])).toEqual({ PK: 'ORG#o1#PROGRAMME#p1#RUN#r1#A2', SK: 'SUGGESTION#000007' })
    expect(matchingUnmatchedEntity.for('o1').key(['p1', 'r1', 1], [0])).toEqual({ PK: 'ORG#o1#PROGRAMME#p1#RUN#r1#A1', SK: 'UNMATCHED#000000' })
    expect(pairRuleEntity.for('o1').key(['p1'], ['e1', 'm1'])).toEqual({ PK: 'ORG#o1#PROGRAMME#p1#PAIRRULES', SK: 'PAIR#e1#m1' })
    expect(matchingAlternativesEntity.for('o1').key(['p1', 'r1', 1], ['e1'])).toEqual({ PK: 'ORG#o1#PROGRAMME#p1#RUN#r1#A1', SK: 'ALT#e1' })
    expect(alertEntity.for('o1').key([], ['2026-11-21', 'a1'])).toEqual({ PK: 'ORG#o1#ALERTS', SK: 'ALERT#2026-11-21#a1' })
    expect(sweepEntity.for('o1').key([], [])).toEqual({ PK: 'ORG#o1#MONITORING', SK: 'LAST-SWEEP' })
    expect(organisationEntity.for('o1').key([], [])).toEqual({ PK: 'ORG#o1#PROFILE', SK: 'PROFILE' })
    expect(partnershipEntity.for('t1').key([], ['p1'])).toEqual({ PK: 'ORG#t1#PARTNERS', SK: 'PARTNER#p1' })
  })

  it('keeps a partnership in the training organisation’s partition, keyed by the partner it onboards', () => {
    const value = newPartnership(
      { partnerOrgId: 'p1', partnerName: 'Asbl', methodologyId: 'pls-mentoryou', admin: { userId: 'u2', email: 'a@b.be', name: 'A' } },
      { orgId: 't1', userId: 'u1', now: '2026-11-30T10:00:00.000Z' },
    )
    const raw = { ...value, PK: 'ORG#t1#PARTNERS', SK: 'PARTNER#p1', type: 'partnership' }
    expect(partnershipEntity.for('t1').parse(raw)).toEqual(value)
    // The partner's own partition never holds it, and a copy there is refused.
    expect(() => partnershipEntity.for('p1').parse({ ...raw, PK: 'ORG#p1#PARTNERS' })).toThrow(/names organisation "t1"/)
    expect(() => partnershipEntity.for('t1').parse({ ...raw, SK: 'PARTNER#p2' })).toThrow(/belongs at ORG#t1#PARTNERS \/ PARTNER#p1/)
  })

  it('keeps a session and its invitees in one partition, each invitee right after its session', () => {
    expect(sessionEntity.for('o1').key(['p1'], ['s1'])).toEqual({ PK: 'ORG#o1#PROGRAMME#p1#SESSIONS', SK: 'SESSION#s1' })
    expect(sessionInviteeEntity.for('o1').key(['p1'], ['s1', 'x'])).toEqual({ PK: 'ORG#o1#PROGRAMME#p1#SESSIONS', SK: 'SESSION#s1#INVITEE#x' })
    const invitee = {
      orgId: 'o1', programmeId: 'p1', sessionId: 's1', personId: 'x', personKind: 'mentor' as const, firstName: 'A', lastName: 'B', email: 'a@b.be',
      invitedAt: '2026-11-30T10:00:00.000Z', invitedBy: 'u1', attendance: null, markedAt: null, version: 1,
    }
    const raw = { ...invitee, PK: 'ORG#o1#PROGRAMME#p1#SESSIONS', SK: 'SESSION#s1#INVITEE#x', type: 'session-invitee' }
    expect(sessionInviteeEntity.for('o1').parse(raw)).toEqual(invitee)
    // An invitee is never read as a session, nor copied under another session.
    expect(() => sessionEntity.for('o1').parse(raw)).toThrow(/its type is "session-invitee"/)
    expect(() => sessionInviteeEntity.for('o1').parse({ ...raw, SK: 'SESSION#s2#INVITEE#x' })).toThrow(/belongs at/)
  })

  it('sorts the entries of the sessions at their start by start, the mark that they are complete after every entry', () => {
    const at = (startsAtUtc: string, sessionId: string) => sessionStartEntity.for('o1').key(['p1'], [startsAtUtc, sessionId])
    expect(at('2027-01-14T17:00:00.000Z', 's9')).toEqual({ PK: 'ORG#o1#PROGRAMME#p1#SESSION-STARTS', SK: 'START#2027-01-14T17:00:00.000Z#SESSION#s9' })
    const mark = sessionStartsCompleteEntity.for('o1').key(['p1'], [])
    expect(mark.PK).toBe(at('2027-01-14T17:00:00.000Z', 's9').PK)
    const keys = [mark.SK, at('2027-03-01T09:00:00.000Z', 'a').SK, at('2026-12-01T09:00:00.000Z', 'z').SK, at('2027-01-14T17:00:00.000Z', 's9').SK]
    expect([...keys].sort()).toEqual([at('2026-12-01T09:00:00.000Z', 'z').SK, at('2027-01-14T17:00:00.000Z', 's9').SK, at('2027-03-01T09:00:00.000Z', 'a').SK, mark.SK])
    // From a moment on: every entry starting then or later, and the mark; none before.
    const from = sessionStartsFrom('2027-01-14T17:00:00.000Z')
    expect(keys.filter((k) => k >= from).sort()).toEqual([at('2027-01-14T17:00:00.000Z', 's9').SK, at('2027-03-01T09:00:00.000Z', 'a').SK, mark.SK])
  })

  it('keeps companies in one partition of the organisation, and employments in another keyed by programme and mentor', () => {
    const now = '2026-11-30T10:00:00.000Z'
    const company = newCompany({ name: 'Brasserie du Canal' }, { id: 'c1', orgId: 'o1', now })
    expect(companyEntity.for('o1').key([], ['c1'])).toEqual({ PK: 'ORG#o1#COMPANIES', SK: 'COMPANY#c1' })
    expect(companyEntity.for('o1').parse({ ...company, PK: 'ORG#o1#COMPANIES', SK: 'COMPANY#c1', type: 'company' })).toEqual(company)
    const job = setEmployment(undefined, 'mentor', { companyId: 'c1', agreement: 'pending', hoursPerMonth: 3, startDate: '2026-09-01' }, { orgId: 'o1', programmeId: 'p1', personId: 'mentor-01', now })
    const raw = { ...job, PK: 'ORG#o1#EMPLOYMENTS', SK: 'PROGRAMME#p1#PERSON#mentor-01', type: 'employment' }
    expect(employmentEntity.for('o1').parse(raw)).toEqual(job)
    expect(() => employmentEntity.for('o2').parse({ ...raw, PK: 'ORG#o2#EMPLOYMENTS' })).toThrow(/names organisation "o1"/)
    expect(() => employmentEntity.for('o1').parse({ ...raw, SK: 'PROGRAMME#p1#PERSON#mentor-02' })).toThrow(/belongs at/)
  })

  it('reads an organisation stored before the sponsorship rate existed with no rate', () => {
    const { sponsorshipHourlyRate: _, ...old } = newOrganisation({ name: 'PLS' }, { id: 'o1', now: '2026-11-30T10:00:00.000Z' })
    const read: Organisation = organisationEntity.for('o1').parse({ ...old, PK: 'ORG#o1#PROFILE', SK: 'PROFILE', type: 'organisation' })
    expect(read.sponsorshipHourlyRate).toBeNull()
  })

  it('keeps the e-mails sent to a person in a partition of their own, beside their timeline, oldest first', () => {
    const mail = {
      id: 'm1', orgId: 'o1', programmeId: 'p1', personId: 'mentee-01', kind: 'email-decision' as const,
      subject: 'Votre candidature', to: 'a@exemple.be', sentAt: '2026-11-30T10:00:00.000Z',
    }
    const key = sentMailEntity.for('o1').key(['p1', 'mentee-01'], [mail.sentAt, 'm1'])
    expect(key).toEqual({ PK: 'ORG#o1#PROGRAMME#p1#PERSON#mentee-01#MAILS', SK: 'MAIL#2026-11-30T10:00:00.000Z#m1' })
    const raw = { ...mail, ...key, type: 'sent-mail' }
    expect(sentMailEntity.for('o1').parse(raw)).toEqual(mail)
    expect(() => sentMailEntity.for('o2').parse({ ...raw, PK: 'ORG#o2#PROGRAMME#p1#PERSON#mentee-01#MAILS' })).toThrow(/names organisation "o1"/)
    expect(() => sentMailEntity.for('o1').parse({ ...raw, PK: 'ORG#o1#PROGRAMME#p1#PERSON#mentee-02#MAILS' })).toThrow(/belongs at/)
    // A timeline entry is never read as a mail.
    expect(() => sentMailEntity.for('o1').parse({ ...raw, type: 'timeline-entry' })).toThrow(/its type is "timeline-entry"/)
  })

  it('keeps the organisation’s network partners in one partition', () => {
    expect(networkPartnerEntity.for('o1').key([], ['np1'])).toEqual({ PK: 'ORG#o1#NETWORK', SK: 'PARTNER#np1' })
  })

  it('keys a programme’s rules versions under the programme, in number order', () => {
    expect(rulesVersionEntity.for('o1').key(['p1'], [12])).toEqual({ PK: 'ORG#o1#PROGRAMME#p1#RULES', SK: 'V#000000012' })
    expect(() => rulesVersionEntity.for('o1').key(['p1'], [0])).toThrow(/invalid rules version/)
  })

  it('puts every partition under ORG#<orgId>#, whatever the declaration returns', () => {
    const escaping = defineTenantEntity({ type: 'escape', partition: () => 'USER#u1', sort: () => 'PROFILE' })
    expect(escaping.for('o1').key([], []).PK).toBe('ORG#o1#USER#u1')
    const empty = defineTenantEntity({ type: 'empty', partition: () => '', sort: () => 'X' })
    expect(() => empty.for('o1').key([], [])).toThrow(/empty partition/)
    expect(() => programmeEntity.for('o1#PROGRAMMES')).toThrow(/invalid orgId/)
    expect(() => programmeEntity.for('o1').key([], ['p1#x'])).toThrow(/invalid programmeId/)
    for (const pk of [
      programmeEntity.for('o2').partition(), personEntity.for('o2').partition('p1'), matchingRunEntity.for('o2').partition('p1'),
      matchingSuggestionEntity.for('o2').partition('p1', 'r1', 1), alertEntity.for('o2').partition(), sweepEntity.for('o2').partition(),
      organisationEntity.for('o2').partition(),
    ]) expect(pk.startsWith(tenantPrefix('o2'))).toBe(true)
  })

  it('has its type tag', () => {
    expect([programmeEntity, personEntity, organisationEntity, matchingRunEntity, matchingSuggestionEntity, matchingUnmatchedEntity, alertEntity, sweepEntity].map((e) => e.type))
      .toEqual(['programme', 'person', 'organisation', 'matching-run', 'matching-suggestion', 'matching-unmatched', 'alert', 'sweep'])
  })

  it('reads a stored item back without its storage attributes', () => {
    expect(programmeEntity.for('o1').parse(stored)).toEqual(programme)
  })

  it('refuses an item of another type, of another tenant, or at a key its own fields disagree with', () => {
    const parse = programmeEntity.for('o1').parse
    expect(() => parse({ ...stored, type: 'person' })).toThrow(StoredItemError)
    expect(() => parse({ ...stored, type: undefined })).toThrow(/its type is undefined/)
    expect(() => programmeEntity.for('o2').parse(stored)).toThrow(/outside ORG#o2#/)
    expect(() => programmeEntity.for('o2').parse({ ...stored, PK: 'ORG#o2#PROGRAMMES' })).toThrow(/names organisation "o1"/)
    expect(() => parse({ ...stored, SK: 'PROGRAMME#p2' })).toThrow(/belongs at ORG#o1#PROGRAMMES \/ PROGRAMME#p1/)
    expect(() => parse({ ...stored, id: undefined })).toThrow(/key fields are invalid/)
    expect(() => parse({ ...stored, id: 'p1#x' })).toThrow(/key fields are invalid/)
    expect(() => organisationEntity.for('o1').parse({ PK: 'ORG#o1#PROFILE', SK: 'PROFILE', type: 'organisation', id: 'o2' }))
      .toThrow(/names organisation "o2"/)
  })

  it('upgrades older shapes where the declaration says so', () => {
    const legacy = {
      PK: 'ORG#o1#PROGRAMME#p1#RUNS', SK: 'RUN#r1', type: 'matching-run', id: 'r1', programmeId: 'p1', status: 'completed',
      summary: { mentees: 2, mentors: 2, matched: 1, totalScore: 70, ms: 3 }, unmatched: [{ menteeId: 'x' }], version: 3,
    }
    const run = matchingRunEntity.for('o1').parse(legacy)
    expect(run).toMatchObject({ resultAttempt: null, progress: null, losses: null, summary: { unmatched: 1 } })
    expect(run).not.toHaveProperty('unmatched')
  })
})
