import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { Logger } from '@aws-lambda-powertools/logger'
import { SESv2Client } from '@aws-sdk/client-sesv2'
import { SQSClient } from '@aws-sdk/client-sqs'
import { Hono } from 'hono'
import { DomainError, defaultApplicationLimits, defaultUsageLimits, type ApplicationLimits, type UsageLimits } from '@binome/core'
import { createData } from '@binome/data'
import { localDataAccess, type LocalDataAccess } from './runtime/local-data-access'
import { ErrorLedger, localOperations } from './runtime/local-operations'
import { matchingThread } from './runtime/matching-thread-host'
import {
  buildApi,
  errorResponse,
  exportsQueueSettings,
  exportsWorker,
  jwtVerifier,
  matchingQueueSettings,
  matchingWorker,
  newslettersQueueSettings,
  newslettersWorker,
  newId,
  scheduledHandlers,
  scheduleTargets,
  schedules,
  sesMailer,
  sqsExportsQueue,
  sqsMatchingQueue,
  sqsNewslettersQueue,
  tableBackedDirectory,
  confinedResultsFiles,
  type Deps,
} from '@binome/functions'
import { issuerApp, localAudience } from './issuer/issuer'
import { loadOrCreateKeys } from './issuer/keys'
import {
  acquireDataDirLock,
  LOCAL_AWS_REGION,
  LOCAL_CREDENTIALS,
  createLocalQueue,
  createOutbox,
  folderDocumentStore,
  lockFor,
  routeSesToOutbox,
  routeSqsToLocalQueues,
  startDynamo,
  startScheduler,
  type Outbox,
  type LocalQueue,
  type SqsBatchHandler,
} from './runtime'
import { queueDemoRuns } from './seed/demo-runs'
import { demoAccounts, isUnseeded, seedDemoData } from './seed/seed'
import { restoreOrSeedOnce } from './seed/snapshot'
import { cacheControl, staticFiles } from './static-files'
import { localSecurityHeaders } from './security-headers'

export interface PlatformOptions {
  /** TCP port; 0 picks a free one. */
  port?: number
  /** Where everything persists (database, queue, outbox, signing key); in memory when absent. */
  dataDir?: string
  /** The built web app (web/build); the API alone is served when absent. */
  webDir?: string
  /** No console output (tests). */
  quiet?: boolean
  /** Seed the demo organisations into an empty store (default true). */
  seed?: boolean
  /**
   * With a fresh seed, the demo's first activity (default true): each demo programme's first matching run, queued
   * for the worker, and a first pass of each schedule (the daily sweep), so that a newcomer's home already holds the day's work.
   */
  demoRuns?: boolean
  /**
   * With a fresh seed, MentorYou's demo duos at every step and their history (default true); tests that propose duos
   * of their own start without them (`testPlatform`).
   */
  demoDuos?: boolean
  /**
   * With the demo duos, a year of closed ones (35 duos and their people, ./seed/demo-closed-duos) for the results,
   * the profile analysis and the audit: `pnpm start`'s demo asks for it; off by default, as it lengthens the seed.
   */
  demoClosedDuos?: boolean
  /** The platform's clock, for tests. */
  now?: () => Date
  /**
   * `now` starts at the real time (the real clock plus an offset that is 0 at the start, or the real time read once and
   * held, within a minute of the start) until the test moves it on: the seed is then the real clock's, so a snapshot of
   * the same day serves (./seed/snapshot) instead of a seed of its own, which a clock given otherwise gets (its seed is
   * kept for that very instant).
   */
  clockStartsReal?: boolean
  /**
   * A folder of seed snapshots (./seed/snapshot): a fresh seed is kept there, and a start of the same variant on the
   * same day restores it instead of seeding again. Defaults to `BINOME_SEED_SNAPSHOTS`, which the test run sets; none
   * (a real seed each time) otherwise or with `false` (tests of the first start itself).
   */
  seedSnapshots?: string | false
  /** Requests per minute per organisation and per user (default `defaultUsageLimits`, as on AWS). */
  usageLimits?: UsageLimits
  /** Public applications per hour and address / client; the defaults unless a test sets them. */
  applicationLimits?: ApplicationLimits
  /**
   * The matching worker's share of time for a run's alternatives per invocation, and mentees per chunk: tests make them
   * small so that a small run needs continuations (default: the invocation's remaining time, 250).
   */
  matchingLosses?: { budgetMs?: number; chunk?: number }
  /**
   * Run the matching worker in a thread of its own (./runtime/matching-thread-host), so that a run's CPU leaves the
   * API's event loop free, as on AWS where it is another function. Default: with a data folder (`pnpm start`) and the
   * real clock; the tests' platforms in memory keep it in this thread (booting the thread costs seconds of CPU), and a
   * test's clock (`now`) cannot be shared with a thread (with true, the thread keeps the real clock).
   */
  matchingThread?: boolean
  /**
   * The local queues' wait before a failed message is received again (default: 1 s, doubling, as ./runtime/queue). On AWS
   * SQS redelivers after the visibility timeout; tests that make a worker fail on every attempt shorten it.
   */
  queueBackoff?: { baseMs?: number; maxMs?: number }
}

