import { personStages } from '@binome/contracts/vocabulary'
import { api, PAGE_SIZE } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { readPeopleQuery, withoutStage } from '$lib/people/people-filter'
import type { PageLoad } from './$types'

/** How many cards a board column shows; its "more" link opens the list filtered on that stage. */
const BOARD_CARDS = 5

/**
 * The People tab, as its address asks: the counts by stage with the filters (the board's column heads and the list's
 * total), then either the first cards of each stage (board) or the first page of the filtered list, and the
 * programme's rules in force for the sector choices and the labels (the tab still shows when they cannot be read).
 * Every read is an indexed query of the API: nothing here loads the whole programme.
 */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const { orgId, programmeId } = params
  const { view, filter } = readPeopleQuery(url.searchParams)
  const counted = withoutStage(filter)
  const columns = filter.stage ? [filter.stage] : [...personStages]
  const [counts, rules, board, list] = await Promise.all([
    guard(api.countPeopleByStage(orgId, programmeId, counted, { fetch }), url),
    api.getRules(orgId, programmeId, { fetch }).catch(() => null),
    view === 'board'
      ? guard(Promise.all(columns.map(async (stage) => ({
          stage, page: await api.listPeople(orgId, programmeId, { ...counted, stage, limit: BOARD_CARDS }, { fetch }),
        }))), url)
      : null,
    view === 'list' ? guard(api.listPeople(orgId, programmeId, { ...filter, limit: PAGE_SIZE }, { fetch }), url) : null,
  ])
  return { view, filter, counts: counts.counts, board, list, forms: rules?.rules.forms ?? null }
}
