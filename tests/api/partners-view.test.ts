import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * Partners kept informed (issue 10; seeds 001 and 002): a partner user sees, for each person its network partner
 * referred, their duo's stage, meetings count and outcome — only the facts the programme shares (absent otherwise),
 * never who mentors them; nothing of people it did not refer, nor of another organisation.
 */
const referrals = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/referrals`

let p: Awaited<ReturnType<typeof testPlatform>>
let partner: ApiClient

beforeAll(async () => {
  p = await testPlatform({ demoDuos: true })
  partner = await signIn(p, 'partenaire@mission-locale.demo')
})
afterAll(() => p?.stop())

describe("a partner's view of the duos of the people it referred", () => {
  it('shows each referred person’s duo stage and meetings, only allowed facts, never the mentor', async () => {
    const res = await partner.get(`${referrals}?limit=100`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const items = res.body.items as any[]
    const withDuo = items.filter((i) => i.duo)
    expect(withDuo.length, 'the demo partner referred people who are in a duo').toBeGreaterThan(0)
    for (const item of withDuo) {
      expect(Object.keys(item.duo).every((k) => ['stage', 'meetings', 'outcome'].includes(k)), JSON.stringify(item.duo)).toBe(true)
      expect(typeof item.duo.stage).toBe('string')
      expect(Number.isInteger(item.duo.meetings)).toBe(true)
      expect(JSON.stringify(item)).not.toMatch(/mentor-\d\d|mentorId|mentorName/)
      const one = await partner.get(`${referrals}/${item.personId}`)
      expect(one.body.duo).toEqual(item.duo)
    }
  })

  it("reaches nothing of another organisation's programme", async () => {
    expect([403, 404]).toContain((await partner.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/referrals`)).status)
  })
})
