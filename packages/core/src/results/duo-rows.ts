import type { TrackingLine } from '../duo-life/tracking'
import { daysBetween } from '../duo-life/dates'
import type { DuoResultFacts, ResultsWindow } from './dashboard'
import { smallGroup, type AgeBand } from './profiles'

/**
 * The anonymised duo-level export for funders (issue 11): one row a duo, with no name, e-mail or id — each duo is
 * numbered 1, 2, 3… in this export only, so two exports cannot be joined — and the mentee's age band, sector and
 * locality said only where at least {@link smallGroup} of the exported mentees share it (else "< 5"), so no one can
 * be singled out by a rare profile.
 */

/** What the export knows of a duo's mentee: never who, only the groups they belong to. */
export interface MenteeGroups {
  ageBand: AgeBand | null
  sector: string | null
  locality: string | null
}

export interface AnonymisedDuoRow {
  /** 1, 2, 3… in the order of the rows (by start day): not the duo's id. */
  number: number
  /** The programme's name, given with the duo when the file spans the organisation's programmes (else ''). */
  programme: string
  state: string
  startDate: string | null
  plannedEndDate: string | null
  endDate: string | null
  outcomeId: string | null
  early: boolean
  durationDays: number | null
  meetings: number
  checkInsDue: number
  checkInsOnTime: number
  evaluationsSent: number
  evaluationsAnswered: number
  /** Average of the duo's answers' overall satisfaction (1–5, one decimal), null without any. */
  satisfaction: number | null
  /** The group, `'< 5'` when fewer than five exported mentees share it, `''` when unknown. */
  ageBand: string
  sector: string
  locality: string
}

export interface DuoExportInput {
  line: Pick<TrackingLine, 'state' | 'startDate' | 'plannedEndDate'>
  facts: DuoResultFacts
  mentee: MenteeGroups
  /** The programme's name, for an organisation's file. */
  programme?: string
}

const lived = (f: DuoResultFacts, w: ResultsWindow) => {
  if (!f.startedAt) return false
  const start = f.startedAt.slice(0, 10)
  if (w.basis === 'cohort') return start >= w.from && start <= w.to
  return start <= w.to && (f.endedAt === null || f.endedAt.slice(0, 10) >= w.from)
}

/**
 * The rows of the duos the window counts (by period: the duos that lived in it; by cohort: those started in it),
 * ordered by start day, numbered from 1, with small profile groups shown as "< 5".
 *
 * @example
 * anonymisedDuoRows([{ line, facts, mentee: { ageBand: '26-35', sector: 'care', locality: 'Namur' } }], { basis: 'period', from: '2026-01-01', to: '2026-12-31' })
 * // [{ number: 1, state: 'active', …, ageBand: '< 5', sector: '< 5', locality: '< 5' }]
 */
export function anonymisedDuoRows(duos: readonly DuoExportInput[], window: ResultsWindow): AnonymisedDuoRow[] {
  const kept = duos.filter((d) => lived(d.facts, window))
    .sort((a, b) => a.facts.startedAt!.localeCompare(b.facts.startedAt!) || a.facts.id.localeCompare(b.facts.id))
  const groups = (key: keyof MenteeGroups) => {
    const n = new Map<string, number>()
    for (const d of kept) if (d.mentee[key]) n.set(d.mentee[key]!, (n.get(d.mentee[key]!) ?? 0) + 1)
    return (v: string | null) => (v === null ? '' : (n.get(v) ?? 0) >= smallGroup ? v : '< 5')
  }
  const [age, sector, locality] = [groups('ageBand'), groups('sector'), groups('locality')]
  return kept.map(({ line, facts: f, mentee, programme }, i) => ({
    number: i + 1,
    programme: programme ?? '',
    state: line.state,
    startDate: line.startDate,
    plannedEndDate: line.plannedEndDate,
    endDate: f.endedAt,
    outcomeId: f.outcome?.id ?? null,
    early: f.earlyEnd,
    durationDays: f.startedAt ? daysBetween(f.startedAt.slice(0, 10), (f.endedAt ?? window.asOf ?? window.to).slice(0, 10)) : null,
    meetings: f.meetingsHeld,
    checkInsDue: f.checkInsDue,
    checkInsOnTime: f.checkInsOnTime,
    evaluationsSent: f.evaluationsSent,
    evaluationsAnswered: f.evaluationsAnswered,
    satisfaction: f.satisfaction.length === 0 ? null : Math.round((f.satisfaction.reduce((a, b) => a + b, 0) / f.satisfaction.length) * 10) / 10,
    ageBand: age(mentee.ageBand),
    sector: sector(mentee.sector),
    locality: locality(mentee.locality),
  }))
}

/**
 * CSV text (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled; a field starting with
 * `=`, `+`, `-` or `@` gets a leading apostrophe so a spreadsheet does not run it as a formula; lines end with CRLF.
 *
 * @example
 * toCsv([['a', 'b,c'], [1, null]]) // 'a,"b,c"\r\n1,\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const cell = (v: string | number | boolean | null) => {
    if (v === null) return ''
    let s = String(v)
    if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}
