/**
 * A duo as one of its own people sees it in their portal (issue 9, "Mentor and mentee portal"): their side, the steps
 * of the proposal, the first meeting and the contract, and what they may do now. Staff's notes stay out: who recorded
 * a step, the other side's reasons (a mentor's refusal says something about the mentee; a decline about the other),
 * the client addresses of signatures. Pure: the reader's side and the time are handed in.
 */
import { missingSignatures, type Duo, type DuoSide, type DuoState, type SignatoryParty } from './duo'
import type { FirstMeetingPlace } from './rules/programme-rules'

/** What a mentor or mentee may do on their own duo from the portal. */
export const portalDuoActions = ['accept', 'refuse', 'validate', 'decline', 'sign'] as const
export type PortalDuoAction = (typeof portalDuoActions)[number]

export interface PortalDuo {
  id: string
  programmeId: string
  /** The reader's side of the duo. */
  side: DuoSide
  state: DuoState
  proposedAt: string
  answerDeadline: string
  /** The mentor's answer; the reason of a refusal only to the mentor who gave it. */
  answer: { outcome: 'accepted' | 'refused'; reason?: string; at: string } | null
  meeting: { startsAt: string; durationMinutes: number; place: string; placeKind: FirstMeetingPlace } | null
  /** The reader's own verdict on the first meeting (with their reason) and whether the other side gave theirs. */
  verdicts: {
    mine: { outcome: 'validated' | 'declined'; reason?: string; at: string } | null
    theirs: { outcome: 'validated' | 'declined'; at: string } | null
  }
  /** The contract to sign: its exact document's SHA-256 (sent back with a signature), and who signed it when. */
  contract: { sha256: string; revision: number; parties: 'bipartite' | 'tripartite'; signed: { party: SignatoryParty; at: string }[] } | null
  startDate: string | null
  plannedEndDate: string | null
  endedAt: string | null
  version: number
  /** What the reader may do now, for the portal's buttons; the API checks each again. */
  actions: PortalDuoAction[]
}

/** The reader's side of a duo, or `null` when the person is in neither (another person's duo). */
export function sideIn(duo: Pick<Duo, 'mentorId' | 'menteeId'>, personId: string): DuoSide | null {
  if (duo.mentorId === personId) return 'mentor'
  if (duo.menteeId === personId) return 'mentee'
  return null
}

/**
 * The portal's view of a duo for one side at `now`.
 *
 * @example
 * portalDuo(proposed, 'mentor', '2027-01-05T10:00:00.000Z').actions // ['accept', 'refuse']
 * portalDuo(proposed, 'mentee', '2027-01-05T10:00:00.000Z').actions // []
 */
export function portalDuo(duo: Duo, side: DuoSide, now: string): PortalDuo {
  const other: DuoSide = side === 'mentor' ? 'mentee' : 'mentor'
  const mine = duo.verdicts[side]
  const theirs = duo.verdicts[other]
  const answer = duo.answer
    ? { outcome: duo.answer.outcome, at: duo.answer.at, ...(side === 'mentor' && duo.answer.reason !== undefined && { reason: duo.answer.reason }) }
    : null
  const contract = duo.contract
    ? {
      sha256: duo.contract.sha256, revision: duo.contract.revision, parties: duo.contract.parties,
      signed: duo.signatures.filter((s) => s.sha256 === duo.contract!.sha256).map((s) => ({ party: s.party, at: s.at })),
    }
    : null
  return {
    id: duo.id, programmeId: duo.programmeId, side, state: duo.state, proposedAt: duo.proposedAt, answerDeadline: duo.answerDeadline,
    answer,
    meeting: duo.meeting
      ? { startsAt: duo.meeting.startsAt, durationMinutes: duo.meeting.durationMinutes, place: duo.meeting.place, placeKind: duo.meeting.placeKind }
      : null,
    verdicts: {
      mine: mine ? { outcome: mine.outcome, at: mine.at, ...(mine.reason !== undefined && { reason: mine.reason }) } : null,
      theirs: theirs ? { outcome: theirs.outcome, at: theirs.at } : null,
    },
    contract,
    startDate: duo.startDate, plannedEndDate: duo.plannedEndDate, endedAt: duo.endedAt, version: duo.version,
    actions: portalActions(duo, side, now),
  }
}

/**
 * What one side may do now: the mentor answers a proposal before its deadline; each side gives its verdict once the
 * first meeting has begun; each signs the current contract once.
 */
export function portalActions(duo: Duo, side: DuoSide, now: string): PortalDuoAction[] {
  const at = Date.parse(now)
  switch (duo.state) {
    case 'proposed':
      return side === 'mentor' && at < Date.parse(duo.answerDeadline) ? ['accept', 'refuse'] : []
    case 'meeting-scheduled':
      return duo.meeting && !duo.verdicts[side] && at >= Date.parse(duo.meeting.startsAt) ? ['validate', 'decline'] : []
    case 'signing':
      return missingSignatures(duo).includes(side) ? ['sign'] : []
    default:
      return []
  }
}
