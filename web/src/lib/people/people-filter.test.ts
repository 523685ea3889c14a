import { describe, expect, it } from 'vitest'
import { isFiltered, peopleQuery, readPeopleQuery, withoutStage } from './people-filter'

describe('the People tab’s address', () => {
  it('reads the view and the filters, dropping blank and malformed ones', () => {
    const read = readPeopleQuery(new URLSearchParams('view=list&stage=applied&q=%20dupont%20&kind=robot&language=FR&sector=it&locality='))
    expect(read).toEqual({ view: 'list', filter: { q: 'dupont', stage: 'applied', sector: 'it' } })
    expect(readPeopleQuery(new URLSearchParams('view=table&stage=enrolled'))).toEqual({ view: 'board', filter: {} })
  })

  it('writes the same filters back, blank ones left out, so that a shared address opens the same view', () => {
    const query = peopleQuery('list', { stage: 'ready', q: '', kind: 'mentee', locality: ' Schaerbeek ' })
    expect(query).toBe('?view=list&kind=mentee&stage=ready&locality=Schaerbeek')
    expect(readPeopleQuery(new URLSearchParams(query))).toEqual({ view: 'list', filter: { kind: 'mentee', stage: 'ready', locality: 'Schaerbeek' } })
    expect(peopleQuery('board', {})).toBe('')
  })

  it('counts by stage with every filter but the stage', () => {
    expect(withoutStage({ stage: 'applied', kind: 'mentor' })).toEqual({ kind: 'mentor' })
    expect(isFiltered({})).toBe(false)
    expect(isFiltered({ language: 'nl' })).toBe(true)
  })
})
