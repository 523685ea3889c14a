import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultProvider } from './lambda-credentials'

/** The bundles' stand-in for the SDK's default credential chain (infra/lib/bundling.ts `lambdaAliases`). */
describe('lambda credentials (default chain on Lambda)', () => {
  afterEach(() => vi.unstubAllEnvs())

  it("gives the environment's credentials, as Lambda sets them for the function's role", async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAEXAMPLE')
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret')
    vi.stubEnv('AWS_SESSION_TOKEN', 'token')
    // A profile does not divert it to files a Lambda does not have (the SDK's chain would skip the environment).
    vi.stubEnv('AWS_PROFILE', 'somebody')
    expect(await defaultProvider()()).toMatchObject({ accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token' })
  })

  it('fails with the SDK provider error when the environment has no credentials', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '')
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '')
    await expect(defaultProvider()()).rejects.toThrow(/environment variable credentials/)
  })
})
