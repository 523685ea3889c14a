import { Stack, type StackProps } from 'aws-cdk-lib'
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway'
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2'
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations'
import * as logs from 'aws-cdk-lib/aws-logs'
import type * as lambda from 'aws-cdk-lib/aws-lambda'
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager'
import type * as sqs from 'aws-cdk-lib/aws-sqs'
import { NagSuppressions } from 'cdk-nag'
import type { Construct } from 'constructs'
import { AppFunction } from './app-function'
import { platformEnvironment, type PlatformSettings } from './function-environment'
import { grantDataAccess, grantDocuments, grantOperatorHealth, grantSendEmailAs, useResultsFiles } from './grants'

export interface ApiStackProps extends StackProps, PlatformSettings {
  /** The HTTP API resource, created in the web stack (see WebStack for why). */
  readonly httpApi: apigwv2.IHttpApi
  readonly matchingQueue: sqs.IQueue
  /** Where failed matching runs end: the operator's health page shows and redrives it. */
  readonly matchingDeadLetterQueue: sqs.IQueue
  /** Where the monitoring API sends the results exports to make in the background. */
  readonly exportsQueue: sqs.IQueue
  /** Where the onboarding API sends the newsletters to mail in the background. */
  readonly newslettersQueue: sqs.IQueue
  /** Functions of other stacks whose errors the operator's health page counts, by service. */
  readonly operatedFunctions: Record<string, lambda.IFunction>
  /**
   * The secret CloudFront adds to each API request (the web stack's): the functions refuse a request without it, as
   * it went around CloudFront and its WAF to the execute-api address.
   */
  readonly originSecret: secretsmanager.ISecret
  /** Stage throttling; default 50 requests/s steady, bursts of 100. */
  readonly throttle?: apigwv2.ThrottleSettings
}

/** The API's one stage (its metrics' `Stage` dimension). */
const defaultStageName = '$default'

/** Routes every caller may reach without a token (health check and API documentation), all served by onboarding. */
export const publicRoutes = ['/api/health', '/api/openapi.json', '/api/docs'] as const
/** The public application forms' routes, served by onboarding without the authorizer (the link's token is the key). */
export const publicApplicationsRoute = '/api/onboarding/public/{proxy+}'

/** The three HTTP apps, each mounted under `/api/<name>/` and running in its own function. */
export const httpApps = ['onboarding', 'matching', 'monitoring'] as const
export type HttpAppName = (typeof httpApps)[number]

/** Access-log line of the stage, as JSON with HTTP API context variables (the REST API helpers use other names). */
const accessLogFormat = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  method: '$context.httpMethod',
  routeKey: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  sub: '$context.authorizer.claims.sub',
})

/**
 * The HTTP API's routes, JWT authorizer and stage, and one function per app (onboarding, matching, monitoring).
 * Proxied routes require a Cognito ID token; the three public routes do not.
 *
 * @example
 * const api = new ApiStack(app, 'Binome-Api', { httpApi: web.httpApi, table: data.table, ... })
 * api.functions.onboarding.function.functionName
 */
