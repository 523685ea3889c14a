import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import type { DataAccess } from './access'
import { dataConfig, type DataConfig } from './client'

/** Credentials as the AWS clients take them. */
export interface AwsCredentialIdentity {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string | undefined
  expiration?: Date
}
export type AwsCredentialIdentityProvider = () => Promise<AwsCredentialIdentity>

/** Credentials are renewed this long before they expire, so no request starts with credentials about to lapse. */
const renewBeforeMs = 5 * 60_000
/** Tenants whose credentials a warm container keeps; the oldest is dropped beyond it. */
const maxCachedTenants = 200

/**
 * Credentials of a role assumed with session tags, renewed before they expire.
 *
 * @example
 * const creds = assumedRole(sts, { roleArn, sessionName: 'tenant-o1', tags: { orgId: 'o1' } })
 */
export function assumedRole(
  sts: Pick<STSClient, 'send'>,
  opts: { roleArn: string; sessionName: string; tags?: Record<string, string>; now?: () => number },
): AwsCredentialIdentityProvider {
  const now = opts.now ?? Date.now
  let current: Promise<AwsCredentialIdentity> | undefined
  let expiresAt = 0
  const assume = async (): Promise<AwsCredentialIdentity> => {
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: opts.roleArn,
        RoleSessionName: opts.sessionName,
        DurationSeconds: 900,
        ...(opts.tags && { Tags: Object.entries(opts.tags).map(([Key, Value]) => ({ Key, Value })) }),
      }),
    )
    const c = out.Credentials
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.Expiration) throw new Error(`AssumeRole ${opts.roleArn} returned no credentials`)
    expiresAt = c.Expiration.getTime()
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration }
  }
  return () => {
    if (!current || expiresAt - now() < renewBeforeMs) {
      current = assume()
      // A failed assume is not kept: the next request tries again.
      current.catch(() => { current = undefined })
    }
    return current
  }
}

/**
 * The data access on Lambda: each organisation's data through the tenant data role assumed with the session tag
 * `orgId` (its policy allows only partitions `ORG#<that orgId>#…`), platform items through the platform data role.
 * Both are cached per container (the tenant ones per organisation, bounded).
 *
 * @example
 * const data = createData(lambdaDataAccess(process.env))
 */
export function lambdaDataAccess(
  env: NodeJS.ProcessEnv = process.env,
  config: DynamoDBClientConfig = {},
  sts: Pick<STSClient, 'send'> = new STSClient({}),
): DataAccess {
  const required = (name: string): string => {
    const v = env[name]
    if (!v) throw new Error(`${name} is not set`)
    return v
  }
  const tableName = required('TABLE_NAME')
  const tenantRoleArn = required('TENANT_DATA_ROLE_ARN')
  const platformRoleArn = required('PLATFORM_DATA_ROLE_ARN')
  const client = (credentials: AwsCredentialIdentityProvider) => dataConfig(new DynamoDBClient({ ...config, credentials }), tableName)
  const tenants = new Map<string, DataConfig>()
  return {
    platform: client(assumedRole(sts, { roleArn: platformRoleArn, sessionName: 'platform' })),
    tenant(orgId: string): DataConfig {
      let cfg = tenants.get(orgId)
      if (!cfg) {
        cfg = client(assumedRole(sts, { roleArn: tenantRoleArn, sessionName: `tenant-${orgId}`.slice(0, 64), tags: { orgId } }))
        if (tenants.size >= maxCachedTenants) tenants.delete(tenants.keys().next().value!)
        tenants.set(orgId, cfg)
      }
      return cfg
    },
  }
}
