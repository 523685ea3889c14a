import { Match } from 'aws-cdk-lib/assertions'
import { beforeAll, describe, expect, it } from 'vitest'
import { httpApps, publicApplicationsRoute, publicRoutes } from '../lib/api-stack'
import { type SynthesisedApp, sharedSynthesis } from './synth-app'

interface FunctionProperties {
  Runtime: string
  Architectures: string[]
  TracingConfig: { Mode: string }
  LoggingConfig: { LogGroup: unknown; LogFormat: string }
  Environment: { Variables: Record<string, unknown> }
  Handler: string
}
interface Statement {
  Action: string | string[]
  Resource: unknown
  Condition?: Record<string, Record<string, unknown>>
}

let binome: SynthesisedApp
beforeAll(() => {
  binome = sharedSynthesis()
})

const apiTemplate = () => binome.template(binome.stacks.api)
const functionProperties = (app: (typeof httpApps)[number]): FunctionProperties => {
  const logicalId = binome.stacks.api.getLogicalId(binome.stacks.api.functions[app].function.node.defaultChild as never)
  return (apiTemplate().toJSON().Resources[logicalId] as { Properties: FunctionProperties }).Properties
}
const policyStatements = (app: (typeof httpApps)[number]): Statement[] => {
  const role = binome.stacks.api.functions[app].role
  const policies = Object.values(apiTemplate().findResources('AWS::IAM::Policy')).filter((policy) =>
    JSON.stringify((policy as { Properties: { Roles: unknown } }).Properties.Roles).includes(binome.stacks.api.getLogicalId(role.node.defaultChild as never)),
  )
  return policies.flatMap((policy) => (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement)
}
const actionsOf = (statements: Statement[]) => statements.flatMap((statement) => [statement.Action].flat())

describe('api stack: routes and authorizer', () => {
  it('has one JWT authorizer that accepts Cognito ID tokens of the web client', () => {
    apiTemplate().resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1)
    apiTemplate().hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [Match.anyValue()],
        Issuer: Match.objectLike({ 'Fn::GetStackOutput': Match.objectLike({ OutputName: Match.stringLikeRegexp('ProviderURL') }) }),
      },
    })
  })

  it.each(httpApps)('protects ANY /api/%s/{proxy+} with the JWT authorizer', (app) => {
    apiTemplate().hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: `ANY /api/${app}/{proxy+}`,
      AuthorizationType: 'JWT',
      AuthorizerId: { Ref: Match.stringLikeRegexp('^CognitoJwt') },
    })
  })

  it.each(publicRoutes)('leaves GET %s public, served by onboarding', (path) => {
    const routes = apiTemplate().findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: `GET ${path}` } })
    const route = Object.values(routes)[0] as { Properties: { AuthorizationType: string; AuthorizerId?: unknown; Target: unknown } }
    expect(route.Properties.AuthorizationType).toBe('NONE')
    expect(route.Properties.AuthorizerId).toBeUndefined()
    expect(JSON.stringify(route.Properties.Target)).toContain('onboardingintegration')
  })

  it('leaves the public application forms open to anyone, served by onboarding', () => {
    const routes = apiTemplate().findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: `ANY ${publicApplicationsRoute}` } })
    const route = Object.values(routes)[0] as { Properties: { AuthorizationType: string; AuthorizerId?: unknown; Target: unknown } }
    expect(route.Properties.AuthorizationType).toBe('NONE')
    expect(route.Properties.AuthorizerId).toBeUndefined()
    expect(JSON.stringify(route.Properties.Target)).toContain('onboardingintegration')
  })

  it('has exactly the proxied and public routes, nothing else open', () => {
    const keys = Object.values(apiTemplate().findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => (route as { Properties: { RouteKey: string } }).Properties.RouteKey,
    )
    expect(keys.sort()).toEqual([...httpApps.map((app) => `ANY /api/${app}/{proxy+}`), ...publicRoutes.map((path) => `GET ${path}`), `ANY ${publicApplicationsRoute}`].sort())
  })

  it('deploys the $default stage automatically, throttled, with JSON access logs', () => {
    apiTemplate().hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 }),
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"') },
    })
  })
})

