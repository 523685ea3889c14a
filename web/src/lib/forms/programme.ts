import { defaultProgrammeSchedule } from '@binome/contracts/vocabulary'
import type { Programme } from '@binome/contracts'

/** What the programme form holds while it is being edited (inputs give strings and possibly-empty numbers). */
export interface ProgrammeFormValues {
  name: string
  description: string
  status: 'draft' | 'active'
  durationMonths: number | null | undefined
  meetingsPerMonth: number | null | undefined
  checkInEveryWeeks: number | null | undefined
  startDate: string
  endDate: string
}

/**
 * A blank form with the programme defaults (6 months, 2 meetings a month, a check-in every 6 weeks).
 *
 * @example
 * let values = $state(emptyProgrammeForm())
 */
export function emptyProgrammeForm(): ProgrammeFormValues {
  return { name: '', description: '', status: 'draft', ...defaultProgrammeSchedule, startDate: '', endDate: '' }
}

/** @example let values = $state(programmeForm(data.programme)) */
export function programmeForm(p: Programme): ProgrammeFormValues {
  return {
    name: p.name,
    description: p.description,
    status: p.status === 'active' ? 'active' : 'draft',
    durationMonths: p.durationMonths,
    meetingsPerMonth: p.meetingsPerMonth,
    checkInEveryWeeks: p.checkInEveryWeeks,
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
  }
}

/**
 * The request body for the form: empty dates mean "no date", an emptied number stays in as NaN so that
 * validation names the field instead of silently keeping the old value.
 *
 * @example
 * validate(CreateProgramme, programmeInput(values))
 */
export function programmeInput(v: ProgrammeFormValues) {
  const num = (n: number | null | undefined) => (n === null || n === undefined ? Number.NaN : n)
  return {
    name: v.name,
    description: v.description,
    status: v.status,
    durationMonths: num(v.durationMonths),
    meetingsPerMonth: num(v.meetingsPerMonth),
    checkInEveryWeeks: num(v.checkInEveryWeeks),
    startDate: v.startDate || null,
    endDate: v.endDate || null,
  }
}
