import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib'
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb'
import type * as s3 from 'aws-cdk-lib/aws-s3'
import type { Construct } from 'constructs'
import { tableDefinition } from '@binome/data/table'
import { exportFileRetentionDays, exportFilesPrefix } from '@binome/contracts'
import { DataRoles } from './data-roles'
import { accessLogBucket, privateBucket } from './secure-bucket'

/**
 * The single DynamoDB table built from `tableDefinition` (the same keys and indexes the local platform creates),
 * and the bucket of duo documents (rendered contracts, guides, signed forms).
 *
 * @example
 * const data = new DataStack(app, 'Binome-Data')
 * grantDataAccess(fn, data.dataRoles)
 */
export class DataStack extends Stack {
  readonly table: dynamodb.TableV2
  readonly documentsBucket: s3.Bucket
  /** The only way functions reach the table: the tenant and platform data roles. */
  readonly dataRoles: DataRoles

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, { description: 'Binôme data: the single table and the documents bucket', ...props })

    const key = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING })
    this.table = new dynamodb.TableV2(this, 'Table', {
      partitionKey: key(tableDefinition.partitionKey),
      sortKey: key(tableDefinition.sortKey),
      globalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
        projectionType: dynamodb.ProjectionType.INCLUDE,
        nonKeyAttributes: [...index.projected],
      })),
      timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
      billing: dynamodb.Billing.onDemand(),
      encryption: dynamodb.TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    })

    const accessLogs = accessLogBucket(this, 'DocumentsAccessLogs')
    this.documentsBucket = privateBucket(this, 'Documents', {
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'documents/',
      removalPolicy: RemovalPolicy.RETAIN,
      // The results files for funders are kept 7 days (core exportFileRetentionDays); the daily sweep deletes them,
      // and this rule catches any it missed, one day later (S3 counts whole days), with their older versions.
      lifecycleRules: [{
        id: 'results-exports-retention', prefix: exportFilesPrefix,
        expiration: Duration.days(exportFileRetentionDays + 1), noncurrentVersionExpiration: Duration.days(1),
      }],
    })
    this.dataRoles = new DataRoles(this, 'DataRoles', { table: this.table, documentsBucket: this.documentsBucket })
  }
}
