import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

export interface HeadlessBrowser {
  context: BrowserContext
  close(): Promise<void>
}

/**
 * Debian's Chromium, headless, in a fresh profile; its config and cache go to temporary folders, not $HOME.
 * `locale` is the browser's own language (Belgian French unless a test needs another).
 *
 * @example
 * const browser = await launchBrowser(); const page = await browser.context.newPage()
 */
export async function launchBrowser(opts: { locale?: string } = {}): Promise<HeadlessBrowser> {
  const root = mkdtempSync(join(tmpdir(), 'binome-browser-'))
  process.env.XDG_CONFIG_HOME = join(root, 'config')
  process.env.XDG_CACHE_HOME = join(root, 'cache')
  const context = await chromium.launchPersistentContext(join(root, 'profile'), {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
    locale: opts.locale ?? 'fr-BE',
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(root, { recursive: true, force: true })
    },
  }
}
