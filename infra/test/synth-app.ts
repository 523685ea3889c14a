import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { App, Aspects, type Stack } from 'aws-cdk-lib'
import { Template } from 'aws-cdk-lib/assertions'
import { AwsSolutionsChecks } from 'cdk-nag'
import { createBinomeStacks, type BinomeStacks } from '../lib/binome-app'
import { readBinomeConfig } from '../lib/config'
import { repoRoot } from '../lib/paths'

/** The inline boot script of the fake web build: the CSP must carry its hash. */
export const fakeBootScript = 'import("/_app/immutable/entry/start.js").then((m) => m.start())'

/**
 * A stand-in for the SvelteKit build (so the tests don't need `pnpm --filter @binome/web build`): an index.html with
 * one inline boot script and one external script, and one content-hashed file under _app/immutable.
 */
export function makeFakeWebBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'binome-web-build-'))
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><script type="module" src="/_app/immutable/entry/app.js"></script></head>` +
      `<body><div id="app"></div><script>${fakeBootScript}</script></body></html>`,
  )
  mkdirSync(path.join(dir, '_app', 'immutable', 'entry'), { recursive: true })
  writeFileSync(path.join(dir, '_app', 'immutable', 'entry', 'start.js'), 'export function start() {}\n')
  return dir
}

/** The context of the repository's cdk.json (feature flags and defaults), so tests synthesise what the CLI does. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(path.join(repoRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }
  return cdkJson.context
}

export interface SynthesisedApp {
  readonly app: App
  readonly stacks: BinomeStacks
  readonly template: (stack: Stack) => Template
  /** cdk-nag AwsSolutions errors and warnings left on the stack (unsuppressed). */
  readonly nagFindings: (stack: Stack) => string[]
}

/**
 * Builds the whole Binôme app with cdk-nag's AwsSolutions checks, as `cdk synth` would, against a fake web build.
 * `bundle: false` skips esbuild (assets become placeholders), which is what most template assertions need.
 */
export function synthesiseBinome(options: { bundle?: boolean; context?: Record<string, unknown>; outdir?: string } = {}): SynthesisedApp {
  const app = new App({
    ...(options.outdir ? { outdir: options.outdir } : {}),
    context: {
      ...cdkJsonContext(),
      'binome:webAssetPath': makeFakeWebBuild(),
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
      // Let synthesis finish with cdk-nag errors so that the tests list them (the CLI still fails on them).
      '@aws-cdk/core:failSynthOnValidationErrors': false,
      ...options.context,
    },
  })
  const stacks = createBinomeStacks(app, readBinomeConfig(app.node))
  Aspects.of(app).add(new AwsSolutionsChecks())
  app.synth()
  const templates = new Map<Stack, Template>()
  return {
    app,
    stacks,
    template: (stack) => {
      let template = templates.get(stack)
      if (!template) {
        template = Template.fromStack(stack)
        templates.set(stack, template)
      }
      return template
    },
    nagFindings: (stack) => {
      // The messages of the assembly already made: Annotations.fromStack would synthesise the whole app again
      // (`synth({ force: true })`, CloudFormation validation included) for each stack asked about.
      const messages = app.synth().getStackArtifact(stack.artifactId).messages
      const found = (level: string) =>
        messages
          .filter((message) => message.level === level && typeof message.entry.data === 'string' && /AwsSolutions-/.test(message.entry.data))
          .map((message) => `${message.id}: ${String(message.entry.data)}`)
      return [...found('error'), ...found('warning')]
    },
  }
}

let shared: SynthesisedApp | undefined

/**
 * The default synthesis (fake web build, no bundling), made once per worker and read by every file that only inspects
 * it. The infra project runs its files without isolation (vitest.config.ts), so a worker pays aws-cdk-lib's import,
 * the start of its CloudFormation template validation (a WebAssembly engine, seconds to start) and the cdk-nag pass once instead of once a
 * file. The files only read it (templates, annotations, construct properties); one that needs other options or
 * bundling synthesises its own app.
 */
export function sharedSynthesis(): SynthesisedApp {
  shared ??= synthesiseBinome()
  return shared
}