export interface Platform {
  url: string
  port: number
  deps: Deps
  outbox: Outbox
  matchingQueue: LocalQueue
  /** The newsletters queue (tests deliver a message twice, or a poison one, and read its dead letters). */
  newslettersQueue: LocalQueue
  /** The documents bucket's folder (tests scan it, as the erasure test does for an erased person's strings). */
  documentsDir: string
  /** The embedded DynamoDB server (tests inspect the raw table through it). */
  dynamo: { endpoint: string; tableName: string }
  /** The confined data clients, and which tenants' credentials were asked for. */
  dataAccess: LocalDataAccess
  /** Resolves once queued work (matching runs, exports, newsletters) is done. */
  drain(): Promise<void>
  /** Whether the matching worker's thread is running (it boots at the first matching message; never without a thread). */
  matchingThreadStarted(): boolean
  /** Runs a schedule now, as EventBridge would at its time. */
  runSchedule(name: string): Promise<void>
  stop(): Promise<void>
}

const mailFrom = 'Binôme <no-reply@binome.local>'

/**
 * A body refused for its size (413) is answered before it is read: the connection is closed after the answer, as a
 * server must when it leaves a body unread, so that a client does not send its next request on a socket that still
 * holds the rest of the refused body (API Gateway does the same in front of Lambda).
 */
function closeAfterRefusedBody(res: Response): Response {
  if (res.status !== 413) return res
  const headers = new Headers(res.headers)
  headers.set('connection', 'close')
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers })
}

/**
 * The whole platform on embedded parts: dynalite (on disk), the in-process queue feeding the same worker,
 * the same schedules, the local outbox in place of SES, the built-in token issuer, the three API apps and
 * the web app — the same handlers and data code as on Lambda, wired to local clients.
 *
 * @example
 * const p = await startPlatform({ port: 3000, dataDir: '.data', webDir: 'web/build' })
 * console.log(p.url)
 * await p.stop()
 */
