import { AdminCreateUserCommand, CognitoIdentityProviderClient, UsernameExistsException } from '@aws-sdk/client-cognito-identity-provider'
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2'
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs'
import { mockClient } from 'aws-sdk-client-mock'
import { beforeEach, describe, expect, it } from 'vitest'
import { cognitoDirectory } from '../src/shared/directory'
import { sesMailer } from '../src/shared/mailer'
import { sqsMatchingQueue } from '../src/shared/queue'

// These adapters only run against AWS; the local platform routes the same SDK clients to embedded parts.
const ses = mockClient(SESv2Client)
const sqs = mockClient(SQSClient)
const cognito = mockClient(CognitoIdentityProviderClient)
beforeEach(() => {
  ses.reset()
  sqs.reset()
  cognito.reset()
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
})
