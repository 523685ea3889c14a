/**
 * A duo from the proposal to its start (stage 3 of the method, seeds 003 and 004): the coordinator proposes a mentee
 * to a mentor, the mentor accepts or refuses within the programme's deadline, a first meeting (1h30) is scheduled
 * where the rules say, each side then validates or declines it, the engagement contract is generated and signed by
 * every party it names; the last signature makes the duo active.
 *
 * The states are a transition table ({@link duoLifecycle}); {@link applyDuoEvent} also checks what each step needs
 * beyond the table (a reason for a refusal, the meeting's place, a signature on the exact document shown...). It is
 * pure: the time, the ids and the rules are handed in, and it returns the next duo with the timeline entry that
 * records the step. The stored version (409 when stale) is the data layer's.
 */
import { dayAfter, dayOf, daysBetween, isDay, localDay } from './duo-life/dates'
import { DomainError, type FieldIssue } from './errors'
import { defineLifecycle } from './lifecycle'
import { firstMeetingPlaces, type Cadences, type ExitOutcome, type FirstMeetingPlace, type OutcomeClass } from './rules/programme-rules'

export const duoStates = [
  'proposed', 'accepted', 'meeting-scheduled', 'validated', 'signing', 'active', 'paused',
  'refused', 'expired', 'declined', 'cancelled', 'closed',
] as const
export type DuoState = (typeof duoStates)[number]

/** The states on the way to an active duo: staff can still cancel, and the people are not in the pool. */
export const pendingDuoStates = ['proposed', 'accepted', 'meeting-scheduled', 'validated', 'signing'] as const satisfies readonly DuoState[]
/** Where a duo that never started ends; its people go back to the pool and the pair is not suggested again. */
export const endedDuoStates = ['refused', 'expired', 'declined', 'cancelled'] as const satisfies readonly DuoState[]
/** A started duo that has not ended: active, or paused for a while (its people stay in it). */
export const runningDuoStates = ['active', 'paused'] as const satisfies readonly DuoState[]
/** A duo that holds its people: pending, active or paused. */
export const openDuoStates = [...pendingDuoStates, ...runningDuoStates] as const satisfies readonly DuoState[]

/** Where a duo that started ends: closed, with its outcome. */
export const closedDuoStates = ['closed'] as const satisfies readonly DuoState[]

export const isOpenDuoState = (s: DuoState): boolean => (openDuoStates as readonly DuoState[]).includes(s)
export const isEndedDuoState = (s: DuoState): boolean => (endedDuoStates as readonly DuoState[]).includes(s)

/**
 * The duo's steps as a table. `propose` creates a duo (it starts in no state). `schedule-meeting` from
 * `meeting-scheduled` is a reschedule. `validate` and `decline` are one side's verdict after the first meeting: the
 * table says where a verdict may happen; {@link applyDuoEvent} decides whether it ends the meeting step (both sides
 * validated → `validated`; a decline → `declined`; one validation alone stays `meeting-scheduled`). Likewise `sign`
 * stays `signing` until the last signature the contract needs, then `active`; `contract-generated` from `signing`
 * is a changed document, which voids the signatures given so far. `cancel` is staff stopping a duo before it starts
 * (an active duo ends by its closure, with an outcome, not by a cancellation). `close` ends an active duo at its
 * planned end, at a positive exit or early, with the outcome from the programme's taxonomy (seed 003: ending early
 * must be possible, and states its reason); a paused duo may be closed too (it may never resume). `pause` stops an
 * active duo for a while (illness, a training, holidays: issue 10), with its reason and the day it expects to resume;
 * `resume` starts it again and moves its planned end by the days it was paused, so the duo keeps its whole length.
 */
