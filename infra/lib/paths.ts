import { fileURLToPath } from 'node:url'
import path from 'node:path'

/**
 * Absolute path of the repository root, derived from this file's location so that synthesis works from any
 * working directory (the CDK CLI at the root, vitest, `pnpm --filter`).
 *
 * @example
 * path.join(repoRoot, 'pnpm-lock.yaml')
 */
export const repoRoot: string = fileURLToPath(new URL('../../', import.meta.url))

/** The workspace lockfile: NodejsFunction needs it to find the project root and detect pnpm. */
export const lockFilePath: string = path.join(repoRoot, 'pnpm-lock.yaml')

/** Default folder of the built web app (SvelteKit adapter-static output). */
export const defaultWebAssetPath: string = path.join(repoRoot, 'web', 'build')

/**
 * Absolute path of a Lambda entry file under `functions/src`, from its entry name without extension.
 *
 * @example
 * functionEntry('monitoring/schedule') // '<repo>/functions/src/monitoring/schedule.ts'
 */
export function functionEntry(entry: string): string {
  return path.join(repoRoot, 'functions', 'src', `${entry}.ts`)
}
