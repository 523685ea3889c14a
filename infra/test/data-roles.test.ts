import { beforeAll, describe, expect, it } from 'vitest'
import { dataActions, platformLeadingKeys } from '@binome/data/leading-keys'
import { type SynthesisedApp, sharedSynthesis } from './synth-app'

interface Statement { Effect: string; Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, unknown>>; Principal?: unknown }
type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>

let binome: SynthesisedApp
beforeAll(() => {
  binome = sharedSynthesis()
})

const resourcesOf = (stack: keyof SynthesisedApp['stacks']) => binome.template(binome.stacks[stack]).toJSON().Resources as Resources
const dataResources = () => resourcesOf('data')
const roleId = (which: 'tenant' | 'platform') =>
  binome.stacks.data.getLogicalId(binome.stacks.data.dataRoles[which].node.defaultChild as never)
const policyOf = (which: 'tenant' | 'platform'): Statement[] =>
  Object.values(dataResources())
    .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(roleId(which)))
    .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
const actions = (statements: Statement[]) => statements.flatMap((s) => [s.Action].flat())

describe('tenant-confined data roles', () => {
  it('lets the tenant role reach only the partitions of the organisation named by its session tag', () => {
    const statements = policyOf('tenant').filter((s) => actions([s]).some((a) => a.startsWith('dynamodb:')))
    expect(statements).toHaveLength(1)
    expect([...actions(statements)].sort()).toEqual([...dataActions].sort())
    expect(statements[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ORG#${aws:PrincipalTag/orgId}#*'] } })
  })

  it('lets the tenant role read and write only the results files of the organisation named by its session tag', () => {
    const [table, files, ...more] = policyOf('tenant')
    expect(more).toEqual([])
    expect(actions([table!]).every((a) => a.startsWith('dynamodb:'))).toBe(true)
    expect(files).toMatchObject({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'] })
    expect(files!.Condition).toBeUndefined()
    // <documents bucket ARN>/results-exports/${aws:PrincipalTag/orgId}/*: neither another organisation's files nor
    // any duo's contract (<orgId>/duos/…).
    const bucketId = binome.stacks.data.getLogicalId(binome.stacks.data.documentsBucket.node.defaultChild as never)
    expect(files!.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/results-exports/${aws:PrincipalTag/orgId}/*']] })
  })

  it('leaves the functions that make and hand out the results files no S3 permission of their own for them', () => {
    for (const stack of ['api', 'exports'] as const) {
      const statements = Object.values(resourcesOf(stack))
        .filter((r) => r.Type === 'AWS::IAM::Policy')
        .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
      for (const s of statements.filter((st) => actions([st]).some((a) => a.startsWith('s3:')))) {
        // Only the duos' documents grant (matching, onboarding) remains, on the bucket's objects as a whole.
        expect(JSON.stringify(s.Resource)).not.toContain('results-exports')
      }
      if (stack === 'exports') expect(statements.flatMap((s) => actions([s])).filter((a) => a.startsWith('s3:'))).toEqual([])
    }
  })

  it('lets the platform role reach only the identity partitions', () => {
    const statements = policyOf('platform')
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...platformLeadingKeys] } })
    // The tenant partitions it reaches are exactly those written with platform items; never people or programmes.
    expect(platformLeadingKeys.filter((p) => p.startsWith('ORG#'))).toEqual(['ORG#*#PROFILE', 'ORG#*#MEMBERS', 'ORG#*#ADMINS', 'ORG#*#AUDIT', 'ORG#*#PARTNERS'])
  })

  it('lets a tenant session start only with its orgId tag and no other tag', () => {
    const role = dataResources()[roleId('tenant')]!
    const trust = (role.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement
    expect(actions(trust).sort()).toEqual(['sts:AssumeRole', 'sts:TagSession'])
    for (const s of trust) {
      expect(s.Condition).toEqual({
        StringLike: { 'aws:RequestTag/orgId': '?*' },
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['orgId'] },
      })
    }
  })

  it('grants no Scan and no whole-table action anywhere, and no function holds a table permission of its own', () => {
    for (const stack of ['data', 'identity', 'web', 'matching', 'api', 'monitoring', 'operations'] as const) {
      const statements = Object.values(resourcesOf(stack))
        .filter((r) => r.Type === 'AWS::IAM::Policy')
        .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
      const dynamo = statements.filter((s) => actions([s]).some((a) => a.startsWith('dynamodb:')))
      expect(actions(dynamo).filter((a) => a === 'dynamodb:Scan' || a === 'dynamodb:*')).toEqual([])
      // Every statement that names DynamoDB actions is one of the two data roles', confined by LeadingKeys.
      for (const s of dynamo) expect(s.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys']).toBeDefined()
      if (stack !== 'data') expect(dynamo).toEqual([])
    }
  })

  it('lets every function that reads data assume the two roles, and tells it their ARNs', () => {
    const fns = [
      ...Object.values(binome.stacks.api.functions),
      binome.stacks.matching.worker,
    ]
    for (const fn of fns) {
      const stack = fn.function.stack
      const resources = binome.template(stack).toJSON().Resources as Resources
      const id = stack.getLogicalId(fn.role.node.defaultChild as never)
      const statements = Object.values(resources)
        .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(id))
        .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
      const assume = statements.filter((s) => actions([s]).includes('sts:AssumeRole'))
      expect(assume).toHaveLength(1)
      expect(actions(assume).sort()).toEqual(['sts:AssumeRole', 'sts:TagSession'])
      const fnId = stack.getLogicalId(fn.function.node.defaultChild as never)
      const env = (resources[fnId]!.Properties.Environment as { Variables: Record<string, unknown> }).Variables
      expect(Object.keys(env)).toEqual(expect.arrayContaining(['TENANT_DATA_ROLE_ARN', 'PLATFORM_DATA_ROLE_ARN', 'TABLE_NAME']))
    }
  })
})
