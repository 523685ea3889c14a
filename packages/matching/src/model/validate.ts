import type { Criterion, MatchingInput } from './types'

/** Bad matching input; the message names the offending field, and nothing is computed. */
export class MatchingInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`)
    this.name = 'MatchingInputError'
  }
}

const fail = (field: string, message: string): never => {
  throw new MatchingInputError(field, message)
}

/**
 * Checks a {@link MatchingInput} and throws {@link MatchingInputError} on the first problem found.
 *
 * @example
 * validateMatchingInput({ criteria: [], mentees: [], mentors: [] }) // ok
 */
export function validateMatchingInput(input: MatchingInput): void {
  if (!Array.isArray(input.criteria)) fail('criteria', 'must be an array')
  const criterionIds = new Set<string>()
  input.criteria.forEach((c: Criterion, k) => validateCriterion(c, `criteria[${k}]`, criterionIds))
  for (const side of ['mentees', 'mentors'] as const) {
    const people = input[side]
    if (!Array.isArray(people)) fail(side, 'must be an array')
    const ids = new Set<string>()
    people.forEach((p, k) => {
      const at = `${side}[${k}]`
      if (typeof p?.id !== 'string' || p.id === '') fail(`${at}.id`, 'must be a non-empty string')
      if (ids.has(p.id)) fail(`${at}.id`, `duplicate id "${p.id}"`)
      ids.add(p.id)
      if (p.location != null && !(Number.isFinite(p.location.lat) && Number.isFinite(p.location.lon) && Math.abs(p.location.lat) <= 90 && Math.abs(p.location.lon) <= 180)) fail(`${at}.location`, 'must have finite lat in [-90, 90] and lon in [-180, 180]')
      for (const [key, v] of Object.entries(p.values ?? {})) {
        const ok = typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || (Array.isArray(v) && v.every((x) => typeof x === 'string'))
        if (!ok) fail(`${at}.values.${key}`, 'must be a string, a finite number or an array of strings')
      }
      if (side === 'mentors') {
        const capacity = (p as { capacity?: unknown }).capacity
        if (capacity !== undefined && !(typeof capacity === 'number' && Number.isInteger(capacity) && capacity >= 0)) fail(`${at}.capacity`, 'must be a non-negative integer')
      }
    })
  }
  const menteeIds = new Set(input.mentees.map((p) => p.id))
  const mentorIds = new Set(input.mentors.map((p) => p.id))
  const checkPair = (field: string, pair: { menteeId: string; mentorId: string }) => {
    if (!menteeIds.has(pair?.menteeId)) fail(`${field}.menteeId`, `unknown mentee "${pair?.menteeId}"`)
    if (!mentorIds.has(pair?.mentorId)) fail(`${field}.mentorId`, `unknown mentor "${pair?.mentorId}"`)
  }
  ;(input.adjustments ?? []).forEach((a, k) => {
    checkPair(`adjustments[${k}]`, a)
    if (!(typeof a.delta === 'number' && Number.isFinite(a.delta) && Math.abs(a.delta) <= 100)) fail(`adjustments[${k}].delta`, 'must be a number between -100 and 100')
  })
  ;(input.exclusions ?? []).forEach((p, k) => checkPair(`exclusions[${k}]`, p))
  const lockedMentees = new Set<string>()
  const lockedLoad = new Map<string, number>()
  ;(input.locks ?? []).forEach((p, k) => {
    checkPair(`locks[${k}]`, p)
    if (lockedMentees.has(p.menteeId)) fail(`locks[${k}].menteeId`, `mentee "${p.menteeId}" is locked twice`)
    lockedMentees.add(p.menteeId)
    lockedLoad.set(p.mentorId, (lockedLoad.get(p.mentorId) ?? 0) + 1)
  })
  for (const mentor of input.mentors) {
    if ((lockedLoad.get(mentor.id) ?? 0) > (mentor.capacity ?? 1)) fail('locks', `mentor "${mentor.id}" is locked to more mentees than its capacity`)
  }
  const excluded = new Set((input.exclusions ?? []).map((p) => `${p.menteeId}\u0000${p.mentorId}`))
  ;(input.locks ?? []).forEach((p, k) => {
    if (excluded.has(`${p.menteeId}\u0000${p.mentorId}`)) fail(`locks[${k}]`, 'pair is both locked and excluded')
  })
  if (input.objective !== undefined && input.objective !== 'max-score' && input.objective !== 'max-matched') fail('objective', 'must be "max-score" or "max-matched"')
  if (input.minScore !== undefined && !(typeof input.minScore === 'number' && input.minScore >= 0 && input.minScore <= 100)) fail('minScore', 'must be a number between 0 and 100')
  if (input.topK !== undefined && !(Number.isInteger(input.topK) && input.topK >= 0 && input.topK <= 50)) fail('topK', 'must be an integer between 0 and 50')
  if (input.prepareLosses !== undefined && typeof input.prepareLosses !== 'boolean') fail('prepareLosses', 'must be a boolean')
}

function validateCriterion(c: Criterion, at: string, ids: Set<string>): void {
  if (typeof c?.id !== 'string' || c.id === '') fail(`${at}.id`, 'must be a non-empty string')
  if (ids.has(c.id)) fail(`${at}.id`, `duplicate criterion id "${c.id}"`)
  ids.add(c.id)
  if (!(typeof c.weight === 'number' && c.weight >= 0 && c.weight <= 10)) fail(`${at}.weight`, 'must be a number from 0 to 10')
  switch (c.kind) {
    case 'geo':
      if (!(typeof c.maxKm === 'number' && c.maxKm > 0 && Number.isFinite(c.maxKm))) fail(`${at}.maxKm`, 'must be a positive number')
      c.bands?.forEach((b, k) => {
        if (!(b.maxKm > 0 && b.credit >= 0 && b.credit <= 1)) fail(`${at}.bands[${k}]`, 'needs maxKm > 0 and credit in [0, 1]')
        if (k > 0 && !(b.maxKm > c.bands![k - 1]!.maxKm)) fail(`${at}.bands[${k}].maxKm`, 'bands must be in increasing maxKm order')
      })
      return
    case 'categorical':
      validateFields(c, at)
      for (const [a, row] of Object.entries(c.similarity ?? {})) for (const [b, v] of Object.entries(row)) if (!(typeof v === 'number' && v >= 0 && v <= 1)) fail(`${at}.similarity.${a}.${b}`, 'must be a number in [0, 1]')
      return
    case 'overlap':
      validateFields(c, at)
      if (c.fullCreditAt !== undefined && !(Number.isInteger(c.fullCreditAt) && c.fullCreditAt >= 1)) fail(`${at}.fullCreditAt`, 'must be a positive integer')
      return
    case 'numeric':
      validateFields(c, at)
      if (c.tolerance !== undefined && !(c.tolerance > 0)) fail(`${at}.tolerance`, 'must be positive')
      if (c.direction !== undefined && !['any', 'mentor-older', 'mentor-younger'].includes(c.direction)) fail(`${at}.direction`, 'must be "any", "mentor-older" or "mentor-younger"')
      return
    case 'text':
      validateFields(c, at)
      if (c.fullCreditAt !== undefined && !(Number.isInteger(c.fullCreditAt) && c.fullCreditAt >= 1)) fail(`${at}.fullCreditAt`, 'must be a positive integer')
      return
    default:
      fail(`${at}.kind`, 'must be one of geo, categorical, overlap, numeric, text')
  }
}

function validateFields(c: { field: string; mentorField?: string }, at: string): void {
  if (typeof c.field !== 'string' || c.field === '') fail(`${at}.field`, 'must name a value key')
  if (c.mentorField !== undefined && (typeof c.mentorField !== 'string' || c.mentorField === '')) fail(`${at}.mentorField`, 'must name a value key')
}
