/**
 * The sign-in page's entry (built by vite.signin.config.ts into build/signin/index.html): the language first, then
 * the runtime configuration, then the page.
 */
import '../app.css'
import { mount } from 'svelte'
import { setupI18n, waitLocale } from '$lib/i18n'
import { loadConfig } from '$lib/api/config'
import SignInPage from './SignInPage.svelte'

setupI18n()
void Promise.all([waitLocale(), loadConfig().catch(() => null)]).then(([, config]) => {
  mount(SignInPage, { target: document.getElementById('page')!, props: { config } })
})
