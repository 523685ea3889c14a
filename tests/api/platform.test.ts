import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startPlatform } from '@binome/local'
import { ApiClient, CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn } from '../support/client'

const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

describe('the local platform', () => {
  it('answers health, serves the OpenAPI 3.1 document and a readable reference', async () => {
    // Nothing here reads the demo: no seed, so no demo runs for the worker and no first sweep either.
    const p = await startPlatform({ port: 0, quiet: true, seed: false })
    try {
      const anon = new ApiClient(p.url)
      expect((await anon.get('/api/health')).body).toEqual({ status: 'ok' })
      const doc = (await anon.get('/api/openapi.json')).body
      expect(doc.openapi).toBe('3.1.0')
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
        '/api/onboarding/orgs/{orgId}/programmes', '/api/matching/orgs/{orgId}/programmes/{programmeId}/runs', '/api/monitoring/orgs/{orgId}/alerts',
      ]))
      expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' })
      const ref = await anon.get('/api/docs')
      expect(ref.headers.get('content-type')).toContain('text/html')
      expect(ref.body).toContain('/api/onboarding/orgs/{orgId}/programmes')
      expect((await anon.get('/api/nowhere')).body.error.code).toBe('not_found')
    } finally {
      await p.stop()
    }
  })

  it('keeps data across a restart, and seeds only an empty store', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'binome-restart-'))
    dirs.push(dataDir)
    // The demo's first runs are not read here (the next test reads them); with a data folder they would boot the
    // worker's thread, and be redelivered to the second start if the first stopped before they finished.
    const first = await startPlatform({ port: 0, quiet: true, dataDir, demoRuns: false })
    const admin = await signIn(first, 'admin@mentoryou.demo')
    const created = await admin.post(`/api/onboarding/orgs/${PLS}/programmes`, { name: 'Survit au redémarrage' })
    expect(created.status).toBe(201)
    await first.stop()

    const second = await startPlatform({ port: 0, quiet: true, dataDir, demoRuns: false })
    try {
      const again = await signIn(second, 'admin@mentoryou.demo')
      const list = (await again.get(`/api/onboarding/orgs/${PLS}/programmes?limit=100`)).body.items
      expect(list.map((x: { name: string }) => x.name)).toContain('Survit au redémarrage')
      // One seeded programme plus ours: the seed did not run a second time.
      expect(list).toHaveLength(2)
      const operator = await signIn(second, 'operator@binome.demo')
      // The two programme organisations, the training organisation and its two partners, once.
      expect((await operator.get('/api/onboarding/orgs')).body.items).toHaveLength(5)
    } finally {
      await second.stop()
    }
  })

  it('a fresh demo holds each programme’s first matching run, computed by the worker, with suggestions to review', async () => {
    const p = await startPlatform({ port: 0, quiet: true })
    try {
      await p.drain()
      for (const [org, programme, email] of [[PLS, PLS_PROGRAMME, 'coordination@mentoryou.demo'], [CAI, CAI_PROGRAMME, 'coordination@duo-n2wa.demo']] as const) {
        const coordinator = await signIn(p, email)
        const runs = (await coordinator.get(`/api/matching/orgs/${org}/programmes/${programme}/runs`)).body.items
        expect(runs).toHaveLength(1)
        expect(runs[0]).toMatchObject({ status: 'completed', requestedBy: expect.stringContaining('coordination') })
        const pairs = (await coordinator.get(`/api/matching/orgs/${org}/programmes/${programme}/runs/${runs[0].id}/suggestions`)).body.items
        expect(pairs.length).toBe(runs[0].summary.matched)
        // MentorYou's demo duos hold nine of its mentees: its run pairs the three who joined later.
        expect(pairs.length).toBeGreaterThan(org === PLS ? 2 : 5)
        // The daily sweep has gone through once: the home has its day of work from the first start.
        const sweep = (await coordinator.get(`/api/monitoring/orgs/${org}/sweep`)).body
        expect(sweep.lastSweep).not.toBeNull()
      }
    } finally {
      await p.stop()
    }
  })
})
