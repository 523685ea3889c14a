import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Match } from 'aws-cdk-lib/assertions'
import { beforeAll, describe, expect, it } from 'vitest'
import { originSecretHeader, securityHeaders } from '@binome/contracts/security-headers'
import { WebAssetError } from '../lib/web-stack'
import { fakeBootScript, type SynthesisedApp, sharedSynthesis, synthesiseBinome } from './synth-app'

/** Managed CloudFront policy ids (documented, fixed by AWS). */
const managed = {
  cachingDisabled: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
  /** CachingOptimized: long TTLs bounded by the origin's Cache-Control, gzip and brotli in the cache key. */
  cachingOptimized: '658327ea-f89d-4fab-a63d-7e88639e58f6',
  allViewerExceptHostHeader: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
}

interface Behaviour {
  PathPattern?: string
  CachePolicyId?: string
  OriginRequestPolicyId?: string
  ViewerProtocolPolicy: string
  TargetOriginId: string
  AllowedMethods: string[]
  FunctionAssociations?: Array<{ EventType: string }>
  ResponseHeadersPolicyId?: unknown
  Compress?: boolean
}
interface DistributionConfig {
  DefaultCacheBehavior: Behaviour
  CacheBehaviors: Behaviour[]
  Origins: Array<{
    Id: string; DomainName: unknown; OriginAccessControlId?: unknown; CustomOriginConfig?: { OriginProtocolPolicy: string }
    OriginCustomHeaders?: Array<{ HeaderName: string; HeaderValue: unknown }>
  }>
  CustomErrorResponses?: unknown
  ViewerCertificate?: { MinimumProtocolVersion?: string }
  Aliases?: string[]
}

let binome: SynthesisedApp
let distribution: DistributionConfig
beforeAll(() => {
  binome = sharedSynthesis()
  const resources = binome.template(binome.stacks.web).findResources('AWS::CloudFront::Distribution')
  const only = Object.values(resources)
  expect(only).toHaveLength(1)
  distribution = (only[0] as { Properties: { DistributionConfig: DistributionConfig } }).Properties.DistributionConfig
})

