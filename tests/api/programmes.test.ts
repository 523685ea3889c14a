import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
let coordinator: ApiClient
let partner: ApiClient
const base = `/api/onboarding/orgs/${PLS}/programmes`

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  partner = await signIn(p, 'partenaire@mission-locale.demo')
})
afterAll(() => p.stop())

describe('programmes', () => {
  it('an admin creates a programme (blank rules, version 1 in force), and everyone in the organisation reads it', async () => {
    const created = await admin.post(base, { name: 'MentorU 2027', description: 'Cohorte de printemps' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      orgId: PLS, name: 'MentorU 2027', status: 'draft', rulesVersion: 1, version: 1,
    })
    const read = await partner.get(`${base}/${created.body.id}`)
    expect(read.status).toBe(200)
    expect(read.body.name).toBe('MentorU 2027')
    const list = await coordinator.get(base)
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(created.body.id)
  })

  it('only admins write: a coordinator gets 403 and nothing is created', async () => {
    const before = (await admin.get(`${base}?limit=100`)).body.items.length
    const r = await coordinator.post(base, { name: 'Pas autorisé' })
    expect(r.status).toBe(403)
    expect(r.body.error.code).toBe('forbidden')
    expect((await admin.get(`${base}?limit=100`)).body.items.length).toBe(before)
  })

  it('updates with the version read; a stale version gets 409 and changes nothing', async () => {
    const { body: prog } = await admin.post(base, { name: 'À modifier' })
    const first = await admin.patch(`${base}/${prog.id}`, { name: 'Modifié', description: 'Trois rencontres', version: 1 })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ name: 'Modifié', description: 'Trois rencontres', version: 2 })
    const stale = await admin.patch(`${base}/${prog.id}`, { name: 'Écrasé', version: 1 })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe('conflict')
    expect((await admin.get(`${base}/${prog.id}`)).body.name).toBe('Modifié')
  })

  it('two concurrent updates from the same version: exactly one wins', async () => {
    const { body: prog } = await admin.post(base, { name: 'Concurrence' })
    const results = await Promise.all([
      admin.patch(`${base}/${prog.id}`, { name: 'Version A', version: 1 }),
      admin.patch(`${base}/${prog.id}`, { name: 'Version B', version: 1 }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
  })

  it('refuses an end date before the start date, naming the field', async () => {
    const r = await admin.post(base, { name: 'Dates', startDate: '2027-02-01', endDate: '2027-01-01' })
    expect(r.status).toBe(400)
    expect(r.body.error.details).toEqual([expect.objectContaining({ path: 'endDate', reason: 'end-before-start', message: expect.any(String) })])
  })

  it('archives: the programme leaves the current list, shows in the archived one, and becomes read-only', async () => {
    const { body: prog } = await admin.post(base, { name: 'À archiver' })
    const archived = await admin.post(`${base}/${prog.id}/archive`, { version: 1 })
    expect(archived.status).toBe(200)
    expect(archived.body).toMatchObject({ status: 'archived', version: 2 })
    expect(archived.body.archivedAt).toEqual(expect.any(String))
    const current = (await admin.get(`${base}?limit=100`)).body.items.map((x: { id: string }) => x.id)
    const old = (await admin.get(`${base}?include=archived`)).body.items.map((x: { id: string }) => x.id)
    expect(current).not.toContain(prog.id)
    expect(old).toContain(prog.id)
    expect((await admin.patch(`${base}/${prog.id}`, { name: 'Non', version: 2 })).status).toBe(409)
    expect((await admin.post(`${base}/${prog.id}/archive`, { version: 2 })).status).toBe(409)
  })

  it('paginates with an opaque cursor until the last page', async () => {
    for (let i = 0; i < 5; i++) await admin.post(base, { name: `Page ${i}` })
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const r: { body: { items: { id: string }[]; nextCursor: string | null } } = await admin.get(
        `${base}?include=all&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
      seen.push(...r.body.items.map((x) => x.id))
      cursor = r.body.nextCursor
      pages++
    } while (cursor && pages < 50)
    const all = (await admin.get(`${base}?include=all&limit=100`)).body.items.map((x: { id: string }) => x.id)
    expect(seen).toEqual(all)
    expect(new Set(seen).size).toBe(seen.length)
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(all.length / 2))
  })

  it('lists the people of the seeded programme for staff only', async () => {
    const mentors = await coordinator.get(`${base}/${PLS_PROGRAMME}/people?kind=mentor&limit=100`)
    expect(mentors.status).toBe(200)
    expect(mentors.body.items).toHaveLength(15)
    expect(mentors.body.items.every((x: { kind: string }) => x.kind === 'mentor')).toBe(true)
    expect((await partner.get(`${base}/${PLS_PROGRAMME}/people`)).status).toBe(403)
  })
})
