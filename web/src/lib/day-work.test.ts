/** The programme's tabs and the home's day of work, computed from the API's lists without a browser. */
import { beforeAll, describe, expect, it } from 'vitest'
import { get } from 'svelte/store'
import { _ } from './i18n'
import { loadAllMessages, setLocale, setupI18n } from './i18n'
import { allItems, dayWorkIsEmpty, stageTotal, waitingForDecision, latestRun, recentlyFinished, sweepIsLate, type DayWork } from './day-work'
import { currentTab, programmePath, programmeTabs, visibleTabs } from './programme-tabs'
import type { MatchingRun } from '@binome/contracts'
import fr from './i18n/fr.json'
import en from './i18n/en.json'
import nl from './i18n/nl.json'

// These words are the signed-in screens': their layout loads the whole catalogue, and so does each switch of language after it.
beforeAll(async () => {
  setupI18n()
  await loadAllMessages()
})

const run = (id: string, status: MatchingRun['status'], createdAt: string, completedAt: string | null = null) =>
  ({ id, programmeId: 'p', status, requestedBy: 'u', createdAt, startedAt: null, completedAt, attempts: 1, error: null, summary: null }) as MatchingRun

describe('the programme tabs', () => {
  it('shows each role only the tabs it may open', () => {
    expect(visibleTabs('coordinator').map((t) => t.segment)).toEqual(['', 'people', 'matching', 'duos', 'tracking', 'calendar', 'results', 'quality'])
    expect(visibleTabs('mentor').map((t) => t.segment)).toEqual([''])
    expect(visibleTabs(null)).toEqual([])
  })

  it('knows which tab an address is on, deeper pages included, and no tab outside the programme', () => {
    expect(currentTab('/orgs/o/programmes/p', 'o', 'p')?.segment).toBe('')
    expect(currentTab('/orgs/o/programmes/p/matching', 'o', 'p')?.segment).toBe('matching')
    expect(currentTab('/orgs/o/programmes/p/people/x1', 'o', 'p')?.segment).toBe('people')
    expect(currentTab('/orgs/o/programmes/p/calendar/s1', 'o', 'p')?.segment).toBe('calendar')
    expect(currentTab('/orgs/o/programmes/p2/people', 'o', 'p')).toBeUndefined()
    expect(programmePath('o', 'p', 'people')).toBe('/orgs/o/programmes/p/people')
  })

  it('names every tab in the three catalogues', () => {
    for (const catalogue of [fr, en, nl]) {
      for (const tab of programmeTabs) {
        const [group, key] = tab.labelKey.split('.') as [keyof typeof fr, string]
        expect((catalogue[group] as Record<string, string>)[key], `${tab.labelKey}`).toEqual(expect.any(String))
      }
    }
  })
})

describe('counting from the lists', () => {
  it('reads every page of a list, and stops at the last', async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      start: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3], nextCursor: null },
    }
    expect(await allItems(async (cursor) => pages[cursor ?? 'start']!)).toEqual([1, 2, 3])
  })

  it('counts everyone, and those waiting for a decision: applied, informed and interviewed only', () => {
    const counts = { applied: 2, informed: 1, interviewed: 1, accepted: 5, refused: 3, ready: 4, matched: 6 }
    expect(stageTotal(counts)).toBe(22)
    expect(waitingForDecision(counts)).toBe(4)
    expect(waitingForDecision({ accepted: 5, refused: 3 })).toBe(0)
    expect(stageTotal({})).toBe(0)
  })

  it('finds the latest run by date (ids are random) and the runs finished in the last week', () => {
    const runs = [
      run('z', 'completed', '2026-11-20T10:00:00Z', '2026-11-20T10:01:00Z'),
      run('a', 'failed', '2026-11-29T10:00:00Z', '2026-11-29T10:00:05Z'),
      run('m', 'running', '2026-11-30T08:00:00Z'),
      run('q', 'completed', '2026-11-28T10:00:00Z', '2026-11-28T10:02:00Z'),
    ]
    expect(latestRun(runs)?.id).toBe('m')
    expect(recentlyFinished(runs, new Date('2026-11-30T09:00:00Z')).map((r) => r.id)).toEqual(['a', 'q'])
  })
})

describe('the day of work', () => {
  const empty: DayWork = {
    sweep: { ok: true, value: { date: '2026-11-30', ranAt: '2026-11-30T05:00:00Z' } },
    alerts: { ok: true, value: [] },
    runs: { ok: true, value: [] },
    waiting: { ok: true, value: [] },
  }

  it('says "nothing to do" only when the sweep ran and every source loaded empty', () => {
    expect(dayWorkIsEmpty(empty)).toBe(true)
    expect(dayWorkIsEmpty({ ...empty, runs: { ok: false } })).toBe(false)
    expect(dayWorkIsEmpty({ ...empty, sweep: { ok: false } })).toBe(false)
    expect(dayWorkIsEmpty({ ...empty, sweep: { ok: true, value: null } })).toBe(false)
    expect(dayWorkIsEmpty({ ...empty, waiting: { ok: true, value: [{ programme: { id: 'p', name: 'P' }, applicants: 2 }] } })).toBe(false)
  })

  it('calls a sweep late once it is older than yesterday', () => {
    const now = new Date('2026-11-30T09:00:00Z')
    expect(sweepIsLate('2026-11-30', now)).toBe(false)
    expect(sweepIsLate('2026-11-29', now)).toBe(false)
    expect(sweepIsLate('2026-11-28', now)).toBe(true)
  })
})

describe('the words of the day of work', () => {
  it('says counts and dates in French, English and Dutch, singular and plural', async () => {
    const expected = {
      fr: ['1 personne attend une décision dans « P »', '3 personnes attendent', '1 binôme proposé', 'Matchings terminés récemment (2)'],
      en: ['1 person is waiting for a decision in “P”', '3 people are waiting', '1 pair proposed', 'Matchings finished lately (2)'],
      nl: ['1 persoon wacht op een beslissing in “P”', '3 personen wachten', '1 duo voorgesteld', 'Onlangs afgeronde matchings (2)'],
    } as const
    for (const [lang, [one, many, matched, runs]] of Object.entries(expected)) {
      await setLocale(lang as keyof typeof expected)
      const t = get(_)
      expect(t('dayWork.applicants', { values: { count: 1, programme: 'P' } })).toBe(one)
      expect(t('dayWork.applicants', { values: { count: 3, programme: 'P' } })).toContain(many)
      expect(t('dayWork.runCompleted', { values: { programme: 'P', date: 'D', matched: 1 } })).toContain(matched)
      expect(t('dayWork.runs', { values: { n: 2 } })).toBe(runs)
    }
    await setLocale('fr')
  })
})
