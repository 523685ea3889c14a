/**
 * `pnpm bench:community`: the time to send the mentor community newsletter to 1,000 mentors (issue 10), through the
 * HTTP API of the local platform (the outbox standing in for SES), beside the baseline of reading one programme in the
 * same run. The first newsletter also makes each mentor's unsubscribe token; later ones reuse them, so both are timed.
 * A newsletter is sent in the background: each row says the POST's answer (202, queued) and the user's path to the
 * sent state (POST, then the page's poll of the newsletter every 250 ms here, through the newsletters queue and worker).
 * A peer-meeting invitation cannot reach 1,000 mentors at once: a session holds at most 500 (maxSessionCapacity).
 *
 * Options (environment): BENCH_MENTORS (default 1000), BENCH_RUNS (default 3).
 */
import { newProgramme } from '@binome/core'
import { systemContext } from '@binome/data'
import { dynamoRequestCount, startPlatform } from '@binome/local'
import { latestCode } from '../support/client'
import { writePool } from '../support/pool'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
const mentors = Number(process.env.BENCH_MENTORS ?? 1000)
const runs = Number(process.env.BENCH_RUNS ?? 3)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const p = await startPlatform({ port: 0, quiet: true, demoRuns: false, demoDuos: false, usageLimits: { perOrganisationPerMinute: 1e9, perUserPerMinute: 1e9 } })
try {
  const org = 'pls-mentoryou'
  const programmeId = 'bench-community'
  const tenant = p.deps.data.forTenant(systemContext(org))
  const now = new Date()
  const current = await tenant.rules.current('mentoryou-2026')
  await tenant.programmes.create(newProgramme({ name: 'Bench communauté', status: 'active' }, { id: programmeId, orgId: org, now: now.toISOString() }), current.rules, { kind: 'copy', from: 'mentoryou-2026' })
  const t0 = performance.now()
  // Every mentor active (ready for a duo): all of them are mailed; the mentees stay at their first step.
  await writePool(p.deps.data, { orgId: org, programmeId, perSide: mentors, now, stage: (kind) => (kind === 'mentor' ? 'ready' : 'applied') })
  console.log(`seeded ${mentors} mentors (and as many mentees) in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

  const email = 'coordination@mentoryou.demo'
  await fetch(`${p.url}/api/auth/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) })
  const code = await latestCode(p, email)
  const token = ((await (await fetch(`${p.url}/api/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, code }) })).json()) as { idToken: string }).idToken
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const base = `/api/onboarding/orgs/${org}/programmes/${programmeId}`
  await fetch(p.url + base, { headers }).then((r) => r.arrayBuffer()) // binds the sign-in

  const time = async (call: () => Promise<Response>) => {
    const before = dynamoRequestCount(p.dynamo.endpoint).total
    const mails = p.outbox.list().length
    const t = performance.now()
    const reply = await call()
    const body = (await reply.json()) as { sent?: number; recipients?: number }
    return { ms: performance.now() - t, status: reply.status, calls: dynamoRequestCount(p.dynamo.endpoint).total - before, mails: p.outbox.list().length - mails, body }
  }
  const post = (n: number) => fetch(`${p.url}${base}/newsletters`, {
    method: 'POST', headers, body: JSON.stringify({ subject: `Nouvelles n° ${n}`, body: 'Bonjour à toutes et à tous, voici les nouvelles du mois.' }),
  })
  /** POST, then poll until sent or failed: the reply is the last read; `answeredMs` the POST's own time. */
  let answeredMs = 0
  const send = (n: number) => async () => {
    const t = performance.now()
    const queued = (await (await post(n)).json()) as { id: string }
    answeredMs = performance.now() - t
    for (;;) {
      const reply = await fetch(`${p.url}${base}/newsletters/${queued.id}`, { headers })
      const read = (await reply.clone().json()) as { state: string }
      if (read.state === 'sent' || read.state === 'failed') return reply
      await new Promise((done) => setTimeout(done, 250))
    }
  }

  console.log(`\n## Mentor newsletter to ${mentors} active mentors: through the HTTP API, the local outbox for SES\n`)
  console.log('| request | status | mails | ms to sent (median, min–max) | POST answered, ms | DynamoDB calls |')
  console.log('|---|---|---|---|---|---|')
  const baseline = []
  for (let r = 0; r < runs; r++) baseline.push(await time(() => fetch(p.url + base, { headers })))
  const row = (name: string, rows: Awaited<ReturnType<typeof time>>[], answered = '–') => {
    const ms = rows.map((r) => r.ms)
    console.log(`| ${name} | ${rows[0]!.status} | ${rows[0]!.mails} | ${median(ms).toFixed(0)} (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}) | ${answered} | ${rows[0]!.calls} |`)
  }
  row('baseline: GET one programme', baseline)
  row('newsletter, first (makes each unsubscribe token)', [await time(send(1))], answeredMs.toFixed(0))
  const again = []
  const answers = []
  for (let r = 0; r < runs; r++) {
    again.push(await time(send(r + 2)))
    answers.push(answeredMs)
  }
  row('newsletter, again (tokens reused)', again, median(answers).toFixed(0))
} finally {
  await p.stop()
}
