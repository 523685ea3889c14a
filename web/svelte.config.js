import adapter from '@sveltejs/adapter-static'
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte'

/**
 * A static single-page app: every route renders in the browser, and the server (local platform or CloudFront)
 * answers unknown paths with index.html so deep links work.
 */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
    // The fallback page is served at every deep path (/orgs/x/programmes/y), so asset URLs must be absolute.
    paths: { relative: false },
  },
}

export default config
