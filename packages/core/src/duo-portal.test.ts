import { describe, expect, it } from 'vitest'
import { applyDuoEvent, proposeDuo, type Duo, type DuoEvent, type DuoRules } from './duo'
import { portalActions, portalDuo, sideIn } from './duo-portal'

const rules: DuoRules = { proposalAnswerDays: 7, firstMeetingPlace: 'mentor-workplace', durationMonthsMax: 6 }
const sha = 'c'.repeat(64)
const proposed = proposeDuo({ programmeId: 'p1', menteeId: 'mentee-1', mentorId: 'mentor-1' }, { id: 'd1', entryId: 'e0', at: '2027-01-04T09:00:00.000Z', by: 'u-staff', rules }).duo
const apply = (duo: Duo, event: DuoEvent) => applyDuoEvent(duo, event, { rules, entryId: 'e' }).duo
const scheduled = apply(apply(proposed, { type: 'accept', at: '2027-01-05T10:00:00.000Z', by: 'u-mentor' }), {
  type: 'schedule-meeting', at: '2027-01-06T10:00:00.000Z', by: 'u-staff', startsAt: '2027-01-15T14:00:00.000Z', place: 'Rue Royale 10', placeKind: 'mentor-workplace',
})

describe('a duo in its people’s portal', () => {
  it('knows the reader’s side, and no side for someone else', () => {
    expect(sideIn(proposed, 'mentor-1')).toBe('mentor')
    expect(sideIn(proposed, 'mentee-1')).toBe('mentee')
    expect(sideIn(proposed, 'mentor-2')).toBeNull()
  })

  it('only the mentor answers a proposal, and only before its deadline', () => {
    expect(portalDuo(proposed, 'mentor', '2027-01-05T10:00:00.000Z').actions).toEqual(['accept', 'refuse'])
    expect(portalDuo(proposed, 'mentee', '2027-01-05T10:00:00.000Z').actions).toEqual([])
    expect(portalActions(proposed, 'mentor', proposed.answerDeadline)).toEqual([])
  })

  it('a refusal’s reason is the mentor’s: the mentee sees that it was refused, not why', () => {
    const refused = apply(proposed, { type: 'refuse', at: '2027-01-05T10:00:00.000Z', by: 'u-mentor', reason: 'Pas avant mars' })
    expect(portalDuo(refused, 'mentor', '2027-01-06T00:00:00.000Z').answer).toEqual({ outcome: 'refused', reason: 'Pas avant mars', at: '2027-01-05T10:00:00.000Z' })
    expect(portalDuo(refused, 'mentee', '2027-01-06T00:00:00.000Z').answer).toEqual({ outcome: 'refused', at: '2027-01-05T10:00:00.000Z' })
  })

  it('each side gives its verdict once the meeting began, sees its own reason and only the other’s outcome', () => {
    expect(portalDuo(scheduled, 'mentee', '2027-01-15T13:59:00.000Z').actions).toEqual([])
    expect(portalDuo(scheduled, 'mentee', '2027-01-15T14:00:00.000Z').actions).toEqual(['validate', 'decline'])
    const one = apply(scheduled, { type: 'validate', at: '2027-01-16T09:00:00.000Z', by: 'u-mentor', side: 'mentor' })
    expect(portalDuo(one, 'mentor', '2027-01-16T10:00:00.000Z')).toMatchObject({ actions: [], verdicts: { mine: { outcome: 'validated' }, theirs: null } })
    const declined = apply(one, { type: 'decline', at: '2027-01-16T11:00:00.000Z', by: 'u-mentee', side: 'mentee', reason: 'Trop loin de chez moi' })
    expect(portalDuo(declined, 'mentee', '2027-01-17T00:00:00.000Z').verdicts.mine).toMatchObject({ outcome: 'declined', reason: 'Trop loin de chez moi' })
    expect(portalDuo(declined, 'mentor', '2027-01-17T00:00:00.000Z').verdicts.theirs).toEqual({ outcome: 'declined', at: '2027-01-16T11:00:00.000Z' })
    expect(JSON.stringify(portalDuo(declined, 'mentor', '2027-01-17T00:00:00.000Z'))).not.toContain('Trop loin')
  })

  it('each side signs the current contract once; who recorded what and from where stays out', () => {
    const validated = [
      { type: 'validate', at: '2027-01-16T09:00:00.000Z', by: 'u-mentor', side: 'mentor' },
      { type: 'validate', at: '2027-01-16T09:00:00.000Z', by: 'u-mentee', side: 'mentee' },
      { type: 'contract-generated', at: '2027-01-17T09:00:00.000Z', by: 'u-staff', documentId: 'doc-1', sha256: sha, parties: 'tripartite' },
    ].reduce((d, e) => apply(d, e as DuoEvent), scheduled)
    expect(portalDuo(validated, 'mentee', '2027-01-17T10:00:00.000Z').actions).toEqual(['sign'])
    const signed = apply(validated, { type: 'sign', at: '2027-01-18T09:00:00.000Z', by: 'u-mentee', party: 'mentee', clientAddress: '203.0.113.7', sha256: sha })
    const view = portalDuo(signed, 'mentee', '2027-01-18T10:00:00.000Z')
    expect(view).toMatchObject({ state: 'signing', actions: [], contract: { sha256: sha, parties: 'tripartite', signed: [{ party: 'mentee', at: '2027-01-18T09:00:00.000Z' }] } })
    expect(portalDuo(signed, 'mentor', '2027-01-18T10:00:00.000Z').actions).toEqual(['sign'])
    expect(JSON.stringify(view)).not.toMatch(/203\.0\.113\.7|u-staff|u-mentee|u-mentor/)
  })
})
