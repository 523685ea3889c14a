/**
 * esbuild settings of every function bundle that are not CDK's business, shared with `pnpm bench:platform` so that
 * the benchmark measures the bundles that are deployed.
 */

/**
 * esbuild banner that gives the ESM bundle a `require`, for the CommonJS dependencies esbuild inlines
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
