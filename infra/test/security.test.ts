import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Stack } from 'aws-cdk-lib'
import { type SynthesisedApp, sharedSynthesis } from './synth-app'

interface Resource {
  Type: string
  Properties?: Record<string, unknown>
  Metadata?: { cdk_nag?: { rules_to_suppress?: Array<{ id: string; reason: string }> } }
}

let binome: SynthesisedApp
let stacks: Stack[]
beforeAll(() => {
  binome = sharedSynthesis()
  stacks = Object.values(binome.stacks)
})
const resourcesOf = (stack: Stack) => Object.entries(binome.template(stack).toJSON().Resources as Record<string, Resource>)

describe('cdk-nag AwsSolutions', () => {
  it.each(['edge', 'data', 'identity', 'web', 'matching', 'api', 'monitoring', 'exports', 'newsletters', 'operations'] as const)('leaves no unsuppressed error or warning in the %s stack', (name) => {
    expect(binome.nagFindings(binome.stacks[name])).toEqual([])
  })

  it('suppresses only by resource, each time with a specific reason, and few rules overall', () => {
    const suppressions = stacks.flatMap((stack) =>
      resourcesOf(stack).flatMap(([, resource]) => resource.Metadata?.cdk_nag?.rules_to_suppress ?? []),
    )
    for (const suppression of suppressions) expect(suppression.reason.length, suppression.id).toBeGreaterThanOrEqual(40)
    // Stack-wide suppressions would hide future findings: none are used.
    for (const stack of stacks) expect(JSON.stringify(binome.template(stack).toJSON().Metadata ?? {})).not.toContain('cdk_nag')
    const rules = new Set(suppressions.map((suppression) => suppression.id))
    expect([...rules].sort()).toEqual(
      ['AwsSolutions-APIG4', 'AwsSolutions-CFR1', 'AwsSolutions-CFR4', 'AwsSolutions-COG2', 'AwsSolutions-COG8', 'AwsSolutions-IAM4', 'AwsSolutions-IAM5', 'AwsSolutions-L1', 'AwsSolutions-SMG4', 'AwsSolutions-SQS3'].sort(),
    )
  })
})

describe("CloudFormation's own checks", () => {
  // The checks `cdk synth` runs on every template (flag validateAgainstDefaultRules); the CLI fails on a violation
  // (a WAF description with a non-ASCII character, say), which the tests would otherwise only see at deployment time.
  it('finds no violation in any stack', () => {
    const report = JSON.parse(readFileSync(path.join(binome.app.outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: Array<{ pluginName: string; violations: Array<{ ruleName: string; description: string }> }>
    }
    expect(report.pluginReports.flatMap((plugin) => plugin.violations.map((v) => `${plugin.pluginName} ${v.ruleName}: ${v.description}`))).toEqual([])
  })
})

describe('no public data', () => {
  it('blocks every kind of public access on every bucket and refuses plain HTTP to it', () => {
    for (const stack of stacks) {
      const resources = resourcesOf(stack)
      const buckets = resources.filter(([, resource]) => resource.Type === 'AWS::S3::Bucket')
      for (const [id, bucket] of buckets) {
        expect(bucket.Properties?.PublicAccessBlockConfiguration, `${stack.stackName}/${id}`).toEqual({
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        })
        expect(bucket.Properties?.BucketEncryption, `${stack.stackName}/${id}`).toBeDefined()
        const policy = resources.find(
          ([, resource]) => resource.Type === 'AWS::S3::BucketPolicy' && JSON.stringify(resource.Properties?.Bucket) === JSON.stringify({ Ref: id }),
        )
        expect(JSON.stringify(policy?.[1].Properties?.PolicyDocument), `${stack.stackName}/${id}`).toContain('"aws:SecureTransport":"false"')
      }
    }
  })

  it('grants no bucket policy to an anonymous principal', () => {
    for (const stack of stacks) {
      for (const [, resource] of resourcesOf(stack).filter(([, r]) => r.Type === 'AWS::S3::BucketPolicy')) {
        const statements = (resource.Properties?.PolicyDocument as { Statement: Array<{ Effect: string; Principal: unknown }> }).Statement
        for (const statement of statements.filter((s) => s.Effect === 'Allow')) {
          expect(JSON.stringify(statement.Principal)).not.toMatch(/"\*"/)
        }
      }
    }
  })
})
