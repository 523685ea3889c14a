import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { DomainError } from './errors'
import {
  addMonths, applyDuoEvent, duoEventsFrom, duoEventTypes, duoLifecycle, duoStates, endedDuoStates, isEndedDuoState,
  missingSignatures, proposeDuo, requiredParties, type Duo, type DuoEvent, type DuoEventType, type DuoRules, type DuoState,
} from './duo'
import type { ExitOutcome } from './rules/programme-rules'

const rules: DuoRules = { proposalAnswerDays: 7, firstMeetingPlace: 'mentor-workplace', durationMonthsMax: 6 }
const outcomes: ExitOutcome[] = [
  { id: 'job', class: 'positive', countsAsEmployment: true, label: { fr: 'Emploi', en: 'Job', nl: 'Baan' } },
  { id: 'training', class: 'positive', countsAsEmployment: false, label: { fr: 'Formation', en: 'Training', nl: 'Opleiding' } },
  { id: 'dropout', class: 'negative', countsAsEmployment: false, label: { fr: 'Abandon', en: 'Dropout', nl: 'Afhaker' } },
]
const ctx = { rules, entryId: 'e', outcomes }
const t0 = '2027-01-04T09:00:00.000Z'
const shaA = 'a'.repeat(64)
const shaB = 'b'.repeat(64)

const proposed = proposeDuo({ programmeId: 'p1', menteeId: 'mentee-1', mentorId: 'mentor-1', runId: 'r1', score: 0.8 }, { id: 'd1', entryId: 'e0', at: t0, by: 'u-staff', rules }).duo

/** One legal event of each type, at times that suit the walk proposed → active of the duo it is applied to. */
const events: Record<Exclude<DuoEventType, 'propose'>, DuoEvent> = {
  accept: { type: 'accept', at: '2027-01-05T10:00:00.000Z', by: 'u-mentor' },
  refuse: { type: 'refuse', at: '2027-01-05T10:00:00.000Z', by: 'u-mentor', reason: 'Pas disponible avant mars' },
  expire: { type: 'expire', at: '2027-01-12T00:00:00.000Z' },
  'schedule-meeting': { type: 'schedule-meeting', at: '2027-01-06T10:00:00.000Z', by: 'u-staff', startsAt: '2027-01-15T14:00:00.000Z', place: 'Rue Royale 10, Bruxelles', placeKind: 'mentor-workplace' },
  validate: { type: 'validate', at: '2027-01-16T09:00:00.000Z', by: 'u-staff', side: 'mentor' },
  decline: { type: 'decline', at: '2027-01-16T09:00:00.000Z', by: 'u-staff', side: 'mentee', reason: 'Le courant ne passe pas' },
  'contract-generated': { type: 'contract-generated', at: '2027-01-17T09:00:00.000Z', by: 'u-staff', documentId: 'doc-1', sha256: shaA, parties: 'tripartite' },
  sign: { type: 'sign', at: '2027-01-18T09:00:00.000Z', by: 'u-mentor', party: 'mentor', clientAddress: '203.0.113.7', sha256: shaA },
  cancel: { type: 'cancel', at: '2027-01-06T09:00:00.000Z', by: 'u-staff', reason: 'Le mentor a déménagé' },
  close: { type: 'close', at: '2027-07-19T09:00:00.000Z', by: 'u-staff', outcomeId: 'job', endDate: '2027-07-18', decidedBy: 'planned-end' },
  pause: { type: 'pause', at: '2027-03-01T09:00:00.000Z', by: 'u-staff', reason: 'Formation de trois semaines', expectedResumeDate: '2027-03-22' },
  resume: { type: 'resume', at: '2027-03-22T09:00:00.000Z', by: 'u-staff' },
}

const apply = (duo: Duo, event: DuoEvent) => applyDuoEvent(duo, event, ctx).duo

