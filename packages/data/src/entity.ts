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
import type { Item, Page, Store, TransactItem } from './store'

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
  /** Secondary indexes: none today (see the access-pattern table in ../README.md before adding one). */
  indexes?: Record<string, never>
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

const storageAttributes = new Set(['PK', 'SK', 'type', 'expiresAt'])

/** The declaration bound to one organisation: keys under its prefix and the checked read of its items. */
export interface BoundEntity<T extends object, P extends unknown[], S extends unknown[]> {
  readonly type: string
  partition(...parts: P): string
  key(partition: Readonly<P>, sort: Readonly<S>): Key
  /** The stored value of a raw item, or a {@link StoredItemError}. */
  parse(raw: Item): T
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
  const bind = (orgId: string): BoundEntity<T, P, S> => {
    const prefix = tenantPrefix(orgId)
    const partition = (...parts: P): string => {
      const rest = decl.partition(...parts)
      if (!rest) throw new Error(`empty partition for ${decl.type}`)
      return prefix + rest
    }
    const key = (p: Readonly<P>, s: Readonly<S>): Key => ({ PK: partition(...(p as P)), SK: decl.sort(...(s as S)) })
    return {
      type: decl.type,
      partition,
      key,
      parse(raw: Item): T {
        const refuse = (why: string): never => {
          throw new StoredItemError(decl.type, raw, why)
        }
        if (raw.type !== decl.type) refuse(`its type is ${JSON.stringify(raw.type)}`)
        if (typeof raw.PK !== 'string' || !raw.PK.startsWith(prefix)) refuse(`it is outside ${prefix}`)
        const value: Record<string, unknown> = {}
        for (const [name, v] of Object.entries(raw)) if (!storageAttributes.has(name)) value[name] = v
        if ('orgId' in value && value.orgId !== orgId) refuse(`it names organisation ${JSON.stringify(value.orgId)}`)
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
          return decl.parse ? decl.parse(value as T, orgId) : (value as T)
        } catch (e) {
          return refuse((e as Error).message)
        }
      },
    }
  }
  return { type: decl.type, for: bind, in: (store, orgId) => new EntityTable(store, bind(orgId), decl.keyOf) }
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

  page(partition: Readonly<P>, opts: PageOptions<T>): Promise<Page<T>> {
    return this.store.page<T>(this.entity.partition(...(partition as P)), { ...opts, parse: (raw) => this.entity.parse(raw) })
  }

  all(partition: Readonly<P>, skPrefix?: string): Promise<T[]> {
    return this.store.all<T>(this.entity.partition(...(partition as P)), skPrefix, (raw) => this.entity.parse(raw))
  }

  /** Creates the value at its own key; 409 `already-exists` (naming `entity`) if an item is there. */
  create(value: T, entity: ErrorEntity): Promise<void> {
    return this.store.create(this.ownKey(value), this.entity.type, value, {}, entity)
  }

  /** Replaces the value whose new version is `value.version`; 409 `stale-version` unless the stored one is the version before. */
  replace(value: T & { version: number }, entity: ErrorEntity): Promise<void> {
    return this.store.replace(this.ownKey(value), this.entity.type, value, {}, entity)
  }

  /** The create of the value, for a transaction. */
  newItem(value: T): TransactItem {
    return this.store.newItem(this.ownKey(value), this.entity.type, value)
  }

  /** The versioned replace of the value, for a transaction. */
  replaceItem(value: T & { version: number }): TransactItem {
    return this.store.replaceItem(this.ownKey(value), this.entity.type, value)
  }

  /** The items to batch-write with {@link Store.putMany}, at keys the caller names. */
  putRequest(partition: Readonly<P>, sort: Readonly<S>, value: T): { key: Key; type: string; value: object } {
    return { key: this.entity.key(partition, sort), type: this.entity.type, value }
  }
}