describe('web stack: CloudFront', () => {
  it('reaches the private site bucket only through origin access control', () => {
    const template = binome.template(binome.stacks.web)
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1)
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' }),
    })
    const s3Origin = distribution.Origins.find((origin) => origin.Id === distribution.DefaultCacheBehavior.TargetOriginId)
    expect(s3Origin?.OriginAccessControlId).toBeDefined()
    // The bucket policy lets only this distribution read objects.
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    })
  })

  it('serves the SPA shell (or the sign-in page built apart) for client-side routes with a viewer-request function on the web behaviour only', () => {
    expect(distribution.DefaultCacheBehavior.FunctionAssociations).toEqual([expect.objectContaining({ EventType: 'viewer-request' })])
    binome.template(binome.stacks.web).hasResourceProperties('AWS::CloudFront::Function', {
      FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
      FunctionCode: Match.stringLikeRegexp("request.uri = pages\\[path\\] \\|\\| '/index.html'"),
    })
    binome.template(binome.stacks.web).hasResourceProperties('AWS::CloudFront::Function', {
      FunctionCode: Match.stringLikeRegexp('"/signin":"/signin/index.html"'),
    })
    const api = distribution.CacheBehaviors.find((behaviour) => behaviour.PathPattern === '/api/*')
    expect(api?.FunctionAssociations ?? []).toEqual([])
    // No distribution-wide error rewriting: it would turn the API's 403/404 answers into 200 index.html.
    expect(distribution.CustomErrorResponses).toBeUndefined()
  })

  it('compresses every answer (gzip and brotli for the web app, as the local platform does)', () => {
    for (const behaviour of [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors]) expect(behaviour.Compress).toBe(true)
    // The web app's policy keys the cache on the encoding, so brotli and gzip copies are both kept; it honours the
    // files' own Cache-Control (a year for hashed files, no-cache for index.html and config.json).
    expect(distribution.DefaultCacheBehavior.CachePolicyId).toBe(managed.cachingOptimized)
  })

  it('sends /api/* to the HTTP API over HTTPS, uncached, with every viewer header but Host', () => {
    const api = distribution.CacheBehaviors.find((behaviour) => behaviour.PathPattern === '/api/*')
    expect(api).toMatchObject({
      CachePolicyId: managed.cachingDisabled,
      OriginRequestPolicyId: managed.allViewerExceptHostHeader,
      ViewerProtocolPolicy: 'https-only',
    })
    expect(api?.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']))
    const apiOrigin = distribution.Origins.find((origin) => origin.Id === api?.TargetOriginId)
    expect(apiOrigin?.CustomOriginConfig?.OriginProtocolPolicy).toBe('https-only')
    expect(JSON.stringify(apiOrigin?.DomainName)).toContain('.execute-api.')
  })

  it('adds the origin secret to every API request, from a secret Secrets Manager generates at deployment (never in the template)', () => {
    const api = distribution.CacheBehaviors.find((behaviour) => behaviour.PathPattern === '/api/*')
    const apiOrigin = distribution.Origins.find((origin) => origin.Id === api?.TargetOriginId)
    const webTemplate = binome.template(binome.stacks.web)
    const secretId = binome.stacks.web.getLogicalId(binome.stacks.web.originSecret.node.defaultChild as never)
    expect(apiOrigin?.OriginCustomHeaders).toEqual([{ HeaderName: originSecretHeader, HeaderValue: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']] } }])
    webTemplate.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48, ExcludePunctuation: true }),
    })
    // The site bucket's origin does not get it.
    for (const origin of distribution.Origins.filter((o) => o.Id !== api?.TargetOriginId)) expect(origin.OriginCustomHeaders).toBeUndefined()
  })

  it('only speaks HTTPS to viewers', () => {
    expect(distribution.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https')
    for (const behaviour of distribution.CacheBehaviors) expect(behaviour.ViewerProtocolPolicy).not.toBe('allow-all')
  })

  it('adds the security headers to every response: CSP with the boot script hash, HSTS, no framing, nosniff, referrer policy', () => {
    const template = binome.template(binome.stacks.web)
    const policies = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))
    expect(policies).toHaveLength(1)
    const config = (policies[0] as { Properties: { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: Record<string, unknown> } } })
      .Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig
    expect(config).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
    })
    const csp = JSON.stringify(config.ContentSecurityPolicy)
    const bootHash = createHash('sha256').update(fakeBootScript, 'utf8').digest('base64')
    expect(csp).toContain(`script-src 'self' 'sha256-${bootHash}';`)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain('https://cognito-idp.')
    for (const behaviour of [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors]) {
      expect(behaviour.ResponseHeadersPolicyId).toEqual({ Ref: Object.keys(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0] })
    }
  })
})

describe('web stack: the security headers are the shared declaration', () => {
  it('CloudFront sends exactly the headers the local platform sends (plus HSTS, HTTPS only)', () => {
    const template = binome.template(binome.stacks.web)
    const [policy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy')) as {
      Properties: { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: any; CustomHeadersConfig: { Items: { Header: string; Value: string }[] } } }
    }[]
    const cfg = policy!.Properties.ResponseHeadersPolicyConfig
    const shared = securityHeaders({ scriptHashes: [], connectSources: [] })
    const sent: Record<string, string> = {
      'X-Frame-Options': cfg.SecurityHeadersConfig.FrameOptions.FrameOption,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': cfg.SecurityHeadersConfig.ReferrerPolicy.ReferrerPolicy,
      'Strict-Transport-Security': `max-age=${cfg.SecurityHeadersConfig.StrictTransportSecurity.AccessControlMaxAgeSec}; includeSubDomains`,
      ...Object.fromEntries(cfg.CustomHeadersConfig.Items.map((h) => [h.Header, h.Value])),
    }
    const { 'Content-Security-Policy': _csp, ...rest } = shared
    expect(sent).toEqual(rest)
  })
})