describe('api stack: functions', () => {
  it.each(httpApps)('runs %s on Node 22, ARM64, with X-Ray tracing and JSON logs in its own log group', (app) => {
    const fn = functionProperties(app)
    expect(fn).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], TracingConfig: { Mode: 'Active' }, Handler: 'index.handler' })
    expect(fn.LoggingConfig).toMatchObject({ LogFormat: 'JSON', LogGroup: { Ref: expect.stringMatching(new RegExp(`^${app}Logs`, 'i')) } })
  })

  it('keeps function logs for a month', () => {
    const retentions = Object.values(apiTemplate().findResources('AWS::Logs::LogGroup')).map(
      (group) => (group as { Properties: { RetentionInDays: number } }).Properties.RetentionInDays,
    )
    expect(retentions.sort()).toEqual([30, 30, 30, 90])
  })

  it.each(httpApps)('gives %s the platform environment: table, mail sender, app URL, issuer, key set, audience, Powertools', (app) => {
    const variables = functionProperties(app).Environment.Variables
    expect(variables).toMatchObject({
      MAIL_FROM: 'no-reply@binome.example.org',
      POWERTOOLS_SERVICE_NAME: app,
      POWERTOOLS_METRICS_NAMESPACE: 'Binome',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    })
    for (const name of ['TABLE_NAME', 'APP_URL', 'AUTH_ISSUER', 'AUTH_JWKS_URL', 'AUTH_AUDIENCE']) expect(variables[name]).toBeDefined()
    expect(JSON.stringify(variables.AUTH_JWKS_URL)).toContain('/.well-known/jwks.json')
    expect(JSON.stringify(variables.APP_URL)).toMatch(/"https:\/\/".*Distribution\w*DomainName/)
  })

  it('tells only onboarding the user pool, matching the queue (and monitoring, for the operator’s health page), monitoring the exports queue, all three the documents bucket', () => {
    expect(Object.keys(functionProperties('onboarding').Environment.Variables)).toContain('USER_POOL_ID')
    expect(Object.keys(functionProperties('matching').Environment.Variables)).toContain('MATCHING_QUEUE_URL')
    for (const app of ['onboarding', 'matching', 'monitoring'] as const) expect(Object.keys(functionProperties(app).Environment.Variables)).toContain('DOCUMENTS_BUCKET')
    for (const app of ['matching', 'monitoring'] as const) {
      expect(Object.keys(functionProperties(app).Environment.Variables)).not.toContain('USER_POOL_ID')
    }
    expect(Object.keys(functionProperties('onboarding').Environment.Variables)).not.toContain('MATCHING_QUEUE_URL')
    expect(Object.keys(functionProperties('monitoring').Environment.Variables)).toEqual(expect.arrayContaining([
      'MATCHING_QUEUE_URL', 'MATCHING_QUEUE_ARN', 'MATCHING_DEAD_LETTER_QUEUE_URL', 'MATCHING_DEAD_LETTER_QUEUE_ARN', 'OPERATED_FUNCTIONS', 'HTTP_API_ID', 'HTTP_API_STAGE', 'EXPORTS_QUEUE_URL',
    ]))
  })
})

describe('api stack: no way around the WAF', () => {
  it('gives every API function the origin secret CloudFront adds, resolved from Secrets Manager at deployment', () => {
    for (const app of httpApps) {
      const value = JSON.stringify(functionProperties(app).Environment.Variables.ORIGIN_SECRET)
      // A dynamic reference to the web stack's secret (referenced across stacks by its ARN), never a value written in the template.
      expect(value, app).toMatch(/^\{"Fn::Join":\["",\["\{\{resolve:secretsmanager:",\{.*OriginSecret.*\},":SecretString:::\}\}"\]\]\}$/)
    }
    // The HTTP API itself takes no web ACL (WAF attaches to REST APIs, CloudFront, ALBs...): nothing to associate.
    expect(Object.keys(apiTemplate().findResources('AWS::WAFv2::WebACLAssociation'))).toEqual([])
  })
})

