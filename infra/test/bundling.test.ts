import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AppFunction } from '../lib/app-function'
import { bundleFunction } from '../lib/bundling'
import { type SynthesisedApp, synthesiseBinome } from './synth-app'

/**
 * Bundles every function for real with the local esbuild (no Docker), as `cdk synth` does, and loads each bundle
 * the way the Lambda Node runtime does: as an ES module exporting `handler`.
 */
let binome: SynthesisedApp
let functions: Array<[string, AppFunction]>
beforeAll(() => {
  binome = synthesiseBinome({ bundle: true, outdir: mkdtempSync(path.join(tmpdir(), 'binome-cdk-out-')) })
  functions = [
    ...Object.entries(binome.stacks.api.functions),
    ['matching-worker', binome.stacks.matching.worker],
    ['exports-worker', binome.stacks.exports.worker],
    ['newsletters-worker', binome.stacks.newsletters.worker],
    ...[...binome.stacks.monitoring.scheduleFunctions.entries()],
  ]
})

/** A function's properties in its stack's template. */
const functionProperties = (fn: AppFunction) => {
  const stack = fn.function.stack
  const resource = binome.template(stack).toJSON().Resources[stack.getLogicalId(fn.function.node.defaultChild as never)] as {
    Properties: { Code: { S3Key: string }; Environment: { Variables: Record<string, unknown> } }
  }
  return resource.Properties
}

/** The staged asset of a function: `asset.<hash>` in the cloud assembly, named after the S3 key of its code. */
const bundleDirectory = (fn: AppFunction): string =>
  path.join(binome.app.outdir, `asset.${functionProperties(fn).Code.S3Key.replace(/\.zip$/, '')}`)

/** The lazy chunks of a function's bundle, as paths relative to its directory. */
const chunks = (fn: AppFunction): string[] => {
  const dir = path.join(bundleDirectory(fn), 'chunks')
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mjs')).map((f) => `chunks/${f}`) : []
}

/** Plausible values for what the handlers read when they start (no AWS call is made by loading a module). */
const startupEnvironment = {
  AWS_REGION: 'eu-west-1',
  TABLE_NAME: 'binome-test',
  TENANT_DATA_ROLE_ARN: 'arn:aws:iam::123456789012:role/tenant-data',
  PLATFORM_DATA_ROLE_ARN: 'arn:aws:iam::123456789012:role/platform-data',
  MATCHING_QUEUE_ARN: 'arn:aws:sqs:eu-west-1:123456789012:matching',
  MATCHING_DEAD_LETTER_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/matching-dlq',
  MATCHING_DEAD_LETTER_QUEUE_ARN: 'arn:aws:sqs:eu-west-1:123456789012:matching-dlq',
  OPERATED_FUNCTIONS: '{"matching-worker":"worker"}',
  MAIL_FROM: 'no-reply@binome.example.org',
  APP_URL: 'https://app.binome.example.org',
  AUTH_ISSUER: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_test',
  AUTH_JWKS_URL: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_test/.well-known/jwks.json',
  AUTH_AUDIENCE: 'test-client',
  USER_POOL_ID: 'eu-west-1_test',
  MATCHING_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/matching',
  EXPORTS_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/exports',
  NEWSLETTERS_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/newsletters',
  DOCUMENTS_BUCKET: 'binome-documents-test',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
}