export const duoLifecycle = defineLifecycle({
  entity: 'duo',
  states: duoStates,
  initial: 'proposed',
  transitions: {
    propose: { from: [], to: 'proposed' },
    accept: { from: ['proposed'], to: 'accepted' },
    refuse: { from: ['proposed'], to: 'refused' },
    expire: { from: ['proposed'], to: 'expired' },
    'schedule-meeting': { from: ['accepted', 'meeting-scheduled'], to: 'meeting-scheduled' },
    validate: { from: ['meeting-scheduled'], to: 'validated' },
    decline: { from: ['meeting-scheduled'], to: 'declined' },
    'contract-generated': { from: ['validated', 'signing'], to: 'signing' },
    sign: { from: ['signing'], to: 'active' },
    cancel: { from: pendingDuoStates, to: 'cancelled' },
    close: { from: runningDuoStates, to: 'closed' },
    pause: { from: ['active'], to: 'paused' },
    resume: { from: ['paused'], to: 'active' },
  },
})
export type DuoEventType = keyof typeof duoLifecycle.transitions
export const duoEventTypes = Object.keys(duoLifecycle.transitions) as DuoEventType[]

export const duoSides = ['mentor', 'mentee'] as const
export type DuoSide = (typeof duoSides)[number]
export const contractParties = ['bipartite', 'tripartite'] as const
export type ContractParties = (typeof contractParties)[number]
export const signatoryParties = ['mentor', 'mentee', 'organisation'] as const
export type SignatoryParty = (typeof signatoryParties)[number]

/** Who decided a duo's end: it reached its planned end, a side stopped, both agreed, or the coordinator stopped it. */
export const closureDeciders = ['planned-end', 'mentee', 'mentor', 'both', 'coordinator'] as const
export type ClosureDecider = (typeof closureDeciders)[number]

/** The first meeting's default length (seed 003: 1h30). */
export const firstMeetingMinutes = 90

/** The mentor's answer to the proposal, given by themselves in the portal or recorded by staff on their behalf. */
export interface DuoAnswer {
  outcome: 'accepted' | 'refused'
  reason?: string
  at: string
  by: string
}

/** The first meeting: when, how long, where, and the staff member present when the rules want neutral ground. */
export interface FirstMeeting {
  startsAt: string
  durationMinutes: number
  place: string
  placeKind: FirstMeetingPlace
  staffMemberId?: string
  scheduledAt: string
  scheduledBy: string
}

/** One side's verdict on the first meeting ("feeling ok / pas ok"). */
export interface DuoVerdict {
  outcome: 'validated' | 'declined'
  reason?: string
  at: string
  by: string
}

/** The current engagement contract: the stored document and the SHA-256 of its exact bytes. */
export interface DuoContract {
  documentId: string
  sha256: string
  parties: ContractParties
  /** 1 for the first document, raised each time it is generated again. */
  revision: number
  generatedAt: string
  generatedBy: string
}

/**
 * How a started duo ended: the outcome from the programme's taxonomy (copied, so a later change of the taxonomy
 * does not rewrite history), the last day, whether it ended before its planned end (then with its reason), and who
 * decided; with who recorded it and when.
 */
export interface DuoClosure {
  outcomeId: string
  outcomeClass: OutcomeClass
  countsAsEmployment: boolean
  endDate: string
  early: boolean
  decidedBy: ClosureDecider
  reason?: string
  recordedAt: string
  recordedBy: string
}

/**
 * One pause of a started duo: from which day, why, when it expected to resume, and, once resumed, the day it did and
 * the days it lasted (by which the planned end moved).
 */
export interface DuoPause {
  from: string
  reason: string
  expectedResumeDate: string
  resumedOn: string | null
  days: number | null
  at: string
  by: string
}

/** One electronic signature: who, as which party, when, from where, on which exact document. */
export interface DuoSignature {
  party: SignatoryParty
  by: string
  at: string
  clientAddress: string
  sha256: string
}

