/**
 * The sign-in page's entry (built by vite.signin.config.ts into build/signin/index.html): the language first, then
 * the runtime configuration (and, on the local platform, its demo accounts), then the page.
 */
import '../app.css'
import { mount } from 'svelte'
import { setupI18n, waitLocale } from '$lib/i18n'
import { loadConfig } from '$lib/api/config'
import { publicApi } from '$lib/api/public-endpoints'
import SignInPage from './SignInPage.svelte'

setupI18n()
const configured = loadConfig().catch(() => null)
// The local platform's demo accounts come with the page: filled in after it had painted, their list pushed the footer
// down (a layout shift: Lighthouse's CLS 0.117 on the local sign-in page).
const demoAccounts = configured.then((config) => (config?.mode === 'local' ? publicApi.demoAccounts().catch(() => []) : []))
void Promise.all([waitLocale(), configured, demoAccounts]).then(([, config, demoAccounts]) => {
  mount(SignInPage, { target: document.getElementById('page')!, props: { config, demoAccounts } })
})