describe('api stack: least privilege', () => {
  it('lets onboarding create and read Cognito users, and nobody else; only onboarding and matching write documents, monitoring holds no S3 permission (it reads the results files with the tenant role), in the documents bucket only', () => {
    expect(actionsOf(policyStatements('onboarding'))).toEqual(expect.arrayContaining(['cognito-idp:AdminCreateUser', 'cognito-idp:AdminGetUser', 'cognito-idp:AdminDeleteUser']))
    // The results files are read with the organisation's tenant data role (see data-roles.test.ts), not the function's.
    expect(actionsOf(policyStatements('monitoring')).filter((a) => a.startsWith('s3:'))).toEqual([])
    expect(functionProperties('monitoring').Environment.Variables.DOCUMENTS_BUCKET).toBeDefined()
    for (const app of ['onboarding', 'matching'] as const) {
      const s3 = policyStatements(app).filter((s) => actionsOf([s]).some((a) => a.startsWith('s3:')))
      expect(actionsOf(s3).sort()).toEqual(['s3:DeleteObjectVersion', 's3:GetObject', 's3:ListBucketVersions', 's3:PutObject'])
      for (const statement of s3) expect(JSON.stringify(statement.Resource)).toMatch(/Documents/)
    }
    for (const app of ['matching', 'monitoring'] as const) {
      expect(actionsOf(policyStatements(app)).filter((action) => action.startsWith('cognito-idp:'))).toEqual([])
    }
  })

  it('lets matching send runs to the queue, onboarding send newsletters to theirs, and monitoring only read the queues, move dead letters back (operator redrive) and send results exports to their queue', () => {
    expect(actionsOf(policyStatements('matching'))).toContain('sqs:SendMessage')
    expect(actionsOf(policyStatements('onboarding')).filter((a) => a.startsWith('sqs:')).sort()).toEqual(['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'])
    const monitoring = policyStatements('monitoring').filter((s) => actionsOf([s]).some((a) => a.startsWith('sqs:')))
    expect(actionsOf(monitoring).sort()).toEqual([
      'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueAttributes', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage', 'sqs:SendMessage', 'sqs:SendMessage', 'sqs:StartMessageMoveTask',
    ])
    // What it receives and deletes is the dead-letter queue's only: the task moves dead letters, nothing else.
    const deleting = monitoring.filter((s) => actionsOf([s]).includes('sqs:DeleteMessage'))
    expect(JSON.stringify(deleting.map((s) => s.Resource))).toContain('DeadLetterQueue')
    expect(actionsOf(policyStatements('monitoring'))).toContain('cloudwatch:GetMetricData')
  })

  it.each(httpApps)('lets %s send e-mail only as the configured sender, and reach the table only through the data roles', (app) => {
    const statements = policyStatements(app)
    const ses = statements.filter((statement) => actionsOf([statement]).includes('ses:SendEmail'))
    expect(ses).toHaveLength(1)
    expect(ses[0]?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'no-reply@binome.example.org' } })
    expect(JSON.stringify(ses[0]?.Resource)).toContain('identity/no-reply@binome.example.org')
    expect(actionsOf(statements).filter((action) => action.startsWith('dynamodb:'))).toEqual([])
    expect(actionsOf(statements)).toEqual(expect.arrayContaining(['sts:AssumeRole', 'sts:TagSession']))
  })

  it('has no AWS managed policy on the function roles', () => {
    for (const app of httpApps) {
      const roleId = binome.stacks.api.getLogicalId(binome.stacks.api.functions[app].role.node.defaultChild as never)
      const role = apiTemplate().toJSON().Resources[roleId] as { Properties: { ManagedPolicyArns?: unknown } }
      expect(role.Properties.ManagedPolicyArns).toBeUndefined()
    }
  })
})
