import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, inject } from 'vitest'
import type { Page } from 'playwright-core'
import { startPlatform, type Platform, type PlatformOptions } from '@binome/local'
import { launchBrowser, type HeadlessBrowser } from './browser'
import { seriousViolations } from './axe'
import { rawKeys } from './raw-keys'
import { signInWithSession } from './sign-in'
import { artifactsDir } from './web-build'

/** One browser test file's platform (fresh data folder, demo without its first runs), browser and signed-in page. */
export interface BrowserSession {
  platform: Platform
  browser: HeadlessBrowser
  page: Page
  /** The platform's fresh data folder, removed on close (downloads may be saved there). */
  dataDir: string
  /** Where screenshots go (tests/artifacts, or $SHOTS_DIR). */
  shotsDir: string
  /**
   * Checks the page with axe and for message keys shown as text (a message the catalogues lack), and screenshots it on
   * a desktop, then on a 390 px phone, which it must fit.
   */
  shoot(name: string): Promise<void>
  close(): Promise<void>
}

/** What a test file needs beyond the usual set-up. */
export interface BrowserSessionOptions {
  /**
   * Platform options over the session's own (`demoRuns: false`, `matchingThread: false`): e.g. `demoDuos: false` for a file that makes its
   * own duos, `demoRuns: true` for one that wants the demo's first matching runs, `now` for a clock of its own.
   */
  platform?: Omit<PlatformOptions, 'port' | 'dataDir' | 'webDir' | 'quiet'>
  /**
   * Runs once the platform is up, before the browser opens and signs in: fixtures made through the API or the data
   * layer. Sign other users in here (not after), so the browser's sign-in code stays the newest of its user.
   */
  prepare?(platform: Platform, dataDir: string): Promise<void>
  /** The page's first size (default the browser's desktop, 1280 × 900): a phone-first file starts at 390 × 844. */
  viewport?: { width: number; height: number }
  /** The browser's time zone (Playwright's `timezoneId`; default the machine's). */
  timezoneId?: string
  /** The browser's own language (default Belgian French): e.g. 'en-US' for a file about a French reader on it. */
  locale?: string
}

/**
 * Starts the platform on a fresh data folder, opens a browser and signs `email` in with a session the local issuer gave
 * (`signInWithSession`: the sign-in screen is the subject of its own tests; no one when `email` is undefined: the file
 * signs people in itself).
 *
 * @example
 * let s: BrowserSession
 * beforeAll(async () => { s = await browserSession('community', 'coordination@mentoryou.demo') })
 * afterAll(() => s?.close())
 * // With fixtures of its own and no demo duos:
 * s = await browserSession('tracking', COORDINATOR, { platform: { demoDuos: false }, prepare: async (p) => { ... } })
 */
export async function browserSession(name: string, email: string | undefined, opts: BrowserSessionOptions = {}): Promise<BrowserSession> {
  const shotsDir = process.env.SHOTS_DIR ?? artifactsDir
  // Built (or found fresh) by the project's global set-up, once for the run.
  const webDir = inject('webBuildDir')
  if (!webDir) throw new Error('webBuildDir: not provided; run browser tests through the browser project of vitest.config.ts, whose global set-up checks the web build')
  const dataDir = mkdtempSync(join(tmpdir(), `binome-browser-${name}-`))
  let platform: Platform | undefined
  let browser: HeadlessBrowser | undefined
  const close = async () => {
    await browser?.close()
    await platform?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    // The matching worker on the platform's event loop, as the api files' platforms run it: its own thread (a data
    // folder's default, for `pnpm start`) boots in 1.5–2 s of CPU at a file's first run, and has its own test
    // (tests/api/matching-thread.test.ts); the screens read the same run either way.
    platform = await startPlatform({ port: 0, dataDir, webDir, quiet: true, demoRuns: false, matchingThread: false, ...opts.platform })
    await opts.prepare?.(platform, dataDir)
    browser = await launchBrowser({ locale: opts.locale, timezoneId: opts.timezoneId })
    const page = await browser.context.newPage()
    if (opts.viewport) await page.setViewportSize(opts.viewport)
    mkdirSync(shotsDir, { recursive: true })
    if (email) await signInWithSession(page, platform, email)
    return {
      platform, browser, page, dataDir, shotsDir, close,
      async shoot(shot) {
        expect(await seriousViolations(page), shot).toEqual([])
        expect(await rawKeys(page), `${shot}: message keys shown as text`).toEqual([])
        await page.screenshot({ path: join(shotsDir, `${shot}.png`), fullPage: true })
        await page.setViewportSize({ width: 390, height: 844 })
        expect(await seriousViolations(page), `${shot} on a phone`).toEqual([])
        // Every page fits the phone (a wide table scrolls inside its own region). A poll: charts redraw to their
        // narrower container when the resize reaches them, a frame or two later.
        await expect.poll(() => page.evaluate<number>('document.documentElement.scrollWidth'), { message: `${shot}: page width on a phone` }).toBeLessThanOrEqual(390)
        await page.screenshot({ path: join(shotsDir, `${shot}-mobile.png`), fullPage: true })
        await page.setViewportSize({ width: 1280, height: 900 })
      },
    }
  } catch (error) {
    // A set-up that fails half-way (a fixture refused) must not leave a platform listening behind the failed file.
    await close()
    throw error
  }
}
