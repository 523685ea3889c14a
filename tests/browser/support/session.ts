import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import { startPlatform, type Platform } from '@binome/local'
import { launchBrowser, type HeadlessBrowser } from './browser'
import { seriousViolations } from './axe'
import { signInThroughUi } from './sign-in'
import { artifactsDir, ensureWebBuild } from './web-build'

/** One browser test file's platform (fresh data folder, demo without its first runs), browser and signed-in page. */
export interface BrowserSession {
  platform: Platform
  browser: HeadlessBrowser
  page: Page
  /** Checks the page with axe and screenshots it on a desktop, then on a 390 px phone. */
  shoot(name: string): Promise<void>
  close(): Promise<void>
}

/**
 * Starts the platform on a fresh data folder, opens a browser and signs `email` in through the sign-in screen.
 *
 * @example
 * let s: BrowserSession
 * beforeAll(async () => { s = await browserSession('community', 'coordination@mentoryou.demo') })
 * afterAll(() => s?.close())
 */
export async function browserSession(name: string, email: string): Promise<BrowserSession> {
  const shotsDir = process.env.SHOTS_DIR ?? artifactsDir
  const webDir = ensureWebBuild()
  const dataDir = mkdtempSync(join(tmpdir(), `binome-browser-${name}-`))
  const platform = await startPlatform({ port: 0, dataDir, webDir, quiet: true, demoRuns: false })
  const browser = await launchBrowser()
  const page = await browser.context.newPage()
  mkdirSync(shotsDir, { recursive: true })
  await signInThroughUi(page, platform, email)
  return {
    platform, browser, page,
    async shoot(shot) {
      expect(await seriousViolations(page), shot).toEqual([])
      await page.screenshot({ path: join(shotsDir, `${shot}.png`), fullPage: true })
      await page.setViewportSize({ width: 390, height: 844 })
      expect(await seriousViolations(page), `${shot} on a phone`).toEqual([])
      await page.screenshot({ path: join(shotsDir, `${shot}-mobile.png`), fullPage: true })
      await page.setViewportSize({ width: 1280, height: 900 })
    },
    async close() {
      await browser.close()
      await platform.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
