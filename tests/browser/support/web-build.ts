import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built web app, checked fresh by the browser project's global set-up (tests/browser/support/web-build.ts). */
    webBuildDir: string
  }
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
export const webDir = join(repoRoot, 'web')
export const webBuildDir = join(webDir, 'build')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/**
 * The absolute path of the built web app, building it first when it is missing or older than its sources,
 * so the browser test never runs against a stale bundle.
 */
function ensureWebBuild(): string {
  const index = join(webBuildDir, 'index.html')
  const sources = Math.max(newestMtime(join(webDir, 'src')), newestMtime(join(webDir, 'static')))
  if (!existsSync(index) || statSync(index).mtimeMs < sources) {
    // Vitest sets NODE_ENV=test, under which Vite builds development code (a bigger, different app): build what ships.
    execFileSync('pnpm', ['--filter', '@binome/web', 'build'], { cwd: repoRoot, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } })
  }
  return webBuildDir
}

/**
 * The browser project's global set-up (vitest.config.ts): the web build is checked (and rebuilt when stale) once for the
 * run, before any file starts, not by each file's session: files run two at a time, and two builds into the same folder
 * at once would leave one of them serving a half-written bundle.
 *
 * @example
 * // vitest.config.ts: { test: { name: 'browser', globalSetup: ['tests/browser/support/web-build.ts', ...] } }
 * // a test file: const webDir = inject('webBuildDir')
 */
export default function setup(project: TestProject): void {
  project.provide('webBuildDir', ensureWebBuild())
}

export const artifactsDir = join(repoRoot, 'tests', 'artifacts')
