/**
 * `pnpm bench:start`: how long a newcomer waits after `pnpm start` (the README's command) before the platform
 * answers, on a fresh data folder that it seeds with the full demo, beside the baseline of a restart on the folder it
 * has just seeded (the same process, nothing to seed), in the same run. The platform is polled every 100 ms from the
 * moment it is spawned, as a browser tab left open would: every answer before the first 200 must be a 503 (or no
 * connection yet), never a dropped or failed request once it listens.
 *
 * It runs `packages/local/src/start.ts` itself (the web build must exist: `pnpm --filter @binome/web build`).
 * Options (environment): BENCH_RUNS (default 3).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const runs = Number(process.env.BENCH_RUNS ?? 3)
const root = resolve(import.meta.dirname, '../..')

/** A free TCP port on the loopback interface. */
const freePort = () => new Promise<number>((done, fail) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number }
    server.close(() => done(port))
  }).on('error', fail)
})

interface Start { ms: number; cpuMs: number | undefined; answers: Record<string, number> }

/**
 * The CPU time a process has used so far, all its threads (Linux: /proc/<pid>/stat, in clock ticks of 10 ms). On a
 * machine shared with other work the wall time swings with the load; the CPU the start needed moves much less.
 */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
}

/** Spawns `pnpm start`'s script on `dataDir`, polls /api/health until 200, then stops it (SIGINT, as Ctrl-C). */
async function timeStart(dataDir: string): Promise<Start> {
  const port = await freePort()
  const t0 = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/local/src/start.ts'], {
    cwd: root, env: { ...process.env, PORT: String(port), DATA_DIR: dataDir }, stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d) => { stderr += String(d) })
  const answers: Record<string, number> = {}
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`start.ts exited with ${child.exitCode}: ${stderr.slice(-400)}`)
      const status = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5000) })
        .then(async (r) => { await r.arrayBuffer(); return String(r.status) })
        .catch((e: Error) => (e.cause as NodeJS.ErrnoException | undefined)?.code === 'ECONNREFUSED' ? 'not listening yet' : `failed: ${e.message}`)
      answers[status] = (answers[status] ?? 0) + 1
      if (status === '200') break
      if (performance.now() - t0 > 300_000) throw new Error('no 200 within 300 s')
      await new Promise((r) => setTimeout(r, 100))
    }
    return { ms: performance.now() - t0, cpuMs: cpuMsOf(child.pid), answers }
  } finally {
    child.kill('SIGINT')
    await new Promise((r) => child.once('exit', r))
  }
}

const fresh: Start[] = []
const restart: Start[] = []
for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'binome-bench-start-'))
  try {
    fresh.push(await timeStart(dataDir))
    restart.push(await timeStart(dataDir))
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const summary = (xs: Start[]) => {
  const ms = xs.map((x) => x.ms).sort((a, b) => a - b)
  return `${seconds(ms[Math.floor(ms.length / 2)]!)} (${seconds(ms[0]!)}–${seconds(ms.at(-1)!)})`
}
const cpu = (xs: Start[]) => {
  const ms = xs.map((x) => x.cpuMs).filter((x) => x !== undefined).sort((a, b) => a - b)
  return ms.length ? `${seconds(ms[Math.floor(ms.length / 2)]!)} (${seconds(ms[0]!)}–${seconds(ms.at(-1)!)})` : 'n/a'
}
const answers = (xs: Start[]) => {
  const all: Record<string, number> = {}
  for (const x of xs) for (const [k, n] of Object.entries(x.answers)) all[k] = (all[k] ?? 0) + n
  return Object.entries(all).map(([k, n]) => `${k}: ${n}`).join(', ')
}
console.log(`# pnpm bench:start — ${new Date().toISOString()}, node ${process.version}, runs=${runs}\n`)
console.log('| start | to the first 200 on /api/health, median (min–max) | CPU used until then, median (min–max) | answers while polled every 100 ms |')
console.log('|---|---|---|---|')
console.log(`| fresh data folder: seeds the full demo | ${summary(fresh)} | ${cpu(fresh)} | ${answers(fresh)} |`)
console.log(`| baseline: restart on the seeded folder | ${summary(restart)} | ${cpu(restart)} | ${answers(restart)} |`)
const failed = [...fresh, ...restart].some((x) => Object.keys(x.answers).some((k) => k.startsWith('failed') || !['200', '503', 'not listening yet'].includes(k)))
if (failed) {
  console.error('\nSome answer while starting was neither 503 nor 200.')
  process.exitCode = 1
}
