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
  const tenants = perTenant((orgId) => client(tenantCredentials(sts, tenantRoleArn, orgId)))
  return {
    platform: client(assumedRole(sts, { roleArn: platformRoleArn, sessionName: 'platform' })),
    tenant: tenants,
  }
}

/**
 * The credentials of one organisation: the tenant data role assumed with the session tag `orgId`. Its policy reaches
 * only that organisation's items (`ORG#<orgId>#…`) and its results files (`results-exports/<orgId>/…` in the
 * documents bucket), so whatever a client built from them is asked, it cannot reach another organisation.
 *
 * @example
 * const s3 = new S3Client({ credentials: tenantCredentials(new STSClient({}), env.TENANT_DATA_ROLE_ARN, 'o1') })
 */
export function tenantCredentials(sts: Pick<STSClient, 'send'>, tenantRoleArn: string, orgId: string): AwsCredentialIdentityProvider {
  return assumedRole(sts, { roleArn: tenantRoleArn, sessionName: `tenant-${orgId}`.slice(0, 64), tags: { orgId } })
}

/**
 * Each organisation's credentials for the functions' other clients (the results files in S3), from
 * `TENANT_DATA_ROLE_ARN`: the same tenant data role, tag and renewal as the table's, kept per organisation.
 *
 * @example
 * const credentialsFor = lambdaTenantCredentials(process.env)
 * new S3Client({ credentials: credentialsFor('o1') })
 */
export function lambdaTenantCredentials(
  env: NodeJS.ProcessEnv = process.env,
  sts: Pick<STSClient, 'send'> = new STSClient({}),
): (orgId: string) => AwsCredentialIdentityProvider {
  const roleArn = env.TENANT_DATA_ROLE_ARN
  if (!roleArn) throw new Error('TENANT_DATA_ROLE_ARN is not set')
  return perTenant((orgId) => tenantCredentials(sts, roleArn, orgId))
}

/**
 * One `make(orgId)` per organisation, made once and kept while the container is warm (the oldest dropped beyond a
 * bound): a tenant's clients and their credentials are reused from request to request.
 *
 * @example
 * const s3For = perTenant((orgId) => new S3Client({ credentials: tenantCredentials(sts, roleArn, orgId) }))
 */
export function perTenant<T>(make: (orgId: string) => T): (orgId: string) => T {
  const made = new Map<string, T>()
  return (orgId) => {
    let it = made.get(orgId)
    if (it === undefined) {
      it = make(orgId)
      if (made.size >= maxCachedTenants) made.delete(made.keys().next().value!)
      made.set(orgId, it)
    }
    return it
  }
}
