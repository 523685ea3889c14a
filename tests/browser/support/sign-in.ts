import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../../web/src/lib/i18n/fr.json'
import { ApiClient, latestCode } from '../../support/client'

/**
 * Signs `email` in through the French sign-in page as a person does (address, code from the local outbox, verify)
 * and waits for the home page.
 *
 * @example
 * await signInThroughUi(page, platform, 'coordination@mentoryou.demo')
 */
export async function signInThroughUi(page: Page, platform: Platform, email: string): Promise<void> {
  await page.goto(`${platform.url}/signin`)
  await page.getByLabel(fr.signin.email).fill(email)
  await page.getByRole('button', { name: fr.signin.sendCode }).click()
  await page.getByLabel(fr.signin.code).fill(await latestCode(platform, email))
  await page.getByRole('button', { name: fr.signin.verify, exact: true }).click()
  await page.waitForURL(`${platform.url}/`)
}

/**
 * Signs `email` in as the sign-in screen would leave it, without going through the screen: the code is asked for and
 * exchanged through the local issuer's API (as `signInThroughUi` does by hand), the session the app keeps is written
 * into the tab's sessionStorage, and the home page is opened. For files whose subject is not the sign-in itself: the
 * screen costs 4–8 s a file on this machine; the sign-in screen keeps its own tests.
 *
 * @example
 * await signInWithSession(page, platform, 'coordination@mentoryou.demo')
 */
export async function signInWithSession(page: Page, platform: Platform, email: string): Promise<void> {
  const address = email.trim().toLowerCase()
  const anon = new ApiClient(platform.url)
  const newerThan = platform.outbox.list({ to: address }).length
  const asked = await anon.post('/api/auth/code', { email: address })
  if (asked.status !== 202) throw new Error(`code request failed: ${asked.status}`)
  const token = await anon.post('/api/auth/token', { email: address, code: await latestCode(platform, address, { newerThan }) })
  if (token.status !== 200) throw new Error(`token exchange failed: ${token.status} ${JSON.stringify(token.body)}`)
  const session = { idToken: token.body.idToken, email: address, expiresAt: token.body.expiresAt }
  // Any document of the platform's origin will do to reach its sessionStorage: the smallest static file.
  await page.goto(`${platform.url}/favicon.svg`)
  await page.evaluate(`sessionStorage.setItem('binome.session', ${JSON.stringify(JSON.stringify(session))})`)
  await page.goto(`${platform.url}/`)
}
