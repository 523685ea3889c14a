import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb'
import { DomainError, conflict } from '@binome/core'
import type { DataConfig } from './client'
import { decodeCursor, encodeCursor } from './cursor'
import { stripKeys, type Key } from './keys'

export type Item = Record<string, unknown>
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number]

export interface Page<T> {
  items: T[]
  nextCursor: string | null
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
   * Creates an item; 409 if one exists with the same key.
   *
   * @example
   * await store.create(keys.programme(p.id), 'programme', p)
   */
  async create(key: Key, type: string, value: object, extra: Item = {}, what = 'The item'): Promise<void> {
    try {
      await this.cfg.doc.send(new PutCommand(this.newItem(key, type, value, extra).Put!))
    } catch (e) {
      if (isNamed(e, 'ConditionalCheckFailedException')) throw new DomainError('conflict', `${what} already exists`)
      throw e
    }
  }

  /**
   * Replaces an item whose new version is `value.version`; 409 unless the stored version is the one before.
   *
   * @example
   * await store.replace(keys.programme(next.id), 'programme', next)
   */
  async replace(key: Key, type: string, value: { version: number }, extra: Item = {}, what = 'The item'): Promise<void> {
    try {
      await this.cfg.doc.send(new PutCommand(this.replaceItem(key, type, value, extra).Put!))
    } catch (e) {
      if (isNamed(e, 'ConditionalCheckFailedException')) throw conflict(what)
      throw e
    }
  }

  /** Deletes an item (at a version when given); 409 if it changed, nothing if it was already gone. */
  async delete(key: Key, version?: number, what = 'The item'): Promise<void> {
    try {
      await this.cfg.doc.send(new DeleteCommand(this.deleteItem(key, version).Delete!))
    } catch (e) {
      if (isNamed(e, 'ConditionalCheckFailedException')) throw conflict(what)
      throw e
    }
  }

  /**
   * All or nothing. A failed condition becomes a 409 with `what`'s message, or the error `explain` gives for the
   * failed action's index; DynamoDB's reasons go to the log only.
   *
   * @example
   * await store.transact([store.newItem(a, 'x', va), store.replaceItem(b, 'y', vb)], 'The membership')
   */
  async transact(items: TransactItem[], what = 'The item', explain?: (failedIndex: number) => DomainError | undefined): Promise<void> {
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
        if (reasons.some((r) => r.Code === 'ConditionalCheckFailed')) throw conflict(what)
        if (reasons.some((r) => r.Code === 'TransactionConflict')) throw conflict(what)
      }
      throw e
    }
  }

  /**
   * One page of a partition, in sort-key order, optionally filtered by a predicate on the stored value.
   * Filtering happens here (not in DynamoDB) so that a page is full whenever more matching items exist.
   *
   * @example
   * await store.page<Programme>(keys.programmesPartition(), { limit: 25, cursor })
   */
  async page<T>(
    partition: string,
    opts: { limit: number; cursor?: string | undefined; skPrefix?: string; filter?: (v: T) => boolean },
  ): Promise<Page<T>> {
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
          Limit: opts.limit - items.length + (opts.filter ? 10 : 0),
          ConsistentRead: true,
        }),
      )
      lastKey = undefined
      for (const raw of out.Items ?? []) {
        const value = stripKeys<T>(raw)
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

  /** Every item of a partition (for small partitions such as an organisation's members). */
  async all<T>(partition: string, skPrefix?: string): Promise<T[]> {
    const items: T[] = []
    let startKey: Record<string, unknown> | undefined
    do {
      const out = await this.cfg.doc.send(
        new QueryCommand({
          TableName: this.cfg.tableName,
          KeyConditionExpression: skPrefix ? 'PK = :pk AND begins_with(SK, :sk)' : 'PK = :pk',
          ExpressionAttributeValues: { ':pk': partition, ...(skPrefix && { ':sk': skPrefix }) },
          ExclusiveStartKey: startKey,
          ConsistentRead: true,
        }),
      )
      for (const raw of out.Items ?? []) items.push(stripKeys<T>(raw))
      startKey = out.LastEvaluatedKey
    } while (startKey)
    return items
  }
}
