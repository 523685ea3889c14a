import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { leadingKeysAllowed, platformLeadingKeys } from '@binome/data'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>

beforeAll(async () => {
  p = await testPlatform({ now: () => new Date('2027-06-10T05:00:00Z') })
  const admin = await signIn(p, 'admin@mentoryou.demo')
  await admin.post(`/api/onboarding/orgs/${PLS}/programmes`, { name: 'Invariant' })
  await admin.post(`/api/onboarding/orgs/${PLS}/invitations`, { email: 'inv@pls.demo', name: 'In Vitée', role: 'coordinator' })
  await admin.post(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`, {})
  // A demanding minimum score leaves mentees unmatched, so that their items are written too.
  await admin.post(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`, { minScore: 95 })
  await p.drain()
  await p.runSchedule('daily-monitoring')
  const operator = await signIn(p, 'operator@binome.demo')
  await operator.post('/api/onboarding/orgs', { name: 'Tiers', admin: { email: 'tiers@tiers.demo', name: 'Ti Ers' } })
})
afterAll(() => p.stop())

describe('the single table', () => {
  it('holds tenant data only under ORG#<orgId>#, and platform items only under their own prefixes', async () => {
    const client = new DynamoDBClient({ endpoint: p.dynamo.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } })
    const items: Record<string, { S?: string }>[] = []
    let start: Record<string, never> | undefined
    do {
      const out = await client.send(new ScanCommand({ TableName: p.dynamo.tableName, ExclusiveStartKey: start }))
      items.push(...((out.Items ?? []) as typeof items))
      start = out.LastEvaluatedKey as typeof start
    } while (start)
    expect(items.length).toBeGreaterThan(80)
    // Platform items are the identity module's (and the operator's health records); every other type is tenant data,
    // so a new entity is held to the tenant rule unless it is declared a platform one here.
    const platformTypes = new Set(['user', 'email-index', 'subject-link', 'membership-index', 'sign-in-code', 'organisation-entry', 'sweep-run', 'public-form-link', 'application-counter'])
    const platformPartitions = platformLeadingKeys.filter((k) => !k.startsWith('ORG#'))
    const types = new Set<string>()
    for (const item of items) {
      const pk = item.PK!.S!
      const type = item.type!.S!
      types.add(type)
      if (platformTypes.has(type)) {
        expect(leadingKeysAllowed(platformPartitions, [pk]), `${type} at ${pk}`).toBe(true)
      } else {
        // The table's key and any index's partition key (…PK).
        for (const [name, value] of Object.entries(item)) if (name.endsWith('PK')) expect(value.S, `${type}.${name}`).toMatch(/^ORG#[A-Za-z0-9_-]+#/)
      }
    }
    // Every kind of item the platform writes was exercised above, so the check covered them all.
    expect([...types]).toEqual(expect.arrayContaining(
      ['alert', 'email-index', 'matching-run', 'matching-suggestion', 'matching-unmatched', 'member', 'membership-index', 'organisation', 'organisation-entry', 'partnership', 'person', 'programme', 'sweep', 'rules-version', 'sweep-run', 'usage', 'user', 'public-form', 'public-form-link', 'application', 'applicant-claim'],
    ))
  })
})
