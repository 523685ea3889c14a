/**
 * The one table definition, shared by the CDK data stack and the local platform (dynalite),
 * so that both create exactly the same keys and indexes.
 *
 * Every partition key of tenant data (table and indexes) starts with `ORG#<orgId>#`;
 * platform-level items (users, membership index, sign-in codes) start with their own prefixes.
 * Two secondary indexes serve the people pipeline (see packages/data/README.md); everything else is served by the
 * table's keys.
 *
 * This module has no imports on purpose: infra imports it without pulling in the AWS SDK.
 *
 * @example
 * import { tableDefinition } from '@binome/data/table'
 * tableDefinition.partitionKey // 'PK'
 */
/** A global secondary index; its partition key, for tenant items, starts with `ORG#<orgId>#` like the table's. */
export interface IndexDefinition {
  readonly indexName: string
  readonly partitionKey: string
  readonly sortKey: string
  /** The attributes copied into the index besides the keys: what its lists show and filter on, nothing more. */
  readonly projected: readonly string[]
}

/** What a person's line in a list needs (./tenant/people.ts), and the attributes the list filters on. */
const personSummary = [
  'type', 'id', 'orgId', 'programmeId', 'kind', 'firstName', 'lastName', 'email', 'stage', 'stageDates',
  'referredBy', 'facets', 'search', 'createdAt', 'updatedAt', 'version',
] as const

export const tableDefinition = {
  /** Default physical name used locally; on AWS the name comes from CDK (env TABLE_NAME). */
  defaultTableName: 'binome',
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Added for a real access pattern only, written down in packages/data/README.md with the code that queries it. */
  globalSecondaryIndexes: [
    /** A programme's people by stage, by side and name: the board's columns and every list filtered by stage. */
    { indexName: 'ByStage', partitionKey: 'GSI1PK', sortKey: 'GSI1SK', projected: personSummary },
    /** A programme's people by side and name, whatever their stage: the searchable list. */
    { indexName: 'Directory', partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projected: personSummary },
  ] as readonly IndexDefinition[],
  /** Epoch seconds; DynamoDB TTL on AWS. dynalite ignores TTL, so readers also check it. */
  timeToLiveAttribute: 'expiresAt',
} as const

export type TableDefinition = typeof tableDefinition

/**
 * The CreateTable input for the local platform, derived from {@link tableDefinition}.
 * Typed structurally so that this module stays import-free.
 */
export function createTableInput(tableName: string = tableDefinition.defaultTableName) {
  const d = tableDefinition
  const keyAttrs = new Set<string>([d.partitionKey, d.sortKey])
  for (const g of d.globalSecondaryIndexes) {
    keyAttrs.add(g.partitionKey)
    keyAttrs.add(g.sortKey)
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [...keyAttrs].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: [
      { AttributeName: d.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: d.sortKey, KeyType: 'RANGE' as const },
    ],
    // DynamoDB refuses an empty list: the property is absent when there is no index.
    ...(d.globalSecondaryIndexes.length === 0 ? {} : {
      GlobalSecondaryIndexes: d.globalSecondaryIndexes.map((g) => ({
        IndexName: g.indexName,
        KeySchema: [
          { AttributeName: g.partitionKey, KeyType: 'HASH' as const },
          { AttributeName: g.sortKey, KeyType: 'RANGE' as const },
        ],
        Projection: { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...g.projected] },
      })),
    }),
  }
}