/** A duo in each state, reached by legal steps only. */
function duoIn(state: DuoState): Duo {
  const accepted = apply(proposed, events.accept)
  const scheduled = apply(accepted, events['schedule-meeting'])
  const validated = apply(apply(scheduled, events.validate), { ...events.validate, side: 'mentee' } as DuoEvent)
  const signing = apply(validated, events['contract-generated'])
  const signEvent = (party: 'mentor' | 'mentee' | 'organisation') => ({ ...events.sign, party }) as DuoEvent
  const byState: Record<DuoState, () => Duo> = {
    proposed: () => proposed,
    accepted: () => accepted,
    'meeting-scheduled': () => scheduled,
    validated: () => validated,
    signing: () => signing,
    active: () => apply(apply(apply(signing, signEvent('mentor')), signEvent('mentee')), signEvent('organisation')),
    refused: () => apply(proposed, events.refuse),
    expired: () => apply(proposed, events.expire),
    declined: () => apply(scheduled, events.decline),
    cancelled: () => apply(accepted, events.cancel),
    closed: () => apply(byState.active(), events.close),
    paused: () => apply(byState.active(), events.pause),
  }
  return byState[state]()
}

function errorOf(f: () => unknown): DomainError {
  try {
    f()
  } catch (e) {
    if (e instanceof DomainError) return e
    throw e
  }
  throw new Error('expected a DomainError')
}

describe('a proposal', () => {
  it('starts proposed, answer due after the rules’ days, nothing else yet', () => {
    const { duo, entry } = proposeDuo({ programmeId: 'p1', menteeId: 'e1', mentorId: 'm1' }, { id: 'd9', entryId: 't1', at: t0, by: 'u1', rules })
    expect(duo).toMatchObject({ state: 'proposed', answerDeadline: '2027-01-11T09:00:00.000Z', runId: null, score: null, answer: null, meeting: null, signatures: [], version: 1 })
    expect(entry).toEqual({ id: 't1', duoId: 'd9', programmeId: 'p1', at: t0, by: 'u1', event: 'propose', from: null, to: 'proposed' })
  })

  it('refuses a person paired with themselves, naming mentorId', () => {
    const e = errorOf(() => proposeDuo({ programmeId: 'p1', menteeId: 'x', mentorId: 'x' }, { id: 'd', entryId: 't', at: t0, by: 'u', rules }))
    expect(e.details?.[0]?.path).toBe('mentorId')
  })
})

describe('the transition table', () => {
  // Where each event leads from each state, as the table says (undefined: refused with 409 wrong-state).
  const table: Record<DuoState, Partial<Record<Exclude<DuoEventType, 'propose'>, DuoState>>> = {
    proposed: { accept: 'accepted', refuse: 'refused', expire: 'expired', cancel: 'cancelled' },
    accepted: { 'schedule-meeting': 'meeting-scheduled', cancel: 'cancelled' },
    'meeting-scheduled': { 'schedule-meeting': 'meeting-scheduled', validate: 'meeting-scheduled', decline: 'declined', cancel: 'cancelled' },
    validated: { 'contract-generated': 'signing', cancel: 'cancelled' },
    signing: { 'contract-generated': 'signing', sign: 'signing', cancel: 'cancelled' },
    active: { close: 'closed', pause: 'paused' },
    paused: { close: 'closed', resume: 'active' },
    refused: {}, expired: {}, declined: {}, cancelled: {}, closed: {},
  }

  for (const state of duoStates) {
    for (const type of duoEventTypes.filter((t): t is Exclude<DuoEventType, 'propose'> => t !== 'propose')) {
      const expected = table[state][type]
      it(`${state} + ${type} → ${expected ?? '409 wrong-state'}`, () => {
        const duo = duoIn(state)
        if (expected === undefined) {
          const e = errorOf(() => applyDuoEvent(duo, events[type], ctx))
          expect(e.reason).toBe('wrong-state')
          expect(e.status).toBe(409)
          expect(e.values).toEqual({ entity: 'duo', state })
        } else {
          const { duo: next, entry } = applyDuoEvent(duo, events[type], ctx)
          expect(next.state).toBe(expected)
          expect(entry).toMatchObject({ event: type, from: state, to: expected, duoId: 'd1', at: events[type].at, id: 'e' })
          expect(next.version).toBe(duo.version)
        }
      })
    }
  }

  it('never leads into propose, which only creates', () => {
    for (const state of duoStates) expect(duoLifecycle.allows(state, 'propose')).toBe(false)
  })
})

