/**
 * What the bundled functions get in place of `@aws-sdk/credential-provider-node` (an esbuild alias in
 * infra/lib/bundling.ts; locally, not bundled, the SDK's default chain is unchanged). On Lambda the function's role
 * credentials are always in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, set for
 * the life of the execution environment), which is the first link of the SDK's default chain, so the chain's other
 * links (profiles, SSO, process, web identity, container and instance metadata) never run there: without them the
 * clients that use the default credentials (STS for the data roles, SES, SQS, Cognito, S3) carry none of that code.
 * Each client's `credentials` handed in explicitly (the data roles' assumed credentials) still take precedence.
 *
 * @example
 * new STSClient({}) // bundled: credentials from the environment only
 */
import { fromEnv } from '@aws-sdk/credential-provider-env'

type Init = Parameters<typeof fromEnv>[0]

/**
 * The SDK clients' `credentialDefaultProvider`: the environment's credentials, read on each call (a few property
 * reads), so renewed ones would be seen as the SDK's own chain would.
 *
 * @example
 * const credentials = await defaultProvider()() // { accessKeyId, secretAccessKey, sessionToken }
 */
export const defaultProvider = (init: Init = {}) => fromEnv(init)

/** As the SDK's module exports them (no client of ours imports them; kept so the alias is a full stand-in). */
export const credentialsWillNeedRefresh = (credentials?: { expiration?: Date }) => credentials?.expiration !== undefined
export const credentialsTreatedAsExpired = (credentials?: { expiration?: Date }) =>
  credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000
