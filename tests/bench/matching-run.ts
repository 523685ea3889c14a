/**
 * `pnpm bench:matching-run [sizes…]`: a matching run as a coordinator starts it, end to end on the local platform
 * (data on disk, as `pnpm start` keeps it): the API records the run, the queue hands it to the worker, the worker
 * loads the pool, runs the engine and writes the suggestions in batches, and the API answers "completed"; then the
 * first page of suggestions is read. Baseline in the same run: the engine alone on the same people, in the same process.
 *
 * People: a national pool over Belgium, drawn by population from the gazetteer (the same generator as
 * `pnpm bench:matching`) as answers to the PLS forms, every one enrolled, under the PLS template's eight criteria
 * (geography mandatory within 25 km).
 * Default sizes: 500, 5,000 and 20,000 per side.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os, { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Person, type SpokenLanguage } from '@binome/core'
import { languageCodeOf, methodologyRules } from '@binome/core/methodologies'
import { systemContext } from '@binome/data'
import { computeSuggestions } from '@binome/functions'
import { dynamoRequestCount, startPlatform, type Platform } from '@binome/local'
import { loadBelgianGazetteer } from '@binome/matching'
import { syntheticPeople } from '../../packages/matching/bench/synthetic'
import { PLS, signIn, type ApiClient } from '../support/client'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
const perSide = sizes.length ? sizes : [500, 5_000, 20_000]
/** `BENCH_MATCHING_IN_PROCESS=1`: the worker on the API's event loop, as before it had a thread of its own (comparison). */
const inProcess = process.env.BENCH_MATCHING_IN_PROCESS === '1'
const YEAR = 2026
const FIRST = ['Amina', 'Yonas', 'Farid', 'Maria', 'Kwame', 'Olena', 'Ahmed', 'Lucía', 'Mamadou', 'Samira', 'Sophie', 'Marc', 'Els', 'Karim', 'Isabelle', 'Thomas', 'Nathalie', 'Pierre', 'Leila', 'Jan']
const LAST = ['Haddad', 'Tesfaye', 'Rahimi', 'Popescu', 'Mensah', 'Kovalenko', 'Saidi', 'Fernández', 'Diallo', 'Aziz', 'Lambert', 'Dubois', 'Peeters', 'Benali', 'Renard', 'Maes', 'Claes', 'Lefèvre', 'Mansouri', 'Vermeulen']

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`)
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`

async function nationalPool(n: number, programmeId: string, rulesVersion: number): Promise<Person[]> {
  const g = await loadBelgianGazetteer()
  const { mentees, mentors } = syntheticPeople(g.localities, n, n, 7)
  const now = new Date().toISOString()
  const text = (v: unknown) => (typeof v === 'string' ? v : '')
  // The synthetic people as answers to the PLS forms (the sector and function values are the template's options).
  const person = (kind: Person['kind'], p: (typeof mentees)[number] & { capacity?: number }, i: number): Person => {
    const v = p.values ?? {}
    const languages = (v.languages as string[]).map((name, k): SpokenLanguage => ({ code: languageCodeOf(name) ?? 'fr', level: k === 0 ? 'native' : 'B2' }))
    return {
      id: `${kind}-${p.id}`, orgId: PLS, programmeId, kind, firstName: FIRST[i % FIRST.length]!, lastName: LAST[(i * 7 + 3) % LAST.length]!,
      email: `${kind}.${i}@pool.example`, birthDate: `${YEAR - (v.age as number)}-01-01`,
      answers: {
        locality: p.locality as string, sector: text(v.sector), function: text(v.function), languages, hobbies: v.hobbies as string[],
        expectations: text(v.expectations), motivation: text(v.motivation), path: text(v.path),
      },
      rulesVersion, ...(kind === 'mentor' && { capacity: p.capacity ?? 1 }), stage: 'ready', stageDates: { ready: now }, facets: {}, createdAt: now, updatedAt: now, version: 1,
    }
  }
  return [...mentees.map((p, i) => person('mentee', p, i)), ...mentors.map((p, i) => person('mentor', p, i))]
}

