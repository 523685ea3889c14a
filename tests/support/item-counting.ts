import type { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { createData, systemContext, type TenantData } from '@binome/data'
import { createLocalDynamoClient, localDataAccess, type Platform } from '@binome/local'

/** Items DynamoDB read (a query's ScannedCount, a batch get's items) and sent back, since the last reset. */
export interface ItemCounts {
  read: number
  sent: number
}

/**
 * An organisation's tenant data over the platform's table, through clients of its own that count the items of each
 * answer as it arrives: what a read costs in DynamoDB, not only how many calls it made.
 *
 * @example
 * const { tenant, counted } = itemCountingTenant(p, 'pls-mentoryou')
 * await tenant.sessions.upcoming(programmeId, personId, now)
 * counted.read // items read, filtered ones included
 */
export function itemCountingTenant(p: Platform, orgId: string): { tenant: TenantData; counted: ItemCounts } {
  const counted: ItemCounts = { read: 0, sent: 0 }
  const counting = (): DynamoDBClient => {
    const client = createLocalDynamoClient(p.dynamo.endpoint)
    client.middlewareStack.add((next) => async (args) => {
      const out = await next(args)
      const body = out.output as { Items?: unknown[]; ScannedCount?: number; Responses?: Record<string, unknown[]> }
      const batch = Object.values(body.Responses ?? {}).reduce((n, items) => n + items.length, 0)
      counted.read += (body.ScannedCount ?? body.Items?.length ?? 0) + batch
      counted.sent += (body.Items?.length ?? 0) + batch
      return out
    }, { step: 'initialize', name: 'countItems' })
    return client
  }
  const tenant = createData(localDataAccess({ createClient: counting, tableName: p.dynamo.tableName })).forTenant(systemContext(orgId))
  return { tenant, counted }
}
