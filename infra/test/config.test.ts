import path from 'node:path'
import { App } from 'aws-cdk-lib'
import { describe, expect, it } from 'vitest'
import { BinomeConfigError, readBinomeConfig } from '../lib/config'
import { defaultWebAssetPath, repoRoot } from '../lib/paths'

const read = (context: Record<string, unknown>) => readBinomeConfig(new App({ context }).node)
const valid = { 'binome:mailFrom': 'no-reply@binome.example.org' }

describe('readBinomeConfig', () => {
  it('reads the defaults: Binome prefix, web/build, no custom domain', () => {
    expect(read(valid)).toEqual({
      stackPrefix: 'Binome',
      mailFrom: 'no-reply@binome.example.org',
      webAssetPath: defaultWebAssetPath,
      region: 'eu-west-3',
    })
  })

  it('takes the region from binome:region, else from the deployment environment, else eu-west-3', () => {
    expect(read({ ...valid, 'binome:region': 'eu-central-1' }).region).toBe('eu-central-1')
    expect(readBinomeConfig(new App({ context: valid }).node, { region: 'eu-west-1' }).region).toBe('eu-west-1')
    expect(readBinomeConfig(new App({ context: { ...valid, 'binome:region': 'eu-south-1' } }).node, { region: 'eu-west-1' }).region).toBe('eu-south-1')
    expect(read(valid).region).toBe('eu-west-3')
  })

  it('resolves a relative web asset path against the repository root', () => {
    expect(read({ ...valid, 'binome:webAssetPath': 'web/dist' }).webAssetPath).toBe(path.join(repoRoot, 'web', 'dist'))
  })

  it('accepts a custom domain with a us-east-1 certificate and lower-cases the domain', () => {
    const config = read({
      ...valid,
      'binome:domainName': 'App.Binome.Example.org',
      'binome:certificateArn': 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab',
    })
    expect(config.domainName).toBe('app.binome.example.org')
    expect(config.certificateArn).toMatch(/^arn:aws:acm:us-east-1:/)
  })

  it.each([
    [{}, /binome:mailFrom is required/],
    [{ 'binome:mailFrom': 'not-an-address' }, /binome:mailFrom must be an e-mail address/],
    [{ 'binome:mailFrom': 42 }, /binome:mailFrom must be a string/],
    [{ ...valid, 'binome:stackPrefix': '1bad prefix' }, /binome:stackPrefix must start with a letter/],
    [{ ...valid, 'binome:region': 'Paris' }, /binome:region must be an AWS region such as 'eu-west-3', got 'Paris'/],
    [{ ...valid, 'binome:domainName': 'app.example.org' }, /binome:domainName and binome:certificateArn go together/],
    [{ ...valid, 'binome:domainName': 'not a domain', 'binome:certificateArn': 'x' }, /binome:domainName must be a DNS name/],
    [
      {
        ...valid,
        'binome:domainName': 'app.example.org',
        'binome:certificateArn': 'arn:aws:acm:eu-west-1:123456789012:certificate/abc',
      },
      /binome:certificateArn must be an ACM certificate ARN in us-east-1/,
    ],
  ])('rejects bad context %j with an error naming the key', (context, message) => {
    expect(() => read(context)).toThrow(BinomeConfigError)
    expect(() => read(context)).toThrow(message)
  })
})
