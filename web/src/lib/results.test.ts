import { describe, expect, it } from 'vitest'
import { readResultsView, resultsSearch } from './results'

describe('the results window in the URL', () => {
  it('reads the basis and real days, and writes back only what is not the default', () => {
    const view = readResultsView(new URL('https://x/r?basis=cohort&from=2026-01-01&to=soon'))
    expect(view).toEqual({ basis: 'cohort', from: '2026-01-01' })
    expect(resultsSearch(view)).toBe('?basis=cohort&from=2026-01-01')
    expect(resultsSearch(readResultsView(new URL('https://x/r?basis=decade')))).toBe('')
  })
})
