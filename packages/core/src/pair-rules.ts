import { DomainError, type FieldIssue } from './errors'

/**
 * The coordinator's rules on one mentee–mentor pair of a programme, applied by every later run:
 * - `exclude`: never suggest this pair;
 * - `lock`: the pair is in the result whenever both are in the pool (the rest is solved around it);
 * - `adjust`: the subjective criterion (seed 000, "appréciation des responsables mentorat"): a bonus or malus in
 *   score points, with the note that says why.
 */
export const pairRuleKinds = ['exclude', 'lock', 'adjust'] as const
export type PairRuleKind = (typeof pairRuleKinds)[number]

/** The subjective bonus or malus stays a nudge: at most this many points either way on a 0–100 score. */
export const PAIR_ADJUSTMENT_MAX = 20
/** Longest note, in characters. */
export const PAIR_NOTE_MAX = 500

/** One rule per pair (a pair is excluded, locked or adjusted, not two at once). */
export interface PairRule {
  programmeId: string
  menteeId: string
  mentorId: string
  kind: PairRuleKind
  /** Score points added (negative: removed); only for `adjust`, else null. */
  delta: number | null
  /** Why; required for `adjust`, optional otherwise (empty string). */
  note: string
  /** Who set it last, and when. */
  by: string
  at: string
  version: number
}

/** What a coordinator sends for a pair. */
export interface PairRuleInput {
  kind: PairRuleKind
  delta?: number | undefined
  note?: string | undefined
}

/**
 * A pair rule as set now (new, or replacing `previous`); 400 naming `delta` or `note` when they do not fit the kind.
 *
 * @example
 * setPairRule({ programmeId: 'p1', menteeId: 'e1', mentorId: 'm1' }, { kind: 'adjust', delta: 5, note: 'Très bon contact' }, { userId: 'u1', now })
 */
export function setPairRule(
  pair: { programmeId: string; menteeId: string; mentorId: string },
  input: PairRuleInput,
  ctx: { userId: string; now: string },
  previous?: PairRule,
): PairRule {
  const issues: FieldIssue[] = []
  const note = (input.note ?? '').trim()
  if (input.kind === 'adjust') {
    if (input.delta === undefined) issues.push({ path: 'delta', reason: 'required', message: 'a bonus or malus needs its points' })
    else if (!Number.isFinite(input.delta) || input.delta === 0 || Math.abs(input.delta) > PAIR_ADJUSTMENT_MAX) {
      issues.push({
        path: 'delta', reason: 'invalid', message: `must be between -${PAIR_ADJUSTMENT_MAX} and ${PAIR_ADJUSTMENT_MAX}, not 0`,
        values: { min: -PAIR_ADJUSTMENT_MAX, max: PAIR_ADJUSTMENT_MAX },
      })
    }
    if (!note) issues.push({ path: 'note', reason: 'required', message: 'a bonus or malus says why' })
  } else if (input.delta !== undefined) {
    issues.push({ path: 'delta', reason: 'invalid', message: `only a bonus or malus (adjust) has points, not ${input.kind}` })
  }
  if (note.length > PAIR_NOTE_MAX) issues.push({ path: 'note', reason: 'too-long', message: `at most ${PAIR_NOTE_MAX} characters`, values: { max: PAIR_NOTE_MAX } })
  if (issues.length) throw new DomainError('validation', 'The pair rule is not valid', { details: issues })
  return {
    ...pair, kind: input.kind, delta: input.kind === 'adjust' ? (input.delta as number) : null, note,
    by: ctx.userId, at: ctx.now, version: previous ? previous.version + 1 : 1,
  }
}

/**
 * 409 `lock-conflict` when locking this pair would lock a mentee twice or a mentor past their capacity.
 *
 * @example
 * checkLock(rules, { menteeId: 'e1', mentorId: 'm1' }, 1) // throws if e1 is locked to m2
 */
export function checkLock(rules: readonly PairRule[], pair: { menteeId: string; mentorId: string }, mentorCapacity: number): void {
  const others = rules.filter((r) => r.kind === 'lock' && !(r.menteeId === pair.menteeId && r.mentorId === pair.mentorId))
  if (others.some((r) => r.menteeId === pair.menteeId)) {
    throw new DomainError('lock-conflict', 'This mentee is already locked to another mentor; remove that lock first', { values: { rule: 'mentee-locked' } })
  }
  if (others.filter((r) => r.mentorId === pair.mentorId).length >= mentorCapacity) {
    throw new DomainError('lock-conflict', 'This mentor is already locked to as many mentees as they can take', { values: { rule: 'mentor-full' } })
  }
}

/** The rules as the matching engine takes them (same shapes as its `adjustments`, `exclusions` and `locks`). */
export interface PairRulesForRun {
  adjustments: { menteeId: string; mentorId: string; delta: number; note: string }[]
  exclusions: { menteeId: string; mentorId: string }[]
  locks: { menteeId: string; mentorId: string }[]
  /** Rules left out: one of the two is not in this run's pool, or a lock no longer fits (capacity lowered since). */
  skipped: PairRule[]
}

/**
 * The programme's pair rules for one run's pool: only pairs whose mentee and mentor are both in the pool; at most one
 * lock per mentee and no more locks on a mentor than their capacity, oldest lock first (the checks at writing time
 * keep that true, but capacities and pools change in between).
 *
 * @example
 * pairRulesForRun(rules, { menteeIds: new Set(['e1']), mentorCapacity: new Map([['m1', 1]]) })
 */
export function pairRulesForRun(
  rules: readonly PairRule[],
  pool: { menteeIds: ReadonlySet<string>; mentorCapacity: ReadonlyMap<string, number> },
): PairRulesForRun {
  const out: PairRulesForRun = { adjustments: [], exclusions: [], locks: [], skipped: [] }
  const lockedMentee = new Set<string>()
  const mentorLocks = new Map<string, number>()
  const ordered = [...rules].sort((a, b) => a.at.localeCompare(b.at) || a.menteeId.localeCompare(b.menteeId) || a.mentorId.localeCompare(b.mentorId))
  for (const rule of ordered) {
    const pair = { menteeId: rule.menteeId, mentorId: rule.mentorId }
    const capacity = pool.mentorCapacity.get(rule.mentorId)
    if (!pool.menteeIds.has(rule.menteeId) || capacity === undefined) {
      out.skipped.push(rule)
    } else if (rule.kind === 'exclude') {
      out.exclusions.push(pair)
    } else if (rule.kind === 'adjust') {
      out.adjustments.push({ ...pair, delta: rule.delta ?? 0, note: rule.note })
    } else {
      const load = mentorLocks.get(rule.mentorId) ?? 0
      if (lockedMentee.has(rule.menteeId) || load >= capacity) {
        out.skipped.push(rule)
        continue
      }
      lockedMentee.add(rule.menteeId)
      mentorLocks.set(rule.mentorId, load + 1)
      out.locks.push(pair)
    }
  }
  return out
}
