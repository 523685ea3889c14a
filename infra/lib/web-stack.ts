import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib'
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2'
import * as acm from 'aws-cdk-lib/aws-certificatemanager'
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront'
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins'
import type * as cognito from 'aws-cdk-lib/aws-cognito'
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment'
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager'
import { NagSuppressions } from 'cdk-nag'
import type { Construct } from 'constructs'
import {
  contentSecurityPolicy,
  customSecurityHeaders,
  frameOptions,
  inlineScriptHashes,
  originSecretHeader,
  referrerPolicy,
  strictTransportSecurityMaxAgeSeconds,
} from '@binome/contracts/security-headers'
import { accessLogBucket, privateBucket } from './secure-bucket'
import { spaRoutingFunctionCode } from './spa-routing'

export interface WebStackProps extends StackProps {
  /** Folder of the built web app; must contain `index.html`. */
  readonly webAssetPath: string
  readonly userPool: cognito.IUserPool
  readonly userPoolClient: cognito.IUserPoolClient
  /** ARN of the CloudFront-scope AWS WAF web ACL (in us-east-1, see EdgeStack) every request goes through. */
  readonly webAclArn: string
  /** Custom domain and its us-east-1 ACM certificate; without them the app is served on the CloudFront domain. */
  readonly customDomain?: { readonly domainName: string; readonly certificateArn: string }
}

/** Folder, inside the web build, of SvelteKit's content-hashed files: safe to cache for a year. */
const immutableAssetsFolder = '_app/immutable'

/** Raised when the web build folder cannot be deployed; names the setting to fix. */
export class WebAssetError extends Error {
  override name = 'WebAssetError'
}

/**
 * The public entry point of the platform: the private web bucket behind CloudFront (origin access control) and the
 * edge stack's AWS WAF web ACL, the `/api/*` behaviour to the HTTP API, the security headers, the deployment of the
 * built SPA with its `config.json`.
 *
 * It also owns the HTTP API resource itself (routes, authorizer and stage live in the API stack): the functions need
 * the app's public URL (`APP_URL`, for links in e-mails) and CloudFront needs the API's domain; holding the API id
 * here lets both references point one way (web → api functions) without a cycle or a second deployment.
 *
 * @example
 * const web = new WebStack(app, 'Binome-Web', { webAssetPath: 'web/build', userPool, userPoolClient, webAclArn: edge.webAclArn })
 * web.appUrl // 'https://d1234.cloudfront.net' (a token until deployment)
 */
