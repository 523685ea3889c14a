/**
 * `pnpm bench:people`: the people list and board of a 20,000-person programme (issue 8: "stays fast with 20,000
 * people in a programme — served by indexed queries, never a table scan"), timed through the HTTP API of the local
 * platform as the web app calls it, each beside the baseline of reading one programme in the same run.
 *
 * Options (environment): BENCH_PEOPLE (default 20000, half a side), BENCH_RUNS (default 5).
 */
import { newProgramme, personStages, type PersonStage } from '@binome/core'
import { systemContext } from '@binome/data'
import { dynamoRequestCount, startPlatform } from '@binome/local'
import { latestCode } from '../support/client'
import { writePool } from '../support/pool'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
const total = Number(process.env.BENCH_PEOPLE ?? 20_000)
const runs = Number(process.env.BENCH_RUNS ?? 5)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

// A programme in full swing: most people ready or in a duo, a tail at every earlier step.
const spreadStages: PersonStage[] = ['ready', 'ready', 'ready', 'matched', 'matched', 'matched', 'applied', 'informed', 'interviewed', 'accepted', 'refused', 'closed']
const stageOf = (kind: 'mentor' | 'mentee', i: number): PersonStage => {
  const s = spreadStages[(i * 7 + (kind === 'mentor' ? 3 : 0)) % spreadStages.length]!
  return s === 'accepted' && kind === 'mentor' && i % 2 === 0 ? 'trained' : s
}

const p = await startPlatform({ port: 0, quiet: true, demoRuns: false, usageLimits: { perOrganisationPerMinute: 1e9, perUserPerMinute: 1e9 } })
try {
  const org = 'pls-mentoryou'
  const programmeId = 'bench-20k'
  const tenant = p.deps.data.forTenant(systemContext(org))
  const now = new Date()
  const current = await tenant.rules.current('mentoryou-2026')
  await tenant.programmes.create(newProgramme({ name: 'Bench 20 000', status: 'active' }, { id: programmeId, orgId: org, now: now.toISOString() }), current.rules, { kind: 'copy', from: 'mentoryou-2026' })
  const t0 = performance.now()
  await writePool(p.deps.data, { orgId: org, programmeId, perSide: total / 2, now, stage: stageOf })
  console.log(`seeded ${total} people in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

  const email = 'admin@mentoryou.demo'
  await fetch(`${p.url}/api/auth/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) })
  const code = await latestCode(p, email)
  const token = ((await (await fetch(`${p.url}/api/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, code }) })).json()) as { idToken: string }).idToken
  const auth = { authorization: `Bearer ${token}` }
  const base = `/api/onboarding/orgs/${org}/programmes/${programmeId}`
  const someone = ((await (await fetch(`${p.url}${base}/people?limit=1&stage=interviewed`, { headers: auth })).json()) as { items: { firstName: string; lastName: string }[] }).items[0]!
  const cases: [string, string][] = [
    ['baseline: GET one programme', base],
    ['list, first page of 50 (no filter)', `${base}/people?limit=50`],
    ['list, one stage and side', `${base}/people?limit=50&stage=interviewed&kind=mentee`],
    [`list, search a full name (${someone.firstName} ${someone.lastName})`, `${base}/people?limit=50&q=${encodeURIComponent(`${someone.firstName} ${someone.lastName}`)}`],
    ['list, search a first name alone', `${base}/people?limit=50&q=${encodeURIComponent(someone.firstName)}`],
    ['list, search a word matching no one', `${base}/people?limit=50&q=zzzz`],
    ['list, locality Namur', `${base}/people?limit=50&locality=Namur`],
    ['list, language Tigrinya + side', `${base}/people?limit=50&language=ti&kind=mentee`],
    ['board: counts at each of 9 stages', `${base}/pipeline`],
  ]
  await fetch(p.url + base, { headers: auth }).then((r) => r.arrayBuffer()) // binds the sign-in
  console.log(`\n## People list and board, ${total} people in one programme: median of ${runs} runs (min–max), through the HTTP API\n`)
  console.log('| request | status | items | ms | DynamoDB calls |')
  console.log('|---|---|---|---|---|')
  for (const [name, path] of cases) {
    const times: number[] = []
    let status = 0
    let items = '-'
    let calls = 0
    for (let r = 0; r < runs + 1; r++) {
      const before = dynamoRequestCount(p.dynamo.endpoint).total
      const t = performance.now()
      const reply = await fetch(p.url + path, { headers: auth })
      const body = (await reply.json()) as { items?: unknown[]; counts?: Record<string, number> }
      const elapsed = performance.now() - t
      status = reply.status
      calls = dynamoRequestCount(p.dynamo.endpoint).total - before
      items = body.items ? String(body.items.length) : body.counts ? personStages.map((s) => body.counts![s]).join('/') : '-'
      if (r > 0) times.push(elapsed) // the first run warms the who-you-are cache
    }
    console.log(`| ${name} | ${status} | ${items} | ${median(times).toFixed(0)} (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}) | ${calls} |`)
  }
} finally {
  await p.stop()
}
