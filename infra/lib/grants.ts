import { Stack } from 'aws-cdk-lib'
import * as iam from 'aws-cdk-lib/aws-iam'
import { NagSuppressions } from 'cdk-nag'
import type { IConstruct } from 'constructs'
import type { AppFunction } from './app-function'
import type { DataRoles } from './data-roles'
import type * as s3 from 'aws-cdk-lib/aws-s3'
import type * as sqs from 'aws-cdk-lib/aws-sqs'

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
 * Lets `fn` reach the table the only way functions do: by assuming the tenant data role (tagged with the
 * organisation it works for) or the platform data role. The function's own role holds no table permission.
 *
 * @example
 * grantDataAccess(worker, data.dataRoles)
 */
export function grantDataAccess(fn: AppFunction, roles: DataRoles): void {
  fn.role.addToPrincipalPolicy(new iam.PolicyStatement({
    actions: ['sts:AssumeRole', 'sts:TagSession'],
    resources: [roles.tenant.roleArn, roles.platform.roleArn],
  }))
}

/**
 * Lets `fn` (the monitoring API, for the operator's health page) read the matching queues' depths, redrive the
 * dead-letter queue into the queue (an SQS message move task: read and delete from the source, send to the
 * destination), and read CloudWatch metrics, which IAM grants on `*` only.
 *
 * @example
 * grantOperatorHealth(monitoring, matchingQueue, matchingDeadLetterQueue)
 */
export function grantOperatorHealth(fn: AppFunction, queue: sqs.IQueue, deadLetterQueue: sqs.IQueue): void {
  queue.grant(fn.function, 'sqs:GetQueueAttributes', 'sqs:SendMessage')
  deadLetterQueue.grant(fn.function, 'sqs:GetQueueAttributes', 'sqs:StartMessageMoveTask', 'sqs:ReceiveMessage', 'sqs:DeleteMessage')
  fn.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['cloudwatch:GetMetricData'], resources: ['*'] }))
  NagSuppressions.addResourceSuppressions(fn.role, [{
    id: 'AwsSolutions-IAM5',
    reason: 'cloudwatch:GetMetricData has no resource-level permission; it reads counts only (Errors, 5xx) for the operator health page.',
    appliesTo: ['Resource::*'],
  }], true)
}

/**
 * Tells `fn` the documents bucket (`DOCUMENTS_BUCKET`) and lets it write, read and delete documents there (every
 * version: an erasure must not leave an old version behind), and list the versions under a prefix to find them.
 * Nothing else: no bucket configuration, no ACLs.
 *
 * @example
 * grantDocuments(matching, data.documentsBucket)
 */
export function grantDocuments(fn: AppFunction, bucket: s3.IBucket): void {
  fn.function.addEnvironment('DOCUMENTS_BUCKET', bucket.bucketName)
  fn.role.addToPrincipalPolicy(new iam.PolicyStatement({
    actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObjectVersion'],
    resources: [bucket.arnForObjects('*')],
  }))
  fn.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucketVersions'], resources: [bucket.bucketArn] }))
  NagSuppressions.addResourceSuppressions(fn.role, [{
    id: 'AwsSolutions-IAM5',
    reason: 'Documents are objects of the documents bucket under keys made of ids (<orgId>/duos/<duoId>/...); the grant names that one bucket and object actions only.',
    // The bucket's ARN reaches other stacks as an output (`Fn::GetStackOutput` … `…Documents…Arn…`), then `/*`.
    appliesTo: [{ regex: '/^Resource::.*Documents[0-9A-F]*\\.?Arn.*\\/\\*$/' }],
  }], true)
}

/**
 * Tells `fn` the documents bucket (`DOCUMENTS_BUCKET`) where the results files are, and nothing more: it reads or
 * writes them with the tenant data role assumed for the organisation at hand (see `DataRoles`, whose policy reaches
 * only `results-exports/<orgId>/…`), never with its own role, which holds no S3 permission for them.
 *
 * @example
 * useResultsFiles(api.functions.monitoring, data.documentsBucket)
 */
export function useResultsFiles(fn: AppFunction, bucket: s3.IBucket): void {
  fn.function.addEnvironment('DOCUMENTS_BUCKET', bucket.bucketName)
}
