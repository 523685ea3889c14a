import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { inject } from 'vitest'
import { chromiumLaunch } from './chromium-server'

export interface HeadlessBrowser {
  context: BrowserContext
  close(): Promise<void>
}

/**
 * A fresh browser context in the run's one headless Chromium (tests/browser/support/chromium-server.ts): its own
 * cookies, storage and cache, as a fresh profile had. Outside that set-up (no endpoint provided), Debian's Chromium is
 * launched for the caller in a fresh profile, its config and cache in temporary folders, not $HOME.
 * `locale` is the browser's own language (Belgian French unless a test needs another); `timezoneId` its zone (the
 * machine's unless a test sets one, e.g. 'UTC' to check that times are shown in Brussels whatever the reader's zone).
 *
 * @example
 * const browser = await launchBrowser(); const page = await browser.context.newPage()
 */
export async function launchBrowser(opts: { locale?: string; timezoneId?: string | undefined } = {}): Promise<HeadlessBrowser> {
  const contextOptions = {
    viewport: { width: 1280, height: 900 }, locale: opts.locale ?? 'fr-BE', ...(opts.timezoneId && { timezoneId: opts.timezoneId }),
  }
  const endpoint = inject('chromiumEndpoint')
  if (endpoint) {
    const browser = await chromium.connect(endpoint)
    const context = await browser.newContext(contextOptions)
    return {
      context,
      async close() {
        await context.close()
        // Disconnects this file only; the run's Chromium stays up for the next file.
        await browser.close()
      },
    }
  }
  const root = mkdtempSync(join(tmpdir(), 'binome-browser-'))
  const context = await chromium.launchPersistentContext(join(root, 'profile'), {
    ...chromiumLaunch,
    env: { ...process.env, XDG_CONFIG_HOME: join(root, 'config'), XDG_CACHE_HOME: join(root, 'cache') },
    ...contextOptions,
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(root, { recursive: true, force: true })
    },
  }
}
