import { publicApi, type DemoAccount } from '$lib/api/public-endpoints'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ parent, fetch }) => {
  const { config } = await parent()
  let demoAccounts: DemoAccount[] = []
  if (config.mode === 'local') {
    // The demo list is a convenience: sign-in still works by typing an address if it cannot be read.
    demoAccounts = await publicApi.demoAccounts({ fetch }).catch(() => [])
  }
  return { demoAccounts }
}
