import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * Issue 12: erasing a person whose portal account also belongs to another organisation. The user is that other
 * organisation's too, so only this organisation's membership (and its copy of their e-mail and name) goes; the
 * user, the issuer's account and the other organisation's membership stay, and they still sign in and work there.
 */
const plsPeople = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`
const caiPeople = `/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/people`
const EMAIL = 'ysaline.vandermaelen@deux-maisons.test'
let p: Awaited<ReturnType<typeof testPlatform>>
let plsAdmin: ApiClient
let plsCoordinator: ApiClient
let caiCoordinator: ApiClient

beforeAll(async () => {
  p = await testPlatform()
  plsAdmin = await signIn(p, 'admin@mentoryou.demo')
  plsCoordinator = await signIn(p, 'coordination@mentoryou.demo')
  caiCoordinator = await signIn(p, 'coordination@duo-n2wa.demo')
})
afterAll(() => p.stop())

const ok = async (r: Promise<{ status: number; body: any }>, status = 200) => {
  const reply = await r
  expect(reply.status, JSON.stringify(reply.body).slice(0, 400)).toBe(status)
  return reply.body
}

/** Every item of the table, each with its partition key and its content lower-cased. */
async function items(): Promise<{ pk: string; text: string }[]> {
  const client = new DynamoDBClient({ endpoint: p.dynamo.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } })
  const out: { pk: string; text: string }[] = []
  let start: Record<string, never> | undefined
  do {
    const page = await client.send(new ScanCommand({ TableName: p.dynamo.tableName, ExclusiveStartKey: start }))
    for (const i of page.Items ?? []) out.push({ pk: String(i.PK?.S ?? ''), text: JSON.stringify(i).toLowerCase() })
    start = page.LastEvaluatedKey as typeof start
  } while (start)
  return out
}

/** Makes the same mentor (same e-mail) a person of `people`, with the answers of an existing mentor there. */
async function mentorIn(staff: ApiClient, people: string, like: string) {
  const answers = (await ok(staff.get(`${people}/${like}`))).answers
  return ok(staff.post(people, { kind: 'mentor', firstName: 'Ysaline', lastName: 'Vandermaelen', email: EMAIL, phone: '+32 470 12 34 56', birthDate: '1980-04-12', answers }), 201)
}

describe('erasing a person whose account belongs to another organisation too', () => {
  it('removes this organisation\'s membership and data only; the user signs in and works in the other organisation, not here', async () => {
    // A mentor of both organisations, with a portal account accepted in each.
    const inPls = await mentorIn(plsCoordinator, plsPeople, 'mentor-02')
    const inCai = await mentorIn(caiCoordinator, caiPeople, 'mentor-01')
    await ok(plsCoordinator.post(`${plsPeople}/${inPls.id}/portal-access`), 201)
    await ok(caiCoordinator.post(`${caiPeople}/${inCai.id}/portal-access`), 201)
    const mentor = await signIn(p, EMAIL)
    await ok(mentor.post(`/api/onboarding/me/memberships/${PLS}/accept`))
    await ok(mentor.post(`/api/onboarding/me/memberships/${CAI}/accept`))
    const before = await ok(mentor.get('/api/onboarding/me'))
    expect(before.memberships.map((m: { orgId: string }) => m.orgId).sort()).toEqual([CAI, PLS].sort())
    await ok(mentor.get(`/api/matching/orgs/${PLS}/me/duos`))
    const userId = before.user.id as string

    await ok(plsAdmin.post(`${plsPeople}/${inPls.id}/erasure`, { version: (await ok(plsCoordinator.get(`${plsPeople}/${inPls.id}`))).version }))

    // This organisation holds nothing of hers any more: no person data, no membership, no copy of her e-mail or name.
    const table = await items()
    const pls = table.filter((i) => i.pk.startsWith(`ORG#${PLS}#`))
    expect(pls.filter((i) => i.text.includes(EMAIL) || i.text.includes('vandermaelen'))).toEqual([])
    const plsMembers = (await ok(plsAdmin.get(`/api/onboarding/orgs/${PLS}/members?limit=100`))).items
    expect(plsMembers.find((m: { userId: string }) => m.userId === userId)).toBeUndefined()
    // The other organisation's copy stays: its person and its membership.
    expect(table.some((i) => i.pk.startsWith(`ORG#${CAI}#`) && i.text.includes(EMAIL))).toBe(true)

    // Her token still names her; she belongs to the other organisation only.
    const after = await ok(mentor.get('/api/onboarding/me'))
    expect(after.user).toMatchObject({ id: userId, email: EMAIL })
    expect(after.memberships.map((m: { orgId: string }) => m.orgId)).toEqual([CAI])
    // This organisation's routes refuse her; the other's serve her, and so does a fresh sign-in.
    expect((await mentor.get(`/api/matching/orgs/${PLS}/me/duos`)).status).toBe(403)
    expect((await mentor.get(plsPeople)).status).toBe(403)
    await ok(mentor.get(`/api/matching/orgs/${CAI}/me/duos`))
    const again = await signIn(p, EMAIL)
    expect((await ok(again.get('/api/onboarding/me'))).memberships.map((m: { orgId: string }) => m.orgId)).toEqual([CAI])
    await ok(again.get(`/api/matching/orgs/${CAI}/me/duos`))
    expect((await again.get(`/api/matching/orgs/${PLS}/me/duos`)).status).toBe(403)
    // The other organisation still sees her as its person and member, untouched.
    expect((await ok(caiCoordinator.get(`${caiPeople}/${inCai.id}`))).email).toBe(EMAIL)
  })
})
