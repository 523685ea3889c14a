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

/** DynamoDB's limit on a sort key, in UTF-8 bytes. */
const maxSortKeyBytes = 1024
/** A UTF-16 surrogate half without its partner cannot be encoded as UTF-8, so DynamoDB would fail on it. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Whether a decoded sort key could be one this list issued: DynamoDB must never be the one to refuse it. */
const isUsableSortKey = (sk: unknown, skPrefix: string | undefined): sk is string =>
  typeof sk === 'string' &&
  sk !== '' &&
  Buffer.byteLength(sk, 'utf8') <= maxSortKeyBytes &&
  !loneSurrogate.test(sk) &&
  (skPrefix === undefined || sk.startsWith(skPrefix))

/**
 * Decodes a cursor for the given partition (and sort-key prefix, when the list has one); anything else is a 400
 * naming the field `cursor`. The cursor is checked fully here, before any query: a start key DynamoDB itself
 * refuses (an empty sort key, say) would otherwise surface as a 500.
 *
 * @example
 * decodeCursor('ORG#o1#PROGRAMMES', c) // the ExclusiveStartKey
 */
export function decodeCursor(
  partition: string,
  cursor: string | undefined,
  skPrefix?: string,
  index?: { pk: string; sk: string },
): Record<string, unknown> | undefined {
  if (cursor === undefined || cursor === '') return undefined
  let body: unknown
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw badCursor()
  }
  if (typeof body !== 'object' || body === null) throw badCursor()
  const { v, p, k } = body as Partial<CursorBody>
  if (v !== 1 || p !== partition || typeof k !== 'object' || k === null || Array.isArray(k)) throw badCursor()
  if (index) {
    // On an index, the start key is the item's table key plus its index key, which must lie in the listed partition.
    const names = ['PK', 'SK', index.pk, index.sk]
    if (k[index.pk] !== partition || !isUsableSortKey(k[index.sk], skPrefix) || Object.keys(k).some((a) => !names.includes(a)) ||
      typeof k.PK !== 'string' || !k.PK.startsWith(partition.slice(0, partition.indexOf('#', 4) + 1)) || !isUsableSortKey(k.SK, undefined)) {
      throw badCursor()
    }
    return { PK: k.PK, SK: k.SK, [index.pk]: k[index.pk], [index.sk]: k[index.sk] }
  }
  // The start key must lie in the very partition being listed, whatever else the cursor says.
  if (k.PK !== partition || !isUsableSortKey(k.SK, skPrefix) || Object.keys(k).some((a) => a !== 'PK' && a !== 'SK')) {
    throw badCursor()
  }
  return { PK: k.PK, SK: k.SK }
}
