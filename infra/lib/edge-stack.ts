import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib'
import * as wafv2 from 'aws-cdk-lib/aws-wafv2'
import type { Construct } from 'constructs'

/** CloudFront accepts only web ACLs of this scope, and only from us-east-1. */
export const edgeRegion = 'us-east-1'

/** AWS managed rule groups the web ACL applies, in evaluation order after the reputation list and the rate rule. */
export const managedRuleGroups = [
  'AWSManagedRulesAmazonIpReputationList',
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesCommonRuleSet',
] as const

/**
 * Rules of the common rule set only counted, never blocking. `SizeRestrictions_BODY` blocks bodies over 8 KB, but the
 * API accepts JSON bodies up to `maxBodyBytes` (64 KB, `functions/src/shared/app.ts`, e.g. long notes and
 * evaluations) and refuses larger ones itself with a 413 in the error shape; imports of spreadsheets will be larger.
 */
export const countedCommonRules = ['SizeRestrictions_BODY'] as const

/** Per client address, on `/api/*`, per minute; see {@link EdgeStackProps.apiRequestsPerMinutePerAddress}. */
export const defaultApiRequestsPerMinutePerAddress = 600

/** Seconds the rate rule's 429 asks the client to wait: its evaluation window. */
const rateWindowSeconds = 60

export interface EdgeStackProps extends StackProps {
  /**
   * Most `/api/*` requests one client address may send in a minute before it is refused (429) until its rate falls.
   * 600 (10/s) lets a training room of 20–30 people behind one address (job centres, associations) work, and keeps
   * any single address below a fifth of the API stage's shared budget (50 requests/s), which the per-organisation
   * and per-user limits of the functions then share out.
   */
  readonly apiRequestsPerMinutePerAddress?: number
}

/**
 * The CloudFront web ACL (AWS WAF), which must live in us-east-1: Amazon's IP reputation list, a rate limit per
 * client address on the API, and the AWS managed known-bad-inputs and common rule sets; CloudWatch metrics and
 * sampled requests for each rule. The web stack's distribution references {@link webAclArn} across regions.
 *
 * No WAF logging: the metrics and the sampled requests (kept three hours by WAF) say which rule acts and on what,
 * while full logs would keep every viewer's address and headers (tokens carry an e-mail address) in one more place.
 *
 * @example
 * const edge = new EdgeStack(app, 'Binome-Edge', { env: { account } }) // always in us-east-1
 * new WebStack(app, 'Binome-Web', { ..., webAclArn: edge.webAclArn, crossRegionReferences: true })
 */
export class EdgeStack extends Stack {
  readonly webAcl: wafv2.CfnWebACL
  /** ARN of the web ACL (CloudFront's `WebACLId` takes the ARN for WAFv2). */
  readonly webAclArn: string

  constructor(scope: Construct, id: string, props: EdgeStackProps = {}) {
    // The region is the stack's own, whatever the caller's environment says: CloudFront takes web ACLs from us-east-1 only.
    super(scope, id, {
      description: 'Binôme edge: the AWS WAF web ACL in front of CloudFront (us-east-1)',
      ...props,
      env: { ...props.env, region: edgeRegion },
    })
    const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${this.stackName}-${metricName}`,
    })
    const managedRule = (name: (typeof managedRuleGroups)[number], priority: number, counted: readonly string[] = []): wafv2.CfnWebACL.RuleProperty => ({
      name,
      priority,
      // `none`: the group's own actions apply (block), except the rules set to count below.
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          ...(counted.length > 0 && { ruleActionOverrides: counted.map((rule) => ({ name: rule, actionToUse: { count: {} } })) }),
        },
      },
      visibilityConfig: visibility(name),
    })
    const rateLimit = props.apiRequestsPerMinutePerAddress ?? defaultApiRequestsPerMinutePerAddress
    // WAF's own bounds for a rate-based rule; refused here rather than half-way through a deployment.
    if (!Number.isInteger(rateLimit) || rateLimit < 10 || rateLimit > 2_000_000_000) {
      throw new RangeError(`apiRequestsPerMinutePerAddress must be an integer from 10 to 2,000,000,000, got ${rateLimit}`)
    }

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: `${this.stackName}-cloudfront`,
      // ASCII only: WAF refuses other characters in descriptions.
      description: 'Binome: AWS managed rules and a per-address API rate limit in front of the web app and the API',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('WebAcl'),
      // The rate refusal in the API's error shape, so that the web app says it in the reader's language.
      customResponseBodies: {
        usageLimit: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            error: {
              code: 'rate_limited',
              reason: 'usage-limit',
              values: { scope: 'address', retryAfterSeconds: rateWindowSeconds },
              message: `Too many requests from this address; try again in ${rateWindowSeconds} s`,
            },
          }),
        },
      },
      rules: [
        managedRule('AWSManagedRulesAmazonIpReputationList', 0),
        {
          name: 'ApiRatePerAddress',
          priority: 1,
          action: {
            block: {
              customResponse: {
                responseCode: 429,
                customResponseBodyKey: 'usageLimit',
                responseHeaders: [{ name: 'Retry-After', value: String(rateWindowSeconds) }],
              },
            },
          },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: rateLimit,
              evaluationWindowSec: rateWindowSeconds,
              // The web app's files are cached at the edge; the API is what shares one throttled budget.
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  positionalConstraint: 'STARTS_WITH',
                  searchString: '/api/',
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
          visibilityConfig: visibility('ApiRatePerAddress'),
        },
        managedRule('AWSManagedRulesKnownBadInputsRuleSet', 2),
        managedRule('AWSManagedRulesCommonRuleSet', 3, countedCommonRules),
      ],
    })
    this.webAclArn = this.webAcl.attrArn

    new CfnOutput(this, 'WebAclArn', { value: this.webAclArn, description: 'The CloudFront web ACL (AWS WAF)' })
  }
}
