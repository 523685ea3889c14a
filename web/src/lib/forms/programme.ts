import type { Programme } from '@binome/contracts'

/** What the programme form holds while it is being edited (inputs give strings and possibly-empty numbers). */
export interface ProgrammeFormValues {
  name: string
  description: string
  status: 'draft' | 'active'
  startDate: string
  endDate: string
}

/**
 * A blank form (how duos run — durations, cadences — is set in the programme's rules, not here).
 *
 * @example
 * let values = $state(emptyProgrammeForm())
 */
export function emptyProgrammeForm(): ProgrammeFormValues {
  return { name: '', description: '', status: 'draft', startDate: '', endDate: '' }
}

/** @example let values = $state(programmeForm(data.programme)) */
export function programmeForm(p: Programme): ProgrammeFormValues {
  return {
    name: p.name,
    description: p.description,
    status: p.status === 'active' ? 'active' : 'draft',
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
  }
}

/**
 * The request body for the form: empty dates mean "no date".
 *
 * @example
 * validate(CreateProgramme, programmeInput(values))
 */
export function programmeInput(v: ProgrammeFormValues) {
  return {
    name: v.name,
    description: v.description,
    status: v.status,
    startDate: v.startDate || null,
    endDate: v.endDate || null,
  }
}
