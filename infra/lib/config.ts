import path from 'node:path'
import type { Node } from 'constructs'
import { defaultWebAssetPath, repoRoot } from './paths'

/** Deployment parameters of the Binôme app, read from CDK context (`-c binome:<key>=...` or `cdk.json`). */
export interface BinomeConfig {
  /** Prefix of every stack name, e.g. `Binome` gives `Binome-Data`, `Binome-Api`, ... */
  readonly stackPrefix: string
  /** Sender address of every e-mail (Cognito one-time codes, invitations, reminders); must be an SES verified identity. */
  readonly mailFrom: string
  /** Optional custom domain of the web app (served by CloudFront); needs `certificateArn`. */
  readonly domainName?: string
  /** ACM certificate (in us-east-1, as CloudFront requires) covering `domainName`. */
  readonly certificateArn?: string
  /** Folder of the built web app, absolute. */
  readonly webAssetPath: string
  /** Optional address the operations alarms are e-mailed to. */
  readonly alarmEmail?: string
  /**
   * AWS region of every stack but the edge one (which CloudFront requires in us-east-1). Explicit, so that personal data
   * stays where it was meant to (default `eu-west-3`, Paris) and so that the web stack may read the edge stack's
   * web ACL across regions (CDK resolves cross-region references only between stacks with a concrete region).
   */
  readonly region: string
}

/** Where the platform runs when neither `binome:region` nor the deployment environment names a region. */
export const defaultRegion = 'eu-west-3'

/** Context keys, in one place so that README, cdk.json and code agree. */
export const contextKeys = {
  stackPrefix: 'binome:stackPrefix',
  mailFrom: 'binome:mailFrom',
  domainName: 'binome:domainName',
  certificateArn: 'binome:certificateArn',
  webAssetPath: 'binome:webAssetPath',
  alarmEmail: 'binome:alarmEmail',
  region: 'binome:region',
} as const

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const domainPattern = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i
const usEast1CertificatePattern = /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/
const stackPrefixPattern = /^[A-Za-z][A-Za-z0-9-]{0,40}$/
const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/

/** Raised when a context value is missing or malformed; the message names the context key. */
export class BinomeConfigError extends Error {
  override name = 'BinomeConfigError'
}

function optionalString(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key)
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw new BinomeConfigError(`${key} must be a string, got ${typeof value}`)
  return value.trim()
}

/**
 * Reads and validates the deployment parameters from the CDK context of `node`.
 * Throws a {@link BinomeConfigError} naming the context key at the first bad value.
 * The region is `binome:region` when set, else `environment.region` (the deployment environment's, when the caller
 * resolved one), else {@link defaultRegion}.
 *
 * @example
 * const config = readBinomeConfig(app.node) // app = new App({ context: { 'binome:mailFrom': 'no-reply@example.org' } })
 * config.mailFrom // 'no-reply@example.org'
 * config.region // 'eu-west-3'
 */
export function readBinomeConfig(node: Node, environment: { readonly region?: string } = {}): BinomeConfig {
  const stackPrefix = optionalString(node, contextKeys.stackPrefix) ?? 'Binome'
  if (!stackPrefixPattern.test(stackPrefix)) {
    throw new BinomeConfigError(`${contextKeys.stackPrefix} must start with a letter and hold only letters, digits and '-', got '${stackPrefix}'`)
  }

  const mailFrom = optionalString(node, contextKeys.mailFrom)
  if (mailFrom === undefined) throw new BinomeConfigError(`${contextKeys.mailFrom} is required (the SES verified sender address)`)
  if (!emailPattern.test(mailFrom)) throw new BinomeConfigError(`${contextKeys.mailFrom} must be an e-mail address, got '${mailFrom}'`)

  const domainName = optionalString(node, contextKeys.domainName)?.toLowerCase()
  const certificateArn = optionalString(node, contextKeys.certificateArn)
  if (domainName !== undefined && !domainPattern.test(domainName)) {
    throw new BinomeConfigError(`${contextKeys.domainName} must be a DNS name such as 'binome.example.org', got '${domainName}'`)
  }
  if ((domainName === undefined) !== (certificateArn === undefined)) {
    throw new BinomeConfigError(`${contextKeys.domainName} and ${contextKeys.certificateArn} go together: set both or neither`)
  }
  if (certificateArn !== undefined && !usEast1CertificatePattern.test(certificateArn)) {
    throw new BinomeConfigError(`${contextKeys.certificateArn} must be an ACM certificate ARN in us-east-1 (CloudFront requires it), got '${certificateArn}'`)
  }

  const alarmEmail = optionalString(node, contextKeys.alarmEmail)
  if (alarmEmail !== undefined && !emailPattern.test(alarmEmail)) throw new BinomeConfigError(`${contextKeys.alarmEmail} must be an e-mail address, got '${alarmEmail}'`)

  const region = optionalString(node, contextKeys.region) ?? environment.region ?? defaultRegion
  if (!regionPattern.test(region)) throw new BinomeConfigError(`${contextKeys.region} must be an AWS region such as 'eu-west-3', got '${region}'`)

  const webAssetSetting = optionalString(node, contextKeys.webAssetPath)
  const webAssetPath = webAssetSetting === undefined ? defaultWebAssetPath : path.resolve(repoRoot, webAssetSetting)

  return {
    stackPrefix,
    mailFrom,
    webAssetPath,
    region,
    ...(alarmEmail !== undefined && { alarmEmail }),
    ...(domainName !== undefined && certificateArn !== undefined ? { domainName, certificateArn } : {}),
  }
}