describe('function bundles', () => {
  it('bundles eight functions (three apps, three workers, two schedules), each as a minified ES module entry with its source map and its lazy chunks', () => {
    expect(functions).toHaveLength(8)
    for (const [name, fn] of functions) {
      const dir = bundleDirectory(fn)
      expect(existsSync(path.join(dir, 'index.mjs')), name).toBe(true)
      expect(existsSync(path.join(dir, 'index.mjs.map')), name).toBe(true)
      // The banner that gives bundled CommonJS dependencies a require(), in the entry and in every chunk.
      for (const file of ['index.mjs', ...chunks(fn)]) {
        expect(readFileSync(path.join(dir, file), 'utf8').slice(0, 200), `${name} ${file}`).toContain('createRequire')
      }
    }
    // The HTTP functions load their rare paths (PDF, XLSX, calendar files, templates...) from chunks.
    for (const [name, fn] of Object.entries(binome.stacks.api.functions)) expect(chunks(fn).length, name).toBeGreaterThan(0)
  })

  it("carries the environment's credentials in place of the SDK's default chain (bundling.ts lambdaAliases)", () => {
    for (const [name, fn] of functions) {
      for (const file of ['index.mjs', ...chunks(fn)]) {
        // The chain's debug messages name its links; the environment provider's own message stays.
        expect(readFileSync(path.join(bundleDirectory(fn), file), 'utf8'), `${name} ${file}`).not.toContain('defaultProvider::from')
      }
    }
  })

  it('loads every bundle as an ES module exporting a handler function, in plain Node as Lambda does', () => {
    // A child process, so that the bundles are loaded by Node itself rather than through vitest's module transform.
    const urls = Object.fromEntries(functions.map(([name, fn]) => [name, pathToFileURL(path.join(bundleDirectory(fn), 'index.mjs')).href]))
    const script = `const urls = ${JSON.stringify(urls)}; const out = {};
      for (const [name, url] of Object.entries(urls)) out[name] = typeof (await import(url)).handler;
      console.log(JSON.stringify(out))`
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH ?? '', ...startupEnvironment },
      encoding: 'utf8',
    })
    expect(JSON.parse(output)).toEqual(Object.fromEntries(functions.map(([name]) => [name, 'function'])))
  })

  it('loads every lazy chunk in plain Node, as a rare path does on its first request', () => {
    // A chunk that fails to evaluate (a CommonJS dependency without require, a missing file) would only show on that
    // path in production: load them all here.
    const urls = functions.flatMap(([, fn]) => chunks(fn).map((file) => pathToFileURL(path.join(bundleDirectory(fn), file)).href))
    const script = `const failed = []; for (const url of ${JSON.stringify(urls)}) { try { await import(url) } catch (e) { failed.push(url + ': ' + e.message) } }
      console.log(JSON.stringify(failed))`
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH ?? '', ...startupEnvironment },
      encoding: 'utf8',
    })
    expect(urls.length).toBeGreaterThan(10)
    expect(JSON.parse(output)).toEqual([])
  })

  it("logs an error's stack with the source files and lines, mapped at log time: no function makes Node read its maps at every cold start", () => {
    for (const [name, fn] of functions) {
      const variables = functionProperties(fn).Environment.Variables
      expect(variables.POWERTOOLS_SERVICE_NAME, name).toBeDefined()
      expect(variables.NODE_OPTIONS, name).toBeUndefined()
    }
    // The functions' logger, in a handler bundled with the functions' build options, run in plain Node.
    const outdir = mkdtempSync(path.join(tmpdir(), 'binome-logs-an-error-'))
    bundleFunction(path.join(import.meta.dirname, 'fixtures/logs-an-error.ts'), outdir)
    const script = `await (await import(${JSON.stringify(pathToFileURL(path.join(outdir, 'index.mjs')).href)})).handler()`
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH ?? '', ...startupEnvironment },
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
    const line = `${run.stdout}${run.stderr}`.split('\n').find((l) => l.includes('failed on purpose'))!
    const logged = JSON.parse(line) as { level: string; error: { message: string; location: string; stack: string } }
    expect(logged.level).toBe('ERROR')
    expect(logged.error.message).toBe('failed on purpose')
    expect(logged.error.location).toBe('infra/test/fixtures/logs-an-error.ts:5')
    expect(logged.error.stack).toMatch(/\(infra\/test\/fixtures\/logs-an-error\.ts:5:\d+\)/)
    expect(logged.error.stack).toMatch(/\(infra\/test\/fixtures\/logs-an-error\.ts:10:\d+\)/)
    expect(logged.error.stack).not.toContain('index.mjs')
  })
})
