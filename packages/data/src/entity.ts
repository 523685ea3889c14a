/**
 * One storage declaration per tenant entity: where its items live (partition and sort key, under the tenant's
 * prefix), its type tag, its indexes (none today) and how a stored item is read back (checked, then narrowed).
 * Repositories are written against the bound entity ({@link TenantEntity.in}), never against raw keys.
 *
 * Why our own and not ElectroDB or dynamodb-toolbox: see "Storage declarations" in ../README.md (bundle size,
 * a second schema language beside zod, ElectroDB's own type attributes that would need a data migration).
 */
import { safe, tenantPrefix, type Key } from './keys'
import type { ErrorEntity } from '@binome/core'
import type { IndexPageOptions, Item, Page, Store, TransactItem } from './store'
import { tableDefinition } from './table'

export { safe }

/**
 * What a declaration says.
 *
 * @typeParam T - the stored value (the core's type), storage attributes excluded.
 * @typeParam P - what names one partition (after `ORG#<orgId>#`).
 * @typeParam S - what names one item within its partition.
 */
export interface EntityDeclaration<T extends object, P extends unknown[], S extends unknown[]> {
  /** The `type` attribute of every item of this entity; also what a read checks. */
  type: string
  /** The partition key after the tenant prefix, which the entity adds itself (it cannot be left out). */
  partition: (...parts: P) => string
  sort: (...parts: S) => string
  /**
   * Where a value belongs, from its own fields: writes take their key from it, and a read checks that the item sits
   * there (an item copied or garbled under another key is refused). Absent for items whose value does not hold its
   * whole key (a run's result items: their partition is the run's attempt).
   */
  keyOf?: (value: T) => KeyParts<P, S>
  /** Checks and narrows a stored value beyond its key (throw to refuse it); older shapes are upgraded here. */
  parse?: (value: T, orgId: string) => T
  /**
   * Where a value also sits in the table's secondary indexes (./table.ts), by index name: its partition there (after
   * `ORG#<orgId>#`, which the entity adds as for the table's key) and its sort key. Written with every create and
   * replace, so an index never lags its item. `undefined` leaves a value out of that index (a sparse index: an erased
   * person is in no list). See the access-pattern table in ../README.md before adding one.
   */
  indexes?: Record<string, (value: T) => { partition: string; sort: string } | undefined>
  /** Attributes stored beside the value only for index filters (a normalised search text...), never read back. */
  derived?: Record<string, (value: T) => unknown>
}

/** A value's key parts, written `[[...partition], [...sort]] as const`. */
export type KeyParts<P extends unknown[], S extends unknown[]> = readonly [Readonly<P>, Readonly<S>]

/** A stored item that is not what the entity declares: a bug or a foreign item, never the caller's fault (500). */
export class StoredItemError extends Error {
  constructor(type: string, raw: Item, why: string) {
    super(`stored item ${JSON.stringify(raw.PK)} / ${JSON.stringify(raw.SK)} is not a valid ${type}: ${why}`)
    this.name = 'StoredItemError'
  }
}

// `expiresAt` (the table's TTL attribute) is part of the values that expire (sign-in codes), so it is kept.
const storageAttributes = new Set(['PK', 'SK', 'type', ...tableDefinition.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey])])

const indexNamed = (name: string) => {
  const index = tableDefinition.globalSecondaryIndexes.find((g) => g.indexName === name)
  if (!index) throw new Error(`no index ${name} in the table definition`)
  return index
}

/** The declaration bound to one organisation: keys under its prefix and the checked read of its items. */
export interface BoundEntity<T extends object, P extends unknown[], S extends unknown[]> {
  readonly type: string
  partition(...parts: P): string
  key(partition: Readonly<P>, sort: Readonly<S>): Key
  /** The stored value of a raw item, or a {@link StoredItemError}. */
  parse(raw: Item): T
  /** The attributes stored beside a value: its index keys (under the same prefix) and derived filter attributes. */
  extra(value: T): Item
  /** The prefixed partition of one of the entity's indexes. */
  indexPartition(indexName: string, partition: string): string
}

export interface TenantEntity<T extends object, P extends unknown[], S extends unknown[]> {
  readonly type: string
  /**
   * The entity's keys and reads for one organisation.
   *
   * @example
   * programmeEntity.for('o1').key([], ['p1']) // { PK: 'ORG#o1#PROGRAMMES', SK: 'PROGRAMME#p1' }
   */
  for(orgId: string): BoundEntity<T, P, S>
  /** The entity's repository primitives on a store, for one organisation. */
  in(store: Store, orgId: string): EntityTable<T, P, S>
}

