import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { lambdaTenantCredentials } from '@binome/data'
import { mockClient } from 'aws-sdk-client-mock'
import { beforeEach, describe, expect, it } from 'vitest'
import { makeTenantResultsFiles } from '../src/shared/aws/results-files'
import { confinedResultsFiles, ForeignDocumentKey, type DocumentStore } from '../src/shared/documents'

// Issue 12: the results files are read and written with the organisation's own credentials (the tenant data role
// assumed with its orgId tag), never with the function's role; a foreign key is refused before any request.
const s3 = mockClient(S3Client)
beforeEach(() => s3.reset())

/** STS as AssumeRole answers: credentials named after the orgId tag asked for, recorded. */
function fakeSts() {
  type AssumeRoleInput = { RoleArn?: string; Tags?: { Key?: string; Value?: string }[] }
  const calls: AssumeRoleInput[] = []
  return {
    calls,
    async send(command: { input: AssumeRoleInput }) {
      calls.push(command.input)
      const org = command.input.Tags?.find((t) => t.Key === 'orgId')?.Value ?? 'none'
      return { Credentials: { AccessKeyId: `AK-${org}`, SecretAccessKey: `SK-${org}`, SessionToken: `ST-${org}`, Expiration: new Date(Date.now() + 15 * 60_000) } }
    },
  }
}

const env = { TENANT_DATA_ROLE_ARN: 'arn:aws:iam::1:role/tenant' }
const body = (text: string) => ({ transformToByteArray: async () => new TextEncoder().encode(text) })

describe('results files through the tenant role', () => {
  it('reads organisation A\'s file with an S3 client holding A\'s credentials, and B\'s with B\'s', async () => {
    s3.on(GetObjectCommand).callsFake((input: { Key: string }) => ({ Body: body(input.Key) }))
    s3.on(PutObjectCommand).resolves({})
    const sts = fakeSts()
    const files = makeTenantResultsFiles('docs', lambdaTenantCredentials(env, sts as never), (config) => new S3Client({ ...config, region: 'eu-west-3' }))

    expect(new TextDecoder().decode(await files('org-a').get('results-exports/org-a/j1.xlsx'))).toBe('results-exports/org-a/j1.xlsx')
    await files('org-b').put('results-exports/org-b/j2.pdf', new Uint8Array([37]), 'application/pdf')

    const [read] = s3.commandCalls(GetObjectCommand)
    const [write] = s3.commandCalls(PutObjectCommand)
    expect(read!.args[0].input).toMatchObject({ Bucket: 'docs', Key: 'results-exports/org-a/j1.xlsx' })
    expect(write!.args[0].input).toMatchObject({ Bucket: 'docs', Key: 'results-exports/org-b/j2.pdf' })
    // The client that sent each request resolves to that organisation's assumed-role credentials.
    const credentialsOf = async (call: typeof read) => (await (call!.thisValue as S3Client).config.credentials()).accessKeyId
    expect(await credentialsOf(read)).toBe('AK-org-a')
    expect(await credentialsOf(write)).toBe('AK-org-b')
    expect(sts.calls).toEqual([
      expect.objectContaining({ RoleArn: env.TENANT_DATA_ROLE_ARN, Tags: [{ Key: 'orgId', Value: 'org-a' }] }),
      expect.objectContaining({ RoleArn: env.TENANT_DATA_ROLE_ARN, Tags: [{ Key: 'orgId', Value: 'org-b' }] }),
    ])
    // A warm container keeps one client (and one session) per organisation.
    expect(files('org-a')).toBe(files('org-a'))
    await files('org-a').get('results-exports/org-a/j3.csv')
    expect(sts.calls).toHaveLength(2)
  })

  it('refuses another organisation\'s file or a duo\'s contract before asking S3 or STS', async () => {
    const sts = fakeSts()
    const files = makeTenantResultsFiles('docs', lambdaTenantCredentials(env, sts as never))
    for (const key of ['results-exports/org-b/j1.xlsx', 'org-a/duos/d1/contract-v1.pdf', 'results-exports/org-a-x/j1.pdf', 'results-exports/org-a/../org-b/j1.pdf']) {
      await expect(files('org-a').get(key), key).rejects.toThrow()
    }
    await expect(files('org-a').put('results-exports/org-b/j1.pdf', new Uint8Array(), 'application/pdf')).rejects.toBeInstanceOf(ForeignDocumentKey)
    expect(s3.calls()).toHaveLength(0)
    expect(sts.calls).toHaveLength(0)
  })

  it('refuses a foreign key locally the same way, over the documents folder', async () => {
    const asked: string[] = []
    const folder: DocumentStore = {
      put: async (key) => { asked.push(key) },
      get: async (key) => { asked.push(key); return new Uint8Array() },
      deleteUnder: async () => 0,
    }
    const mine = confinedResultsFiles('org-a', folder)
    await mine.get('results-exports/org-a/j1.pdf')
    await expect(mine.get('results-exports/org-b/j1.pdf')).rejects.toBeInstanceOf(ForeignDocumentKey)
    await expect(mine.put('org-a/duos/d1/contract-v1.pdf', new Uint8Array(), 'application/pdf')).rejects.toBeInstanceOf(ForeignDocumentKey)
    expect(asked).toEqual(['results-exports/org-a/j1.pdf'])
  })
})
