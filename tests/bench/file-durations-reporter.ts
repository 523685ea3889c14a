import { writeFileSync } from 'node:fs'
import type { Reporter, TestModule } from 'vitest/node'

/**
 * `pnpm bench:tests`'s vitest reporter: each file's duration as vitest's own summary prints it (its tests and hooks,
 * so a file's platform start in `beforeAll` counts; the JSON reporter's span covers its tests only), and whether it
 * passed, written as JSON to `BENCH_TESTS_OUT`. Loaded by its path, so the baseline's tree needs no copy of it.
 */
export default class FileDurations implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const out = process.env.BENCH_TESTS_OUT
    if (!out) throw new Error('BENCH_TESTS_OUT: the file to write the durations to is not set')
    writeFileSync(out, JSON.stringify(modules.map((m) => ({ file: m.moduleId, ms: m.diagnostic().duration, ok: m.ok() }))))
  }
}