export interface Duo {
  id: string
  programmeId: string
  menteeId: string
  mentorId: string
  state: DuoState
  /** The matching run the pair came from, when it came from one. */
  runId: string | null
  /** The pair's score in that run. */
  score: number | null
  proposedAt: string
  proposedBy: string
  /** The mentor answers before this instant (the rules' `proposalAnswerDays` after the proposal); then it expires. */
  answerDeadline: string
  answer: DuoAnswer | null
  meeting: FirstMeeting | null
  verdicts: { mentor: DuoVerdict | null; mentee: DuoVerdict | null }
  contract: DuoContract | null
  /** The signatures on the current contract (a new document empties it). */
  signatures: DuoSignature[]
  /** The day of the last signature. */
  startDate: string | null
  /** The start plus the rules' `durationMonthsMax` months. */
  plannedEndDate: string | null
  /** When and why a duo ended before starting. */
  endedAt: string | null
  endReason: string | null
  /** How a started duo ended; null until it is closed. */
  closure: DuoClosure | null
  /** Its pauses, oldest first; the last one is open (`resumedOn` null) while the duo is paused. Absent: never paused. */
  pauses?: DuoPause[]
  version: number
}

/** One step of a duo, written with it in the same transaction; newest first on the duo's page. */
export interface DuoTimelineEntry {
  id: string
  duoId: string
  programmeId: string
  at: string
  /** The user who did it; absent for the daily sweep (an expired proposal). */
  by?: string
  event: DuoEventType
  from: DuoState | null
  to: DuoState
  reason?: string
  side?: DuoSide
  party?: SignatoryParty
  meeting?: { startsAt: string; durationMinutes: number; place: string; placeKind: FirstMeetingPlace }
  sha256?: string
  /** A pause: the day the duo expects to resume. */
  expectedResumeDate?: string
  /** A resumption: the days the duo was paused, by which its planned end moved. */
  pausedDays?: number
}

/** Each step with what it carries; `at` is when it happens (handed in, never read from a clock), `by` the user. */
export type DuoEvent =
  | { type: 'accept'; at: string; by: string }
  | { type: 'refuse'; at: string; by: string; reason: string }
  | { type: 'expire'; at: string }
  | {
    type: 'schedule-meeting'; at: string; by: string
    startsAt: string; durationMinutes?: number; place: string; placeKind: FirstMeetingPlace; staffMemberId?: string
  }
  | { type: 'validate'; at: string; by: string; side: DuoSide }
  | { type: 'decline'; at: string; by: string; side: DuoSide; reason: string }
  | { type: 'contract-generated'; at: string; by: string; documentId: string; sha256: string; parties: ContractParties }
  | { type: 'sign'; at: string; by: string; party: SignatoryParty; clientAddress: string; sha256: string }
  | { type: 'cancel'; at: string; by: string; reason: string }
  | { type: 'close'; at: string; by: string; outcomeId: string; endDate: string; decidedBy: ClosureDecider; reason?: string }
  | { type: 'pause'; at: string; by: string; reason: string; expectedResumeDate: string }
  | { type: 'resume'; at: string; by: string }

/** The rules a duo's steps read. */
export type DuoRules = Pick<Cadences, 'proposalAnswerDays' | 'firstMeetingPlace' | 'durationMonthsMax'>

/** What a step needs besides the duo and the event: the rules, and the id of the timeline entry it writes. */
export interface DuoContext {
  rules: DuoRules
  entryId: string
  /** The programme's exit outcomes, which a closure chooses from. */
  outcomes?: readonly ExitOutcome[]
}

/** A step's result: the next duo (same version: the data layer raises it) and the entry to write with it. */
export interface DuoStep {
  duo: Duo
  entry: DuoTimelineEntry
}

const dayMs = 86_400_000

const invalid = (path: string, reason: FieldIssue['reason'], message: string, values?: Record<string, string | number>): DomainError =>
  new DomainError('validation', `${path} ${message}`, { details: [{ path, reason, message, ...(values && { values }) }] })

function requireText(value: string | undefined, path: string): string {
  const text = value?.trim()
  if (!text) throw invalid(path, 'required', 'is required')
  return text
}

