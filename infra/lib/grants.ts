import { Stack } from 'aws-cdk-lib'
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb'
import * as iam from 'aws-cdk-lib/aws-iam'
import { NagSuppressions } from 'cdk-nag'
import type { IConstruct } from 'constructs'
import type { AppFunction } from './app-function'

/**
 * Lets `grantee` send e-mail through SES, only as `mailFrom`: the policy names the two identities that can cover the
 * address (the address itself or its domain) and pins the From address with the `ses:FromAddress` condition.
 *
 * @example
 * grantSendEmailAs(onboarding.function, 'no-reply@binome.example.org')
 */
export function grantSendEmailAs(grantee: iam.IGrantable & IConstruct, mailFrom: string): iam.Grant {
  const stack = Stack.of(grantee)
  const domain = mailFrom.slice(mailFrom.lastIndexOf('@') + 1)
  const identityArn = (identity: string) =>
    stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity })
  return iam.Grant.addToPrincipal({
    grantee,
    actions: ['ses:SendEmail'],
    resourceArns: [identityArn(mailFrom), identityArn(domain)],
    conditions: { StringEquals: { 'ses:FromAddress': mailFrom } },
  })
}

/**
 * Grants `fn` read and write access to the items of `table` (and its indexes) and records why the resulting
 * `<table>/index/*` resource is acceptable to cdk-nag: index queries can only be granted on index ARNs.
 *
 * @example
 * grantTableReadWrite(data.table, worker)
 */
export function grantTableReadWrite(table: dynamodb.ITableV2, fn: AppFunction): iam.Grant {
  const grant = table.grantReadWriteData(fn.function)
  NagSuppressions.addResourceSuppressions(
    fn.role,
    [
      {
        id: 'AwsSolutions-IAM5',
        reason: 'Queries on the global secondary indexes of the single table are granted on <table>/index/*, the ARN form DynamoDB uses for indexes.',
        appliesTo: [{ regex: '/^Resource::.*Table[^/]*Arn[^/]*\\/index\\/\\*$/' }],
      },
    ],
    true,
  )
  return grant
}