/** Samples the process's resident memory while `work` runs. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ value: T; peak: number; before: number }> {
  const before = process.memoryUsage().rss
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  try {
    const value = await work()
    return { value, peak: Math.max(peak, process.memoryUsage().rss), before }
  } finally {
    clearInterval(timer)
  }
}

async function one(n: number): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'binome-bench-run-'))
  let platform: Platform | undefined
  try {
    // A clock that runs from a fixed morning: the dates stay reproducible, and the per-minute request budget moves on
    // (a frozen clock kept the polls in one minute, so after 300 of them every request was refused with 429).
    const clockStart = Date.now()
    const now = () => new Date(Date.parse(`${YEAR}-06-01T09:00:00Z`) + (Date.now() - clockStart))
    platform = await startPlatform({ port: 0, quiet: true, dataDir, now, matchingThread: !inProcess })
    const admin = await signIn(platform, 'admin@mentoryou.demo')
    const coordinator = await signIn(platform, 'coordination@mentoryou.demo')
    const programme = (await admin.post(`/api/onboarding/orgs/${PLS}/programmes`, { name: `Pool national ${n}` })).body as { id: string }
    const tenant = platform.deps.data.forTenant(systemContext(PLS))
    // The PLS method's rules (its eight criteria, geography mandatory within 25 km) in force for the pool.
    const saved = await tenant.rules.save(programme.id, 1, methodologyRules('pls-mentoryou')!, { by: 'bench', now: new Date().toISOString(), note: 'PLS' })
    const people = await nationalPool(n, programme.id, saved.version)
    let t = performance.now()
    // Written in batches (25 items a request), as an import writes them: one transaction a person took an hour at 20,000.
    await tenant.people.createMany(people.map((person) => ({ person })))
    const setupMs = performance.now() - t

    // Baseline, same process, same people: the engine alone (what an inner-function benchmark would time).
    t = performance.now()
    const engineOnly = await computeSuggestions(people.filter((p) => p.kind === 'mentee'), people.filter((p) => p.kind === 'mentor'), saved.rules.criteria, {
      objective: 'max-score', minScore: 0, day: new Date(`${YEAR}-06-01T09:00:00Z`),
    })
    const engineOnlyMs = performance.now() - t
    ;(globalThis as { gc?: () => void }).gc?.()

    const runs = `/api/matching/orgs/${PLS}/programmes/${programme.id}/runs`
    // Counted where the requests arrive, the local endpoint: the worker's thread sends its own over HTTP to the same
    // dynalite, so they are in the count with the API's (the polls' few GetItems included).
    const requestsBefore = dynamoRequestCount(platform.dynamo.endpoint)
    const { value, peak, before } = await peakRss(async () => {
      const started = performance.now()
      const lossesTrace: { atMs: number; done: number; total: number }[] = []
      const run = (await coordinator.post(runs, { objective: 'max-score' })).body as { id: string }
      let done: { status: string; summary: { matched: number; unmatched: number; ms: number; timings: { loadMs: number; computeMs: number; writeMs: number } } }
      const stages = new Set<string>()
      for (;;) {
        // Locally the worker computes in the API's own process: a poll that meets the engine mid-computation may
        // have its kept-alive connection reset; poll again, as the screen does.
        const reply = await coordinator.get(`${runs}/${run.id}`).catch(() => undefined)
        if (reply?.status !== 200) {
          await new Promise((r) => setTimeout(r, 250))
          continue
        }
        done = reply.body
        if ((done as { progress?: { stage: string } }).progress) stages.add((done as unknown as { progress: { stage: string } }).progress.stage)
        if (done.status === 'completed' || done.status === 'failed') break
        // Four polls a second stay inside the user's 300 requests a minute however long the run takes.
        await new Promise((r) => setTimeout(r, 250))
      }
      const endToEndMs = performance.now() - started
      const firstPage = performance.now()
      const page = (await coordinator.get(`${runs}/${run.id}/suggestions?limit=50`)).body as { items: { menteeId: string }[] }
      const firstPageMs = performance.now() - firstPage
      // Then the worker computes every mentee's alternatives with their exact losses, over as many invocations as it
      // needs (each hands the rest on in a continuation message): until the run says ready. Polled every second, as the
      // review screen does; the user's 300 requests a minute would refuse a faster poll over a long computation.
      let losses: { losses: string; summary: { timings: { lossesMs?: number } } }
      for (;;) {
        const reply = await coordinator.get(`${runs}/${run.id}`).catch(() => undefined)
        const progress = (reply?.body as { lossesProgress?: { done: number; total: number } } | undefined)?.lossesProgress
        if (progress && progress.done !== lossesTrace.at(-1)?.done) lossesTrace.push({ atMs: performance.now() - started, ...progress })
        if (reply?.status === 200 && reply.body.losses !== 'computing') {
          losses = reply.body
          break
        }
        await new Promise((r) => setTimeout(r, 1000))
      }
      const lossesReadyMs = performance.now() - started
      const requests = dynamoRequestCount(platform!.dynamo.endpoint)
      // The first page again once the worker is idle: locally the worker computes the losses in a thread of its own (or in
      // the API's event loop with BENCH_MATCHING_IN_PROCESS=1), so the read above competes with it for the cores only.
      const idlePage = performance.now()
      await coordinator.get(`${runs}/${run.id}/suggestions?limit=50`)
      const firstPageIdleMs = performance.now() - idlePage
      // What the review screen pays: one mentee's alternatives, read by the route (one GetItem), 20 mentees.
      const reads: number[] = []
      for (const s of page.items.slice(0, 20)) {
        const t0 = performance.now()
        const reply = await coordinator.get(`${runs}/${run.id}/mentees/${s.menteeId}/alternatives`)
        if (reply.status !== 200) throw new Error(`alternatives answered ${reply.status}`)
        reads.push(performance.now() - t0)
      }
      reads.sort((a, b) => a - b)
      return { done, endToEndMs, firstPageMs, firstPageIdleMs, pageItems: page.items.length, stages: [...stages], losses, lossesReadyMs, lossesTrace, reads, requests }
    })
    if (value.done.status !== 'completed') throw new Error(`the ${n} × ${n} run ended ${value.done.status}`)
    const s = value.done.summary
    console.log(`\n${n.toLocaleString('en')} × ${n.toLocaleString('en')} (national pool, data on disk)`)
    console.log(`  end to end (POST → worker → "completed" seen by polling): ${fmt(value.endToEndMs)}`)
    console.log(`    worker: load ${fmt(s.timings.loadMs)} · compute ${fmt(s.timings.computeMs)} (engine ${fmt(s.ms)}) · write ${fmt(s.timings.writeMs)} (${(s.matched + s.unmatched).toLocaleString('en')} items)`)
    console.log(`    stages seen while polling: ${value.stages.join(' → ') || '(too fast to see)'}`)
    console.log(`  baseline, same run: engine alone on the same people ${fmt(engineOnlyMs)} (${engineOnly.suggestions.length} pairs)`)
    const invocations = (value.losses.summary as { lossesInvocations?: number }).lossesInvocations
    console.log(`  alternatives with exact losses (${value.losses.losses}): ${fmt(value.losses.summary.timings.lossesMs ?? 0)} in the worker after "completed"${invocations ? `, over ${invocations} invocation${invocations > 1 ? 's' : ''} (each continued by a message)` : ''}; ${fmt(value.lossesReadyMs)} from POST to losses ${value.losses.losses}`)
    const trace = value.lossesTrace
    const shown = trace.length <= 12 ? trace : trace.filter((_, i) => i % Math.ceil(trace.length / 12) === 0 || i === trace.length - 1)
    console.log(`    progress seen by polling (mentees with their alternatives, time from POST): ${shown.map((p) => `${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} at ${fmt(p.atMs)}`).join(' · ') || '(too fast to see)'}`)
    const byOperation = Object.entries(value.requests.byOperation)
      .map(([op, count]) => [op, count - (requestsBefore.byOperation[op] ?? 0)] as const)
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1])
    console.log(`    DynamoDB requests from POST to losses ${value.losses.losses} (the worker's thread and the API's polls): ${(value.requests.total - requestsBefore.total).toLocaleString('en')} — ${byOperation.map(([op, count]) => `${op} ${count.toLocaleString('en')}`).join(', ')}`)
    console.log(`    route …/mentees/{menteeId}/alternatives: median ${fmt(value.reads[Math.floor(value.reads.length / 2)] ?? 0)}, max ${fmt(value.reads.at(-1) ?? 0)} over ${value.reads.length} mentees`)
    console.log(`  matched ${s.matched.toLocaleString('en')}, unmatched ${s.unmatched.toLocaleString('en')}; first page of 50 suggestions ${fmt(value.firstPageMs)} while the worker computes the losses (${inProcess ? 'on the API\'s event loop' : 'in its thread'}), ${fmt(value.firstPageIdleMs)} once it is idle; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`)
    console.log(`  memory: resident ${mib(before)} before the run, peak ${mib(peak)} during it (+${mib(peak - before)}; platform, dynalite and the worker's thread in one process)`)
    console.log(`  (setup, not timed above: ${people.length.toLocaleString('en')} people written in ${fmt(setupMs)})`)
  } finally {
    await platform?.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}

console.log(`bench:matching-run — ${perSide.join(', ')} per side; one run each (each size is a fresh platform)`)
for (const n of perSide) await one(n)
