import { describe, expect, it } from 'vitest'
import { builtOnFirstUse } from './built-on-first-use'

describe('builtOnFirstUse', () => {
  it('makes a property on its first read only, once, and never the ones not read', () => {
    const made: string[] = []
    const o = builtOnFirstUse({
      a: () => (made.push('a'), { n: 1 }),
      b: () => (made.push('b'), { n: 2 }),
    })
    expect(made).toEqual([])
    const first = o.a
    expect(o.a).toBe(first)
    expect(made).toEqual(['a'])
    expect(Object.keys(o)).toEqual(['a', 'b'])
  })

})
