import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb'
import { DomainError, alreadyExists, staleVersion, type ErrorEntity } from '@binome/core'
import type { DataConfig } from './client'
import { decodeCursor, encodeCursor } from './cursor'
import { stripKeys, type Key } from './keys'

export type Item = Record<string, unknown>
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number]

/**
 * A DynamoDB filter on an index's projected attributes: the expression with its own `#names` and `:values`. It is
 * applied by DynamoDB as it reads the partition, so a page keeps reading until it is full or the partition ends.
 */
export interface IndexFilter {
  expression: string
  names?: Record<string, string>
  values?: Record<string, unknown>
}

export interface IndexPageOptions {
  limit: number
  cursor?: string | undefined
  skPrefix?: string | undefined
  where?: IndexFilter | undefined
}

/** An index as ./table.ts defines it. */
interface IndexKeys {
  indexName: string
  partitionKey: string
  sortKey: string
}

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/**
 * The next state of a versioned item: refuses a stale expected version (409), applies the change, and sets the
 * version itself, so that callers never compare or bump versions by hand. The write that follows is conditional on
 * the stored version too, so a change between this read and that write is refused as well.
 *
 * @example
 * const next = nextVersion(current, body.version, (p) => updateProgramme(p, changes, now), 'programme')
 */
export function nextVersion<T extends { version: number }>(current: T, expectedVersion: number, change: (current: T) => T, entity: ErrorEntity): T {
  if (current.version !== expectedVersion) throw staleVersion(entity)
  return { ...change(current), version: current.version + 1 }
}

const isNamed = (e: unknown, name: string): boolean =>
  typeof e === 'object' && e !== null && (e as { name?: string }).name === name

/**
 * The storage primitives every repository is written with: reads, creates that refuse to overwrite,
 * versioned replaces that refuse stale writes (409), pages with opaque cursors, and all-or-nothing transactions.
 * It knows nothing of tenants; {@link ../tenant} and the identity module decide which keys it may touch.
 */
export class Store {
  constructor(private readonly cfg: DataConfig) {}

  /**
   * @example
   * const item = await store.get<Programme>(keys.programme('p1'))
   */
  async get<T>(key: Key): Promise<T | undefined> {
    const out = await this.cfg.doc.send(new GetCommand({ TableName: this.cfg.tableName, Key: key, ConsistentRead: true }))
    return out.Item ? stripKeys<T>(out.Item) : undefined
  }

