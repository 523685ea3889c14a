import type { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { dataConfig, platformLeadingKeys, tenantLeadingKey, type DataAccess, type DataConfig } from '@binome/data'
import { confineToLeadingKeys } from './leading-keys-check'

/** The local data access, and which tenants' credentials were handed out (how many times each). */
export interface LocalDataAccess extends DataAccess {
  readonly tenantsAsked: ReadonlyMap<string, number>
}

/**
 * The local counterpart of `lambdaDataAccess`: a client per tenant confined to `ORG#<orgId>#…` and a platform
 * client confined to the identity module's partitions, each checked as IAM's `dynamodb:LeadingKeys` would.
 *
 * @example
 * const data = createData(localDataAccess(dynamo))
 */
export function localDataAccess(dynamo: { createClient(): DynamoDBClient; tableName: string }): LocalDataAccess {
  const confined = (patterns: readonly string[], principal: string): DataConfig => {
    const client = dynamo.createClient()
    confineToLeadingKeys(client, patterns, principal)
    return dataConfig(client, dynamo.tableName)
  }
  const tenants = new Map<string, DataConfig>()
  const asked = new Map<string, number>()
  return {
    platform: confined(platformLeadingKeys, 'the platform data role'),
    tenant(orgId: string): DataConfig {
      asked.set(orgId, (asked.get(orgId) ?? 0) + 1)
      let cfg = tenants.get(orgId)
      if (!cfg) {
        cfg = confined([tenantLeadingKey(orgId)], `the tenant data role for ${orgId}`)
        tenants.set(orgId, cfg)
      }
      return cfg
    },
    tenantsAsked: asked,
  }
}
