/**
 * Lighthouse mobile performance of the sign-in page and an organisation's home, against the local platform serving
 * the built web app (`pnpm bench:web`). Each page is measured several times with an empty HTTP cache; the report
 * gives medians and the spread (min–max), and the JavaScript the page really transferred (compressed, as sent).
 *
 *   pnpm bench:web                          # starts the platform on the current build (pnpm --filter @binome/web build first)
 *   pnpm bench:web --runs 5                 # more runs
 *   pnpm bench:web --url http://localhost:3000   # an already running platform (it must hold the demo accounts)
 *   pnpm bench:web --json                   # one JSON object instead of the table
 *
 * Not part of `pnpm test`: a run takes about a minute and its figures depend on the machine's load.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const webDir = fileURLToPath(new URL('..', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'binome-lighthouse-'))
// Chromium and Lighthouse write under XDG folders; keep them out of the home directory.
process.env.XDG_CONFIG_HOME = join(scratch, 'config')
process.env.XDG_CACHE_HOME = join(scratch, 'cache')
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    url: { type: 'string' },
    json: { type: 'boolean', default: false },
    account: { type: 'string', default: 'admin@mentoryou.demo' },
  },
})
const runs = Math.max(1, Number(args.runs))

interface Session {
  idToken: string
  expiresAt: string
  email: string
}

/** Signs in through the local issuer, reading the code in the local outbox, as a person would. */
async function signIn(base: string, email: string): Promise<{ session: Session; orgId: string }> {
  const post = (path: string, body: unknown) =>
    fetch(`${base}/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const asked = await post('/auth/code', { email })
  if (!asked.ok) throw new Error(`account: ${email} cannot ask for a code (${asked.status}); is it a demo account of this platform?`)
  // The code is mailed after the answer (the same work for known and unknown addresses): wait for it, a loaded
  // machine can take seconds.
  let code: string | undefined
  for (const started = Date.now(); !code && Date.now() - started < 30_000; await new Promise((r) => setTimeout(r, 200))) {
    const outbox = (await (await fetch(`${base}/api/outbox`)).json()) as { items: Array<{ to: string; text: string }> }
    code = /\b(\d{6})\b/.exec(outbox.items.find((m) => m.to.includes(email))?.text ?? '')?.[1]
  }
  if (!code) throw new Error(`no sign-in code for ${email} in the outbox after 30 s`)
  const token = (await (await post('/auth/token', { email, code })).json()) as { idToken: string; expiresAt: string }
  const me = (await (
    await fetch(`${base}/api/onboarding/me`, { headers: { authorization: `Bearer ${token.idToken}` } })
  ).json()) as { memberships: Array<{ orgId: string }> }
  const orgId = me.memberships[0]?.orgId
  if (!orgId) throw new Error(`${email} belongs to no organisation`)
  return { session: { ...token, email }, orgId }
}

interface Sample {
  score: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  speedIndex: number
  /** Bytes of JavaScript on the wire (compressed), and all bytes. */
  scriptBytes: number
  totalBytes: number
  finalUrl: string
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

async function main(): Promise<void> {
  let base = args.url?.replace(/\/$/, '')
  let stop: (() => Promise<void>) | undefined
  if (!base) {
    const buildDir = join(webDir, 'build')
    if (!existsSync(join(buildDir, 'index.html'))) throw new Error('no built web app: run pnpm --filter @binome/web build first')
    // The platform's own code, as `pnpm start` runs it (a relative import: the web package does not depend on it).
    const { startPlatform } = await import('../../packages/local/src/index')
    const platform = await startPlatform({ port: 0, quiet: true, dataDir: join(scratch, 'data'), webDir: buildDir })
    base = platform.url
    stop = () => platform.stop()
  }

  try {
    await measure(base)
  } finally {
    await stop?.()
  }
}

async function measure(base: string): Promise<void> {
  const [{ default: lighthouse }, chromeLauncher, { default: puppeteer }] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
    import('puppeteer-core'),
  ])
  const { session, orgId } = await signIn(base, args.account)
  // The sign-in page also in English: another language than French waits for its catalogue before it renders.
  const pages = [
    { name: 'sign-in', path: '/signin', session: null, locale: null },
    { name: 'sign-in en', path: '/signin', session: null, locale: 'en' },
    { name: 'org home', path: `/orgs/${encodeURIComponent(orgId)}`, session, locale: null },
  ]

  mkdirSync(join(scratch, 'profile'), { recursive: true })
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    userDataDir: join(scratch, 'profile'),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` })
  const results: Record<string, Sample[]> = {}
  const failures: Record<string, number> = {}
  try {
    for (const spec of pages) {
      results[spec.name] = []
      failures[spec.name] = 0
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage()
        const cdp = await page.createCDPSession()
        await cdp.send('Network.clearBrowserCache')
        // The app keeps its token in sessionStorage and the reader's language in localStorage; put them there as
        // signing in and the language picker would, on a small same-site file.
        await page.goto(`${base}/config.json`)
        await page.evaluate(`localStorage.removeItem('binome.locale')`)
        if (spec.locale) await page.evaluate(`localStorage.setItem('binome.locale', ${JSON.stringify(spec.locale)})`)
        if (spec.session) await page.evaluate(`sessionStorage.setItem('binome.session', ${JSON.stringify(JSON.stringify(spec.session))})`)
        const result = await lighthouse(
          `${base}${spec.path}`,
          { output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true },
          undefined,
          page,
        )
        await page.close()
        if (!result) throw new Error(`Lighthouse gave no result for ${spec.path}`)
        const lhr = result.lhr
        // A run Lighthouse could not measure (NO_FCP when the page did not paint in time, say) has no figures: it is
        // said and run again, not counted as a score of 0.
        if (lhr.runtimeError) {
          process.stderr.write(`${spec.name} run ${i + 1}/${runs}: not measured (${lhr.runtimeError.code}: ${lhr.runtimeError.message}); run again\n`)
          if (++failures[spec.name]! > runs) throw new Error(`${spec.name}: more unmeasured runs than runs asked (${runs}); is the machine loaded?`)
          i--
          continue
        }
        const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
        const summary = (lhr.audits['resource-summary']?.details as { items?: Array<{ resourceType: string; transferSize: number }> } | undefined)?.items ?? []
        results[spec.name]?.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          fcp: numeric('first-contentful-paint'),
          lcp: numeric('largest-contentful-paint'),
          tbt: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
          speedIndex: numeric('speed-index'),
          scriptBytes: summary.find((s) => s.resourceType === 'script')?.transferSize ?? Number.NaN,
          totalBytes: summary.find((s) => s.resourceType === 'total')?.transferSize ?? Number.NaN,
          finalUrl: lhr.finalDisplayedUrl,
        })
        if (!args.json) process.stderr.write(`${spec.name} run ${i + 1}/${runs}: ${results[spec.name]?.at(-1)?.score}\n`)
      }
    }
  } finally {
    await browser.disconnect()
    chrome.kill()
  }

  const report = Object.entries(results).map(([name, samples]) => {
    const of = (k: keyof Omit<Sample, 'finalUrl'>) => samples.map((s) => s[k])
    const scores = of('score')
    return {
      page: name,
      finalUrl: new URL(samples[0]?.finalUrl ?? base).pathname,
      runs: samples.length,
      score: { median: median(scores), min: Math.min(...scores), max: Math.max(...scores) },
      fcpMs: Math.round(median(of('fcp'))),
      lcpMs: Math.round(median(of('lcp'))),
      tbtMs: Math.round(median(of('tbt'))),
      cls: Number(median(of('cls')).toFixed(3)),
      speedIndexMs: Math.round(median(of('speedIndex'))),
      scriptKB: Number((median(of('scriptBytes')) / 1024).toFixed(1)),
      totalKB: Number((median(of('totalBytes')) / 1024).toFixed(1)),
    }
  })
  if (args.json) {
    console.log(JSON.stringify({ base, runs, pages: report }, null, 2))
    return
  }
  console.log(`Lighthouse 12 mobile performance, ${runs} runs each, empty cache, ${base}`)
  console.log('page       | final path          | score median (min–max) | FCP ms | LCP ms | TBT ms | CLS   | SI ms | JS KB on the wire | all KB')
  for (const r of report) {
    console.log(
      `${r.page.padEnd(10)} | ${r.finalUrl.padEnd(19)} | ${String(r.score.median).padStart(6)} (${r.score.min}–${r.score.max})`.padEnd(55) +
        ` | ${String(r.fcpMs).padStart(6)} | ${String(r.lcpMs).padStart(6)} | ${String(r.tbtMs).padStart(6)} | ${r.cls.toFixed(3)} | ${String(r.speedIndexMs).padStart(5)} | ${String(r.scriptKB).padStart(17)} | ${r.totalKB}`,
    )
  }
}

main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exitCode = 1
  })
  .finally(() => rmSync(scratch, { recursive: true, force: true }))