function requireInstant(value: string, path: string): void {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid(path, 'not-a-date', 'is not a date and time')
  }
}

const timeOf = (iso: string): number => Date.parse(iso)

/**
 * The calendar day `months` months after `day`, kept within the month (31 January + 1 month = 28 or 29 February).
 *
 * @example
 * addMonths('2027-01-31', 1) // '2027-02-28'
 * addMonths('2027-03-15', 6) // '2027-09-15'
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = dayOf(day).split('-').map(Number) as [number, number, number]
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10)
}

/** The parties a contract needs: the mentor and the mentee, and the organisation for a tripartite one. */
export function requiredParties(parties: ContractParties): SignatoryParty[] {
  return parties === 'tripartite' ? ['mentor', 'mentee', 'organisation'] : ['mentor', 'mentee']
}

/** The parties still to sign the current contract (none before one is generated). */
export function missingSignatures(duo: Duo): SignatoryParty[] {
  if (!duo.contract) return []
  const signed = new Set(duo.signatures.filter((s) => s.sha256 === duo.contract!.sha256).map((s) => s.party))
  return requiredParties(duo.contract.parties).filter((p) => !signed.has(p))
}

/**
 * A new duo, proposed to the mentor: the answer is due `proposalAnswerDays` days later.
 *
 * @example
 * const { duo, entry } = proposeDuo({ programmeId: 'p1', menteeId: 'e1', mentorId: 'm1', runId: 'r1', score: 0.82 },
 *   { id: 'd1', entryId: 't1', at: '2027-01-04T09:00:00.000Z', by: 'u1', rules })
 * duo.state          // 'proposed'
 * duo.answerDeadline // '2027-01-11T09:00:00.000Z' with a 7-day rule
 */
export function proposeDuo(
  input: { programmeId: string; menteeId: string; mentorId: string; runId?: string | null; score?: number | null },
  ctx: { id: string; entryId: string; at: string; by: string; rules: Pick<DuoRules, 'proposalAnswerDays'> },
): DuoStep {
  requireInstant(ctx.at, 'at')
  if (input.menteeId === input.mentorId) throw invalid('mentorId', 'invalid', 'cannot be the mentee')
  const duo: Duo = {
    id: ctx.id, programmeId: input.programmeId, menteeId: input.menteeId, mentorId: input.mentorId,
    state: duoLifecycle.initial, runId: input.runId ?? null, score: input.score ?? null,
    proposedAt: ctx.at, proposedBy: ctx.by,
    answerDeadline: new Date(timeOf(ctx.at) + ctx.rules.proposalAnswerDays * dayMs).toISOString(),
    answer: null, meeting: null, verdicts: { mentor: null, mentee: null }, contract: null, signatures: [],
    startDate: null, plannedEndDate: null, endedAt: null, endReason: null, closure: null, version: 1,
  }
  return { duo, entry: { id: ctx.entryId, duoId: duo.id, programmeId: duo.programmeId, at: ctx.at, by: ctx.by, event: 'propose', from: null, to: duo.state } }
}

/**
 * The duo after one step, with the timeline entry that records it; or the rule that stops it: a 409 `wrong-state`
 * naming the current state for a step the table refuses there, `too-early` for a proposal expired before its
 * deadline or a verdict before the meeting, `already-recorded` for a side or party that already answered or signed,
 * `document-changed` for a signature on another document than the current one, and a 400 naming the field for
 * a missing reason, place or staff member.
 *
 * @example
 * const { duo: accepted, entry } = applyDuoEvent(duo, { type: 'accept', at: now, by: 'u-mentor' }, { rules, entryId: 't2' })
 * accepted.state // 'accepted'
 * entry.event    // 'accept'
 * applyDuoEvent(accepted, { type: 'accept', at: now, by: 'u-mentor' }, ctx) // throws 409 wrong-state { entity: 'duo', state: 'accepted' }
 */
