import type { AppConfig } from '@binome/contracts'

let cached: Promise<AppConfig> | null = null

/**
 * The runtime configuration served next to the app (`/config.json`): local or AWS mode, where the API lives,
 * and on AWS the Cognito pool to sign in against. Fetched once per page load.
 *
 * @example
 * const { mode, apiBase } = await loadConfig()
 */
export function loadConfig(fetchFn: typeof fetch = fetch): Promise<AppConfig> {
  cached ??= fetchFn('/config.json', { headers: { accept: 'application/json' } })
    .then(async (res) => {
      if (!res.ok) throw new Error(`config.json answered ${res.status}`)
      return (await res.json()) as AppConfig
    })
    .catch((e: unknown) => {
      cached = null // a later navigation may try again
      throw e
    })
  return cached
}