describe('web stack: deployment of the built app', () => {
  const stagedAsset = (key: string) => path.join(binome.app.outdir, `asset.${key.replace(/\.zip$/, '')}`)
  const deployments = () =>
    Object.values(binome.template(binome.stacks.web).findResources('Custom::CDKBucketDeployment')).map(
      (resource) => (resource as { Properties: Record<string, unknown> }).Properties,
    )

  it('writes config.json with the AWS mode, region, user pool, client and API base', () => {
    const site = deployments().find((props) => props.Prune === true)
    expect(site).toBeDefined()
    const keys = site?.SourceObjectKeys as string[]
    const configKey = keys.find((key) => existsSync(path.join(stagedAsset(key), 'config.json')))
    expect(configKey).toBeDefined()
    const config = JSON.parse(readFileSync(path.join(stagedAsset(configKey as string), 'config.json'), 'utf8')) as Record<string, string>
    expect(Object.keys(config).sort()).toEqual(['apiBase', 'mode', 'region', 'userPoolClientId', 'userPoolId'])
    expect(config).toMatchObject({ mode: 'aws', apiBase: '/api' })
    // The region is the stack's own, known at synthesis (every stack names its region, see binome-app.ts).
    expect(config.region).toBe(binome.stacks.web.region)
    expect(config.region).toBe('eu-west-3')
    // Deploy-time values are markers that the deployment replaces with the stack's values.
    const markers = (site?.SourceMarkers as Array<Record<string, unknown>>)[keys.indexOf(configKey as string)] ?? {}
    expect(JSON.stringify(markers[config.userPoolId as string])).toContain('UserPool')
    expect(JSON.stringify(markers[config.userPoolClientId as string])).toContain('UserPoolWebClient')
  })

  it('caches hashed files for a year and never prunes them; everything else is revalidated and the CDN invalidated', () => {
    const all = deployments()
    const immutable = all.find((props) => props.DestinationBucketKeyPrefix === '_app/immutable/')
    const site = all.find((props) => props.Prune === true)
    expect(immutable).toMatchObject({ Prune: false, SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' } })
    expect(site).toMatchObject({ Exclude: ['_app/immutable/*'], SystemMetadata: { 'cache-control': 'no-cache' }, DistributionPaths: ['/*'] })
    const siteFiles = (site?.SourceObjectKeys as string[]).flatMap((key) => readdirSync(stagedAsset(key), { recursive: true, encoding: 'utf8' }))
    expect(siteFiles).toContain('index.html')
    expect(siteFiles.some((file) => file.includes('immutable'))).toBe(false)
  })

  it('refuses to synthesise without a built web app, naming the setting', () => {
    let error: unknown
    try {
      synthesiseBinome({ context: { 'binome:webAssetPath': path.join(binome.app.outdir, 'no-such-build') } })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(WebAssetError)
    expect((error as Error).message).toMatch(/^webAssetPath: no index\.html in /)
  })
})

describe('web stack: custom domain', () => {
  it('serves the custom domain with its certificate and TLS 1.2 at least', () => {
    const withDomain = synthesiseBinome({
      context: {
        'binome:domainName': 'app.binome.example.org',
        'binome:certificateArn': 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab',
      },
    })
    const config = (Object.values(withDomain.template(withDomain.stacks.web).findResources('AWS::CloudFront::Distribution'))[0] as {
      Properties: { DistributionConfig: DistributionConfig }
    }).Properties.DistributionConfig
    expect(config.Aliases).toEqual(['app.binome.example.org'])
    expect(config.ViewerCertificate?.MinimumProtocolVersion).toBe('TLSv1.2_2021')
    expect(withDomain.stacks.web.appUrl).toBe('https://app.binome.example.org')
    expect(withDomain.nagFindings(withDomain.stacks.web)).toEqual([])
  })
})