export function applyDuoEvent(duo: Duo, event: DuoEvent, ctx: DuoContext): DuoStep {
  let to = duoLifecycle.next(duo.state, event.type)
  requireInstant(event.at, 'at')
  const by = 'by' in event ? event.by : undefined
  const entry: DuoTimelineEntry = {
    id: ctx.entryId, duoId: duo.id, programmeId: duo.programmeId, at: event.at, ...(by !== undefined && { by }),
    event: event.type, from: duo.state, to,
  }
  const ended = (reason: string | null): Partial<Duo> => ({ endedAt: event.at, endReason: reason })
  let next: Duo
  switch (event.type) {
    case 'accept':
      next = { ...duo, answer: { outcome: 'accepted', at: event.at, by: event.by } }
      break
    case 'refuse': {
      const reason = requireText(event.reason, 'reason')
      next = { ...duo, answer: { outcome: 'refused', reason, at: event.at, by: event.by }, ...ended(reason) }
      entry.reason = reason
      break
    }
    case 'expire':
      if (timeOf(event.at) < timeOf(duo.answerDeadline)) {
        throw new DomainError('too-early', `The proposal can expire only after its deadline ${duo.answerDeadline}`, { values: { at: duo.answerDeadline } })
      }
      next = { ...duo, ...ended(null) }
      break
    case 'schedule-meeting': {
      const meeting = firstMeeting(event, ctx.rules.firstMeetingPlace)
      next = { ...duo, meeting }
      entry.meeting = { startsAt: meeting.startsAt, durationMinutes: meeting.durationMinutes, place: meeting.place, placeKind: meeting.placeKind }
      break
    }
    case 'validate':
    case 'decline': {
      const side = event.side
      if (!(duoSides as readonly string[]).includes(side)) throw invalid('side', 'not-a-choice', 'is mentor or mentee')
      const meeting = duo.meeting!
      if (timeOf(event.at) < timeOf(meeting.startsAt)) {
        throw new DomainError('too-early', `The first meeting is judged once it has taken place (${meeting.startsAt})`, { values: { at: meeting.startsAt } })
      }
      if (duo.verdicts[side]) {
        throw new DomainError('already-recorded', `The ${side}'s verdict on the first meeting is already recorded`, { values: { party: side } })
      }
      entry.side = side
      if (event.type === 'decline') {
        const reason = requireText(event.reason, 'reason')
        next = { ...duo, verdicts: { ...duo.verdicts, [side]: { outcome: 'declined', reason, at: event.at, by: event.by } }, ...ended(reason) }
        entry.reason = reason
      } else {
        const verdicts = { ...duo.verdicts, [side]: { outcome: 'validated', at: event.at, by: event.by } satisfies DuoVerdict }
        const other = verdicts[side === 'mentor' ? 'mentee' : 'mentor']
        if (other?.outcome !== 'validated') to = 'meeting-scheduled'
        next = { ...duo, verdicts }
      }
      break
    }
    case 'contract-generated': {
      const documentId = requireText(event.documentId, 'documentId')
      const sha256 = requireSha256(event.sha256, 'sha256')
      if (!(contractParties as readonly string[]).includes(event.parties)) throw invalid('parties', 'not-a-choice', 'is bipartite or tripartite')
      next = {
        ...duo,
        contract: { documentId, sha256, parties: event.parties, revision: (duo.contract?.revision ?? 0) + 1, generatedAt: event.at, generatedBy: event.by },
        // A changed document voids what was signed on the earlier one.
        signatures: [],
      }
      entry.sha256 = sha256
      break
    }
    case 'sign': {
      const contract = duo.contract!
      if (!(requiredParties(contract.parties) as string[]).includes(event.party)) {
        throw invalid('party', 'not-a-choice', `is not a party to this ${contract.parties} contract`)
      }
      const sha256 = requireSha256(event.sha256, 'sha256')
      if (sha256 !== contract.sha256) {
        throw new DomainError('document-changed', 'The contract changed since it was shown: read the current one and sign it')
      }
      if (duo.signatures.some((s) => s.party === event.party)) {
        throw new DomainError('already-recorded', `The ${event.party} has already signed this contract`, { values: { party: event.party } })
      }
      const clientAddress = requireText(event.clientAddress, 'clientAddress')
      const signatures = [...duo.signatures, { party: event.party, by: event.by, at: event.at, clientAddress, sha256 }]
      next = { ...duo, signatures }
      entry.party = event.party
      entry.sha256 = sha256
      if (missingSignatures(next).length > 0) {
        to = 'signing'
      } else {
        const startDate = localDay(event.at)
        next = { ...next, startDate, plannedEndDate: addMonths(startDate, ctx.rules.durationMonthsMax) }
      }
      break
    }
    case 'cancel': {
      const reason = requireText(event.reason, 'reason')
      next = { ...duo, ...ended(reason) }
      entry.reason = reason
      break
    }
    case 'close': {
      const closure = duoClosure(duo, event, ctx.outcomes ?? [])
      next = { ...duo, closure }
      if (closure.reason !== undefined) entry.reason = closure.reason
      // A paused duo that ends keeps its pause closed on its last day.
      next = { ...next, ...(duo.pauses && { pauses: endPause(duo.pauses, closure.endDate) }) }
      break
    }
    case 'pause': {
      const reason = requireText(event.reason, 'reason')
      // The programme's day (Brussels), as for the start and the closure.
      const from = localDay(event.at)
      if (typeof event.expectedResumeDate !== 'string' || !isDay(event.expectedResumeDate)) throw invalid('expectedResumeDate', 'not-a-date', 'is not a date')
      if (event.expectedResumeDate <= from) throw invalid('expectedResumeDate', 'too-small', 'is after today', { min: dayAfter(from, 1) })
      const pause: DuoPause = { from, reason, expectedResumeDate: event.expectedResumeDate, resumedOn: null, days: null, at: event.at, by: event.by }
      next = { ...duo, pauses: [...(duo.pauses ?? []), pause] }
      entry.reason = reason
      entry.expectedResumeDate = event.expectedResumeDate
      break
    }
    case 'resume': {
      const pauses = endPause(duo.pauses ?? [], localDay(event.at))
      const days = pauses.at(-1)?.days ?? 0
      next = { ...duo, pauses, plannedEndDate: duo.plannedEndDate && dayAfter(duo.plannedEndDate, days) }
      entry.pausedDays = days
      break
    }
  }
  entry.to = to
  return { duo: { ...next, state: to }, entry }
}

