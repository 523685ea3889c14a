import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb'
import type * as s3 from 'aws-cdk-lib/aws-s3'
import * as iam from 'aws-cdk-lib/aws-iam'
import { NagSuppressions } from 'cdk-nag'
import { Construct } from 'constructs'
import { dataActions, platformLeadingKeys, tenantLeadingKey } from '@binome/data/leading-keys'
import { exportFilesPrefix } from '@binome/contracts'

/** The session tag that names the organisation a tenant session may reach. */
export const tenantTag = 'orgId'

/**
 * The two roles the functions reach the table through (functions hold no table permission of their own):
 * the tenant data role, whose policy allows only partition keys `ORG#<the session's orgId tag>#…`, assumed per
 * organisation with that tag; and the platform data role, limited to the identity module's partitions. The
 * patterns are `@binome/data`'s, the same ones the local data client enforces. Given the documents bucket, the
 * tenant role also reads and writes that organisation's results files (`results-exports/<orgId>/…`, the key layout
 * of `exportFileKey`), and nothing else of the bucket: the functions that hand out or make those files hold no S3
 * permission of their own for them.
 *
 * @example
 * const roles = new DataRoles(this, 'DataRoles', { table })
 * grantDataAccess(fn, roles)
 */
export class DataRoles extends Construct {
  readonly tenant: iam.Role
  readonly platform: iam.Role

  constructor(scope: Construct, id: string, props: { table: dynamodb.ITableV2; documentsBucket?: s3.IBucket }) {
    super(scope, id)
    // Trusting the account lets the functions' roles (in other stacks) assume these once their own policy allows
    // it, without the data stack naming them (which would make the stacks reference each other).
    const account = new iam.AccountRootPrincipal()
    this.tenant = new iam.Role(this, 'TenantData', {
      description: 'Reaches only the items of the organisation named by the session tag orgId',
      assumedBy: account.withConditions({
        // A session without its orgId tag, or with other tags, is refused: the policy below reads the tag.
        StringLike: { [`aws:RequestTag/${tenantTag}`]: '?*' },
        'ForAllValues:StringEquals': { 'aws:TagKeys': [tenantTag] },
      }).withSessionTags(),
    })
    this.platform = new iam.Role(this, 'PlatformData', {
      description: 'Reaches only the platform items of the identity module (users, e-mail index, directory, memberships)',
      assumedBy: account,
    })
    const items = (role: iam.Role, leadingKeys: readonly string[]) =>
      role.addToPolicy(new iam.PolicyStatement({
        actions: [...dataActions],
        resources: [props.table.tableArn, `${props.table.tableArn}/index/*`],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...leadingKeys] } },
      }))
    items(this.tenant, [tenantLeadingKey(`\${aws:PrincipalTag/${tenantTag}}`)])
    items(this.platform, platformLeadingKeys)
    if (props.documentsBucket) {
      this.tenant.addToPolicy(new iam.PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [props.documentsBucket.arnForObjects(`${exportFilesPrefix}\${aws:PrincipalTag/${tenantTag}}/*`)],
      }))
      NagSuppressions.addResourceSuppressions(this.tenant, [{
        id: 'AwsSolutions-IAM5',
        reason: 'An organisation\'s results files are the objects under results-exports/<the session\'s orgId tag>/ of the documents bucket, one object a job; GetObject and PutObject only.',
        appliesTo: [{ regex: '/^Resource::<Documents[0-9A-F]*\\.Arn>\\/results-exports\\/<aws:PrincipalTag\\/orgId>\\/\\*$/' }],
      }], true)
    }
    for (const role of [this.tenant, this.platform]) {
      NagSuppressions.addResourceSuppressions(role, [{
        id: 'AwsSolutions-IAM5',
        reason: 'Index queries can only be granted on <table>/index/*; every item action is confined by a dynamodb:LeadingKeys condition on the partition key.',
        appliesTo: [{ regex: '/^Resource::.*Table[^/]*Arn[^/]*\\/index\\/\\*$/' }],
      }], true)
    }
  }
}