export async function startPlatform(opts: PlatformOptions = {}): Promise<Platform> {
  const now = opts.now ?? (() => new Date())
  // Checked before anything starts: a refused start leaves no server or store behind.
  if (opts.clockStartsReal && Math.abs(now().getTime() - Date.now()) > 60_000) {
    throw new Error(`clockStartsReal: the clock given as now reads ${now().toISOString()}, not the real time; leave clockStartsReal out for a clock of its own`)
  }
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : undefined
  const logger = new Logger({ serviceName: 'binome-local', logLevel: opts.quiet ? 'ERROR' : 'WARN' })
  const releaseDataDir = dataDir ? acquireDataDirLock(dataDir) : undefined
  const dynamo = await startDynamo({ ...(dataDir && { dataDir }) })
  // Tenant data through clients confined to the tenant's partitions, as the tenant role confines them on AWS.
  const dataAccess = localDataAccess(dynamo)
  const data = createData(dataAccess)
  const outbox = createOutbox({ ...(dataDir && { dataDir }), print: !opts.quiet })
  const ses = new SESv2Client({ region: LOCAL_AWS_REGION, credentials: LOCAL_CREDENTIALS })
  routeSesToOutbox(ses, outbox)
  // The documents bucket: files under the data folder, or under a temporary one (removed at stop) in memory mode.
  const documentsDir = dataDir ? join(dataDir, 'documents') : await mkdtemp(join(tmpdir(), 'binome-documents-'))

  // The port opens before the routes exist (the issuer's URL, and so the token verifier, needs the port when it is 0).
  // Until the app is complete, a separate, finished app answers 503: hono freezes an app's routes at its first
  // request, so the real app must never be asked anything before its last route is added.
  // The same security headers as CloudFront, on every answer (starting or not).
  const withHeaders = localSecurityHeaders(opts.webDir && resolve(opts.webDir))
  const starting = new Hono()
  starting.use('*', withHeaders)
  starting.all('*', (c) => {
    c.header('Retry-After', '1')
    return errorResponse(c, new DomainError('starting', 'Binôme is starting'))
  })
  let serving: Hono = starting
  let server: ServerType | undefined
  const port = await new Promise<number>((done, fail) => {
    server = serve(
      { fetch: async (req, env) => closeAfterRefusedBody(await serving.fetch(req, env)), port: opts.port ?? 3000, hostname: '127.0.0.1' },
      (info: AddressInfo) => done(info.port),
    )
    server.once('error', fail)
  })
  const url = `http://localhost:${port}`
  const issuer = `${url}/api/auth`

  let deps!: Deps
  // The queue may redeliver journaled messages as soon as it exists; the worker is built once deps are.
  let worker: ReturnType<typeof matchingWorker> | undefined
  const losses = {
    ...(opts.matchingLosses?.budgetMs !== undefined && { lossesBudgetMs: opts.matchingLosses.budgetMs }),
    ...(opts.matchingLosses?.chunk !== undefined && { lossesChunk: opts.matchingLosses.chunk }),
  }
  const withBackoff = <S extends object>(settings: S) => (opts.queueBackoff ? { ...settings, backoff: opts.queueBackoff } : settings)
  const thread = (opts.matchingThread ?? (!!dataDir && !opts.now))
    ? matchingThread(
      { endpoint: dynamo.endpoint, tableName: dynamo.tableName, journalDir: dynamo.journalDir, functionName: 'binome-matching', quiet: !!opts.quiet, losses },
      { lock: lockFor(dynamo.endpoint), send: (body) => void matchingQueue.send(body) },
    )
    : undefined
  // The thread boots at the first matching message (a run started, a continuation, a journaled message at restart), not
  // here: a start where nobody runs matching does not pay its seconds of CPU.
  const handler: SqsBatchHandler = thread?.handler ?? (async (event, context) => {
    worker ??= matchingWorker(deps, losses)
    return worker(event, context)
  })
  // What the operator's health page counts locally: failed worker deliveries (each failed receive, as Lambda
  // counts each failed invocation), failed schedules, API 5xx answers.
  const ledger = new ErrorLedger()
  const matchingQueue = createLocalQueue({
    name: 'binome-matching', settings: withBackoff(matchingQueueSettings), handler,
    ...(dataDir && { dataDir }),
    logger: {
      warn: (m) => { ledger.record('matching-worker', now().getTime()); logger.warn(m) },
      error: (m) => logger.error(m),
    },
  })
  // The results exports made in the background (issue 11): the same worker as on Lambda, fed by its own queue.
  let exportsHandler: ReturnType<typeof exportsWorker> | undefined
  const exportsQueue = createLocalQueue({
    name: 'binome-exports', settings: withBackoff(exportsQueueSettings),
    handler: async (event, context) => {
      exportsHandler ??= exportsWorker(deps)
      return exportsHandler(event, context)
    },
    ...(dataDir && { dataDir }),
    logger: {
      warn: (m) => { ledger.record('exports-worker', now().getTime()); logger.warn(m) },
      error: (m) => logger.error(m),
    },
  })
  // The mentor community newsletters mailed in the background (issue 10): the same worker as on Lambda.
  let newslettersHandler: ReturnType<typeof newslettersWorker> | undefined
  const newslettersQueue = createLocalQueue({
    name: 'binome-newsletters', settings: withBackoff(newslettersQueueSettings),
    handler: async (event, context) => {
      newslettersHandler ??= newslettersWorker(deps)
      return newslettersHandler(event, context)
    },
    ...(dataDir && { dataDir }),
    logger: {
      warn: (m) => { ledger.record('newsletters-worker', now().getTime()); logger.warn(m) },
      error: (m) => logger.error(m),
    },
  })
  const sqs = new SQSClient({ region: LOCAL_AWS_REGION, credentials: LOCAL_CREDENTIALS })
  routeSqsToLocalQueues(sqs, { [matchingQueue.url]: matchingQueue, [exportsQueue.url]: exportsQueue, [newslettersQueue.url]: newslettersQueue })

  const documents = folderDocumentStore(documentsDir)
  deps = {
    data, now, newId, logger,
    usageLimits: opts.usageLimits ?? defaultUsageLimits,
    applicationLimits: opts.applicationLimits ?? defaultApplicationLimits,
    mailer: sesMailer(ses, mailFrom),
    documents,
    // The results files as on AWS, where each organisation's are reached with its own tenant-role credentials:
    // a key outside results-exports/<orgId>/ is refused.
    resultsFiles: (orgId) => confinedResultsFiles(orgId, documents),
    tokens: jwtVerifier({ issuer, audience: localAudience, jwks: new URL(`${issuer}/jwks.json`), now }),
    matchingQueue: sqsMatchingQueue(sqs, matchingQueue.url),
    exportsQueue: sqsExportsQueue(sqs, exportsQueue.url),
    newslettersQueue: sqsNewslettersQueue(sqs, newslettersQueue.url),
    directory: tableBackedDirectory,
    operations: localOperations(matchingQueue, ledger),
    appUrl: url,
  }
  const seeded = opts.seed !== false && (await seedOrRestore())
  async function seedOrRestore(): Promise<boolean> {
    const seedNow = now()
    const snapshots = opts.seedSnapshots === false ? undefined : (opts.seedSnapshots ?? process.env.BINOME_SEED_SNAPSHOTS)
    const variant = { duos: opts.demoDuos !== false, closedYear: opts.demoDuos !== false && opts.demoClosedDuos === true, now: seedNow, fixedClock: opts.now !== undefined && !opts.clockStartsReal }
    const at = { endpoint: dynamo.endpoint, tableName: dynamo.tableName, documentsDir }
    const seed = () => seedDemoData(data, {
      now: seedNow, newId, ...(variant.duos && { duos: { documents: deps.documents, appUrl: url, closedYear: variant.closedYear } }),
    })
    // Only into an unseeded store, as the seed itself: a data folder that holds an organisation keeps it.
    if (snapshots && (await isUnseeded(data))) return restoreOrSeedOnce(snapshots, variant, at, seed)
    return seed()
  }

  const scheduler = startScheduler(
    scheduleTargets(schedules, scheduledHandlers, deps),
    { now, logger: { error: (m, e) => { ledger.record('schedules', now().getTime()); logger.error(m, { error: e }) } } },
  )

  const keys = await loadOrCreateKeys(dataDir)
  const root = new Hono()
  root.use('*', withHeaders)
  root.get('/config.json', (c) => c.json({ mode: 'local', apiBase: '/api' }, 200, { 'Cache-Control': cacheControl.revalidate }))
  root.route('/api/auth', issuerApp({ deps, keys, issuer, demoAccounts }))
  // Local mode only: the mails the platform "sent", newest first (sign-in codes, invitations).
  root.get('/api/outbox', (c) =>
    c.json({
      items: outbox.list().reverse().map((m) => ({
        id: m.id, to: m.to.join(', '), subject: m.subject, text: m.text ?? '', html: m.html, sentAt: m.sentAt,
        attachments: (m.attachments ?? []).map((a, i) => ({
          fileName: a.fileName, contentType: a.contentType, size: Buffer.from(a.content, 'base64').length,
          url: `/api/outbox/${m.id}/attachments/${i}`,
        })),
      })),
    }),
  )
  // One attachment as the recipient would open it (a calendar invitation opens in the developer's calendar).
  root.get('/api/outbox/:id/attachments/:index', (c) => {
    const a = outbox.get(c.req.param('id'))?.attachments?.[Number(c.req.param('index'))]
    if (!a) return c.json({ error: { code: 'not_found', reason: 'not-found', values: { entity: 'item' }, message: 'No such attachment' } }, 404)
    return c.body(Buffer.from(a.content, 'base64'), 200, {
      'Content-Type': a.contentType,
      'Content-Disposition': `attachment; filename="${a.fileName.replace(/[^\w.-]/g, '_')}"`,
    })
  })
  root.use('/api/:app/*', async (c, next) => {
    await next()
    if (c.res.status >= 500) ledger.record(`api-${c.req.param('app')}`, now().getTime())
  })
  root.route('/', buildApi(deps, ['onboarding', 'matching', 'monitoring'], { platformRoutes: true }))
  if (opts.webDir && existsSync(join(opts.webDir, 'index.html'))) {
    const webDir = resolve(opts.webDir)
    // As CloudFront serves it: compressed, hashed files cached for a year, the app shell for client-side routes.
    root.use('/*', staticFiles({ root: webDir }))
  }

  root.notFound((c) => errorResponse(c, new DomainError('no-such-route', 'No such route')))

  serving = root
  if (seeded && opts.demoRuns !== false) {
    await queueDemoRuns(deps)
    for (const s of schedules) if (s.demoFirstPass) await scheduler.runNow(s.name)
  }
  let stopped = false
  return {
    url, port, deps, outbox, matchingQueue, newslettersQueue, documentsDir,
    dynamo: { endpoint: dynamo.endpoint, tableName: dynamo.tableName },
    dataAccess,
    drain: async () => { await matchingQueue.drain(); await exportsQueue.drain(); await newslettersQueue.drain() },
    matchingThreadStarted: () => thread?.started() ?? false,
    async runSchedule(name) {
      await scheduler.runNow(name)
      const run = scheduler.lastRun(name)
      if (run && !run.ok) throw run.error
    },
    async stop() {
      if (stopped) return
      stopped = true
      await scheduler.stop()
      await new Promise<void>((done) => (server ? server.close(() => done()) : done()))
      await matchingQueue.close()
      await thread?.close()
      await exportsQueue.close()
      await newslettersQueue.close()
      outbox.close()
      await dynamo.close()
      if (!dataDir) await rm(documentsDir, { recursive: true, force: true })
      releaseDataDir?.()
    },
  }
}