/**
 * A closure checked against the duo and the programme: an outcome of its taxonomy, a last day between the start and
 * today, and a reason when the duo ends before its planned end.
 */
function duoClosure(duo: Duo, event: Extract<DuoEvent, { type: 'close' }>, outcomes: readonly ExitOutcome[]): DuoClosure {
  const outcome = outcomes.find((o) => o.id === event.outcomeId)
  if (!outcome) throw invalid('outcomeId', 'not-a-choice', "is not one of the programme's outcomes")
  if (!(closureDeciders as readonly string[]).includes(event.decidedBy)) throw invalid('decidedBy', 'not-a-choice', 'is not one of who may decide an end')
  if (typeof event.endDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(event.endDate) || Number.isNaN(Date.parse(event.endDate))) {
    throw invalid('endDate', 'not-a-date', 'is not a date')
  }
  if (duo.startDate !== null && event.endDate < duo.startDate) throw invalid('endDate', 'end-before-start', 'is before the duo started', { min: duo.startDate })
  if (event.endDate > localDay(event.at)) throw invalid('endDate', 'too-big', 'is after today', { max: localDay(event.at) })
  const early = duo.plannedEndDate !== null && event.endDate < duo.plannedEndDate
  const reason = event.reason?.trim() || undefined
  if (early && reason === undefined) throw invalid('reason', 'required', 'is required when a duo ends before its planned end')
  return {
    outcomeId: outcome.id, outcomeClass: outcome.class, countsAsEmployment: outcome.countsAsEmployment,
    endDate: event.endDate, early, decidedBy: event.decidedBy, ...(reason !== undefined && { reason }),
    recordedAt: event.at, recordedBy: event.by,
  }
}

