/**
 * The local stand-in for IAM's `dynamodb:LeadingKeys` condition: a client given a set of partition-key patterns
 * refuses, as AWS would with `AccessDeniedException`, any request that touches a partition outside them, and any
 * Scan (which no data role is granted). The patterns come from `@binome/data` (`tenantLeadingKey`,
 * `platformLeadingKeys`), the same ones the CDK policies are built from.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { leadingKeysAllowed } from '@binome/data'
import { parseRequestBody, targetOperation, type HttpRequestLike } from './transactions'

type Wire = Record<string, unknown>

/** Operations that name no item (table management): not data access, not checked. */
const tableOperations = new Set(['CreateTable', 'DescribeTable', 'ListTables', 'UpdateTable', 'DeleteTable', 'UpdateTimeToLive', 'DescribeTimeToLive'])

const stringOf = (v: unknown): string | undefined => (v && typeof v === 'object' && typeof (v as Wire).S === 'string' ? ((v as Wire).S as string) : undefined)

/** The partition key a key condition pins (`PK = :pk`, or the index's key with a `#name`). */
function queriedPartition(body: Wire): string | undefined {
  const expr = String(body.KeyConditionExpression ?? '')
  const names = (body.ExpressionAttributeNames ?? {}) as Record<string, string>
  const values = (body.ExpressionAttributeValues ?? {}) as Record<string, unknown>
  for (const m of expr.matchAll(/([#\w]+)\s*=\s*(:\w+)/g)) {
    const attribute = names[m[1]!] ?? m[1]!
    if (attribute === 'PK' || body.IndexName) return stringOf(values[m[2]!])
  }
  return undefined
}

/**
 * Every partition key a request touches; `undefined` in the list stands for a key that could not be read (refused).
 *
 * @example
 * partitionsTouched('GetItem', { Key: { PK: { S: 'ORG#o1#PROGRAMMES' }, SK: { S: 'PROGRAMME#p1' } } }) // ['ORG#o1#PROGRAMMES']
 */
export function partitionsTouched(operation: string, body: Wire): Array<string | undefined> {
  const pkOf = (item: unknown) => stringOf((item as Wire | undefined)?.PK)
  switch (operation) {
    case 'GetItem': case 'UpdateItem': case 'DeleteItem': return [pkOf(body.Key)]
    case 'PutItem': return [pkOf(body.Item)]
    case 'Query': return [queriedPartition(body)]
    case 'BatchGetItem':
      return Object.values((body.RequestItems ?? {}) as Record<string, { Keys?: unknown[] }>).flatMap((t) => (t.Keys ?? []).map(pkOf))
    case 'BatchWriteItem':
      return Object.values((body.RequestItems ?? {}) as Record<string, Wire[]>).flatMap((writes) =>
        writes.map((w) => pkOf((w.PutRequest as Wire | undefined)?.Item ?? (w.DeleteRequest as Wire | undefined)?.Key)))
    case 'TransactWriteItems': case 'TransactGetItems':
      return ((body.TransactItems ?? []) as Wire[]).map((t) => {
        const action = (t.Put ?? t.Update ?? t.Delete ?? t.ConditionCheck ?? t.Get) as Wire | undefined
        return pkOf(action?.Item ?? action?.Key)
      })
    default:
      // Scan and anything unknown touch no single partition: no pattern can allow them.
      return [undefined]
  }
}

/**
 * Confines a client to the partitions `patterns` allow. `principal` names the credentials in refusals.
 *
 * @example
 * confineToLeadingKeys(client, [tenantLeadingKey('o1')], 'tenant o1')
 */
export function confineToLeadingKeys(client: DynamoDBClient, patterns: readonly string[], principal: string): void {
  const check = (next: (args: { request: unknown }) => Promise<unknown>) => async (args: { request: unknown }) => {
    const request = args.request as HttpRequestLike
    const operation = targetOperation(request)
    if (operation && !tableOperations.has(operation)) {
      const touched = partitionsTouched(operation, parseRequestBody(request))
      if (touched.some((pk) => pk === undefined) || !leadingKeysAllowed(patterns, touched as string[])) {
        const outside = touched.find((pk) => pk === undefined || !leadingKeysAllowed(patterns, [pk])) ?? '(no partition)'
        throw Object.assign(
          new Error(`${principal} is not authorized to perform dynamodb:${operation} on partition ${JSON.stringify(outside)} (dynamodb:LeadingKeys)`),
          { name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 400 } },
        )
      }
    }
    return next(args)
  }
  // At the build step the request is serialized (the keys are in their wire form) and nothing was sent yet.
  client.middlewareStack.add(check as never, { step: 'build', name: 'localLeadingKeysCheck', override: true })
}
