import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser project's one Chromium (tests/browser/support/chromium-server.ts), for `launchBrowser` to connect to. */
    chromiumEndpoint: string
  }
}

/** Debian's Chromium and the switches every browser test runs it with (toolchain.md). */
export const chromiumLaunch = {
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
}

/**
 * The browser project's global set-up (vitest.config.ts): one headless Chromium for the whole run, which every test file
 * reaches over its WebSocket and in which each `launchBrowser` opens a fresh context (its own cookies, storage and cache,
 * as a fresh profile had). Starting Chromium once instead of once per file saves its start-up for each of ~30 files;
 * its config and cache go to a temporary folder, not $HOME.
 *
 * @example
 * // vitest.config.ts: { test: { name: 'browser', globalSetup: ['tests/browser/support/chromium-server.ts'] } }
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), 'binome-chromium-'))
  const server = await chromium.launchServer({
    ...chromiumLaunch,
    env: { ...process.env, XDG_CONFIG_HOME: join(root, 'config'), XDG_CACHE_HOME: join(root, 'cache') },
  })
  project.provide('chromiumEndpoint', server.wsEndpoint())
  return async () => {
    await server.close()
    rmSync(root, { recursive: true, force: true })
  }
}
