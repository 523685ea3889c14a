import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

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
 *
 * @example
 * const webDir = ensureWebBuild()
 */
export function ensureWebBuild(): string {
  const index = join(webBuildDir, 'index.html')
  const sources = Math.max(newestMtime(join(webDir, 'src')), newestMtime(join(webDir, 'static')))
  if (!existsSync(index) || statSync(index).mtimeMs < sources) {
    execFileSync('pnpm', ['--filter', '@binome/web', 'build'], { cwd: repoRoot, stdio: 'pipe' })
  }
  return webBuildDir
}

export const artifactsDir = join(repoRoot, 'tests', 'artifacts')