describe('each step', () => {
  it('records the mentor’s answer; a refusal needs its reason', () => {
    expect(duoIn('accepted').answer).toEqual({ outcome: 'accepted', at: events.accept.at, by: 'u-mentor' })
    const refused = applyDuoEvent(proposed, events.refuse, ctx)
    expect(refused.duo).toMatchObject({ answer: { outcome: 'refused', reason: 'Pas disponible avant mars' }, endedAt: events.refuse.at, endReason: 'Pas disponible avant mars' })
    expect(refused.entry.reason).toBe('Pas disponible avant mars')
    const e = errorOf(() => applyDuoEvent(proposed, { ...events.refuse, reason: '  ' } as DuoEvent, ctx))
    expect(e.status).toBe(400)
    expect(e.details?.[0]).toMatchObject({ path: 'reason', reason: 'required' })
  })

  it('expires only once the deadline has passed, without a user', () => {
    const early = errorOf(() => applyDuoEvent(proposed, { type: 'expire', at: '2027-01-11T08:59:59.999Z' }, ctx))
    expect(early).toMatchObject({ reason: 'too-early', values: { at: proposed.answerDeadline } })
    expect(early.status).toBe(409)
    const { duo, entry } = applyDuoEvent(proposed, { type: 'expire', at: proposed.answerDeadline }, ctx)
    expect(duo.state).toBe('expired')
    expect(entry.by).toBeUndefined()
  })

  it('schedules the first meeting (1h30 by default) where the rules say, and reschedules it', () => {
    const scheduled = duoIn('meeting-scheduled')
    expect(scheduled.meeting).toEqual({
      startsAt: '2027-01-15T14:00:00.000Z', durationMinutes: 90, place: 'Rue Royale 10, Bruxelles', placeKind: 'mentor-workplace',
      scheduledAt: events['schedule-meeting'].at, scheduledBy: 'u-staff',
    })
    const moved = applyDuoEvent(scheduled, { ...events['schedule-meeting'], startsAt: '2027-01-20T14:00:00.000Z', durationMinutes: 60 } as DuoEvent, ctx)
    expect(moved.duo.meeting).toMatchObject({ startsAt: '2027-01-20T14:00:00.000Z', durationMinutes: 60 })
    expect(moved.entry.meeting).toMatchObject({ startsAt: '2027-01-20T14:00:00.000Z', placeKind: 'mentor-workplace' })
  })

  it('refuses a place the rules do not allow, and neutral ground without its staff member', () => {
    const accepted = duoIn('accepted')
    const wrongKind = errorOf(() => applyDuoEvent(accepted, { ...events['schedule-meeting'], placeKind: 'free' } as DuoEvent, ctx))
    expect(wrongKind.details?.[0]).toMatchObject({ path: 'placeKind', values: { expected: 'mentor-workplace' } })
    const neutral = { rules: { ...rules, firstMeetingPlace: 'neutral-with-staff' as const }, entryId: 'e' }
    const noStaff = errorOf(() => applyDuoEvent(accepted, { ...events['schedule-meeting'], placeKind: 'neutral-with-staff' } as DuoEvent, neutral))
    expect(noStaff.details?.[0]).toMatchObject({ path: 'staffMemberId', reason: 'required' })
    const ok = applyDuoEvent(accepted, { ...events['schedule-meeting'], placeKind: 'neutral-with-staff', staffMemberId: 'u-coord' } as DuoEvent, neutral)
    expect(ok.duo.meeting?.staffMemberId).toBe('u-coord')
    // A free rule takes any kind of place.
    const free = { rules: { ...rules, firstMeetingPlace: 'free' as const }, entryId: 'e' }
    expect(applyDuoEvent(accepted, { ...events['schedule-meeting'], placeKind: 'mentor-workplace' } as DuoEvent, free).duo.state).toBe('meeting-scheduled')
    for (const [field, value] of [['place', ' '], ['startsAt', 'tomorrow'], ['durationMinutes', 5]] as const) {
      const e = errorOf(() => applyDuoEvent(accepted, { ...events['schedule-meeting'], [field]: value } as DuoEvent, ctx))
      expect(e.details?.[0]?.path).toBe(field)
    }
  })

  it('takes each side’s verdict once, after the meeting; both validations validate, a decline ends it', () => {
    const scheduled = duoIn('meeting-scheduled')
    expect(errorOf(() => applyDuoEvent(scheduled, { ...events.validate, at: '2027-01-15T13:59:00.000Z' } as DuoEvent, ctx)))
      .toMatchObject({ reason: 'too-early', values: { at: '2027-01-15T14:00:00.000Z' } })
    const one = applyDuoEvent(scheduled, events.validate, ctx)
    expect(one.duo.state).toBe('meeting-scheduled')
    expect(one.entry).toMatchObject({ side: 'mentor', to: 'meeting-scheduled' })
    expect(duoEventsFrom(one.duo)).toContain('validate')
    expect(errorOf(() => applyDuoEvent(one.duo, events.validate, ctx))).toMatchObject({ reason: 'already-recorded', values: { party: 'mentor' } })
    const both = applyDuoEvent(one.duo, { ...events.validate, side: 'mentee' } as DuoEvent, ctx)
    expect(both.duo.state).toBe('validated')
    const declined = applyDuoEvent(one.duo, events.decline, ctx)
    expect(declined.duo).toMatchObject({ state: 'declined', endReason: 'Le courant ne passe pas', verdicts: { mentee: { outcome: 'declined' } } })
    expect(errorOf(() => applyDuoEvent(scheduled, { ...events.decline, reason: '' } as DuoEvent, ctx)).details?.[0]?.path).toBe('reason')
  })

  it('signs the exact document each party was shown, once each; the last signature starts the duo', () => {
    const signing = duoIn('signing')
    expect(signing.contract).toMatchObject({ documentId: 'doc-1', sha256: shaA, parties: 'tripartite', revision: 1 })
    expect(missingSignatures(signing)).toEqual(['mentor', 'mentee', 'organisation'])
    expect(errorOf(() => applyDuoEvent(signing, { ...events.sign, sha256: shaB } as DuoEvent, ctx)).reason).toBe('document-changed')
    expect(errorOf(() => applyDuoEvent(signing, { ...events.sign, sha256: 'nope' } as DuoEvent, ctx)).details?.[0]?.path).toBe('sha256')
    const mentor = applyDuoEvent(signing, events.sign, ctx)
    expect(mentor.duo.state).toBe('signing')
    expect(mentor.entry).toMatchObject({ party: 'mentor', sha256: shaA })
    expect(errorOf(() => applyDuoEvent(mentor.duo, events.sign, ctx))).toMatchObject({ reason: 'already-recorded', values: { party: 'mentor' } })
    const mentee = apply(mentor.duo, { ...events.sign, party: 'mentee', by: 'u-mentee' } as DuoEvent)
    const active = apply(mentee, { ...events.sign, party: 'organisation', by: 'u-staff', at: '2027-01-31T16:00:00.000Z' } as DuoEvent)
    expect(active).toMatchObject({ state: 'active', startDate: '2027-01-31', plannedEndDate: '2027-07-31' })
    expect(active.signatures.map((s) => s.party)).toEqual(['mentor', 'mentee', 'organisation'])
    expect(active.signatures[0]).toEqual({ party: 'mentor', by: 'u-mentor', at: events.sign.at, clientAddress: '203.0.113.7', sha256: shaA })
  })

  it('a bipartite contract needs the mentor and the mentee only', () => {
    const validated = duoIn('validated')
    const signing = apply(validated, { ...events['contract-generated'], parties: 'bipartite' } as DuoEvent)
    expect(errorOf(() => applyDuoEvent(signing, { ...events.sign, party: 'organisation' } as DuoEvent, ctx)).details?.[0]?.path).toBe('party')
    const active = apply(apply(signing, events.sign), { ...events.sign, party: 'mentee' } as DuoEvent)
    expect(active).toMatchObject({ state: 'active', startDate: '2027-01-18', plannedEndDate: '2027-07-18' })
  })

  it('a changed document voids the signatures given on the earlier one', () => {
    const signedOnce = apply(duoIn('signing'), events.sign)
    const regenerated = applyDuoEvent(signedOnce, { ...events['contract-generated'], documentId: 'doc-2', sha256: shaB } as DuoEvent, ctx)
    expect(regenerated.duo).toMatchObject({ state: 'signing', signatures: [], contract: { documentId: 'doc-2', sha256: shaB, revision: 2 } })
    expect(errorOf(() => applyDuoEvent(regenerated.duo, events.sign, ctx)).reason).toBe('document-changed')
    expect(apply(regenerated.duo, { ...events.sign, sha256: shaB } as DuoEvent).signatures).toHaveLength(1)
  })

  it('cancels before the start with a reason, never an active duo', () => {
    const cancelled = applyDuoEvent(duoIn('signing'), events.cancel, ctx)
    expect(cancelled.duo).toMatchObject({ state: 'cancelled', endReason: 'Le mentor a déménagé', endedAt: events.cancel.at })
    expect(errorOf(() => applyDuoEvent(duoIn('proposed'), { ...events.cancel, reason: '' } as DuoEvent, ctx)).details?.[0]?.path).toBe('reason')
    expect(errorOf(() => applyDuoEvent(duoIn('active'), events.cancel, ctx)).values).toEqual({ entity: 'duo', state: 'active' })
  })

  it('offers what a screen may do next', () => {
    expect(duoEventsFrom(proposed)).toEqual(['accept', 'refuse', 'expire', 'cancel'])
    expect(duoEventsFrom(duoIn('active'))).toEqual(['close', 'pause'])
    expect(duoEventsFrom(duoIn('paused'))).toEqual(['close', 'resume'])
    expect(duoEventsFrom(duoIn('closed'))).toEqual([])
    expect(duoEventsFrom(duoIn('validated'))).toEqual(['contract-generated', 'cancel'])
  })
})

