import { defineConfig } from 'vitest/config'
import { catalogues } from './web/catalogue-plugin.ts'

/** One `vitest run` for the whole workspace; each area is its own project so failures say where. */
export default defineConfig({
  test: {
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    // The demo seed once per variant and run, restored by every later platform start (tests/support/seed-snapshots.ts).
    globalSetup: ['tests/support/seed-snapshots.ts'],
    projects: [
      {
        test: {
          name: 'core', include: ['packages/core/src/**/*.test.ts'],
          // The domain core is pure (no module state, no mocks): a worker evaluates its modules once, not once a file.
          isolate: false,
        },
      },
      // Nor do these projects' files (and architecture's, below) keep module state, mocks or environment between
      // files (the local scheduler's fake timers are put back after each test). functions (its files set process.env
      // before importing the Lambda entries) and web (one file sets TZ at its top) keep a fresh module graph a file.
      { test: { name: 'contracts', include: ['packages/contracts/src/**/*.test.ts'], isolate: false } },
      { test: { name: 'data', include: ['packages/data/src/**/*.test.ts'], testTimeout: 30_000, isolate: false } },
      { test: { name: 'documents', include: ['packages/documents/src/**/*.test.ts'], testTimeout: 30_000, isolate: false } },
      { test: { name: 'matching', include: ['packages/matching/src/**/*.test.ts', 'packages/matching/test/**/*.test.ts'], testTimeout: 120_000, isolate: false } },
      { test: { name: 'local', include: ['packages/local/src/**/*.test.ts', 'packages/local/test/**/*.test.ts'], testTimeout: 60_000, isolate: false } },
      { test: { name: 'functions', include: ['functions/src/**/*.test.ts', 'functions/test/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'infra', include: ['infra/test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000,
          // The files read one shared synthesis (infra/test/synth-app.ts sharedSynthesis): without isolation a worker
          // imports aws-cdk-lib and synthesises the app once instead of once a file.
          isolate: false,
        },
      },
      { plugins: [catalogues()], test: { name: 'web', include: ['web/src/**/*.test.ts', 'web/bench/**/*.test.ts'] } },
      { test: { name: 'architecture', include: ['tests/architecture/**/*.test.ts'], testTimeout: 60_000, isolate: false } },
      {
        test: {
          name: 'api', include: ['tests/api/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000,
          // Each file starts its own platform (port 0, its own store and folders); a worker imports the platform's modules
          // once instead of once a file, which was about a fifth of the project's time ("import" 643 s of 3,195 s summed).
          isolate: false,
        },
      },
      {
        test: {
          name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000,
          // Each file starts its own platform and context (as the api project's files do): a worker imports them once.
          isolate: false,
          // Files run beside each other and the other projects, as many at a time as the run's workers (--maxWorkers):
          // each has its own platform (port 0), data folder and screenshot names. `fileParallelism: false` put every
          // file in a group of its own that Vitest runs one at a time after all the other projects' files.
          // The web build is checked once for the run (tests/browser/support/web-build.ts), then one Chromium is
          // started for it, a fresh context per file (tests/browser/support/chromium-server.ts).
          globalSetup: ['tests/browser/support/web-build.ts', 'tests/browser/support/chromium-server.ts'],
          // expect.poll waits for what a page fetches after it loads; vitest's 1 s default held with one file at a time
          // but not with two on a loaded machine (closing.test.ts's interview card still loading after 1 s at load 15).
          // Playwright's own waits around those polls have no such limit; the test timeout still bounds each test.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
})
