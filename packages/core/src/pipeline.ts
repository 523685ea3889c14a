/**
 * The recruitment and selection pipeline (stages 1–2 of the method, seeds 000, 001 and 003): a person applies, is
 * informed, interviewed, accepted or refused with a reason, a mentor is trained, and then waits, ready, for a match.
 * The stages are a transition table; what each step needs beyond the table (an interview whose blocking eligibility
 * items are met, a training when the programme requires one, a reason for a refusal) is checked here too, so that the
 * API, the imports and the sessions all move people the same way.
 */
import { DomainError } from './errors'
import { defineLifecycle } from './lifecycle'
import type { EligibilityItem } from './rules/programme-rules'

export const personStages = [
  'applied', 'informed', 'interviewed', 'accepted', 'refused', 'trained', 'ready', 'matched', 'closed',
] as const
export type PersonStage = (typeof personStages)[number]

/** The stages before a decision: the people a coordinator still has to see. */
export const screeningStages: readonly PersonStage[] = ['applied', 'informed', 'interviewed']

const open: PersonStage[] = ['applied', 'informed', 'interviewed', 'accepted', 'trained', 'ready', 'matched', 'refused']

/**
 * The pipeline as a transition table. A refused person can be reopened (a new application later); a matched person
 * goes back to `ready` when the proposal falls through; `close` ends anyone's path (withdrawal, end of the duo).
 */
export const personLifecycle = defineLifecycle({
  entity: 'person',
  states: personStages,
  initial: 'applied',
  transitions: {
    inform: { from: ['applied'], to: 'informed' },
    interview: { from: ['applied', 'informed'], to: 'interviewed' },
    accept: { from: ['interviewed'], to: 'accepted' },
    refuse: { from: ['applied', 'informed', 'interviewed', 'accepted', 'trained', 'ready'], to: 'refused' },
    train: { from: ['accepted'], to: 'trained' },
    ready: { from: ['accepted', 'trained'], to: 'ready' },
    match: { from: ['ready'], to: 'matched' },
    unmatch: { from: ['matched'], to: 'ready' },
    close: { from: open, to: 'closed' },
    reopen: { from: ['refused', 'closed'], to: 'applied' },
  },
})
export type PersonStageEvent = keyof typeof personLifecycle.transitions
export const personStageEvents = Object.keys(personLifecycle.transitions) as PersonStageEvent[]

/** The date each stage was (last) reached, yyyy-mm-ddThh:mm:ssZ. */
export type StageDates = Partial<Record<PersonStage, string>>

/** An eligibility item as ticked at the interview: met or not, with the evidence the coordinator noted. */
export interface EligibilityCheck {
  itemId: string
  met: boolean
  evidence?: string
}

/**
 * The individual interview (1 hour; seed 003: commitment to the duration and the frequency, realistic expectations),
 * with the programme's eligibility checklist for the person's side ticked with evidence.
 */
export interface Interview {
  heldOn: string
  interviewer: string
  durationMinutes: number
  commitsToDuration: boolean
  commitsToFrequency: boolean
  expectations: string
  notes: string
  checks: EligibilityCheck[]
}

/** The decision after the interview: accepted, or refused with its reason and, maybe, where the person was sent. */
export interface Decision {
  outcome: 'accepted' | 'refused'
  reason?: string
  /** The network partner (better-suited support) a refused person was referred to. */
  referredTo?: string
  at: string
  by: string
}

/**
 * The blocking items of a side that the interview did not tick as met (unticked counts as not met).
 *
 * @example
 * unmetBlockingItems(rules.eligibility, 'mentee', interview.checks) // [] when the mentee may be accepted
 */
export function unmetBlockingItems(items: readonly EligibilityItem[], side: 'mentor' | 'mentee', checks: readonly EligibilityCheck[]): EligibilityItem[] {
  const met = new Set(checks.filter((c) => c.met).map((c) => c.itemId))
  return items.filter((i) => i.side === side && i.blocking && !met.has(i.id))
}

