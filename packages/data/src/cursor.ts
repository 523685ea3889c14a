import { DomainError } from '@binome/core'

/**
 * Opaque pagination cursors. A cursor remembers the organisation and the partition it was issued for,
 * and is refused anywhere else, so a cursor from one tenant (or one list) cannot be replayed against another.
 */
interface CursorBody {
  v: 1
  p: string
  k: Record<string, unknown>
}

const badCursor = () =>
  new DomainError('validation', 'The cursor is not valid for this list', {
    details: [{ path: 'cursor', reason: 'invalid-cursor', message: 'is not valid for this list' }],
  })

/**
 * @example
 * const c = encodeCursor('ORG#o1#PROGRAMMES', { PK: 'ORG#o1#PROGRAMMES', SK: 'PROGRAMME#p9' })
 */
export function encodeCursor(partition: string, lastKey: Record<string, unknown> | undefined): string | null {
  if (!lastKey) return null
  const body: CursorBody = { v: 1, p: partition, k: lastKey }
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url')
}

/**
 * Decodes a cursor for the given partition; anything else is a 400 naming the field `cursor`.
 *
 * @example
 * decodeCursor('ORG#o1#PROGRAMMES', c) // the ExclusiveStartKey
 */
export function decodeCursor(partition: string, cursor: string | undefined): Record<string, unknown> | undefined {
  if (cursor === undefined || cursor === '') return undefined
  let body: unknown
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw badCursor()
  }
  if (typeof body !== 'object' || body === null) throw badCursor()
  const { v, p, k } = body as Partial<CursorBody>
  if (v !== 1 || p !== partition || typeof k !== 'object' || k === null) throw badCursor()
  // The start key must lie in the very partition being listed, whatever else the cursor says.
  if (k.PK !== partition || typeof k.SK !== 'string' || Object.keys(k).some((a) => a !== 'PK' && a !== 'SK')) {
    throw badCursor()
  }
  return k
}
