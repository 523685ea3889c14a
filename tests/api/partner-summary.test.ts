import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * Partners kept informed (issue 10; seeds 001 and 002): on the 1st of each month the schedule mails each referring
 * partner's contact a summary of last month for the people it referred to a programme — only what the programme's
 * partnerSharing allows — once a month, partner and programme, however often the schedule runs.
 */
const day = 86_400_000
let at = Date.parse('2027-03-01T06:00:00Z')
let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
const contact = 'rachid.ouali@antenne-emploi.demo'
const summaries = () => p.outbox.list({ to: contact }).filter((m) => / : vos orientations en \p{L}+ \d{4}$/u.test(m.subject))
const rules = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/rules`

async function share(partnerSharing: { stage: boolean; meetings: boolean; outcome: boolean }) {
  admin = await signIn(p, 'admin@mentoryou.demo') // the clock moved by months: a fresh session
  const current = await admin.get(rules)
  const res = await admin.put(rules, { version: current.body.version, rules: { ...current.body.rules, partnerSharing } })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}

beforeAll(async () => {
  p = await testPlatform({ demoDuos: true, now: () => new Date(at) })
})
afterAll(() => p?.stop())

describe("the referring partners' monthly summary", () => {
  it('mails the partner’s contact last month’s news of its referred people, in the organisation’s language', async () => {
    expect(summaries()).toHaveLength(0) // not at the demo's start
    await p.runSchedule('monthly-partner-summary')
    const [mail, ...more] = summaries()
    expect(more).toHaveLength(0)
    expect(mail!.subject).toMatch(/ : vos orientations en février 2027$/)
    expect(mail!.text).toMatch(/^Bonjour Rachid,/)
    expect(mail!.text).toContain('Antenne Emploi Schaerbeek')
    expect(mail!.text).toMatch(/Personnes orientées : [1-9]\d*\./)
    expect(mail!.text).toMatch(/Rencontres de mentorat dans le mois : \d+\./)
    expect(mail!.text).toMatch(/Binômes terminés dans le mois : \d+/)
    expect(mail!.text).toContain(`/orgs/${PLS}/referrals`)
    // The people it referred, by name, with their duo's stage; never who mentors them.
    expect(mail!.text).toMatch(/accompagnement en cours|pas encore de binôme|binôme proposé/)
    expect(mail!.text).not.toMatch(/mentor-\d|Sophie Lambert/)
  })

  it('sends nothing twice when the schedule runs again in the same month', async () => {
    at += 3 * 60_000
    await p.runSchedule('monthly-partner-summary')
    await p.runSchedule('monthly-partner-summary')
    expect(summaries()).toHaveLength(1)
  })

  it('writes only the facts the programme shares', async () => {
    await share({ stage: true, meetings: false, outcome: false })
    at = Date.parse('2027-04-01T06:00:00Z')
    await p.runSchedule('monthly-partner-summary')
    const latest = summaries().at(-1)!
    expect(summaries()).toHaveLength(2)
    expect(latest.subject).toMatch(/en mars 2027$/)
    expect(latest.text).not.toMatch(/Rencontres de mentorat|rencontre\(s\) ce mois-ci|Binômes terminés|sortie positive/)
    expect(latest.text).toMatch(/accompagnement en cours|pas encore de binôme|binôme proposé/)
  })

  it('mails nobody for a programme that shares nothing with its partners', async () => {
    await share({ stage: false, meetings: false, outcome: false })
    at = Date.parse('2027-05-01T06:00:00Z') + 30 * day
    await p.runSchedule('monthly-partner-summary')
    expect(summaries()).toHaveLength(2)
  })
})