/** Checks that name items of the other side or items the programme does not have are refused, naming the field. */
export function checkEligibilityChecks(items: readonly EligibilityItem[], side: 'mentor' | 'mentee', checks: readonly EligibilityCheck[]): void {
  const known = new Set(items.filter((i) => i.side === side).map((i) => i.id))
  const details = checks.flatMap((c, n) => known.has(c.itemId) ? [] : [{
    path: `checks.${n}.itemId`, reason: 'not-a-choice' as const, message: `is not an eligibility item of the ${side}s`,
  }])
  if (details.length > 0) throw new DomainError('validation', 'Unknown eligibility item', { details })
}

/** What a stage change needs to know beyond the person. */
export interface StageContext {
  side: 'mentor' | 'mentee'
  now: string
  by: string
  /** The latest interview, when there is one (acceptance needs it). */
  interview?: Interview | undefined
  eligibility: readonly EligibilityItem[]
  /** The programme's rule: a mentor attends a training before being matched. */
  trainingRequired: boolean
  /** A refusal's reason (required) and the network partner the person was sent to. */
  reason?: string | undefined
  referredTo?: string | undefined
}

/** The stage a person moves to, with the decision it records; every rule of the method checked. */
export interface StageMove {
  stage: PersonStage
  decision?: Decision
}

/**
 * Moves a person one step along the pipeline, or refuses with the rule that stops it: a 409 `wrong-state` for a
 * step the table does not allow, `interview-required` / `eligibility-not-met` before an acceptance,
 * `mentors-only` for a training, `training-required` before a mentor is ready when the programme requires it, and a
 * validation error naming `reason` for a refusal without one.
 *
 * @example
 * moveStage('interviewed', 'accept', { side: 'mentee', interview, eligibility, trainingRequired: false, now, by })
 * // { stage: 'accepted', decision: { outcome: 'accepted', at: now, by } }
 */
export function moveStage(current: PersonStage, event: PersonStageEvent, ctx: StageContext, stageDates: StageDates = {}): StageMove {
  const stage = personLifecycle.next(current, event)
  switch (event) {
    case 'accept': {
      if (!ctx.interview) throw new DomainError('interview-required', 'An interview must be recorded before an acceptance')
      const unmet = unmetBlockingItems(ctx.eligibility, ctx.side, ctx.interview.checks)
      if (unmet.length > 0) {
        throw new DomainError('eligibility-not-met', `Blocking eligibility items not met: ${unmet.map((i) => i.id).join(', ')}`, {
          values: { count: unmet.length },
          details: unmet.map((i) => ({ path: `checks.${i.id}`, reason: 'blocking-not-met', message: 'is a blocking condition that is not met' })),
        })
      }
      return { stage, decision: { outcome: 'accepted', at: ctx.now, by: ctx.by } }
    }
    case 'refuse': {
      const reason = ctx.reason?.trim()
      if (!reason) {
        throw new DomainError('validation', 'A refusal states its reason', {
          details: [{ path: 'reason', reason: 'required', message: 'is required' }],
        })
      }
      if (ctx.referredTo !== undefined && ctx.side !== 'mentee') {
        throw new DomainError('validation', 'Only a refused mentee is referred to other support', {
          details: [{ path: 'referredTo', reason: 'unknown-field', message: 'only mentees are referred to other support' }],
        })
      }
      return { stage, decision: { outcome: 'refused', reason, ...(ctx.referredTo && { referredTo: ctx.referredTo }), at: ctx.now, by: ctx.by } }
    }
    case 'train':
      if (ctx.side !== 'mentor') throw new DomainError('mentors-only', 'Only mentors attend the mentor training')
      return { stage }
    case 'ready':
      if (ctx.side === 'mentor' && ctx.trainingRequired && current !== 'trained' && !stageDates.trained) {
        throw new DomainError('training-required', 'This programme requires mentors to attend a training before matching')
      }
      return { stage }
    default:
      return { stage }
  }
}

/**
 * The steps a screen may offer from a stage, for one side (a mentee is never trained).
 *
 * @example
 * stageEventsFor('accepted', 'mentee') // ['refuse', 'ready', 'close']
 */
export function stageEventsFor(stage: PersonStage, side: 'mentor' | 'mentee'): PersonStageEvent[] {
  return personLifecycle.eventsFrom(stage).filter((e) => !(e === 'train' && side === 'mentee') && e !== 'match' && e !== 'unmatch')
}
