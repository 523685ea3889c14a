import type { PersonKind } from '../people'
import type { OutcomeClass } from '../rules/programme-rules'

/**
 * Groups under this size are shown as "< 5" in the yearly profile analysis (seed 001) and its exports, so that no
 * one can be singled out (a group of two Eritrean mentees in Namur is two people).
 */
export const smallGroup = 5

/**
 * A count as it may be shown: the number; `'< 5'` for a group under {@link smallGroup}; `'hidden'` for a larger group
 * hidden only because it would give a small one away by subtraction (saying "< 5" of it would be false).
 */
export type ShownCount = number | '< 5' | 'hidden'

export const ageBands = ['18-25', '26-35', '36-45', '46-55', '56+'] as const
export type AgeBand = (typeof ageBands)[number]

/**
 * The age band of an age, or null when unknown or under 18 (no participant is).
 *
 * @example
 * ageBand(34) // '26-35'
 */
export function ageBand(age: number | undefined): AgeBand | null {
  if (age === undefined || age < 18) return null
  if (age <= 25) return '18-25'
  if (age <= 35) return '26-35'
  if (age <= 45) return '36-45'
  if (age <= 55) return '46-55'
  return '56+'
}

export const profileDimensions = ['ageBand', 'sector', 'language', 'locality', 'referredBy'] as const
export type ProfileDimension = (typeof profileDimensions)[number]

/** One person of the year as the analysis sees them: a few attributes and, for a mentee, how their duo ended. */
export interface ProfileFacts {
  kind: PersonKind
  ageBand: AgeBand | null
  sector: string | null
  languages: string[]
  locality: string | null
  referredBy: string | null
  outcome: { class: OutcomeClass; countsAsEmployment: boolean } | null
}

export interface DistributionRow {
  value: string
  count: ShownCount
}

export interface OutcomeRow {
  value: string
  closed: ShownCount
  /** Whole percent of positive exits, or null when the group is too small to say it. */
  positivePercent: number | null
  employmentPercent: number | null
}

export interface ProfileAnalysis {
  people: Record<PersonKind, ShownCount>
  distributions: Record<PersonKind, Record<ProfileDimension, DistributionRow[]>>
  /** Mentees' outcomes by group (only duos closed in the year). */
  outcomes: Record<ProfileDimension, OutcomeRow[]>
}

const valuesOf = (p: ProfileFacts, d: ProfileDimension): string[] => {
  switch (d) {
    case 'language': return p.languages
    case 'ageBand': return [p.ageBand ?? 'unknown']
    default: return [p[d] ?? 'unknown']
  }
}

/**
 * Counts shown with small groups hidden. When exactly one group is hidden and the total is known, the next smallest is
 * hidden too, or the hidden one could be found by subtraction. Languages are not exclusive (one person speaks
 * several), so no total can give a hidden language away and that second step is not needed there.
 *
 * @example
 * suppressSmall([{ value: 'a', n: 12 }, { value: 'b', n: 3 }, { value: 'c', n: 6 }], true)
 * // [{ value: 'a', count: 12 }, { value: 'b', count: '< 5' }, { value: 'c', count: 'hidden' }]
 */
export function suppressSmall(rows: readonly { value: string; n: number }[], exclusive: boolean): DistributionRow[] {
  const small = new Set(rows.filter((r) => r.n > 0 && r.n < smallGroup).map((r) => r.value))
  let also: string | undefined
  if (exclusive && small.size === 1) also = rows.filter((r) => !small.has(r.value) && r.n > 0).sort((a, b) => a.n - b.n)[0]?.value
  return rows.map((r) => ({ value: r.value, count: small.has(r.value) ? '< 5' : r.value === also ? 'hidden' : r.n }))
}

const shown = (n: number): ShownCount => (n > 0 && n < smallGroup ? '< 5' : n)

/**
 * The yearly analysis of mentors' and mentees' profiles, and mentees' outcomes by profile group, with every group
 * under five people shown as "< 5" and no rate said for it.
 *
 * @example
 * profileAnalysis(people).distributions.mentee.sector // [{ value: 'care', count: 14 }, { value: 'logistics', count: '< 5' }, ...]
 */
export function profileAnalysis(people: readonly ProfileFacts[]): ProfileAnalysis {
  const kinds: PersonKind[] = ['mentor', 'mentee']
  const distributions = Object.fromEntries(kinds.map((kind) => {
    const ofKind = people.filter((p) => p.kind === kind)
    return [kind, Object.fromEntries(profileDimensions.map((d) => {
      const counts = new Map<string, number>()
      for (const p of ofKind) for (const v of valuesOf(p, d)) counts.set(v, (counts.get(v) ?? 0) + 1)
      const rows = [...counts].map(([value, n]) => ({ value, n })).sort((a, b) => b.n - a.n || a.value.localeCompare(b.value))
      return [d, suppressSmall(rows, d !== 'language')]
    }))]
  })) as ProfileAnalysis['distributions']
  const closed = people.filter((p) => p.kind === 'mentee' && p.outcome !== null)
  const outcomes = Object.fromEntries(profileDimensions.map((d) => {
    const groups = new Map<string, ProfileFacts[]>()
    for (const p of closed) for (const v of valuesOf(p, d)) groups.set(v, [...(groups.get(v) ?? []), p])
    const sorted = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    const sizes = suppressSmall(sorted.map(([value, g]) => ({ value, n: g.length })), d !== 'language')
    const rows = sorted.map(([value, g], i): OutcomeRow => {
      const closedShown = sizes[i]!.count
      const pct = (n: number) => (typeof closedShown === 'number' ? Math.round((n / g.length) * 100) : null)
      return {
        value, closed: closedShown,
        positivePercent: pct(g.filter((p) => p.outcome!.class === 'positive').length),
        employmentPercent: pct(g.filter((p) => p.outcome!.countsAsEmployment).length),
      }
    })
    return [d, rows]
  })) as ProfileAnalysis['outcomes']
  return {
    people: { mentor: shown(people.filter((p) => p.kind === 'mentor').length), mentee: shown(people.filter((p) => p.kind === 'mentee').length) },
    distributions,
    outcomes,
  }
}
