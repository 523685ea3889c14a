import { AdminCreateUserCommand, AdminDeleteUserCommand, CognitoIdentityProviderClient, UserNotFoundException, UsernameExistsException } from '@aws-sdk/client-cognito-identity-provider'
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2'
import { DeleteObjectsCommand, GetObjectCommand, ListObjectVersionsCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs'
import { mockClient } from 'aws-sdk-client-mock'
import { beforeEach, describe, expect, it } from 'vitest'
import { cognitoDirectory } from '../src/shared/directory'
import { sesMailer } from '../src/shared/mailer'
import { sqsMatchingQueue } from '../src/shared/queue'
import { makeS3DocumentStore } from '../src/shared/aws/s3'

// These adapters only run against AWS; the local platform routes the same SDK clients to embedded parts.
const ses = mockClient(SESv2Client)
const sqs = mockClient(SQSClient)
const cognito = mockClient(CognitoIdentityProviderClient)
const s3 = mockClient(S3Client)
beforeEach(() => {
  ses.reset()
  sqs.reset()
  cognito.reset()
  s3.reset()
})

describe('AWS adapters', () => {
  it('sends mail through SES v2 with UTF-8 subject and text', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm1' })
    await sesMailer(new SESv2Client({}), 'no-reply@binome.example').send({ to: 'ana@pls.be', subject: 'Votre code : 123456', text: 'Bonjour' })
    const input = ses.commandCalls(SendEmailCommand)[0]!.args[0].input
    expect(input).toMatchObject({
      FromEmailAddress: 'no-reply@binome.example',
      Destination: { ToAddresses: ['ana@pls.be'] },
      Content: { Simple: { Subject: { Data: 'Votre code : 123456', Charset: 'UTF-8' }, Body: { Text: { Data: 'Bonjour' } } } },
    })
    expect(input.Content?.Simple?.Body?.Html).toBeUndefined()
  })

  it('queues a matching run as one SQS message', async () => {
    sqs.on(SendMessageCommand).resolves({ MessageId: 'q1' })
    await sqsMatchingQueue(new SQSClient({}), 'https://sqs.eu-west-3.amazonaws.com/1/matching').send({ orgId: 'o1', programmeId: 'p1', runId: 'r1' })
    const input = sqs.commandCalls(SendMessageCommand)[0]!.args[0].input
    expect(input.QueueUrl).toBe('https://sqs.eu-west-3.amazonaws.com/1/matching')
    expect(JSON.parse(input.MessageBody!)).toEqual({ orgId: 'o1', programmeId: 'p1', runId: 'r1' })
  })

  it('registers invited users in Cognito without Cognito’s own e-mail, and tolerates existing users', async () => {
    cognito.on(AdminCreateUserCommand).resolvesOnce({}).rejectsOnce(new UsernameExistsException({ message: 'exists', $metadata: {} }))
    const dir = cognitoDirectory(new CognitoIdentityProviderClient({}), 'pool-1')
    await dir.ensureUser('ana@pls.be', 'Ana')
    await dir.ensureUser('ana@pls.be', 'Ana')
    const input = cognito.commandCalls(AdminCreateUserCommand)[0]!.args[0].input
    expect(input).toMatchObject({ UserPoolId: 'pool-1', Username: 'ana@pls.be', MessageAction: 'SUPPRESS' })
    expect(input.UserAttributes).toContainEqual({ Name: 'email_verified', Value: 'true' })
  })

  it('does not hide other Cognito failures', async () => {
    cognito.on(AdminCreateUserCommand).rejects(new Error('throttled'))
    await expect(cognitoDirectory(new CognitoIdentityProviderClient({}), 'pool-1').ensureUser('a@b.be', 'A')).rejects.toThrow('throttled')
  })

  it('deletes an erased person\'s Cognito user by their address, tolerating one already gone and not hiding other failures', async () => {
    cognito.on(AdminDeleteUserCommand).resolvesOnce({}).rejectsOnce(new UserNotFoundException({ message: 'gone', $metadata: {} })).rejectsOnce(new Error('throttled'))
    const dir = cognitoDirectory(new CognitoIdentityProviderClient({}), 'pool-1')
    await dir.removeUser('amina@example.be')
    await dir.removeUser('amina@example.be')
    await expect(dir.removeUser('amina@example.be')).rejects.toThrow('throttled')
    expect(cognito.commandCalls(AdminDeleteUserCommand).map((c) => c.args[0].input)).toEqual(Array(3).fill({ UserPoolId: 'pool-1', Username: 'amina@example.be' }))
  })

  it('keeps documents in the bucket under their key, and a missing one is undefined', async () => {
    s3.on(PutObjectCommand).resolves({})
    s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'none', $metadata: {} }))
    const store = makeS3DocumentStore('docs', new S3Client({}))
    await store.put('o1/duos/d1/contract-v1.pdf', new Uint8Array([37, 80]), 'application/pdf')
    expect(s3.commandCalls(PutObjectCommand)[0]!.args[0].input).toMatchObject({ Bucket: 'docs', Key: 'o1/duos/d1/contract-v1.pdf', ContentType: 'application/pdf' })
    expect(await store.get('o1/duos/d1/contract-v2.pdf')).toBeUndefined()
    await expect(store.put('o1/../o2/x.pdf', new Uint8Array(), 'application/pdf')).rejects.toThrow('not a document key')
  })

  it('deletes every version and delete marker under a prefix (the bucket is versioned), page after page', async () => {
    s3.on(ListObjectVersionsCommand)
      .resolvesOnce({ IsTruncated: true, NextKeyMarker: 'k', NextVersionIdMarker: 'v', Versions: [{ Key: 'o1/duos/d1/contract-v1.pdf', VersionId: 'a' }, { Key: 'o1/duos/d1/contract-v1.pdf', VersionId: 'b' }] })
      .resolvesOnce({ IsTruncated: false, Versions: [{ Key: 'o1/duos/d1/contract-v1-signed.pdf', VersionId: 'c' }], DeleteMarkers: [{ Key: 'o1/duos/d1/old.pdf', VersionId: 'm' }] })
    s3.on(DeleteObjectsCommand).resolves({})
    expect(await makeS3DocumentStore('docs', new S3Client({})).deleteUnder('o1/duos/d1/')).toBe(2)
    expect(s3.commandCalls(ListObjectVersionsCommand)[1]!.args[0].input).toMatchObject({ Prefix: 'o1/duos/d1/', KeyMarker: 'k', VersionIdMarker: 'v' })
    expect(s3.commandCalls(DeleteObjectsCommand).flatMap((c) => c.args[0].input.Delete!.Objects!.map((o) => o.VersionId))).toEqual(['a', 'b', 'c', 'm'])
  })
})
