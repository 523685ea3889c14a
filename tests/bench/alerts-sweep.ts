/**
 * `pnpm bench:alerts`: the daily sweep at national scale (issue 10): 10,000 active duos across the demo's
 * organisations, their tracking lines written straight into the local table, then one sweep timed with its peak
 * memory (heap and RSS sampled every 20 ms; the local DynamoDB runs in the same process, so RSS includes it), beside
 * a sweep of 1,000 duos as the baseline: a paged sweep's memory must not grow with the number of duos.
 *
 * Options (environment): BENCH_DUOS (default 10000).
 */
import { BatchWriteItemCommand, DynamoDBClient, type AttributeValue } from '@aws-sdk/client-dynamodb'
import type { TrackingLine } from '@binome/core'
import { startPlatform, type Platform } from '@binome/local'
import { sweep } from '../../functions/src/monitoring/sweep'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
const total = Number(process.env.BENCH_DUOS ?? 10_000)
const programmes = [['pls-mentoryou', 'mentoryou-2026'], ['cai-duo-n2wa', 'duo-n2wa-2026']] as const
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`
const DAY = 86_400_000

/** A started duo in one of a few conditions (on time, overdue check-ins, quiet, behind, ending), by its number. */
function line(programmeId: string, n: number, today: number): TrackingLine {
  const started = new Date(today - (30 + (n % 200)) * DAY).toISOString().slice(0, 10)
  const end = new Date(today + (10 + (n % 300)) * DAY).toISOString().slice(0, 10)
  const last = new Date(today - (n % 40) * DAY).toISOString().slice(0, 10)
  const month = last.slice(0, 7)
  return {
    programmeId, duoId: `bench-${n}`, state: 'active', menteeId: `m${n}`, mentorId: `r${n}`, menteeName: `Mentee ${n}`, mentorName: `Mentor ${n}`,
    coordinatorId: 'bench-coordinator', acceptedAt: null, firstMeetingAt: null, firstMeetingHeld: true, contractGeneratedAt: null,
    startDate: started, plannedEndDate: end, months: { [month]: { meetings: n % 3, minutes: 90 * (n % 3), contacts: n % 2 } }, lastActivity: last,
    checkIns: { mentor: n % 4 === 0 ? { date: last, risk: n % 16 === 0 ? 'high' : 'none' } : null, mentee: null },
    updatedAt: new Date(today).toISOString(), version: 1,
  }
}

/** A plain value as DynamoDB's attribute value (the tests package has the low-level client only). */
function attr(v: unknown): AttributeValue {
  if (v === null) return { NULL: true }
  if (typeof v === 'string') return { S: v }
  if (typeof v === 'number') return { N: String(v) }
  if (typeof v === 'boolean') return { BOOL: v }
  return { M: Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, attr(x)])) }
}

async function seed(p: Platform, from: number, to: number) {
  const doc = new DynamoDBClient({ endpoint: p.dynamo.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } })
  const today = Date.now()
  for (let start = from; start < to; start += 25) {
    const items = []
    for (let n = start; n < Math.min(start + 25, to); n++) {
      const [orgId, programmeId] = programmes[n % programmes.length]!
      const item = { PK: `ORG#${orgId}#PROGRAMME#${programmeId}#TRACKING`, SK: `DUO#bench-${n}`, type: 'duo-tracking', ...line(programmeId, n, today) }
      items.push({ PutRequest: { Item: attr(item).M! } })
    }
    let pending: typeof items | undefined = items
    while (pending?.length) {
      const out = await doc.send(new BatchWriteItemCommand({ RequestItems: { [p.dynamo.tableName]: pending } }))
      pending = out.UnprocessedItems?.[p.dynamo.tableName] as typeof items | undefined
    }
  }
}

/** One sweep, timed, with the peak heap and RSS seen while it ran. */
async function measure(p: Platform) {
  globalThis.gc?.()
  const base = process.memoryUsage()
  let heap = base.heapUsed
  let rss = base.rss
  const timer = setInterval(() => {
    const m = process.memoryUsage()
    heap = Math.max(heap, m.heapUsed)
    rss = Math.max(rss, m.rss)
  }, 20)
  const t0 = performance.now()
  const report = await sweep(p.deps)
  const seconds = (performance.now() - t0) / 1000
  clearInterval(timer)
  return { report, seconds, heapBefore: base.heapUsed, heapPeak: heap, rssPeak: rss }
}

const p = await startPlatform({ port: 0, quiet: true, demoRuns: false, demoDuos: false })
try {
  const rows: string[][] = []
  let seeded = 0
  for (const size of [Math.min(1_000, total), total]) {
    await seed(p, seeded, size)
    seeded = size
    const m = await measure(p)
    rows.push([String(m.report.duos), String(m.report.alertsRaised), `${m.seconds.toFixed(1)} s`, mb(m.heapBefore), mb(m.heapPeak), mb(m.rssPeak), String(m.report.failed)])
  }
  console.log('\n## Daily sweep over active duos (local DynamoDB in process)\n')
  console.log('| duos | alerts raised | time | heap before | heap peak | RSS peak | failed orgs |')
  console.log('|---|---|---|---|---|---|---|')
  for (const r of rows) console.log(`| ${r.join(' | ')} |`)
} finally {
  await p.stop()
}
