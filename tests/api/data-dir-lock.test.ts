import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPlatform } from '@binome/local'
import { testPlatform } from '../support/platform'

/**
 * One data folder, one platform: a second platform on the same DATA_DIR is refused with one line naming the
 * folder (it used to crash with an uncaught "Database is closed"); a lock left by a dead process is taken over.
 */
let first: Awaited<ReturnType<typeof testPlatform>>
const root = resolve(import.meta.dirname, '../..')

beforeAll(async () => {
  first = await testPlatform({ onDisk: true })
}, 60_000)
afterAll(() => first.stop())

/** Runs `pnpm start`'s entry (without the web build) and collects what it prints and how it ends. */
function runStart(env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/local/src/start.ts'], {
      cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      done({ code, out, err })
    })
  })
}

describe('a data folder already in use', () => {
  it('a second platform in the same process is refused with an error naming the folder; the first keeps working', async () => {
    const dataDir = first.dataDir!
    await expect(startPlatform({ port: 0, quiet: true, dataDir })).rejects.toThrow(new RegExp(`${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*in use`))
    const health = await fetch(`${first.url}/api/health`)
    expect(health.status).toBe(200)
  }, 60_000)

  it('`pnpm start` on a folder in use prints one line naming it and exits non-zero', async () => {
    const r = await runStart({ DATA_DIR: first.dataDir!, PORT: '0' })
    expect(r.code).not.toBe(0)
    expect(r.code).not.toBeNull()
    const lines = r.err.trim().split('\n')
    expect(lines, r.err).toHaveLength(1)
    expect(lines[0]).toContain(first.dataDir!)
    expect(lines[0]).toMatch(/in use/)
    expect(r.out + r.err).not.toMatch(/Database is closed|at .*\.ts:\d+/)
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200)
  }, 90_000)

  it('a lock left by a process that no longer exists is taken over', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'binome-stale-'))
    // A pid far above any live one: the process that wrote this lock is gone.
    await writeFile(join(dataDir, 'binome.lock'), '4194000\n')
    const p = await startPlatform({ port: 0, quiet: true, dataDir, seed: false })
    expect((await fetch(`${p.url}/api/health`)).status).toBe(200)
    await p.stop()
    // Once stopped, the folder is free again.
    const again = await startPlatform({ port: 0, quiet: true, dataDir, seed: false })
    await again.stop()
    await rm(dataDir, { recursive: true, force: true })
  }, 60_000)
})
