import { App } from 'aws-cdk-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { createBinomeStacks } from '../lib/binome-app'
import { readBinomeConfig } from '../lib/config'
import { EdgeStack } from '../lib/edge-stack'
import { cdkJsonContext, makeFakeWebBuild, type SynthesisedApp, sharedSynthesis } from './synth-app'

interface Rule {
  Name: string
  Priority: number
  Action?: { Block?: { CustomResponse?: { ResponseCode: number; CustomResponseBodyKey: string; ResponseHeaders?: Array<{ Name: string; Value: string }> } } }
  OverrideAction?: Record<string, unknown>
  Statement: {
    ManagedRuleGroupStatement?: { VendorName: string; Name: string; RuleActionOverrides?: Array<{ Name: string; ActionToUse: Record<string, unknown> }> }
    RateBasedStatement?: {
      AggregateKeyType: string
      Limit: number
      EvaluationWindowSec: number
      ScopeDownStatement?: { ByteMatchStatement?: { FieldToMatch: Record<string, unknown>; PositionalConstraint: string; SearchString: string } }
    }
  }
  VisibilityConfig: { CloudWatchMetricsEnabled: boolean; SampledRequestsEnabled: boolean; MetricName: string }
}
interface WebAcl {
  Scope: string
  DefaultAction: Record<string, unknown>
  Rules: Rule[]
  VisibilityConfig: Rule['VisibilityConfig']
  CustomResponseBodies?: Record<string, { ContentType: string; Content: string }>
}

let binome: SynthesisedApp
let acl: WebAcl
let aclLogicalId: string
beforeAll(() => {
  binome = sharedSynthesis()
  const acls = Object.entries(binome.template(binome.stacks.edge).findResources('AWS::WAFv2::WebACL'))
  expect(acls).toHaveLength(1)
  aclLogicalId = acls[0]![0]
  acl = (acls[0]![1] as { Properties: WebAcl }).Properties
})

const rule = (name: string) => {
  const found = acl.Rules.find((candidate) => candidate.Name === name)
  expect(found, name).toBeDefined()
  return found as Rule
}

describe('edge stack: the CloudFront web ACL', () => {
  it('lives in us-east-1 with the CLOUDFRONT scope, as CloudFront requires, and lets through what no rule refuses', () => {
    expect(binome.stacks.edge.region).toBe('us-east-1')
    expect(binome.stacks.edge.stackName).toBe('Binome-Edge')
    expect(acl.Scope).toBe('CLOUDFRONT')
    expect(acl.DefaultAction).toEqual({ Allow: {} })
  })

  it('applies the AWS IP reputation list, known bad inputs and common rule sets, letting each group block', () => {
    const managed = acl.Rules.filter((candidate) => candidate.Statement.ManagedRuleGroupStatement)
    expect(managed.map((candidate) => candidate.Statement.ManagedRuleGroupStatement?.Name).sort()).toEqual(
      ['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'],
    )
    for (const group of managed) {
      expect(group.Statement.ManagedRuleGroupStatement?.VendorName).toBe('AWS')
      // `Count` here would turn a whole group into monitoring only.
      expect(group.OverrideAction, group.Name).toEqual({ None: {} })
    }
  })

  it('only counts the common rule set\'s 8 KB body limit (the API takes bodies up to 64 KB and refuses larger ones itself)', () => {
    const common = rule('AWSManagedRulesCommonRuleSet').Statement.ManagedRuleGroupStatement
    expect(common?.RuleActionOverrides).toEqual([{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }])
    for (const name of ['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesKnownBadInputsRuleSet']) {
      expect(rule(name).Statement.ManagedRuleGroupStatement?.RuleActionOverrides, name).toBeUndefined()
    }
  })

  it('refuses an address sending more than 600 API requests a minute with a 429 in the API\'s error shape', () => {
    const rate = rule('ApiRatePerAddress')
    expect(rate.Statement.RateBasedStatement).toMatchObject({ AggregateKeyType: 'IP', Limit: 600, EvaluationWindowSec: 60 })
    expect(rate.Statement.RateBasedStatement?.ScopeDownStatement?.ByteMatchStatement).toMatchObject({
      FieldToMatch: { UriPath: {} },
      PositionalConstraint: 'STARTS_WITH',
      SearchString: '/api/',
    })
    const response = rate.Action?.Block?.CustomResponse
    expect(response).toMatchObject({ ResponseCode: 429, ResponseHeaders: [{ Name: 'Retry-After', Value: '60' }] })
    const body = acl.CustomResponseBodies?.[response?.CustomResponseBodyKey ?? '']
    expect(body?.ContentType).toBe('APPLICATION_JSON')
    expect(JSON.parse(body?.Content ?? '{}')).toMatchObject({
      error: { code: 'rate_limited', reason: 'usage-limit', values: { retryAfterSeconds: 60 }, message: expect.any(String) },
    })
  })

  it('evaluates the cheap reputation list first, then the rate limit, then the request inspections', () => {
    const order = [...acl.Rules].sort((a, b) => a.Priority - b.Priority).map((candidate) => candidate.Name)
    expect(order).toEqual(['AWSManagedRulesAmazonIpReputationList', 'ApiRatePerAddress', 'AWSManagedRulesKnownBadInputsRuleSet', 'AWSManagedRulesCommonRuleSet'])
    expect(new Set(acl.Rules.map((candidate) => candidate.Priority)).size).toBe(acl.Rules.length)
  })

  it('publishes CloudWatch metrics and sampled requests for the ACL and each rule, under distinct names', () => {
    const configs = [acl.VisibilityConfig, ...acl.Rules.map((candidate) => candidate.VisibilityConfig)]
    for (const config of configs) expect(config).toMatchObject({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true })
    expect(new Set(configs.map((config) => config.MetricName)).size).toBe(configs.length)
  })

  it('stays in us-east-1 whatever region its caller names', () => {
    expect(new EdgeStack(new App(), 'Edge', { env: { region: 'eu-west-3', account: '123456789012' } })).toMatchObject({ region: 'us-east-1', account: '123456789012' })
  })

  it('refuses a rate limit WAF would refuse, before any deployment', () => {
    expect(() => new EdgeStack(new App(), 'Edge', { apiRequestsPerMinutePerAddress: 5 })).toThrow(/apiRequestsPerMinutePerAddress must be an integer from 10/)
    expect(() => new EdgeStack(new App(), 'Edge', { apiRequestsPerMinutePerAddress: 60.5 })).toThrow(RangeError)
  })
})

