/**
 * `pnpm bench:portal-sessions`: what the portal's session reads cost in DynamoDB items, for the demo and for a large
 * programme, each beside its baselines measured in the same run: the whole sessions partition (what the peer meetings
 * read before they had a read of their own) and one session with its invitees.
 *
 *   items read: what DynamoDB reads to answer (a query's ScannedCount, a batch get's items), what it bills
 *   items sent back: what reaches the function (a query's filtered Items, a batch get's items)
 *   ms: median wall time of BENCH_RUNS calls (min–max), the reads interleaved so that all see the same load
 *
 * The large programme: BENCH_YEARS years (default 3) of 40 sessions a year (information sessions for 40 mentees,
 * trainings for 30 mentors, peer meetings for BENCH_PEERS mentors, default 100), two thirds of them past, written
 * straight through the data layer before the reads.
 *
 * Options (environment): BENCH_RUNS (default 7), BENCH_YEARS (default 3), BENCH_PEERS (default 100).
 */
import { loadavg } from 'node:os'
import { inviteToSession, newSession, type Invitable, type Session, type SessionInvitee } from '@binome/core'
import { startPlatform } from '@binome/local'
import { itemCountingTenant } from '../support/item-counting'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
const runs = Number(process.env.BENCH_RUNS ?? 7)
const years = Number(process.env.BENCH_YEARS ?? 3)
const peers = Number(process.env.BENCH_PEERS ?? 100)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const ORG = 'pls-mentoryou'

const p = await startPlatform({ port: 0, quiet: true, demoRuns: false })
try {
  // Clients of our own over the platform's table, counting what each answer holds as it arrives.
  const { tenant, counted } = itemCountingTenant(p, ORG)

  // The large programme's sessions, written before anything is measured.
  const programmeId = 'bench-sessions'
  const now = new Date()
  const t0 = performance.now()
  const person = (kind: 'mentor' | 'mentee', i: number): Invitable => ({
    id: `${kind}-${String(i).padStart(4, '0')}`, kind, firstName: 'Bench', lastName: `${kind} ${i}`, email: `${kind}${i}@bench.demo`,
  })
  const series: Session[] = []
  const invited: SessionInvitee[] = []
  const perYear = 40
  const total = years * perYear
  for (let n = 0; n < total; n++) {
    // Two thirds in the past, a third to come, a few days apart.
    const start = new Date(now.getTime() + (n - Math.round((total * 2) / 3)) * 9 * 86_400_000)
    const startsAt = `${start.toISOString().slice(0, 10)}T18:00`
    const kind = (['information', 'peer-meeting', 'training', 'peer-meeting'] as const)[n % 4]!
    const people = kind === 'information' ? Array.from({ length: 40 }, (_, i) => person('mentee', (n * 7 + i) % 400))
      : kind === 'training' ? Array.from({ length: 30 }, (_, i) => person('mentor', (n * 5 + i) % 300))
        : Array.from({ length: peers }, (_, i) => person('mentor', i))
    const s = newSession(
      { kind, title: `Bench ${kind} ${n}`, startsAt, durationMinutes: 90, place: 'Rue Coenraets 72, Saint-Gilles', videoLink: null, capacity: 500, topics: [] },
      { id: `bench-${String(n).padStart(4, '0')}`, orgId: ORG, programmeId, userId: 'bench', now: now.toISOString() },
    )
    const withPeople = inviteToSession(s, new Set(), people, { userId: 'bench', now: now.toISOString() })
    series.push(start < now ? { ...withPeople.session, state: 'held' } : withPeople.session)
    invited.push(...withPeople.invitees)
  }
  for (let i = 0; i < series.length; i += 50) {
    const chunk = series.slice(i, i + 50)
    const ids = new Set(chunk.map((s) => s.id))
    await tenant.sessions.createSeries(chunk, invited.filter((x) => ids.has(x.sessionId)))
  }
  console.log(`large programme: ${series.length} sessions (${series.filter((s) => s.state === 'scheduled').length} to come), ${invited.length} invitees, written in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

  const demoProgramme = 'mentoryou-2026'
  const demoAll = await tenant.sessions.all(demoProgramme)
  const demoOne = demoAll.find((r) => r.session.state === 'scheduled')?.session.id ?? demoAll[0]!.session.id
  const largeOne = series.find((s) => s.state === 'scheduled')!.id
  const at = now.toISOString()
  const reads: [string, string, () => Promise<unknown>][] = [
    ['demo', 'baseline: the whole partition (`all`)', () => tenant.sessions.all(demoProgramme)],
    ['demo', 'baseline: one session with its invitees (`get`)', () => tenant.sessions.get(demoProgramme, demoOne)],
    ['demo', 'mentor-01 peer meetings (`upcoming`, peer-meeting)', () => tenant.sessions.upcoming(demoProgramme, 'mentor-01', at, 'peer-meeting')],
    ['demo', 'mentee-01 « Mes séances » (`upcomingFor`)', () => tenant.sessions.upcomingFor(demoProgramme, 'mentee-01', at)],
    ['large', 'baseline: the whole partition (`all`)', () => tenant.sessions.all(programmeId)],
    ['large', 'baseline: one session with its invitees (`get`)', () => tenant.sessions.get(programmeId, largeOne)],
    ['large', 'mentor-0001 peer meetings (`upcoming`, peer-meeting)', () => tenant.sessions.upcoming(programmeId, 'mentor-0001', at, 'peer-meeting')],
    ['large', 'mentee-0001 « Mes séances » (`upcomingFor`)', () => tenant.sessions.upcomingFor(programmeId, 'mentee-0001', at)],
  ]
  const items = new Map<number, { read: number; sent: number }>()
  const times = new Map<number, number[]>()
  for (let r = 0; r <= runs; r++) {
    for (const [i, [, , read]] of reads.entries()) {
      counted.read = 0
      counted.sent = 0
      const t = performance.now()
      await read()
      const ms = performance.now() - t
      items.set(i, { ...counted })
      if (r > 0) times.set(i, [...(times.get(i) ?? []), ms]) // the first round warms up, not counted
    }
  }
  console.log(`\n## Portal session reads: DynamoDB items, ${runs} interleaved runs each (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end)\n`)
  console.log('| programme | read | items read | items sent back | ms, median (min–max) |')
  console.log('|---|---|---|---|---|')
  for (const [i, [programme, name]] of reads.entries()) {
    const ts = times.get(i)!
    console.log(`| ${programme} | ${name} | ${items.get(i)!.read} | ${items.get(i)!.sent} | ${median(ts).toFixed(1)} (${Math.min(...ts).toFixed(1)}–${Math.max(...ts).toFixed(1)}) |`)
  }
} finally {
  await p.stop()
}