describe('calendar months', () => {
  it('adds months within the month, across years and leap days', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2027-08-15', 6)).toBe('2028-02-15')
    expect(addMonths('2027-12-01T10:00:00.000Z', 12)).toBe('2028-12-01')
  })
})

describe('over random sequences of events', () => {
  const sides = ['mentor', 'mentee'] as const
  const parties = ['mentor', 'mentee', 'organisation'] as const
  const kinds = ['mentor-workplace', 'neutral-with-staff', 'free'] as const
  /** The steps towards an active duo, the furthest last. */
  const progress = ['accept', 'schedule-meeting', 'validate', 'contract-generated', 'sign', 'pause', 'resume', 'close'] as const

  /**
   * An event built from a few random numbers: mostly the furthest step forward the duo's state offers (so that walks
   * reach the contract and its signatures), else one it offers, sometimes any type; its values (side, party, hash,
   * reason, time) random too, legal or not. The clock moves forward by up to two days per step, or by four to eight (a deadline passes).
   */
  function eventFor(duo: Duo, now: number, [pick, a, b, c]: [number, number, number, number]): DuoEvent {
    const offered = duoEventsFrom(duo)
    const furthest = progress.filter((t) => offered.includes(t)).at(-1)
    // A started duo sometimes pauses or resumes instead of closing, so that walks reach both sides of a pause.
    const forward = furthest === 'close' && a % 3 === 0 ? offered.find((t) => t === 'pause' || t === 'resume') ?? furthest : furthest
    const type = (pick % 8 < 5 && forward ? forward
      : pick % 8 < 7 && offered.length > 0 ? offered[pick % offered.length]!
        : duoEventTypes.filter((t) => t !== 'propose')[pick % 12]) as Exclude<DuoEventType, 'propose'>
    const at = new Date(now).toISOString()
    const by = 'u'
    const reason = a % 5 === 0 ? '' : 'raison'
    const sha = b % 4 === 0 ? shaB : (duo.contract?.sha256 ?? shaA)
    switch (type) {
      case 'accept': return { type, at, by }
      case 'refuse': return { type, at, by, reason }
      case 'expire': return { type, at }
      case 'schedule-meeting': return {
        type, at, by, startsAt: new Date(now + (c % 72 - 12) * 3_600_000).toISOString(), place: 'Bureau',
        placeKind: kinds[a % 3]!, ...(b % 2 === 0 && { staffMemberId: 'u-coord' }),
      }
      case 'validate': return { type, at, by, side: sides[a % 2]! }
      case 'decline': return { type, at, by, side: sides[a % 2]!, reason }
      case 'contract-generated': return { type, at, by, documentId: 'doc', sha256: b % 2 === 0 ? shaA : shaB, parties: c % 2 === 0 ? 'bipartite' : 'tripartite' }
      case 'sign': return { type, at, by, party: parties[a % 3]!, clientAddress: '::1', sha256: sha }
      case 'cancel': return { type, at, by, reason }
      case 'close': return {
        type, at, by, outcomeId: c % 4 === 0 ? 'unknown' : outcomes[c % 3]!.id, endDate: at.slice(0, 10), decidedBy: 'coordinator',
        ...(reason !== '' && { reason }),
      }
      case 'pause': return { type, at, by, reason, expectedResumeDate: new Date(now + (c % 40 - 5) * 86_400_000).toISOString().slice(0, 10) }
      case 'resume': return { type, at, by }
    }
  }

  it('stays in a known state, never leaves an ended one, and is active only fully signed on the current document', () => {
    const reached = new Set<DuoState>(['proposed'])
    const step = fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.oneof(fc.nat(48), fc.integer({ min: 100, max: 200 })))
    fc.assert(fc.property(fc.array(step, { maxLength: 40 }), fc.constantFrom<DuoRules['firstMeetingPlace']>(...kinds), (steps, place) => {
      const c = { rules: { ...rules, firstMeetingPlace: place }, entryId: 'e', outcomes }
      let duo = proposed
      let now = Date.parse(t0)
      for (const [pick, a, b, x, hours] of steps) {
        now += hours * 3_600_000
        const before = duo
        const e = eventFor(duo, now, [pick, a, b, x])
        try {
          duo = applyDuoEvent(duo, e, c).duo
        } catch (err) {
          if (!(err instanceof DomainError)) throw err
          continue
        }
        reached.add(duo.state)
        expect(duoStates).toContain(duo.state)
        // An ended or closed duo refuses every event of this machine; an active one only closes or pauses.
        expect(isEndedDuoState(before.state)).toBe(false)
        expect(before.state).not.toBe('closed')
        if (before.state === 'active') expect(['closed', 'paused']).toContain(duo.state)
        if (before.state === 'paused') expect(['closed', 'active']).toContain(duo.state)
        if (duo.state === 'closed') {
          expect(duo.closure).toMatchObject({ endDate: e.at.slice(0, 10), recordedAt: e.at, early: true })
          expect(duo.closure!.reason).toBe('raison')
        }
        if (duo.state === 'active') {
          const contract = duo.contract!
          expect(duo.signatures.map((s) => s.party).sort()).toEqual(requiredParties(contract.parties).sort())
          expect(duo.signatures.every((s) => s.sha256 === contract.sha256)).toBe(true)
          if (e.type === 'sign') expect(duo.startDate).toBe(e.at.slice(0, 10))
        }
        if (isEndedDuoState(duo.state)) expect(duo.endedAt).toBe(e.at)
        if (duo.state === 'validated') expect([duo.verdicts.mentor?.outcome, duo.verdicts.mentee?.outcome]).toEqual(['validated', 'validated'])
      }
      if (isEndedDuoState(duo.state) || duo.state === 'closed') expect(duoEventsFrom(duo)).toEqual([])
    }), { numRuns: 1000, seed: 1 })
    // The walks cover the whole machine, not only its first steps (a fixed seed: reaching a signed duo and then its
    // pause and closure takes a long walk, which random seeds give only now and then).
    expect([...reached].sort()).toEqual([...duoStates].sort())
  })
})

