/**
 * The People tab's view (board by stage, or searchable list) and filters, kept in the address's query so that a
 * filtered view can be shared or bookmarked. Values the API would refuse are dropped when read, so a hand-edited
 * address shows the unfiltered view rather than an error page.
 */
import { personKinds, personStages, type PersonKind, type PersonStage } from '@binome/contracts/vocabulary'
import type { ChoiceOption, IntakeForm } from '@binome/contracts'
import type { PeopleFilter } from '../api/endpoints'
import { formFields } from './answers'

export const peopleViews = ['board', 'list'] as const
export type PeopleView = (typeof peopleViews)[number]

/** The query keys of the filters, in the order the address shows them. */
export const filterKeys = ['q', 'kind', 'stage', 'locality', 'sector', 'language', 'referredBy'] as const
export type FilterKey = (typeof filterKeys)[number]

// The same shapes as the API's PeopleQuery, without loading zod for the address.
const checks: Record<FilterKey, (v: string) => boolean> = {
  q: (v) => v.length <= 100,
  kind: (v) => (personKinds as readonly string[]).includes(v),
  stage: (v) => (personStages as readonly string[]).includes(v),
  locality: (v) => v.length <= 120,
  sector: (v) => /^[A-Za-z0-9_-]{1,64}$/.test(v),
  language: (v) => /^[a-z]{2,3}$/.test(v),
  referredBy: (v) => /^[A-Za-z0-9_-]{1,64}$/.test(v),
}

/**
 * The view and filters an address asks for: the board unless `view=list`; blank or malformed filters left out.
 *
 * @example
 * readPeopleQuery(new URLSearchParams('view=list&stage=applied&q=%20dupont%20&kind=robot'))
 * // { view: 'list', filter: { q: 'dupont', stage: 'applied' } }
 */
export function readPeopleQuery(params: URLSearchParams): { view: PeopleView; filter: PeopleFilter } {
  const filter: Record<string, string> = {}
  for (const key of filterKeys) {
    const value = params.get(key)?.trim()
    if (value && checks[key](value)) filter[key] = value
  }
  return { view: params.get('view') === 'list' ? 'list' : 'board', filter: filter as PeopleFilter }
}

/**
 * The query of a view with its filters (blank ones left out), for links and the filter form.
 *
 * @example
 * peopleQuery('list', { stage: 'ready', q: '' }) // '?view=list&stage=ready'
 */
export function peopleQuery(view: PeopleView, filter: Partial<Record<FilterKey, string | undefined>>): string {
  const params = new URLSearchParams()
  if (view === 'list') params.set('view', 'list')
  for (const key of filterKeys) {
    const value = filter[key]?.trim()
    if (value) params.set(key, value)
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** The filters besides the stage (the board has one column per stage; the counts are per stage). */
export function withoutStage(filter: PeopleFilter): Omit<PeopleFilter, 'stage'> {
  const { stage: _stage, ...rest } = filter
  return rest
}

/** Whether any filter is set (the list then says "no one matches" rather than "no one yet"). */
export function isFiltered(filter: PeopleFilter): boolean {
  return filterKeys.some((k) => filter[k] !== undefined)
}

export type { PersonKind, PersonStage }

/**
 * The sector choices of the filter: the options of the field the sector facet is read from (`sector`, else a
 * single choice whose id names a sector — as the core's `personFacets`), of one side's form or of both.
 *
 * @example
 * sectorChoices([menteeForm, mentorForm]) // [{ value: 'healthcare', label: { fr: 'Santé', … } }, …]
 */
export function sectorChoices(forms: readonly (IntakeForm | null | undefined)[]): ChoiceOption[] {
  const seen = new Map<string, ChoiceOption>()
  for (const form of forms) {
    if (!form) continue
    const fields = formFields(form)
    const field = fields.find((f) => f.id === 'sector') ?? fields.find((f) => f.kind === 'single-choice' && f.id.includes('sector'))
    for (const option of field?.options ?? []) if (!seen.has(option.value)) seen.set(option.value, option)
  }
  return [...seen.values()]
}