/**
 * Declares a tenant entity.
 *
 * @example
 * export const programmeEntity = defineTenantEntity({
 *   type: 'programme',
 *   partition: () => 'PROGRAMMES',
 *   sort: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}`,
 *   keyOf: (p: Programme) => [[], [p.id]] as const,
 * })
 */
export function defineTenantEntity<T extends object, P extends unknown[], S extends unknown[]>(
  decl: EntityDeclaration<T, P, S>,
): TenantEntity<T, P, S> {
  const bind = (orgId: string) => bindEntity(decl, tenantPrefix(orgId), orgId)
  return { type: decl.type, for: bind, in: (store, orgId) => new EntityTable(store, bind(orgId), decl.keyOf) }
}

/** A platform-level entity (users, the e-mail index...): the same declaration, outside every tenant. */
export interface PlatformEntity<T extends object, P extends unknown[], S extends unknown[]> extends BoundEntity<T, P, S> {
  /** The entity's repository primitives on a store. */
  in(store: Store): EntityTable<T, P, S>
}

/**
 * Declares a platform-level entity, reached only by the identity module. Its partitions can never start with
 * `ORG#` (that prefix is tenant data), and its `parse` gets no organisation.
 *
 * @example
 * export const userEntity = definePlatformEntity({
 *   type: 'user',
 *   partition: (userId: string) => `USER#${safe(userId, 'userId')}`,
 *   sort: () => 'PROFILE',
 *   keyOf: (u: User) => [[u.id], []] as const,
 * })
 */
export function definePlatformEntity<T extends object, P extends unknown[], S extends unknown[]>(
  decl: EntityDeclaration<T, P, S>,
): PlatformEntity<T, P, S> {
  const bound = bindEntity(decl, '', undefined)
  const partition = (...parts: P): string => {
    const pk = bound.partition(...parts)
    if (pk.startsWith('ORG#')) throw new Error(`platform entity ${decl.type} cannot use a tenant partition`)
    return pk
  }
  const own: BoundEntity<T, P, S> = {
    ...bound,
    partition,
    key: (p, s) => ({ PK: partition(...(p as P)), SK: decl.sort(...(s as S)) }),
  }
  return { ...own, in: (store) => new EntityTable(store, own, decl.keyOf) }
}

/** Keys and checked reads of a declaration under a prefix; `orgId` is set for tenant entities only. */
function bindEntity<T extends object, P extends unknown[], S extends unknown[]>(
  decl: EntityDeclaration<T, P, S>, prefix: string, orgId: string | undefined,
): BoundEntity<T, P, S> {
  const partition = (...parts: P): string => {
    const rest = decl.partition(...parts)
    if (!rest) throw new Error(`empty partition for ${decl.type}`)
    return prefix + rest
  }
  const key = (p: Readonly<P>, s: Readonly<S>): Key => ({ PK: partition(...(p as P)), SK: decl.sort(...(s as S)) })
  const derivedNames = new Set(Object.keys(decl.derived ?? {}))
  return {
    type: decl.type,
    partition,
    key,
    indexPartition: (indexName, rest) => {
      if (!decl.indexes?.[indexName]) throw new Error(`${decl.type} is not in index ${indexName}`)
      if (!rest) throw new Error(`empty index partition for ${decl.type}`)
      return prefix + rest
    },
    extra(value: T): Item {
      const out: Item = {}
      for (const [name, at] of Object.entries(decl.indexes ?? {})) {
        const index = indexNamed(name)
        const where = at(value)
        if (where === undefined) continue
        const { partition: rest, sort } = where
        if (!rest || !sort) throw new Error(`empty index key for ${decl.type} in ${name}`)
        out[index.partitionKey] = prefix + rest
        out[index.sortKey] = sort
      }
      for (const [name, of] of Object.entries(decl.derived ?? {})) out[name] = of(value)
      return out
    },
    parse(raw: Item): T {
      const refuse = (why: string): never => {
        throw new StoredItemError(decl.type, raw, why)
      }
      if (raw.type !== decl.type) refuse(`its type is ${JSON.stringify(raw.type)}`)
      if (typeof raw.PK !== 'string' || !raw.PK.startsWith(prefix)) refuse(`it is outside ${prefix}`)
      const value: Record<string, unknown> = {}
      for (const [name, v] of Object.entries(raw)) if (!storageAttributes.has(name) && !derivedNames.has(name)) value[name] = v
      if (orgId !== undefined && 'orgId' in value && value.orgId !== orgId) refuse(`it names organisation ${JSON.stringify(value.orgId)}`)
      if (decl.keyOf) {
        let own: Key | undefined
        try {
          own = key(...decl.keyOf(value as T))
        } catch (e) {
          refuse(`its key fields are invalid (${(e as Error).message})`)
        }
        if (own!.PK !== raw.PK || own!.SK !== raw.SK) refuse(`its fields say it belongs at ${own!.PK} / ${own!.SK}`)
      }
      try {
        return decl.parse ? decl.parse(value as T, orgId ?? '') : (value as T)
      } catch (e) {
        return refuse((e as Error).message)
      }
    },
  }
}

