import { describe, expect, it } from 'vitest'
import type { Duo } from '../duo'
import { eraseAlert, eraseDuo, eraseLogEntry } from './erasure'
import type { DuoLogEntry } from './duo-log'

const duo = {
  id: 'd1', programmeId: 'p1', menteeId: 'm1', mentorId: 'n1', state: 'closed',
  answer: { outcome: 'accepted', reason: 'Elle vit à Jette', at: 't', by: 'u' },
  meeting: { startsAt: 't', durationMinutes: 90, place: 'Rue du Zorg 5', placeKind: 'neutral-with-staff', scheduledAt: 't', scheduledBy: 'u' },
  verdicts: { mentor: { outcome: 'validated', at: 't', by: 'u' }, mentee: { outcome: 'validated', reason: 'Bon feeling', at: 't', by: 'u' } },
  signatures: [
    { party: 'mentee', by: 'u1', at: 't', clientAddress: '198.51.100.7', sha256: 'h' },
    { party: 'mentor', by: 'u2', at: 't', clientAddress: '203.0.113.9', sha256: 'h' },
  ],
  endReason: null,
  closure: { outcomeId: 'dropout', outcomeClass: 'negative', countsAsEmployment: false, endDate: '2027-04-02', early: true, decidedBy: 'mentee', reason: 'Déménage à Zorgville', recordedAt: 't', recordedBy: 'u' },
} as unknown as Duo

describe("a person's erasure in their duo", () => {
  it('takes the reasons, the address and their own network address, and keeps the facts and the other side', () => {
    const erased = eraseDuo(duo, 'mentee')
    expect(JSON.stringify(erased)).not.toMatch(/Jette|Zorg|Bon feeling|198\.51/)
    expect(erased.signatures[1]!.clientAddress).toBe('203.0.113.9')
    expect(erased.closure).toMatchObject({ outcomeId: 'dropout', endDate: '2027-04-02', early: true, decidedBy: 'mentee' })
    expect(erased.meeting).toMatchObject({ placeKind: 'neutral-with-staff', durationMinutes: 90, place: '' })
  })

  it("keeps a log entry's day, kind and length, and the other side's name", () => {
    const entry = { date: '2027-03-01', kind: 'meeting', minutes: 90, place: 'Chez Zorg', workedOn: 'CV', nextSteps: 'x', loggedBy: { side: 'mentor', userId: 'u2', name: 'Sophie Lambert' } } as unknown as DuoLogEntry
    expect(eraseLogEntry(entry, 'mentee')).toMatchObject({ date: '2027-03-01', minutes: 90, place: '', workedOn: '', nextSteps: '', loggedBy: { name: 'Sophie Lambert' } })
    expect(eraseLogEntry(entry, 'mentor').loggedBy.name).toBe('')
  })

  it("takes the name from an alert's values and message", () => {
    const alert = { id: 'a', kind: 'inactive', programmeId: 'p1', message: 'Duo Amina Haddad / Sophie Lambert: inactive', values: { mentee: 'Amina Haddad', mentor: 'Sophie Lambert', days: 20 }, raisedAt: 't', sweepDate: 'd', version: 1 } as const
    const erased = eraseAlert(alert, 'mentee', 'Amina Haddad')
    expect(erased.message).toBe('Duo — / Sophie Lambert: inactive')
    expect(erased.values).toEqual({ mentee: '', mentor: 'Sophie Lambert', days: 20 })
  })
})
