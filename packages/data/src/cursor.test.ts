import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from './cursor'

const partition = 'ORG#o1#PROGRAMMES'
const key = { PK: partition, SK: 'PROGRAMME#p9' }

describe('pagination cursors', () => {
  it('round-trip within their partition, and are absent on the last page', () => {
    expect(decodeCursor(partition, encodeCursor(partition, key)!)).toEqual(key)
    expect(encodeCursor(partition, undefined)).toBeNull()
    expect(decodeCursor(partition, undefined)).toBeUndefined()
  })

  it('are refused in another partition or tenant', () => {
    const c = encodeCursor(partition, key)!
    expect(() => decodeCursor('ORG#o2#PROGRAMMES', c)).toThrow(/not valid/)
    expect(() => decodeCursor('ORG#o1#MEMBERS', c)).toThrow(/not valid/)
  })

  it('are refused when forged: a start key outside the partition, extra attributes, or garbage', () => {
    const forge = (body: unknown) => Buffer.from(JSON.stringify(body)).toString('base64url')
    expect(() => decodeCursor(partition, forge({ v: 1, p: partition, k: { PK: 'ORG#o2#PROGRAMMES', SK: 'x' } }))).toThrow()
    expect(() => decodeCursor(partition, forge({ v: 1, p: partition, k: { ...key, GSI1PK: 'x' } }))).toThrow()
    expect(() => decodeCursor(partition, 'not base64 json')).toThrow()
    expect(() => decodeCursor(partition, '***')).toThrow(
      expect.objectContaining({ code: 'validation_failed', details: [{ path: 'cursor', reason: 'invalid-cursor', message: expect.any(String) }] }),
    )
  })
})

describe('forged start keys in the right partition', () => {
  const forge = (sk: unknown) => Buffer.from(JSON.stringify({ v: 1, p: partition, k: { PK: partition, SK: sk } })).toString('base64url')
  it.each([
    ['an empty sort key', ''],
    ['a sort key longer than DynamoDB allows', 'x'.repeat(1025)],
    ['a lone surrogate', 'PROGRAMME#\ud800'],
    ['a sort key that is not a string', 12],
  ])('%s is refused as a 400 naming the cursor', (_label, sk) => {
    expect(() => decodeCursor(partition, forge(sk))).toThrow(expect.objectContaining({ code: 'validation_failed', details: [{ path: 'cursor', reason: 'invalid-cursor', message: expect.any(String) }] }))
  })
  it('a sort key outside the list\'s own prefix is refused', () => {
    expect(() => decodeCursor(partition, forge('OTHER#x'), 'PROGRAMME#')).toThrow(/not valid/)
    expect(decodeCursor(partition, forge('PROGRAMME#p1'), 'PROGRAMME#')).toEqual({ PK: partition, SK: 'PROGRAMME#p1' })
  })
})