export class WebStack extends Stack {
  readonly httpApi: apigwv2.HttpApi
  readonly distribution: cloudfront.Distribution
  /**
   * The secret CloudFront adds to every API request (header `originSecretHeader`), which the API functions require:
   * an HTTP API cannot take a WAF web ACL, so this is what keeps its execute-api address from being a way around it.
   */
  readonly originSecret: secretsmanager.Secret
  /** `https://` + the custom domain or the CloudFront domain. */
  readonly appUrl: string

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, { description: 'Binôme web: CloudFront, web bucket, HTTP API entry', ...props })

    const indexHtmlPath = path.join(props.webAssetPath, 'index.html')
    if (!existsSync(indexHtmlPath)) {
      throw new WebAssetError(
        `webAssetPath: no index.html in '${props.webAssetPath}'; build the web app first (pnpm --filter @binome/web build) or set the binome:webAssetPath context value`,
      )
    }

    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      apiName: 'binome',
      description: 'Binôme API (served under /api through CloudFront)',
      createDefaultStage: false,
    })

    const accessLogs = accessLogBucket(this, 'AccessLogs', { acceptsCloudFrontLogs: true })
    const siteBucket = privateBucket(this, 'Site', { serverAccessLogsBucket: accessLogs, serverAccessLogsPrefix: 'site/' })

    const csp = contentSecurityPolicy({
      scriptHashes: inlineScriptHashes(readFileSync(indexHtmlPath, 'utf8')),
      connectSources: [`https://cognito-idp.${this.region}.${this.urlSuffix}`],
    })
    const securityHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Binôme security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(strictTransportSecurityMaxAgeSeconds), includeSubdomains: true, override: true,
        },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption[frameOptions], override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: referrerPolicy as cloudfront.HeadersReferrerPolicy, override: true },
      },
      customHeadersBehavior: {
        customHeaders: Object.entries(customSecurityHeaders).map(([header, value]) => ({ header, value, override: true })),
      },
      removeHeaders: ['Server'],
    })

    const spaRouting = new cloudfront.Function(this, 'SpaRouting', {
      comment: 'Serve index.html for client-side routes of the SPA',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(spaRoutingFunctionCode),
    })

    // The stage is `$default`, so the API answers at the root of its execute-api domain.
    const apiDomain = `${this.httpApi.apiId}.execute-api.${this.region}.${this.urlSuffix}`
    // Why a secret header and not a regional web ACL on the API: AWS WAF attaches to REST APIs, not to HTTP APIs (this
    // one); and turning off the execute-api endpoint needs an API custom domain with a regional certificate, which
    // the platform cannot count on (the custom domain is optional). Random, made by Secrets Manager at deployment.
    this.originSecret = new secretsmanager.Secret(this, 'OriginSecret', {
      description: 'Binome: the header CloudFront adds to API requests; the API refuses requests without it (they went around the WAF)',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    })
    const certificate = props.customDomain
      ? acm.Certificate.fromCertificateArn(this, 'Certificate', props.customDomain.certificateArn)
      : undefined

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Binôme web app and API',
      webAclId: props.webAclArn,
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: accessLogs,
      logFilePrefix: 'cloudfront/',
      ...(props.customDomain && certificate
        ? {
            domainNames: [props.customDomain.domainName],
            certificate,
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(siteBucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        compress: true,
        functionAssociations: [{ function: spaRouting, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/api/*': {
          // CloudFront replaces a viewer's header of the same name with this one.
          origin: new origins.HttpOrigin(apiDomain, {
            protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
            customHeaders: { [originSecretHeader]: this.originSecret.secretValue.unsafeUnwrap() },
          }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          // No caching: answers depend on the caller. With caching disabled, the all-viewer policy may carry the
          // Authorization header; Host is left out because API Gateway routes on its own host name.
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
          compress: true,
        },
      },
    })

    this.appUrl = props.customDomain
      ? `https://${props.customDomain.domainName}`
      : `https://${this.distribution.distributionDomainName}`

    this.deployWebApp(props, siteBucket)

    new CfnOutput(this, 'AppUrl', { value: this.appUrl, description: 'URL of the web app' })
    new CfnOutput(this, 'ApiEndpoint', { value: this.httpApi.apiEndpoint, description: 'Direct HTTP API endpoint, which the WAF does not cover: it refuses requests without the origin secret CloudFront adds (403); use the app URL + /api' })

    NagSuppressions.addResourceSuppressions(this.originSecret, [
      {
        id: 'AwsSolutions-SMG4',
        reason: 'Not rotated by Secrets Manager: CloudFront and the API functions receive the value at deployment, so a rotation is a new secret and a redeployment (infra/README.md), never a rotation Lambda that would leave them apart.',
      },
    ])

    NagSuppressions.addResourceSuppressions(this.distribution, [
      {
        id: 'AwsSolutions-CFR1',
        reason: 'No geographic restriction: programme participants (job seekers, refugees, mentors) may connect from any country.',
      },
      ...(props.customDomain
        ? []
        : [
            {
              id: 'AwsSolutions-CFR4',
              reason: 'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose TLS policy cannot be chosen; with binome:domainName the distribution enforces TLSv1.2_2021.',
            },
          ]),
    ])
  }

  /**
   * Two deployments so that caching fits each kind of file: the content-hashed `_app/immutable` files are cached for
   * a year and never pruned (a browser holding the previous index.html may still ask for them), everything else
   * (index.html, config.json) must be revalidated on every load so a new release shows at once.
   */
  private deployWebApp(props: WebStackProps, siteBucket: ReturnType<typeof privateBucket>): void {
    const immutablePath = path.join(props.webAssetPath, ...immutableAssetsFolder.split('/'))
    const immutableDeployment = existsSync(immutablePath)
      ? new s3deploy.BucketDeployment(this, 'DeployImmutableAssets', {
          sources: [s3deploy.Source.asset(immutablePath)],
          destinationBucket: siteBucket,
          destinationKeyPrefix: `${immutableAssetsFolder}/`,
          prune: false,
          cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
          memoryLimit: 512,
        })
      : undefined

    const runtimeConfig = {
      mode: 'aws',
      region: this.region,
      userPoolId: props.userPool.userPoolId,
      userPoolClientId: props.userPoolClient.userPoolClientId,
      apiBase: '/api',
    }
    const siteDeployment = new s3deploy.BucketDeployment(this, 'DeployWebApp', {
      sources: [
        s3deploy.Source.asset(props.webAssetPath, { exclude: [immutableAssetsFolder] }),
        s3deploy.Source.jsonData('config.json', runtimeConfig),
      ],
      destinationBucket: siteBucket,
      // Excluded keys are also spared by pruning: the immutable deployment owns them.
      exclude: [`${immutableAssetsFolder}/*`],
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    })
    if (immutableDeployment) siteDeployment.node.addDependency(immutableDeployment)

    NagSuppressions.addResourceSuppressions(
      siteDeployment.handlerRole,
      [
        {
          id: 'AwsSolutions-IAM4',
          reason: 'CDK BucketDeployment custom-resource handler (runs only at deployment) uses AWSLambdaBasicExecutionRole for its logs.',
          appliesTo: ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
        },
        {
          id: 'AwsSolutions-IAM5',
          reason: 'CDK BucketDeployment handler copies the whole asset into the site bucket and invalidates the distribution: object-level wildcards on the CDK asset bucket and the site bucket are inherent.',
        },
      ],
      true,
    )
    // The handler singleton is shared by both deployments; its function sits at the stack root.
    for (const child of this.node.children) {
      if (child.node.id.startsWith('Custom::CDKBucketDeployment')) {
        NagSuppressions.addResourceSuppressions(child, [
          { id: 'AwsSolutions-L1', reason: 'Runtime of the CDK BucketDeployment handler is chosen by aws-cdk-lib, not by this app.' },
        ])
      }
    }
  }
}