describe('web stack: CloudFront goes through the web ACL', () => {
  it('the distribution references the edge stack\'s ACL across regions, and the web stack deploys after it', () => {
    const [distribution] = Object.values(binome.template(binome.stacks.web).findResources('AWS::CloudFront::Distribution')) as Array<{
      Properties: { DistributionConfig: { WebACLId?: { 'Fn::GetStackOutput'?: { StackName: string; Region: string; OutputName: string } } } }
    }>
    const reference = distribution?.Properties.DistributionConfig.WebACLId?.['Fn::GetStackOutput']
    expect(reference).toMatchObject({ StackName: 'Binome-Edge', Region: 'us-east-1' })
    const outputs = binome.template(binome.stacks.edge).toJSON().Outputs as Record<string, { Value: unknown }>
    expect(outputs[reference?.OutputName ?? '']?.Value).toEqual({ 'Fn::GetAtt': [aclLogicalId, 'Arn'] })
    expect(binome.stacks.web.dependencies).toContain(binome.stacks.edge)
  })
})

describe('regions', () => {
  /** The stacks only constructed (no synthesis, no bundling): regions and accounts are known by then. */
  const stacksWith = (context: Record<string, unknown>, environment: { region?: string } = {}, account?: string) => {
    const app = new App({ context: { ...cdkJsonContext(), 'binome:webAssetPath': makeFakeWebBuild(), 'aws:cdk:bundling-stacks': [], ...context } })
    return createBinomeStacks(app, readBinomeConfig(app.node, environment), account)
  }

  it('puts every stack but the edge one in the configured region (eu-west-3 by default)', () => {
    const { edge, ...rest } = binome.stacks
    expect(edge.region).toBe('us-east-1')
    for (const stack of Object.values(rest)) expect(stack.region, stack.stackName).toBe('eu-west-3')
  })

  it('follows binome:region, and the account when one is given, leaving the edge stack in us-east-1', () => {
    const { edge, ...rest } = stacksWith({ 'binome:region': 'eu-central-1' }, {}, '123456789012')
    expect(edge.region).toBe('us-east-1')
    expect(edge.account).toBe('123456789012')
    for (const stack of Object.values(rest)) expect([stack.stackName, stack.region, stack.account]).toEqual([stack.stackName, 'eu-central-1', '123456789012'])
  })

  it('takes the deployment environment\'s region when binome:region is not set', () => {
    expect(stacksWith({}, { region: 'eu-west-1' }).data.region).toBe('eu-west-1')
    expect(stacksWith({ 'binome:region': 'eu-west-3' }, { region: 'us-east-1' }).data.region).toBe('eu-west-3')
  })
})
