import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BadRequestException, GetAccountCommand, SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2'
import { LOCAL_AWS_REGION, LOCAL_CREDENTIALS } from './local-aws'
import { createOutbox, type Outbox } from './outbox'
import { routeSesToOutbox } from './ses-routing'

const opened: Outbox[] = []
const folders: string[] = []
afterEach(async () => {
  for (const outbox of opened.splice(0)) outbox.close()
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true })
})

function outboxWith(options: Parameters<typeof createOutbox>[0] = {}): Outbox {
  const outbox = createOutbox(options)
  opened.push(outbox)
  return outbox
}

function sesFor(outbox: Outbox): SESv2Client {
  const ses = new SESv2Client({ region: LOCAL_AWS_REGION, credentials: { ...LOCAL_CREDENTIALS } })
  routeSesToOutbox(ses, outbox)
  return ses
}

const signInEmail = (to: string, code: string) => new SendEmailCommand({
  FromEmailAddress: 'Binôme <no-reply@binome.local>',
  Destination: { ToAddresses: [to] },
  Content: { Simple: { Subject: { Data: 'Your sign-in code' }, Body: { Text: { Data: `Code: ${code}` }, Html: { Data: `<p>Code: <b>${code}</b></p>` } } } },
})

describe('routeSesToOutbox', () => {
  it('stores a SendEmailCommand in the outbox and answers its MessageId', async () => {
    const outbox = outboxWith()
    const answer = await sesFor(outbox).send(signInEmail('Ada <ada@example.org>', '123456'))
    expect(answer.MessageId).toMatch(/^[0-9a-f-]{36}$/)
    expect(outbox.get(answer.MessageId!)).toEqual({
      id: answer.MessageId,
      from: 'Binôme <no-reply@binome.local>',
      to: ['Ada <ada@example.org>'], cc: [], bcc: [], replyTo: [],
      subject: 'Your sign-in code',
      text: 'Code: 123456',
      html: '<p>Code: <b>123456</b></p>',
      sentAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    })
  })

  it('refuses bad input with BadRequestException naming the SES field, storing nothing', async () => {
    const outbox = outboxWith()
    const ses = sesFor(outbox)
    const noRecipient = ses.send(new SendEmailCommand({
      FromEmailAddress: 'a@b.c', Destination: { ToAddresses: [] }, Content: { Simple: { Subject: { Data: 's' }, Body: { Text: { Data: 't' } } } },
    }))
    await expect(noRecipient).rejects.toBeInstanceOf(BadRequestException)
    await expect(noRecipient).rejects.toThrow(/Destination\.ToAddresses/)
    await expect(ses.send(new SendEmailCommand({
      FromEmailAddress: 'not an address', Destination: { ToAddresses: ['x@y.z'] }, Content: { Simple: { Subject: { Data: 's' }, Body: { Text: { Data: 't' } } } },
    }))).rejects.toThrow(/FromEmailAddress/)
    await expect(ses.send(new SendEmailCommand({
      FromEmailAddress: 'a@b.c', Destination: { ToAddresses: ['x@y.z'] }, Content: { Simple: { Subject: { Data: 's' }, Body: {} } },
    }))).rejects.toThrow(/Body\.Text or Body\.Html/)
    await expect(ses.send(new SendEmailCommand({
      FromEmailAddress: 'a@b.c', Destination: { ToAddresses: ['x@y.z'] }, Content: { Raw: { Data: new Uint8Array([1]) } },
    }))).rejects.toThrow(/Content\.Raw is not emulated/)
    expect(outbox.list()).toEqual([])
  })

  it('lets other commands through to the next handler', async () => {
    const outbox = outboxWith()
    const ses = sesFor(outbox)
    // Unrouted commands reach the (unreachable) endpoint; the point is that the outbox does not answer them.
    ses.middlewareStack.add((() => async () => { throw new Error('reached the network layer') }) as never, { step: 'finalizeRequest', name: 'stopBeforeNetwork' })
    await expect(ses.send(new GetAccountCommand({}))).rejects.toThrow('reached the network layer')
  })
})

describe('createOutbox', () => {
  it('lists by recipient (To, Cc, Bcc; case-insensitive; display names ignored) in sending order', () => {
    const outbox = outboxWith()
    outbox.add({ from: 'a@b.c', to: ['Ada <Ada@Example.org>'], subject: 'one', text: '1' })
    outbox.add({ from: 'a@b.c', to: ['bob@example.org'], cc: ['ada@example.org'], subject: 'two', text: '2' })
    outbox.add({ from: 'a@b.c', to: ['bob@example.org'], subject: 'three', text: '3' })
    expect(outbox.list({ to: 'ada@example.org' }).map((e) => e.subject)).toEqual(['one', 'two'])
    expect(outbox.list().map((e) => e.subject)).toEqual(['one', 'two', 'three'])
  })

  it('persists e-mails as JSON lines under <dataDir>/outbox, reloads them, and clears them', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'binome-outbox-'))
    folders.push(dataDir)
    const first = createOutbox({ dataDir })
    const kept = first.add({ from: 'a@b.c', to: ['x@y.z'], subject: 'kept', text: 'body' })
    first.close()
    const lines = (await readFile(join(dataDir, 'outbox', 'emails.jsonl'), 'utf8')).trim().split('\n')
    expect(lines.map((line) => JSON.parse(line).email.subject)).toEqual(['kept'])

    const second = outboxWith({ dataDir })
    expect(second.get(kept.id)).toEqual(kept)
    second.clear()
    expect(second.list()).toEqual([])
    second.close()
    opened.pop()
    expect(createOutbox({ dataDir }).list()).toEqual([])
  })

  it('prints recipient, subject and text body when print is on', async () => {
    const printed: string[] = []
    const outbox = outboxWith({ print: true, printer: (text) => printed.push(text) })
    await sesFor(outbox).send(signInEmail('ada@example.org', '654321'))
    expect(printed).toEqual(['✉  to ada@example.org — Your sign-in code\n    Code: 654321'])
    const quiet = outboxWith({ printer: (text) => printed.push(text) })
    quiet.add({ from: 'a@b.c', to: ['x@y.z'], subject: 's', text: 't' })
    expect(printed).toHaveLength(1)
  })

  it('refuses more than 50 recipients', () => {
    const outbox = outboxWith()
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@example.org`)
    expect(() => outbox.add({ from: 'a@b.c', to: many, subject: 's', text: 't' })).toThrow(/at most 50/)
  })
})
