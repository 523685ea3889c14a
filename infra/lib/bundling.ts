/**
 * The esbuild build of every function bundle: one declaration, used by the CDK asset (./app-function) and by
 * `pnpm bench:platform`, so that the benchmark measures the bundles that are deployed.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildSync, type BuildOptions, type Metafile } from 'esbuild'
import { repoRoot } from './paths'

/**
 * esbuild banner that gives each ESM file of a bundle a `require`, for the CommonJS dependencies esbuild inlines
 * (parts of the AWS SDK v3 and its dependencies still `require('buffer')`, `require('stream')`, ...).
 */
export const esmRequireBanner = "import { createRequire as __binomeCreateRequire } from 'node:module'; const require = __binomeCreateRequire(import.meta.url);"

/**
 * Modules left out of the bundles: the AWS SDK's credential providers for profiles, SSO, web identity, container and
 * instance metadata, and their nested clients. The SDK reaches them only by dynamic `import()` after the environment
 * credentials, and Lambda always sets those (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN for the
 * life of the execution environment), so these imports never run there; leaving them out takes ~60 KB of minified
 * code off each bundle. `bowser` serves only browsers.
 */
export const unusedOnLambda = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-http',
  '@aws-sdk/nested-clients',
  '@aws-sdk/token-providers',
  '@smithy/credential-provider-imds',
  'bowser',
] as const

/**
 * What the bundles import in place of an SDK module (esbuild `alias`; locally, not bundled, nothing changes). The
 * SDK's default credential chain (used by the clients not handed credentials: STS, SES, SQS, Cognito) becomes the
 * environment's credentials alone: on Lambda they are always there. The chain's code goes (~3 KB minified; its
 * links were already left out, see unusedOnLambda), and so does a trap: with AWS_PROFILE set, the chain skipped the
 * environment and imported a provider left out of the bundle.
 */
export const lambdaAliases: Record<string, string> = {
  '@aws-sdk/credential-provider-node': path.join(repoRoot, 'functions/src/shared/aws/lambda-credentials.ts'),
}

/** The file Lambda loads (`index.handler`); the lazy chunks sit beside it under `chunks/`. */
export const bundleEntryFile = 'index.mjs'

/**
 * esbuild options of a function's bundle: an ES module for Node 22, minified, with source maps, split into an entry
 * (`index.mjs`, what a cold start loads) and chunks that only the `await import()` of rare paths load (XLSX, PDF,
 * .ics, the OpenAPI document, the AWS clients of invitations and documents...). Without splitting esbuild inlines
 * every dynamic import into the one file, and a cold start would parse all of it.
 *
 * @example
 * buildSync(functionBuildOptions('/repo/functions/src/matching/lambda.ts', '/tmp/out')) // /tmp/out/index.mjs, /tmp/out/chunks/…
 */
export function functionBuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: { index: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Prefer the ESM builds of dependencies (smaller, tree-shaken), fall back to CommonJS.
    mainFields: ['module', 'main'],
    banner: { js: esmRequireBanner },
    minify: true,
    // Maps beside the files, read only when a stack trace is logged (functions/src/shared/source-mapped-stacks.ts).
    sourcemap: true,
    sourcesContent: false,
    // Bundle the pinned AWS SDK v3 instead of using the one in the runtime, so that what runs is what was tested, and
    // because a cold start loads it bundled in half the time it takes unbundled from the runtime's node_modules
    // (`pnpm bench:platform` measures both); only the credential providers Lambda never reaches stay out (see
    // unusedOnLambda).
    external: [...unusedOnLambda],
    alias: lambdaAliases,
    metafile: true,
    logLevel: 'error',
  }
}

/**
 * Bundles one function into `outdir` and returns esbuild's metafile (what each output file holds). The source maps
 * name their sources from the repository's root (`functions/src/shared/errors.ts`), wherever the bundle was built: a
 * logged stack trace then names the same files on every deployment.
 *
 * @example
 * const meta = bundleFunction(functionEntry('matching/lambda'), outdir)
 */
export function bundleFunction(entry: string, outdir: string): Metafile {
  const { metafile } = buildSync(functionBuildOptions(entry, outdir))
  for (const output of Object.keys(metafile!.outputs)) {
    if (!output.endsWith('.map')) continue
    const file = path.resolve(output)
    const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] }
    map.sources = map.sources.map((source) => path.relative(repoRoot, path.resolve(path.dirname(file), source)))
    writeFileSync(file, JSON.stringify(map))
  }
  return metafile!
}
