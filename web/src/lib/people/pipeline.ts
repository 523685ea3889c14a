/**
 * What the person's page shows and sends about the pipeline: the dated steps in the pipeline's order, the steps a
 * coordinator may take from here, the interview form's values and body (checked in the browser with the API's own
 * schema), and the eligibility items named by a refused acceptance.
 */
import { RecordInterview, type EligibilityItem, type Person, type PersonKind, type PersonStage, type PersonStageEvent } from '@binome/contracts'
import { personStages, stageEventsFor } from '@binome/contracts/vocabulary'

/** The stage each step reached, with its date, in the pipeline's order (stages never reached left out). */
export function datedSteps(stageDates: Partial<Record<PersonStage, string>>): { stage: PersonStage; at: string }[] {
  return personStages.flatMap((stage) => (stageDates[stage] ? [{ stage, at: stageDates[stage] }] : []))
}

/**
 * The steps a button offers from a stage: the core's table for the side, without `interview` (the interview form
 * records the interview and moves the person on in one go).
 *
 * @example
 * stepsFrom('interviewed', 'mentee') // ['accept', 'refuse', 'close']
 */
export function stepsFrom(stage: PersonStage, side: PersonKind): StepEvent[] {
  return stageEventsFor(stage, side).filter((e): e is StepEvent => e !== 'interview' && e !== 'match' && e !== 'unmatch')
}

/** A step a button takes (matching moves people through the matching screens, the interview through its form). */
export type StepEvent = Exclude<PersonStageEvent, 'interview' | 'match' | 'unmatch'>

/** Whether the interview can be recorded (or recorded again) from a stage: before and right after the decision. */
export function interviewOpen(stage: PersonStage): boolean {
  return stage === 'applied' || stage === 'informed' || stage === 'interviewed'
}

/** A checklist item as ticked in the form: not yet ticked, met, or not met, with its evidence. */
export interface CheckValue {
  result: '' | 'met' | 'unmet'
  evidence: string
}

export interface InterviewValues {
  heldOn: string
  durationMinutes: string
  commitsToDuration: boolean
  commitsToFrequency: boolean
  expectations: string
  notes: string
  checks: Record<string, CheckValue>
}

/** The eligibility items of a side, in the programme's order. */
export function itemsFor(items: readonly EligibilityItem[], side: PersonKind): EligibilityItem[] {
  return items.filter((i) => i.side === side)
}

/** The form's values: the recorded interview when there is one, else today, an hour, and nothing ticked. */
export function interviewValues(person: Pick<Person, 'kind' | 'interview'>, items: readonly EligibilityItem[], today: string): InterviewValues {
  const i = person.interview
  const checks = Object.fromEntries(itemsFor(items, person.kind).map((item) => {
    const c = i?.checks.find((x) => x.itemId === item.id)
    return [item.id, { result: c ? (c.met ? 'met' : 'unmet') : '', evidence: c?.evidence ?? '' } satisfies CheckValue]
  }))
  return {
    heldOn: i?.heldOn ?? today,
    durationMinutes: String(i?.durationMinutes ?? 60),
    commitsToDuration: i?.commitsToDuration ?? false,
    commitsToFrequency: i?.commitsToFrequency ?? false,
    expectations: i?.expectations ?? '',
    notes: i?.notes ?? '',
    checks,
  }
}

/**
 * The interview's body for the person read at `version`, and the schema that checks it: items left unticked are not
 * sent (the API counts them as not met); an evidence note only when written.
 */
export function interviewInput(person: Pick<Person, 'version'>, v: InterviewValues) {
  const minutes = Number(v.durationMinutes)
  const body = {
    version: person.version,
    heldOn: v.heldOn,
    durationMinutes: v.durationMinutes.trim() !== '' && Number.isFinite(minutes) ? minutes : v.durationMinutes,
    commitsToDuration: v.commitsToDuration,
    commitsToFrequency: v.commitsToFrequency,
    expectations: v.expectations,
    notes: v.notes,
    checks: Object.entries(v.checks).flatMap(([itemId, c]) => c.result === ''
      ? []
      : [{ itemId, met: c.result === 'met', ...(c.evidence.trim() && { evidence: c.evidence.trim() }) }]),
  }
  return { body, schema: RecordInterview }
}

/**
 * The items an `eligibility-not-met` refusal names (its details' paths are `checks.<itemId>`).
 *
 * @example
 * refusedItems([{ path: 'checks.workPermit', message: '…' }]) // ['workPermit']
 */
export function refusedItems(issues: readonly { path: string }[]): string[] {
  return issues.flatMap((i) => (i.path.startsWith('checks.') ? [i.path.slice('checks.'.length)] : []))
}