describe('closing a started duo', () => {
  const active = duoIn('active') // started 2027-01-18, planned end 2027-07-18
  const close = (over: Partial<Extract<DuoEvent, { type: 'close' }>>) =>
    applyDuoEvent(active, { ...events.close, ...over } as DuoEvent, ctx)

  it('at its planned end: the outcome copied from the taxonomy, not early, no reason needed', () => {
    const { duo, entry } = close({})
    expect(active.plannedEndDate).toBe('2027-07-18')
    expect(duo.state).toBe('closed')
    expect(duo.closure).toEqual({
      outcomeId: 'job', outcomeClass: 'positive', countsAsEmployment: true, endDate: '2027-07-18', early: false,
      decidedBy: 'planned-end', recordedAt: '2027-07-19T09:00:00.000Z', recordedBy: 'u-staff',
    })
    expect(entry).toMatchObject({ event: 'close', from: 'active', to: 'closed' })
  })

  it('early (a positive exit or a dropout) states its reason, 400 naming reason otherwise', () => {
    const early = close({ outcomeId: 'dropout', endDate: '2027-04-02', decidedBy: 'mentee', reason: '  A déménagé à Liège  ' })
    expect(early.duo.closure).toMatchObject({ early: true, reason: 'A déménagé à Liège', outcomeClass: 'negative', decidedBy: 'mentee' })
    expect(early.entry.reason).toBe('A déménagé à Liège')
    const e = errorOf(() => close({ outcomeId: 'job', endDate: '2027-05-10', decidedBy: 'both', reason: '   ' }))
    expect(e.status).toBe(400)
    expect(e.details).toEqual([expect.objectContaining({ path: 'reason', reason: 'required' })])
  })

  it('names the field: an outcome not in the taxonomy, who decided, a day before the start or after today', () => {
    expect(errorOf(() => close({ outcomeId: 'lottery' })).details?.[0]).toMatchObject({ path: 'outcomeId', reason: 'not-a-choice' })
    expect(errorOf(() => close({ decidedBy: 'the-cat' as never })).details?.[0]).toMatchObject({ path: 'decidedBy', reason: 'not-a-choice' })
    expect(errorOf(() => close({ endDate: '18/07/2027' })).details?.[0]).toMatchObject({ path: 'endDate', reason: 'not-a-date' })
    expect(errorOf(() => close({ endDate: '2027-01-17', reason: 'x' })).details?.[0]).toMatchObject({ path: 'endDate', reason: 'end-before-start', values: { min: '2027-01-18' } })
    expect(errorOf(() => close({ endDate: '2027-07-20' })).details?.[0]).toMatchObject({ path: 'endDate', reason: 'too-big', values: { max: '2027-07-19' } })
    // At 00:30 in Brussels it is already the 20th there, though UTC still says the 19th: today is the 20th.
    expect(close({ at: '2027-07-19T22:30:00.000Z', endDate: '2027-07-20' }).duo.closure).toMatchObject({ endDate: '2027-07-20' })
    // Without the programme's outcomes there is nothing to choose from.
    expect(errorOf(() => applyDuoEvent(active, events.close, { rules, entryId: 'e' })).details?.[0]).toMatchObject({ path: 'outcomeId' })
  })

  it('a closed duo takes no further step', () => {
    const closed = close({}).duo
    expect(duoEventsFrom(closed)).toEqual([])
    expect(errorOf(() => applyDuoEvent(closed, events.close, ctx))).toMatchObject({ reason: 'wrong-state', values: { state: 'closed' } })
  })
})
