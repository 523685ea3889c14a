import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startPlatform } from '@binome/local'

const root = resolve(import.meta.dirname, '../..')

/**
 * How long `pnpm start` may take to be ready: it seeds the whole demo with its year of closed duos (about 40–50 s on
 * a quiet two-core machine), and CI runs other suites beside it. The test waits a little longer, so that its own
 * clean-up runs before the runner gives up on it.
 */
const readyWithinMs = 240_000

/** The environment without the test run's seed snapshots folder (tests/support/seed-snapshots.ts). */
function withoutSeedSnapshots(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env }
  delete rest.BINOME_SEED_SNAPSHOTS
  return rest
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise<void>((done) => server.close(() => done()))
  return port
}

/**
 * Between two answers while starting: fifty polls a second, more than any load balancer or browser sends. Asking again
 * at once made thousands of requests a second, each answered by the starting platform's event loop (in this process
 * for the first test), so the polling itself slowed the seed it waits for.
 */
const pollEveryMs = 20

/**
 * Polls `/api/health` as a load balancer or an impatient browser would, from before the port opens until it answers
 * 200 (or `stopWhen` says so), and records every status it saw.
 */
async function poll(url: string, stopWhen: () => boolean): Promise<{ statuses: number[] }> {
  const statuses: number[] = []
  const deadline = Date.now() + readyWithinMs
  while (Date.now() < deadline && !stopWhen()) {
    try {
      const res = await fetch(`${url}/api/health`)
      statuses.push(res.status)
      await res.arrayBuffer()
      if (res.status === 200) break
      await new Promise((r) => setTimeout(r, pollEveryMs))
    } catch {
      // Not listening yet: try again almost at once, so that the first answer after the port opens is seen.
      await new Promise((r) => setTimeout(r, 2))
    }
  }
  return { statuses }
}

describe('start-up under polling', () => {
  // A platform left running by a test the runner abandoned would hold its port and folder after the suite.
  const children = new Set<ReturnType<typeof spawn>>()
  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })

  it('answers 503 until ready, then 200, and keeps running, when polled from the first millisecond', async () => {
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    let started = false
    const polling = poll(url, () => false)
    // A real first start, which seeds (not the test run's seed snapshot): the people without the demo duos and their
    // first runs, as the tests' platforms start. The whole demo's seed, its year of closed duos and the demo runs are
    // polled the same way by the next test, through `pnpm start` itself; seeding them here too doubled the file's time.
    const platform = await startPlatform({ port, quiet: true, seedSnapshots: false, demoDuos: false, demoRuns: false })
    started = true
    try {
      const { statuses } = await polling
      expect(started).toBe(true)
      expect(statuses.at(-1)).toBe(200)
      expect(statuses.every((s) => s === 503 || s === 200)).toBe(true)
      // It really was polled while starting (otherwise this test proves nothing).
      expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0)
      // Routes registered after the first request still work.
      expect((await fetch(`${url}/api/openapi.json`)).status).toBe(200)
      expect((await fetch(`${url}/api/auth/jwks.json`)).status).toBe(200)
    } finally {
      await platform.stop()
    }
  }, readyWithinMs + 30_000)

  it('`pnpm start` survives being polled while it starts, then serves', async () => {
    const port = await freePort()
    const dataDir = await mkdtemp(join(tmpdir(), 'binome-startup-'))
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/local/src/start.ts'], {
      cwd: root,
      // As a developer runs it: without the test run's seed snapshots, so the first start seeds.
      env: { ...withoutSeedSnapshots(process.env), PORT: String(port), DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.add(child)
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    let exited: number | null = null
    child.on('exit', (code) => (exited = code ?? -1))
    try {
      const { statuses } = await poll(`http://127.0.0.1:${port}`, () => exited !== null)
      expect(exited, output).toBeNull()
      expect(statuses.at(-1), output).toBe(200)
      expect(statuses.every((s) => s === 503 || s === 200)).toBe(true)
      // Still alive and serving after it said it was ready.
      await new Promise((r) => setTimeout(r, 200))
      expect(exited, output).toBeNull()
      expect((await fetch(`http://127.0.0.1:${port}/api/openapi.json`)).status).toBe(200)
      expect(output).not.toContain('could not start')
    } finally {
      if (exited === null) {
        const gone = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await gone
      }
      await rm(dataDir, { recursive: true, force: true })
    }
  }, readyWithinMs + 30_000)
})
