import { Match } from 'aws-cdk-lib/assertions'
import { beforeAll, describe, expect, it } from 'vitest'
import { tableDefinition } from '@binome/data/table'
import { type SynthesisedApp, sharedSynthesis } from './synth-app'

let binome: SynthesisedApp
beforeAll(() => {
  binome = sharedSynthesis()
})

describe('data stack', () => {
  it('builds the table from the shared tableDefinition: keys, GSIs, TTL, on-demand billing', () => {
    const gsi = tableDefinition.globalSecondaryIndexes
    binome.template(binome.stacks.data).hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: gsi.length === 0 ? Match.absent() : gsi.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        // Only what the lists show and filter on is copied into the index.
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: Match.arrayWith([...index.projected]) },
      })),
      TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
    })
  })

  it('protects the table: point-in-time recovery, deletion protection, KMS encryption, retained on stack deletion', () => {
    binome.template(binome.stacks.data).hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      }),
    })
  })

  it('keeps documents in a versioned, encrypted bucket with access logs', () => {
    binome.template(binome.stacks.data).hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'documents/' },
    })
  })

  it('expires the results files for funders a day after their 7 days, with their older versions (the sweep deletes them first)', () => {
    binome.template(binome.stacks.data).hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'documents/' }),
      LifecycleConfiguration: {
        Rules: [{ Id: 'results-exports-retention', Prefix: 'results-exports/', ExpirationInDays: 8, NoncurrentVersionExpiration: { NoncurrentDays: 1 }, Status: 'Enabled' }],
      },
    })
  })
})

describe('identity stack', () => {
  it('signs users in without a password: Essentials plan, e-mail one-time code allowed', () => {
    binome.template(binome.stacks.identity).hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolTier: 'ESSENTIALS',
      Policies: Match.objectLike({ SignInPolicy: { AllowedFirstAuthFactors: Match.arrayWith(['EMAIL_OTP']) } }),
    })
  })

  it('uses the e-mail as a case-insensitive username, invites only, and sends through SES as the configured sender', () => {
    binome.template(binome.stacks.identity).hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
      EmailConfiguration: Match.objectLike({ EmailSendingAccount: 'DEVELOPER', From: Match.stringLikeRegexp('<no-reply@binome\\.example\\.org>$') }),
      DeletionProtection: 'ACTIVE',
    })
  })

  it('has a public web client with the USER_AUTH flow and no secret', () => {
    binome.template(binome.stacks.identity).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_AUTH']),
      GenerateSecret: false,
      PreventUserExistenceErrors: 'ENABLED',
    })
    const flows = Object.values(binome.template(binome.stacks.identity).findResources('AWS::Cognito::UserPoolClient'))
      .flatMap((client) => (client as { Properties: { ExplicitAuthFlows: string[] } }).Properties.ExplicitAuthFlows)
    expect(flows).not.toContain('ALLOW_USER_PASSWORD_AUTH')
  })

  it('keeps a user’s e-mail until a new one is verified: a change cannot hijack the sign-in address', () => {
    binome.template(binome.stacks.identity).hasResourceProperties('AWS::Cognito::UserPool', {
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      AutoVerifiedAttributes: ['email'],
    })
  })

  it('lets the web client write only the e-mail (required by Cognito) and read only what the API uses', () => {
    const clients = Object.values(binome.template(binome.stacks.identity).findResources('AWS::Cognito::UserPoolClient')) as {
      Properties: { WriteAttributes?: string[]; ReadAttributes?: string[] }
    }[]
    expect(clients).toHaveLength(1)
    // Absent would mean "every attribute, custom ones included".
    expect(clients[0]!.Properties.WriteAttributes).toEqual(['email'])
    expect([...(clients[0]!.Properties.ReadAttributes ?? ['(all)'])].sort()).toEqual(['email', 'email_verified', 'name'])
  })
})
