import type * as cognito from 'aws-cdk-lib/aws-cognito'
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb'
import type * as s3 from 'aws-cdk-lib/aws-s3'
import type { DataRoles } from './data-roles'

/** What every Binôme function is told about the platform it runs in. */
export interface PlatformSettings {
  readonly table: dynamodb.ITableV2
  /** The roles every data access goes through (see `DataRoles`). */
  readonly dataRoles: DataRoles
  /** The bucket of duo documents; only the functions granted it (`grantDocuments`) are told its name. */
  readonly documentsBucket: s3.IBucket
  /** SES sender of every e-mail. */
  readonly mailFrom: string
  /** Public URL of the web app, for links in e-mails. */
  readonly appUrl: string
  readonly userPool: cognito.UserPool
  readonly userPoolClient: cognito.IUserPoolClient
}

/**
 * The environment variables every function reads when it starts (`depsFromEnv` in functions/src/shared): the table,
 * the mail sender, the app URL and the token issuer, key set and audience (the API accepts Cognito ID tokens, whose
 * audience is the web client id).
 *
 * @example
 * new AppFunction(this, 'Worker', { ..., environment: platformEnvironment(settings) })
 */
export function platformEnvironment(settings: PlatformSettings): Record<string, string> {
  const issuer = settings.userPool.userPoolProviderUrl
  return {
    TABLE_NAME: settings.table.tableName,
    TENANT_DATA_ROLE_ARN: settings.dataRoles.tenant.roleArn,
    PLATFORM_DATA_ROLE_ARN: settings.dataRoles.platform.roleArn,
    MAIL_FROM: settings.mailFrom,
    APP_URL: settings.appUrl,
    AUTH_ISSUER: issuer,
    AUTH_JWKS_URL: `${issuer}/.well-known/jwks.json`,
    AUTH_AUDIENCE: settings.userPoolClient.userPoolClientId,
  }
}
