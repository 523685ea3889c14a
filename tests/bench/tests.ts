/**
 * `pnpm bench:tests <file>…`: how long test files take the way a developer runs them (`vitest run <files>`), for the
 * working tree and, beside it in the same run, for a baseline revision checked out into a temporary worktree. The two
 * take turns (working tree, baseline, working tree, baseline…), so both see the same load on a shared machine. Per
 * file it prints vitest's own duration (tests and hooks, as its summary prints it; ./file-durations-reporter.ts) of
 * every run and their median; per run the wall time, the CPU time of all of vitest's processes (which moves less with
 * the load) and the load average before and after.
 *
 * A file on its own seeds its demo variant itself (the run's snapshot folder starts empty), as when a developer runs it.
 *
 * Options (environment): BENCH_BASE (a git revision, default `main`), BENCH_RUNS (runs of each side, default 2),
 * BENCH_VITEST_ARGS (extra arguments for both sides, e.g. `--maxWorkers=100%`).
 *
 * @example
 * pnpm bench:tests tests/api/startup.test.ts tests/browser/rules.test.ts
 * BENCH_BASE=HEAD~1 BENCH_RUNS=3 pnpm bench:tests tests/browser/duo.test.ts
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const base = process.env.BENCH_BASE ?? 'main'
const runs = Number(process.env.BENCH_RUNS ?? 2)
const extraArgs = (process.env.BENCH_VITEST_ARGS ?? '').split(' ').filter(Boolean)
const files = process.argv.slice(2).map((f) => relative(root, resolve(f)))
if (files.length === 0) throw new Error('files: name at least one test file, e.g. pnpm bench:tests tests/api/startup.test.ts')
if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS: a whole number of at least 1, not ${process.env.BENCH_RUNS}`)

const sh = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
const load = () => loadavg()[0]!.toFixed(2)

interface Run { seconds: Map<string, number>; failed: string[]; wallS: number; cpuS: number; loadBefore: string; loadAfter: string }

/**
 * CPU seconds used so far by this process's waited-for children and their descendants (Linux: /proc/self/stat's cutime
 * and cstime, in ticks of 10 ms): vitest, its workers, the platforms and Chromium. It moves much less with the load
 * than the wall time on a shared machine.
 */
function childrenCpuS(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[13]) + Number(fields[14])) / 100
}

const reporter = join(import.meta.dirname, 'file-durations-reporter.ts')

/** One `vitest run` of the files in `cwd`; each file's duration as vitest counts it, failures named, not thrown. */
function runVitest(cwd: string): Run {
  const out = join(mkdtempSync(join(tmpdir(), 'binome-bench-tests-')), 'durations.json')
  const loadBefore = load()
  const cpu0 = childrenCpuS()
  const t0 = performance.now()
  try {
    sh('pnpm', ['exec', 'vitest', 'run', '--reporter=dot', `--reporter=${reporter}`, ...extraArgs, ...files], cwd, { ...process.env, BENCH_TESTS_OUT: out })
  } catch {
    // A failing test exits non-zero; the durations are still written and say which file failed.
  }
  const wallS = (performance.now() - t0) / 1000
  const cpuS = childrenCpuS() - cpu0
  const report = JSON.parse(readFileSync(out, 'utf8')) as { file: string; ms: number; ok: boolean }[]
  rmSync(resolve(out, '..'), { recursive: true, force: true })
  const seconds = new Map<string, number>()
  const failed: string[] = []
  for (const r of report) {
    const file = relative(cwd, r.file)
    seconds.set(file, r.ms / 1000)
    if (!r.ok) failed.push(file)
  }
  return { seconds, failed, wallS, cpuS, loadBefore, loadAfter: load() }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

const baseDir = mkdtempSync(join(tmpdir(), 'binome-bench-base-'))
const baseSha = sh('git', ['rev-parse', '--short', base], root).trim()
try {
  sh('git', ['worktree', 'add', '--detach', baseDir, base], root)
  console.log(`baseline ${base} (${baseSha}) in ${baseDir}: installing from the store`)
  sh('pnpm', ['install', '--frozen-lockfile', '--offline'], baseDir)
  if (files.some((f) => f.startsWith('tests/browser/'))) {
    // Built here rather than by the browser project's global set-up, so that no timed run includes a build.
    console.log('building the web app in both trees (browser files asked)')
    for (const dir of [root, baseDir]) sh('pnpm', ['--filter', '@binome/web', 'build'], dir, { ...process.env, NODE_ENV: 'production' })
  }
  const sides = { work: [] as Run[], base: [] as Run[] }
  for (let i = 1; i <= runs; i++) {
    for (const [side, dir] of [['work', root], ['base', baseDir]] as const) {
      const run = runVitest(dir)
      sides[side].push(run)
      console.log(`run ${i} ${side}: ${run.wallS.toFixed(1)} s wall, ${run.cpuS.toFixed(1)} s CPU, load ${run.loadBefore} → ${run.loadAfter}${run.failed.length ? `, FAILED: ${run.failed.join(', ')}` : ''}`)
    }
  }
  const width = Math.max(13, 7 * runs - 1)
  const cell = (xs: (number | undefined)[]) => {
    const known = xs.filter((x): x is number => x !== undefined)
    return `${xs.map((x) => (x === undefined ? '-' : x.toFixed(1)).padStart(6)).join(' ').padStart(width)} | ${(known.length ? median(known).toFixed(1) : '-').padStart(6)}`
  }
  const row = (label: string, of: (r: Run) => number | undefined) => console.log(`${label.padEnd(48)} | ${cell(sides.work.map(of))} | ${cell(sides.base.map(of))}`)
  console.log(`\nseconds, ${runs} run(s) of each side, interleaved; working tree vs ${base} (${baseSha})`)
  console.log(`${'file (vitest\'s duration)'.padEnd(48)} | ${'working tree'.padStart(width)} | median | ${'baseline'.padStart(width)} | median`)
  for (const f of files) row(f, (r) => r.seconds.get(f))
  row('vitest run, wall', (r) => r.wallS)
  row('vitest run, CPU (all its processes)', (r) => r.cpuS)
} finally {
  sh('git', ['worktree', 'remove', '--force', baseDir], root)
  rmSync(baseDir, { recursive: true, force: true })
}
