import { fileURLToPath } from 'node:url'
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'
import { catalogues } from './catalogue-plugin.ts'

/**
 * The sign-in page, built apart from the SvelteKit app (after it, into the same `build/`): `build/signin/index.html`
 * and its scripts under `_app/immutable/signin/`, content-hashed, so they are cached like the app's own.
 * In the app it loaded SvelteKit's client and a route table that grows with every screen; alone it loads Svelte's
 * runtime for what it uses, its own code and the public part of the French catalogue.
 */
const src = fileURLToPath(new URL('src', import.meta.url))

export default defineConfig({
  root: src,
  base: '/',
  plugins: [catalogues(), svelte({ preprocess: vitePreprocess() })],
  resolve: { alias: { $lib: `${src}/lib` } },
  build: {
    outDir: fileURLToPath(new URL('build', import.meta.url)),
    emptyOutDir: false,
    assetsDir: '_app/immutable/signin',
    rolldownOptions: { input: `${src}/signin/index.html`, checks: { pluginTimings: false } },
  },
})
