import { Stack } from 'aws-cdk-lib'
import * as iam from 'aws-cdk-lib/aws-iam'
import { NagSuppressions } from 'cdk-nag'
import type { IConstruct } from 'constructs'
import type { AppFunction } from './app-function'
import type { DataRoles } from './data-roles'
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
