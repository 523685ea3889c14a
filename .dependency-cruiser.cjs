/**
 * The workspace's dependency rules (../shared/design.md: dependencies point one way), checked by
 * tests/architecture/dependencies.test.ts within `pnpm test`, or alone with `pnpm run check:deps` (the test gives
 * the resolver SvelteKit's `$lib` alias, which this file's schema cannot hold, so prefer it to the bare CLI).
 *
 * Paths are relative to the repository root; workspace packages are imported by name and resolve to their
 * sources (`packages/core/src/...`), so the rules speak of folders.
 */
const workspace = {
  core: '^packages/core/',
  contracts: '^packages/contracts/',
  data: '^packages/data/',
  matching: '^packages/matching/',
  documents: '^packages/documents/',
  local: '^packages/local/',
  functions: '^functions/',
  web: '^web/',
  infra: '^infra/',
  tests: '^tests/',
}
/** The web's one module that may import the matching engine: the criteria preview, loaded lazily by its page. */
const webMatchingDoor = '^web/src/lib/rules/matching-preview\\.ts$'
/** Any workspace folder other than the ones named. */
const workspaceExcept = (...allowed) =>
  `^(${Object.entries(workspace).filter(([name]) => !allowed.includes(name)).map(([, path]) => path.slice(1)).join('|')})`

/** The cloud and HTTP side: what the pure packages must never reach. */
/** Matched anywhere in the resolved path, so pnpm's `node_modules/.pnpm/<pkg>@<version>/node_modules/<pkg>/` too. */
const awsOrHttp = 'node_modules/(@aws-sdk|@aws-lambda-powertools|@middy|@smithy|aws-lambda|@types/aws-lambda|hono|@hono|jose)/'
const httpBuiltins = '^(node:)?(http|https|http2|net|tls|dgram|dns|child_process|cluster|worker_threads)$'
/** Test files may use test tooling (vitest, fast-check) and fixtures; the rules are about the shipped code. */
const testFiles = '(\\.test\\.ts$|/test/|/bench/)'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No cycles anywhere: a cycle makes two modules one.', from: {}, to: { circular: true } },
    {
      name: 'web-depends-on-contracts-only',
      severity: 'error',
      comment:
        'web → contracts only; what it needs from the core (roles, permissions, locales) comes re-exported through the contracts. ' +
        'One exception: the criteria preview runs the matching engine in the browser, through its one module (below).',
      from: { path: workspace.web, pathNot: webMatchingDoor },
      to: { path: workspaceExcept('web', 'contracts') },
    },
    {
      name: 'web-reaches-matching-through-the-preview-only',
      severity: 'error',
      comment:
        'The criteria preview module (imported lazily by the Criteria page, so no other page loads the engine) may use the matching engine and the contracts, nothing else of the workspace.',
      from: { path: webMatchingDoor },
      to: { path: workspaceExcept('web', 'contracts', 'matching') },
    },
    {
      name: 'functions-dependencies',
      severity: 'error',
      comment: 'functions → core, data, contracts, matching, documents.',
      from: { path: workspace.functions },
      to: { path: workspaceExcept('functions', 'core', 'data', 'contracts', 'matching', 'documents') },
    },
    {
      name: 'data-depends-on-core-only',
      severity: 'error',
      comment: 'data → core.',
      from: { path: workspace.data },
      to: { path: workspaceExcept('data', 'core') },
    },
    {
      name: 'contracts-depend-on-core-only',
      severity: 'error',
      comment: 'contracts → core (to re-export what the web needs from it).',
      from: { path: workspace.contracts },
      to: { path: workspaceExcept('contracts', 'core') },
    },
    {
      name: 'local-dependencies',
      severity: 'error',
      comment: 'local → functions, data, core, contracts, matching; documents for the demo seed, whose contracts are rendered by the same code as the route’s.',
      from: { path: workspace.local },
      to: { path: workspaceExcept('local', 'functions', 'data', 'core', 'contracts', 'matching', 'documents') },
    },
    {
      name: 'documents-depend-on-core-only',
      severity: 'error',
      comment: 'documents → core: templates know their kinds and variables, not the platform (the web reaches them through the API only).',
      from: { path: workspace.documents },
      to: { path: workspaceExcept('documents', 'core') },
    },
    {
      name: 'documents-reach-no-file-system-or-network',
      severity: 'error',
      comment: 'Tenant-written templates must never reach a file or the network: the documents package imports no Node built-in and nothing from AWS or HTTP.',
      from: { path: workspace.documents, pathNot: [testFiles, '^packages/documents/scripts/'] },
      to: { path: [awsOrHttp, '^(node:)?(fs|fs/promises|path|os|http|https|http2|net|tls|dgram|dns|child_process|cluster|worker_threads|vm)$'] },
    },
    {
      name: 'core-imports-no-workspace-package',
      severity: 'error',
      comment: 'The core stands alone.',
      from: { path: workspace.core },
      to: { path: workspaceExcept('core') },
    },
    {
      name: 'matching-imports-no-workspace-package',
      severity: 'error',
      comment: 'The matching engine stands alone: it knows profiles and criteria, not the platform.',
      from: { path: workspace.matching },
      to: { path: workspaceExcept('matching') },
    },
    {
      name: 'core-and-matching-nothing-from-aws-or-http',
      severity: 'error',
      comment: 'The core and the matching engine import nothing from AWS or HTTP (the benchmark may start scipy in a child process).',
      from: { path: '^packages/(core|matching)/', pathNot: testFiles },
      to: { path: [awsOrHttp, httpBuiltins] },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'The domain core imports nothing outside itself: no npm package, no Node built-in (no clock, no file system).',
      from: { path: workspace.core, pathNot: testFiles },
      to: { pathNot: workspace.core },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves, so an import of a package the importer does not declare cannot slip past the rules above.',
      from: {},
      // SvelteKit's own modules ($app/...) and generated route types (./$types) exist only inside its build; the
      // catalogue parts (virtual:catalogue/...) inside the web's builds and tests (web/catalogue-plugin.ts).
      to: { couldNotResolve: true, pathNot: '^(\\$app/|\\./\\$types$|virtual:catalogue/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(build|\\.svelte-kit|cdk\\.out|dist|\\.data)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.svelte', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
}