/** The pauses with the open one (if any) ended on `day`, counting its days (a pause and resume the same day: 0). */
function endPause(pauses: readonly DuoPause[], day: string): DuoPause[] {
  return pauses.map((p) => (p.resumedOn === null ? { ...p, resumedOn: day, days: Math.max(0, daysBetween(p.from, day)) } : p))
}

/**
 * The open pause of a paused duo, or null.
 *
 * @example
 * currentPause(pausedDuo) // { from: '2027-02-27', reason: 'Formation', expectedResumeDate: '2027-03-29', resumedOn: null, ... }
 */
export function currentPause(duo: Pick<Duo, 'state' | 'pauses'>): DuoPause | null {
  return duo.state === 'paused' ? duo.pauses?.findLast((p) => p.resumedOn === null) ?? null : null
}

function requireSha256(value: string, path: string): string {
  if (typeof value !== 'string' || !/^[0-9a-f]{64}$/.test(value)) throw invalid(path, 'bad-format', 'is a SHA-256 in lowercase hexadecimal')
  return value
}

/**
 * The first meeting as scheduled, checked against the programme's place rule: a rule other than `free` fixes the
 * kind of place; neutral ground needs the staff member who will be there.
 */
function firstMeeting(event: Extract<DuoEvent, { type: 'schedule-meeting' }>, rule: FirstMeetingPlace): FirstMeeting {
  requireInstant(event.startsAt, 'startsAt')
  const place = requireText(event.place, 'place')
  if (!(firstMeetingPlaces as readonly string[]).includes(event.placeKind)) throw invalid('placeKind', 'not-a-choice', 'is not a kind of place')
  if (rule !== 'free' && event.placeKind !== rule) {
    throw invalid('placeKind', 'not-a-choice', `must be ${rule} in this programme`, { expected: rule })
  }
  const durationMinutes = event.durationMinutes ?? firstMeetingMinutes
  if (!Number.isInteger(durationMinutes)) throw invalid('durationMinutes', 'not-an-integer', 'is a whole number of minutes')
  if (durationMinutes < 15) throw invalid('durationMinutes', 'too-small', 'is at least 15 minutes', { min: 15 })
  if (durationMinutes > 480) throw invalid('durationMinutes', 'too-big', 'is at most 480 minutes', { max: 480 })
  let staffMemberId: string | undefined
  if (event.placeKind === 'neutral-with-staff') staffMemberId = requireText(event.staffMemberId, 'staffMemberId')
  else if (event.staffMemberId !== undefined && event.staffMemberId.trim() !== '') staffMemberId = event.staffMemberId.trim()
  return {
    startsAt: event.startsAt, durationMinutes, place, placeKind: event.placeKind, ...(staffMemberId && { staffMemberId }),
    scheduledAt: event.at, scheduledBy: event.by,
  }
}

/**
 * The events a screen may offer for a duo now (verdicts and signatures still to give included, those given left out).
 *
 * @example
 * duoEventsFrom(proposedDuo) // ['accept', 'refuse', 'expire', 'cancel']
 */
export function duoEventsFrom(duo: Duo): DuoEventType[] {
  return duoLifecycle.eventsFrom(duo.state).filter((e) => {
    if (e === 'propose') return false
    if (e === 'validate' || e === 'decline') return !duo.verdicts.mentor || !duo.verdicts.mentee
    if (e === 'sign') return missingSignatures(duo).length > 0
    return true
  })
}
