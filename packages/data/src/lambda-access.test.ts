import type { AssumeRoleCommand } from '@aws-sdk/client-sts'
import { describe, expect, it } from 'vitest'
import { assumedRole, lambdaDataAccess } from './lambda-access'

/** A recording stand-in for STS (AssumeRole cannot run here): each call gets fresh credentials expiring in 15 min. */
function fakeSts(now: () => number) {
  const calls: AssumeRoleCommand['input'][] = []
  return {
    calls,
    async send(command: AssumeRoleCommand) {
      calls.push(command.input)
      const n = calls.length
      return { Credentials: { AccessKeyId: `AK${n}`, SecretAccessKey: `SK${n}`, SessionToken: `ST${n}`, Expiration: new Date(now() + 15 * 60_000) } }
    },
  }
}

const env = { TABLE_NAME: 'binome', TENANT_DATA_ROLE_ARN: 'arn:aws:iam::1:role/tenant', PLATFORM_DATA_ROLE_ARN: 'arn:aws:iam::1:role/platform' }
const resolve = async (cfg: { doc: { config: { credentials: unknown } } }) =>
  (cfg.doc.config.credentials as () => Promise<{ accessKeyId: string }>)()

describe('the data access on Lambda', () => {
  it('hands each tenant the tenant role assumed with its own orgId tag, and the platform the platform role untagged', async () => {
    const sts = fakeSts(Date.now)
    const access = lambdaDataAccess(env, { region: 'eu-west-1' }, sts as never)
    await resolve(access.tenant('o1'))
    await resolve(access.tenant('o2'))
    await resolve(access.platform)
    expect(sts.calls).toEqual([
      expect.objectContaining({ RoleArn: env.TENANT_DATA_ROLE_ARN, Tags: [{ Key: 'orgId', Value: 'o1' }] }),
      expect.objectContaining({ RoleArn: env.TENANT_DATA_ROLE_ARN, Tags: [{ Key: 'orgId', Value: 'o2' }] }),
      expect.objectContaining({ RoleArn: env.PLATFORM_DATA_ROLE_ARN }),
    ])
    expect(sts.calls[2]!.Tags).toBeUndefined()
  })

  it('keeps a tenant client per organisation in a warm container', () => {
    const access = lambdaDataAccess(env, { region: 'eu-west-1' }, fakeSts(Date.now) as never)
    expect(access.tenant('o1')).toBe(access.tenant('o1'))
    expect(access.tenant('o1')).not.toBe(access.tenant('o2'))
  })

  it('refuses to start without the roles it must assume', () => {
    expect(() => lambdaDataAccess({ TABLE_NAME: 'binome' }, {}, fakeSts(Date.now) as never)).toThrow(/TENANT_DATA_ROLE_ARN/)
  })
})

describe('assumed-role credentials', () => {
  it('are reused until five minutes before they expire, then renewed', async () => {
    let clock = Date.parse('2026-11-30T10:00:00Z')
    const sts = fakeSts(() => clock)
    const creds = assumedRole(sts as never, { roleArn: 'r', sessionName: 's', now: () => clock })
    expect((await creds()).accessKeyId).toBe('AK1')
    clock += 9 * 60_000
    expect((await creds()).accessKeyId).toBe('AK1')
    clock += 2 * 60_000 // 4 minutes left
    expect((await creds()).accessKeyId).toBe('AK2')
    expect(sts.calls).toHaveLength(2)
  })

  it('forgets a failed assume, so the next request tries again', async () => {
    let fail = true
    const sts = { async send() { if (fail) throw new Error('throttled'); return { Credentials: { AccessKeyId: 'A', SecretAccessKey: 'S', Expiration: new Date(Date.now() + 900_000) } } } }
    const creds = assumedRole(sts as never, { roleArn: 'r', sessionName: 's' })
    await expect(creds()).rejects.toThrow('throttled')
    fail = false
    expect((await creds()).accessKeyId).toBe('A')
  })
})