type PageOptions<T> = { limit: number; cursor?: string | undefined; skPrefix?: string; filter?: (v: T) => boolean; descending?: boolean }

/**
 * One entity's reads and writes for one organisation, on the {@link Store}'s primitives (conditional creates,
 * versioned replaces, partition-bound cursors, transactions). Every read goes through the entity's `parse`.
 */
export class EntityTable<T extends object, P extends unknown[], S extends unknown[]> {
  constructor(
    private readonly store: Store,
    readonly entity: BoundEntity<T, P, S>,
    private readonly keyOf: ((value: T) => KeyParts<P, S>) | undefined,
  ) {}

  private ownKey(value: T): Key {
    if (!this.keyOf) throw new Error(`${this.entity.type} items take their key from the caller`)
    return this.entity.key(...this.keyOf(value))
  }

  async get(partition: Readonly<P>, sort: Readonly<S>): Promise<T | undefined> {
    const raw = await this.store.getRaw(this.entity.key(partition, sort))
    return raw && this.entity.parse(raw)
  }

  /**
   * One page of one of the entity's index partitions, read with `read` (an index holds only its projected
   * attributes, so what comes back is a summary, not the whole value), filtered in DynamoDB by `opts.where`.
   *
   * @example
   * await people.pageIndex('ByStage', `PROGRAMME#${id}#STAGE#ready`, { limit: 50 }, toSummary)
   */
  pageIndex<U>(indexName: string, partition: string, opts: IndexPageOptions, read: (raw: Item) => U): Promise<Page<U>> {
    return this.store.pageIndex<U>(indexNamed(indexName), this.entity.indexPartition(indexName, partition), opts, (raw) => {
      if (raw.type !== this.entity.type) throw new StoredItemError(this.entity.type, raw, `its type is ${JSON.stringify(raw.type)}`)
      return read(raw)
    })
  }

  /** How many items one index partition holds (with `opts.where`, how many match). */
  countIndex(indexName: string, partition: string, opts: Pick<IndexPageOptions, 'skPrefix' | 'where'> = {}): Promise<number> {
    return this.store.countIndex(indexNamed(indexName), this.entity.indexPartition(indexName, partition), opts)
  }

  page(partition: Readonly<P>, opts: PageOptions<T>): Promise<Page<T>> {
    return this.store.page<T>(this.entity.partition(...(partition as P)), { ...opts, parse: (raw) => this.entity.parse(raw) })
  }

  all(partition: Readonly<P>, skPrefix?: string): Promise<T[]> {
    return this.store.all<T>(this.entity.partition(...(partition as P)), skPrefix, (raw) => this.entity.parse(raw))
  }

  /** Creates the value at its own key; 409 `already-exists` (naming `entity`) if an item is there. */
  create(value: T, entity: ErrorEntity): Promise<void> {
    return this.store.create(this.ownKey(value), this.entity.type, value, this.entity.extra(value), entity)
  }

  /** Replaces the value whose new version is `value.version`; 409 `stale-version` unless the stored one is the version before. */
  replace(value: T & { version: number }, entity: ErrorEntity): Promise<void> {
    return this.store.replace(this.ownKey(value), this.entity.type, value, this.entity.extra(value), entity)
  }

  /** The create of the value, for a transaction. */
  newItem(value: T): TransactItem {
    return this.store.newItem(this.ownKey(value), this.entity.type, value, this.entity.extra(value))
  }

  /** The versioned replace of the value, for a transaction. */
  replaceItem(value: T & { version: number }): TransactItem {
    return this.store.replaceItem(this.ownKey(value), this.entity.type, value, this.entity.extra(value))
  }

  /** The item to batch-write with {@link Store.putMany} at the value's own key (unconditionally: for rewrites that must land, as an erasure). */
  putOwnRequest(value: T): { key: Key; type: string; value: object } {
    return { key: this.ownKey(value), type: this.entity.type, value: { ...value, ...this.entity.extra(value) } }
  }

  /** The items to batch-write with {@link Store.putMany}, at keys the caller names. */
  putRequest(partition: Readonly<P>, sort: Readonly<S>, value: T): { key: Key; type: string; value: object } {
    return { key: this.entity.key(partition, sort), type: this.entity.type, value: { ...value, ...this.entity.extra(value) } }
  }
}