  /**
   * Many raw items by key (100 a call, unprocessed keys asked again), in no particular order; missing ones are
   * left out. `attributes` limits what is read back.
   *
   * @example
   * const items = await store.getMany([{ PK: 'ORG#o1#PROGRAMME#p1#PEOPLE', SK: 'MENTEE#m1' }], ['id', 'firstName'])
   */
  async getMany(keys: Key[], attributes?: readonly string[]): Promise<Item[]> {
    const found: Item[] = []
    const projection = attributes && {
      ProjectionExpression: [...new Set(['PK', 'SK', ...attributes])].map((_, n) => `#a${n}`).join(', '),
      ExpressionAttributeNames: Object.fromEntries([...new Set(['PK', 'SK', ...attributes])].map((a, n) => [`#a${n}`, a])),
    }
    for (let start = 0; start < keys.length; start += 100) {
      let pending: Record<string, unknown>[] | undefined = keys.slice(start, start + 100) as unknown as Record<string, unknown>[]
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)))
        const out = await this.cfg.doc.send(new BatchGetCommand({
          RequestItems: { [this.cfg.tableName]: { Keys: pending, ConsistentRead: true, ...projection } },
        }))
        found.push(...(out.Responses?.[this.cfg.tableName] ?? []))
        pending = out.UnprocessedKeys?.[this.cfg.tableName]?.Keys as Record<string, unknown>[] | undefined
      }
    }
    return found
  }

  /** The raw item, storage attributes included (for transactional re-writes). */
  async getRaw(key: Key): Promise<Item | undefined> {
    const out = await this.cfg.doc.send(new GetCommand({ TableName: this.cfg.tableName, Key: key, ConsistentRead: true }))
    return out.Item
  }

  /** The put of a new item, for use inside a transaction. */
  newItem(key: Key, type: string, value: object, extra: Item = {}): TransactItem {
    return {
      Put: {
        TableName: this.cfg.tableName,
        Item: { ...value, ...extra, ...key, type },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    }
  }

  /**
   * The put of an item whatever is there, for use inside a transaction: only for an item derived from another that
   * the same transaction writes under its own condition (a duo's result facts beside its tracking line).
   */
  putItem(key: Key, type: string, value: object, extra: Item = {}): TransactItem {
    return { Put: { TableName: this.cfg.tableName, Item: { ...value, ...extra, ...key, type } } }
  }

  /** The replace of an item at an expected version, for use inside a transaction. */
  replaceItem(key: Key, type: string, value: { version: number }, extra: Item = {}): TransactItem {
    return {
      Put: {
        TableName: this.cfg.tableName,
        Item: { ...value, ...extra, ...key, type },
        ConditionExpression: '#v = :expected',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: { ':expected': value.version - 1 },
      },
    }
  }

  /** An update expression on one item, for use inside a transaction (guard items and counters). */
  updateItem(
    key: Key,
    update: { set: string; condition?: string; names?: Record<string, string>; values?: Item },
  ): TransactItem {
    return {
      Update: {
        TableName: this.cfg.tableName,
        Key: key,
        UpdateExpression: update.set,
        ...(update.condition && { ConditionExpression: update.condition }),
        ...(update.names && { ExpressionAttributeNames: update.names }),
        ...(update.values && { ExpressionAttributeValues: update.values }),
      },
    }
  }

  /** A condition on an item that the transaction does not write (it fails the whole transaction when false). */
  conditionItem(key: Key, condition: { expression: string; names?: Record<string, string>; values?: Item }): TransactItem {
    return {
      ConditionCheck: {
        TableName: this.cfg.tableName, Key: key, ConditionExpression: condition.expression,
        ...(condition.names && { ExpressionAttributeNames: condition.names }),
        ...(condition.values && { ExpressionAttributeValues: condition.values }),
      },
    }
  }

  /**
   * Adds to number attributes of an item (creating it, with its type, when absent), for use inside a transaction or
   * alone ({@link Store.addTo}): counters kept in step with the writes they count.
   *
   * @example
   * store.addItem({ PK, SK: 'COUNTS' }, 'pipeline-counts', { 'mentee:applied': 1 }, { orgId: 'o1' })
   */
  addItem(key: Key, type: string, deltas: Record<string, number>, set: Item = {}): TransactItem {
    const names: Record<string, string> = { '#type': 'type' }
    const values: Item = { ':type': type }
    const adds = Object.entries(deltas).map(([attribute, delta], n) => {
      names[`#c${n}`] = attribute
      values[`:c${n}`] = delta
      return `#c${n} :c${n}`
    })
    const sets = ['#type = :type', ...Object.entries(set).map(([attribute, value], n) => {
      names[`#s${n}`] = attribute
      values[`:s${n}`] = value
      return `#s${n} = :s${n}`
    })]
    return {
      Update: {
        TableName: this.cfg.tableName, Key: key,
        UpdateExpression: `SET ${sets.join(', ')}${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
        ExpressionAttributeNames: names, ExpressionAttributeValues: values,
      },
    }
  }

  /** Writes an item whatever is there: only for values recomputed from the data itself (a recount). */
  async put(key: Key, type: string, value: object): Promise<void> {
    await this.cfg.doc.send(new PutCommand({ TableName: this.cfg.tableName, Item: { ...value, ...key, type } }))
  }

  /** {@link Store.addItem}, on its own. */
  async addTo(key: Key, type: string, deltas: Record<string, number>, set: Item = {}): Promise<void> {
    await this.cfg.doc.send(new UpdateCommand(this.addItem(key, type, deltas, set).Update!))
  }

  /** The delete of an item derived from another (see `putItem`), whether or not it is there, for use inside a transaction. */
  removeItem(key: Key): TransactItem {
    return { Delete: { TableName: this.cfg.tableName, Key: key } }
  }

  /** The delete of an item at a known version, for use inside a transaction. */
  deleteItem(key: Key, version?: number): TransactItem {
    return {
      Delete: {
        TableName: this.cfg.tableName,
        Key: key,
        ...(version === undefined
          ? { ConditionExpression: 'attribute_exists(PK)' }
          : {
              ConditionExpression: '#v = :expected',
              ExpressionAttributeNames: { '#v': 'version' },
              ExpressionAttributeValues: { ':expected': version },
            }),
      },
    }
  }

  /**
   * Creates an item; 409 `already-exists` (naming `entity`) if one exists with the same key.
   *
   * @example
   * await store.create(keys.programme(p.id), 'programme', p)
   */
  async create(key: Key, type: string, value: object, extra: Item = {}, entity: ErrorEntity = 'item'): Promise<void> {
    try {
      await this.cfg.doc.send(new PutCommand(this.newItem(key, type, value, extra).Put!))
    } catch (e) {
      if (isNamed(e, 'ConditionalCheckFailedException')) throw alreadyExists(entity)
      throw e
    }
  }

  /**
   * Replaces an item whose new version is `value.version`; 409 `stale-version` unless the stored version is the one before.
   *
   * @example
   * await store.replace(keys.programme(next.id), 'programme', next)
   */
  async replace(key: Key, type: string, value: { version: number }, extra: Item = {}, entity: ErrorEntity = 'item'): Promise<void> {
    try {
      await this.cfg.doc.send(new PutCommand(this.replaceItem(key, type, value, extra).Put!))
    } catch (e) {
      if (isNamed(e, 'ConditionalCheckFailedException')) throw staleVersion(entity)
      throw e
    }
  }

  /**
   * Adds to counters of an item in one write, unless a counter given a `limit` would pass it; returns the counters'
   * new values, or `undefined` when a limit refused the write (nothing is added then). The checks and the additions are
   * one conditional write, so concurrent callers never count past a limit. `add` defaults to 1.
   *
   * @example
   * const counted = await store.countUpTo(key, 'usage', [{ attribute: 'total', limit: 600 }], 1764500000)
   * // counted?.total: this minute's count, this request included
   */
  async countUpTo(
    key: Key,
    type: string,
    counters: { attribute: string; add?: number; limit?: number }[],
    expiresAt: number,
  ): Promise<Record<string, number> | undefined> {
    const names: Record<string, string> = { '#t': 'type', '#e': 'expiresAt' }
    const values: Item = { ':type': type, ':expires': expiresAt }
    const conditions: string[] = []
    for (const [i, c] of counters.entries()) {
      const add = c.add ?? 1
      names[`#c${i}`] = c.attribute
      values[`:add${i}`] = add
      if (c.limit === undefined) continue
      if (add > c.limit) return undefined
      values[`:most${i}`] = c.limit - add
      conditions.push(`(attribute_not_exists(#c${i}) OR #c${i} <= :most${i})`)
    }
    try {
      const { Attributes } = await this.cfg.doc.send(new UpdateCommand({
        TableName: this.cfg.tableName,
        Key: key,
        UpdateExpression: `ADD ${counters.map((_, i) => `#c${i} :add${i}`).join(', ')} SET #t = :type, #e = :expires`,
        ...(conditions.length > 0 && { ConditionExpression: conditions.join(' AND ') }),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'UPDATED_NEW',
      }))
      return Object.fromEntries(counters.map((c) => [c.attribute, Number(Attributes?.[c.attribute] ?? 0)]))
    } catch (e) {
      if (isNamed(e, 'ConditionalCheckFailedException')) return undefined
      throw e
    }
  }

  /** Deletes an item (at a version when given); 409 `stale-version` if it changed, nothing if it was already gone. */
  async delete(key: Key, version?: number, entity: ErrorEntity = 'item'): Promise<void> {
    try {
      await this.cfg.doc.send(new DeleteCommand(this.deleteItem(key, version).Delete!))
    } catch (e) {
      if (isNamed(e, 'ConditionalCheckFailedException')) throw staleVersion(entity)
      throw e
    }
  }

  /**
   * Writes many items in batches of 25, a few batches at a time, retrying what DynamoDB leaves unprocessed. Not
   * atomic: callers make the items visible afterwards in one conditional write (as a matching run names the attempt
   * whose result it shows). `onProgress` hears how many are written after each batch.
   *
   * @example
   * await store.putMany(suggestions.map((s, i) => ({ key: keys.runSuggestion(p, r, 1, i), type: 'suggestion', value: s })))
   */
  async putMany(
    items: { key: Key; type: string; value: object }[],
    onProgress?: (written: number, total: number) => Promise<void> | void,
    inFlight = 4,
  ): Promise<void> {
    const batches: { key: Key; type: string; value: object }[][] = []
    for (let start = 0; start < items.length; start += 25) batches.push(items.slice(start, start + 25))
    let next = 0
    let written = 0
    const writer = async () => {
      while (next < batches.length) {
        const batch = batches[next++]!
        await this.writeBatch(batch.map(({ key, type, value }) => ({ PutRequest: { Item: { ...value, ...key, type } } })))
        written += batch.length
        await onProgress?.(written, items.length)
      }
    }
    await Promise.all(Array.from({ length: Math.min(inFlight, batches.length) }, writer))
  }

  private async writeBatch(requests: { PutRequest: { Item: Item } }[]): Promise<void> {
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 8) throw new Error('DynamoDB left items unprocessed after 8 retries')
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)))
      const out = await this.cfg.doc.send(new BatchWriteCommand({ RequestItems: { [this.cfg.tableName]: requests } }))
      requests = (out.UnprocessedItems?.[this.cfg.tableName] ?? []) as typeof requests
    }
  }

  /**
   * All or nothing. A failed condition becomes `refusal`: the caller knows what its conditions mean (a new item
   * already there, a version that moved), or the error `explain` gives for the failed action's index (a guard
   * item's rule); DynamoDB's reasons go to the log only.
   *
   * @example
   * await store.transact([store.newItem(a, 'x', va), store.replaceItem(b, 'y', vb)], staleVersion('membership'))
   */
  async transact(
    items: TransactItem[],
    refusal: DomainError = staleVersion('item'),
    explain?: (failedIndex: number) => DomainError | undefined,
  ): Promise<void> {
    try {
      await this.cfg.doc.send(new TransactWriteCommand({ TransactItems: items }))
    } catch (e) {
      if (isNamed(e, 'TransactionCanceledException')) {
        const reasons = (e as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []
        // A caller may name what a particular failed condition means (e.g. a guard item's rule).
        for (const [index, r] of reasons.entries()) {
          const specific = r.Code === 'ConditionalCheckFailed' ? explain?.(index) : undefined
          if (specific) throw specific
        }
        if (reasons.some((r) => r.Code === 'ConditionalCheckFailed')) throw refusal
        // Another transaction touched the same items at the same moment: for the reader, someone else changed them.
        if (reasons.some((r) => r.Code === 'TransactionConflict')) throw staleVersion('item')
      }
      throw e
    }
  }

  /**
   * One page of a partition, in sort-key order (reversed with `descending`, e.g. newest version first), optionally
   * filtered by a predicate on the stored value. `parse` reads each stored item as in {@link Store.all}.
   * Filtering happens here (not in DynamoDB) so that a page is full whenever more matching items exist.
   *
   * @example
   * await store.page<Programme>(keys.programmesPartition(), { limit: 25, cursor })
   */
  async page<T>(
    partition: string,
    opts: {
      limit: number; cursor?: string | undefined; skPrefix?: string; filter?: (v: T) => boolean; parse?: (raw: Item) => T
      descending?: boolean
    },
  ): Promise<Page<T>> {
    const parse = opts.parse ?? ((raw: Item) => stripKeys<T>(raw))
    let startKey = decodeCursor(partition, opts.cursor, opts.skPrefix)
    const items: T[] = []
    let lastKey: Record<string, unknown> | undefined
    for (;;) {
      const out = await this.cfg.doc.send(
        new QueryCommand({
          TableName: this.cfg.tableName,
          KeyConditionExpression: opts.skPrefix ? 'PK = :pk AND begins_with(SK, :sk)' : 'PK = :pk',
          ExpressionAttributeValues: { ':pk': partition, ...(opts.skPrefix && { ':sk': opts.skPrefix }) },
          ExclusiveStartKey: startKey,
          ...(opts.descending && { ScanIndexForward: false }),
          // One more than the page needs, so that a full page knows whether anything follows (no empty last page).
          Limit: opts.limit - items.length + 1 + (opts.filter ? 10 : 0),
          ConsistentRead: true,
        }),
      )
      lastKey = undefined
      for (const raw of out.Items ?? []) {
        const value = parse(raw)
        if (opts.filter && !opts.filter(value)) continue
        items.push(value)
        if (items.length === opts.limit) {
          lastKey = { PK: raw.PK, SK: raw.SK }
          break
        }
      }
      if (items.length === opts.limit) {
        // A full page: there may be more only if this item was not the partition's last one.
        const more = out.LastEvaluatedKey !== undefined || (out.Items ?? []).at(-1)?.SK !== lastKey?.SK
        return { items, nextCursor: more ? encodeCursor(partition, lastKey) : null }
      }
      if (!out.LastEvaluatedKey) return { items, nextCursor: null }
      startKey = out.LastEvaluatedKey
    }
  }

  /**
   * One page of an index partition in sort-key order, filtered in DynamoDB by `opts.where`. The cursor is bound to the
   * index partition like a table cursor to its partition. Index reads are eventually consistent (DynamoDB offers
   * nothing else on a global index): a change shows in the lists within a moment.
   *
   * @example
   * await store.pageIndex(byStage, 'ORG#o1#PROGRAMME#p1#STAGE#ready', { limit: 50, skPrefix: 'MENTEE#' }, read)
   */
  async pageIndex<T>(index: IndexKeys, partition: string, opts: IndexPageOptions, read: (raw: Item) => T): Promise<Page<T>> {
    const keyNames = { pk: index.partitionKey, sk: index.sortKey }
    let startKey = decodeCursor(partition, opts.cursor, opts.skPrefix, keyNames)
    const items: T[] = []
    const filtered = opts.where !== undefined
    for (;;) {
      const out = await this.cfg.doc.send(new QueryCommand({
        TableName: this.cfg.tableName,
        IndexName: index.indexName,
        KeyConditionExpression: opts.skPrefix ? '#ipk = :ipk AND begins_with(#isk, :isk)' : '#ipk = :ipk',
        ...(filtered && { FilterExpression: opts.where!.expression }),
        ExpressionAttributeNames: { '#ipk': index.partitionKey, ...(opts.skPrefix && { '#isk': index.sortKey }), ...opts.where?.names },
        ExpressionAttributeValues: { ':ipk': partition, ...(opts.skPrefix && { ':isk': opts.skPrefix }), ...opts.where?.values },
        ExclusiveStartKey: startKey,
        // A filtered read evaluates more items than it returns: read in larger steps so a page needs few round trips.
        Limit: filtered ? 1000 : opts.limit - items.length + 1,
      }))
      const found = out.Items ?? []
      for (const [n, raw] of found.entries()) {
        items.push(read(raw))
        if (items.length === opts.limit) {
          const more = out.LastEvaluatedKey !== undefined || n < found.length - 1
          const last = { PK: raw.PK, SK: raw.SK, [index.partitionKey]: raw[index.partitionKey], [index.sortKey]: raw[index.sortKey] }
          return { items, nextCursor: more ? encodeCursor(partition, last) : null }
        }
      }
      if (!out.LastEvaluatedKey) return { items, nextCursor: null }
      startKey = out.LastEvaluatedKey
    }
  }

  /** How many items an index partition holds, or how many match `opts.where` (DynamoDB counts; nothing is read back). */
  async countIndex(index: IndexKeys, partition: string, opts: Pick<IndexPageOptions, 'skPrefix' | 'where'> = {}): Promise<number> {
    let count = 0
    let startKey: Record<string, unknown> | undefined
    do {
      const out = await this.cfg.doc.send(new QueryCommand({
        TableName: this.cfg.tableName,
        IndexName: index.indexName,
        Select: 'COUNT',
        KeyConditionExpression: opts.skPrefix ? '#ipk = :ipk AND begins_with(#isk, :isk)' : '#ipk = :ipk',
        ...(opts.where && { FilterExpression: opts.where.expression }),
        ExpressionAttributeNames: { '#ipk': index.partitionKey, ...(opts.skPrefix && { '#isk': index.sortKey }), ...opts.where?.names },
        ExpressionAttributeValues: { ':ipk': partition, ...(opts.skPrefix && { ':isk': opts.skPrefix }), ...opts.where?.values },
        ExclusiveStartKey: startKey,
      }))
      count += out.Count ?? 0
      startKey = out.LastEvaluatedKey
    } while (startKey)
    return count
  }

  /**
   * Every item of a partition (for small partitions such as an organisation's members). `parse` reads each stored
   * item (an entity's checked read, see ./entity.ts); without it, the storage attributes are only stripped.
   */
  async all<T>(partition: string, skPrefix?: string, parse: (raw: Item) => T = (raw) => stripKeys<T>(raw)): Promise<T[]> {
    return (await this.allRaw(partition, skPrefix)).map(parse)
  }

  /**
   * Every item of a partition with its storage attributes (to tell apart items of different types). `opts.where` is a
   * DynamoDB filter: the items it leaves out are still read by DynamoDB but never sent back (a partition's few items
   * of one kind among many of another); `opts.attributes` sends back only those attributes of each item (and its keys);
   * `opts.from` reads only the items whose sort key is at least this one (DynamoDB reads none before it), instead of a
   * prefix.
   *
   * @example
   * await store.allRaw('ORG#o1#PROGRAMME#p1#PEOPLE', undefined, { attributes: ['email'] }) // [{ PK, SK, email }, …]
   */
  async allRaw(partition: string, skPrefix?: string, opts: { where?: IndexFilter; attributes?: readonly string[]; from?: string } = {}): Promise<Item[]> {
    const { where, attributes, from } = opts
    if (skPrefix !== undefined && from !== undefined) throw new Error('allRaw: a prefix or a lower bound, not both')
    const projected = attributes && [...new Set(['PK', 'SK', ...attributes])]
    const names = { ...where?.names, ...(projected && Object.fromEntries(projected.map((a, n) => [`#p${n}`, a]))) }
    const items: Item[] = []
    let startKey: Record<string, unknown> | undefined
    do {
      const out = await this.cfg.doc.send(
        new QueryCommand({
          TableName: this.cfg.tableName,
          KeyConditionExpression: skPrefix ? 'PK = :pk AND begins_with(SK, :sk)' : from !== undefined ? 'PK = :pk AND SK >= :sk' : 'PK = :pk',
          ExpressionAttributeValues: { ':pk': partition, ...(skPrefix && { ':sk': skPrefix }), ...(from !== undefined && { ':sk': from }), ...where?.values },
          ...(where && { FilterExpression: where.expression }),
          ...(projected && { ProjectionExpression: projected.map((_, n) => `#p${n}`).join(', ') }),
          ...(Object.keys(names).length > 0 && { ExpressionAttributeNames: names }),
          ExclusiveStartKey: startKey,
          ConsistentRead: true,
        }),
      )
      items.push(...(out.Items ?? []))
      startKey = out.LastEvaluatedKey
    } while (startKey)
    return items
  }
}