export class ApiStack extends Stack {
  readonly functions: Record<HttpAppName, AppFunction>
  readonly stage: apigwv2.HttpStage

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, { description: 'Binôme API: HTTP API routes, JWT authorizer and the three app functions', ...props })

    const common = platformEnvironment(props)

    const onboarding = new AppFunction(this, 'Onboarding', {
      entry: 'onboarding/lambda',
      serviceName: 'onboarding',
      description: 'Onboarding API: organisations, people, enrolment, invitations',
      environment: { ...common, USER_POOL_ID: props.userPool.userPoolId, NEWSLETTERS_QUEUE_URL: props.newslettersQueue.queueUrl },
    })
    const matching = new AppFunction(this, 'Matching', {
      entry: 'matching/lambda',
      serviceName: 'matching',
      description: 'Matching API: runs, suggestions, proposals',
      environment: { ...common, MATCHING_QUEUE_URL: props.matchingQueue.queueUrl },
    })
    const monitoring = new AppFunction(this, 'Monitoring', {
      entry: 'monitoring/lambda',
      serviceName: 'monitoring',
      description: 'Monitoring API: alerts raised by the daily sweep, and the platform health for the operator',
      environment: {
        ...common,
        MATCHING_QUEUE_URL: props.matchingQueue.queueUrl,
        MATCHING_QUEUE_ARN: props.matchingQueue.queueArn,
        MATCHING_DEAD_LETTER_QUEUE_URL: props.matchingDeadLetterQueue.queueUrl,
        MATCHING_DEAD_LETTER_QUEUE_ARN: props.matchingDeadLetterQueue.queueArn,
        EXPORTS_QUEUE_URL: props.exportsQueue.queueUrl,
        HTTP_API_ID: props.httpApi.apiId,
        HTTP_API_STAGE: defaultStageName,
      },
    })
    this.functions = { onboarding, matching, monitoring }
    // The monitoring function finds its own name at run time (AWS_LAMBDA_FUNCTION_NAME): naming itself here would
    // make the function depend on itself.
    const operated = {
      'api-onboarding': onboarding.function, 'api-matching': matching.function,
      ...props.operatedFunctions,
    }
    monitoring.function.addEnvironment('OPERATED_FUNCTIONS', Stack.of(this).toJsonString(
      Object.fromEntries(Object.entries(operated).map(([service, fn]) => [service, fn.functionName])),
    ))
    grantOperatorHealth(monitoring, props.matchingQueue, props.matchingDeadLetterQueue)

    for (const fn of Object.values(this.functions)) {
      // Resolved by CloudFormation at deployment (a dynamic reference): never in the template or the cloud assembly.
      fn.function.addEnvironment('ORIGIN_SECRET', props.originSecret.secretValue.unsafeUnwrap())
      grantDataAccess(fn, props.dataRoles)
      // Each app e-mails people: invitations and decisions, proposals to a duo, reminders and closing forms.
      grantSendEmailAs(fn.function, props.mailFrom)
    }
    // Onboarding invites users, and deletes an erased mentor's or mentee's portal user.
    props.userPool.grant(onboarding.function, 'cognito-idp:AdminCreateUser', 'cognito-idp:AdminGetUser', 'cognito-idp:AdminDeleteUser')
    props.matchingQueue.grantSendMessages(matching.function)
    props.exportsQueue.grantSendMessages(monitoring.function)
    props.newslettersQueue.grantSendMessages(onboarding.function)
    // Monitoring hands out the files the exports worker stored, with the organisation's tenant role credentials.
    useResultsFiles(monitoring, props.documentsBucket)
    // Matching makes and signs the duos' contracts; onboarding erases a person's (with their duos' documents).
    grantDocuments(matching, props.documentsBucket)
    grantDocuments(onboarding, props.documentsBucket)

    // Declared here rather than through HttpJwtAuthorizer, which would create it next to the HTTP API in the web stack.
    const jwtAuthorizer = new apigwv2.HttpAuthorizer(this, 'CognitoJwt', {
      authorizerName: 'cognito-id-token',
      httpApi: props.httpApi,
      type: apigwv2.HttpAuthorizerType.JWT,
      identitySource: ['$request.header.Authorization'],
      jwtIssuer: props.userPool.userPoolProviderUrl,
      jwtAudience: [props.userPoolClient.userPoolClientId],
    })
    const authorizer = apigwv2.HttpAuthorizer.fromHttpAuthorizerAttributes(this, 'CognitoJwtRef', {
      authorizerId: jwtAuthorizer.authorizerId,
      authorizerType: apigwv2.HttpAuthorizerType.JWT,
    })
    const routes: apigwv2.HttpRoute[] = []
    const publicRouteResources: apigwv2.HttpRoute[] = []
    const addRoute = (
      routeId: string,
      path: string,
      method: apigwv2.HttpMethod,
      integration: HttpLambdaIntegration,
      routeAuthorizer: apigwv2.IHttpRouteAuthorizer,
    ): apigwv2.HttpRoute => {
      const route = new apigwv2.HttpRoute(this, routeId, {
        httpApi: props.httpApi,
        routeKey: apigwv2.HttpRouteKey.with(path, method),
        integration,
        authorizer: routeAuthorizer,
      })
      routes.push(route)
      return route
    }
    const integrations = {} as Record<HttpAppName, HttpLambdaIntegration>
    for (const name of httpApps) {
      integrations[name] = new HttpLambdaIntegration(`${name}-integration`, this.functions[name].function)
      addRoute(`${name}-route`, `/api/${name}/{proxy+}`, apigwv2.HttpMethod.ANY, integrations[name], authorizer)
    }
    const noAuthorizer = new apigwv2.HttpNoneAuthorizer()
    for (const path of publicRoutes) {
      publicRouteResources.push(
        addRoute(`public${path.replace(/[^a-z]/gi, '-')}`, path, apigwv2.HttpMethod.GET, integrations.onboarding, noAuthorizer),
      )
    }
    // The public application forms (no account): the more specific route wins over onboarding's authorised proxy.
    publicRouteResources.push(
      addRoute('public-applications', publicApplicationsRoute, apigwv2.HttpMethod.ANY, integrations.onboarding, noAuthorizer),
    )

    const accessLogGroup = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.THREE_MONTHS })
    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: props.httpApi,
      stageName: defaultStageName,
      autoDeploy: true,
      throttle: props.throttle ?? { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogGroup),
        format: AccessLogFormat.custom(accessLogFormat),
      },
    })
    // The first automatic deployment must see the routes.
    for (const route of routes) this.stage.node.addDependency(route)

    NagSuppressions.addResourceSuppressions(
      publicRouteResources,
      [
        {
          id: 'AwsSolutions-APIG4',
          reason: 'Public by design: health check and the OpenAPI document and its viewer, which hold no tenant data.',
        },
      ],
    )
  }
}
