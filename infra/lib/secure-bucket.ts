import { Duration } from 'aws-cdk-lib'
import * as s3 from 'aws-cdk-lib/aws-s3'
import type { Construct } from 'constructs'

/** Days access logs are kept before S3 expires them. */
export const accessLogRetentionDays = 90

/**
 * A private, encrypted bucket that refuses plain HTTP: the baseline every Binôme bucket starts from.
 *
 * @example
 * const documents = privateBucket(this, 'Documents', { versioned: true, serverAccessLogsBucket: logs })
 */
export function privateBucket(scope: Construct, id: string, props: s3.BucketProps = {}): s3.Bucket {
  return new s3.Bucket(scope, id, {
    encryption: s3.BucketEncryption.S3_MANAGED,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    ...props,
  })
}

/**
 * The bucket that receives server access logs (and, with `acceptsCloudFrontLogs`, CloudFront standard logs, which
 * S3 can only write with ACLs, hence object-writer ownership). Logs expire after {@link accessLogRetentionDays} days.
 *
 * @example
 * const logs = accessLogBucket(this, 'AccessLogs')
 */
export function accessLogBucket(scope: Construct, id: string, options: { acceptsCloudFrontLogs?: boolean } = {}): s3.Bucket {
  // cdk-nag (S1) accepts a bucket that is itself a log destination without access logs of its own.
  return privateBucket(scope, id, {
    ...(options.acceptsCloudFrontLogs ? { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER } : {}),
    lifecycleRules: [{ expiration: Duration.days(accessLogRetentionDays) }],
  })
}
