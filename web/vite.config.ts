import { sveltekit } from '@sveltejs/kit/vite'
import { defineConfig } from 'vite'
import { catalogues } from './catalogue-plugin.ts'

/** In `vite dev`, the API and the runtime config come from the local platform (`pnpm start`, port 3000). */
const platform = process.env.BINOME_PLATFORM_URL ?? 'http://localhost:3000'

export default defineConfig({
  plugins: [catalogues(), sveltekit()],
  // Rolldown reports how long plugins took on every build; on a 2-core machine that is always "slow" and only noise.
  build: { rolldownOptions: { checks: { pluginTimings: false } } },
  server: {
    proxy: {
      '/api': platform,
      '/config.json': platform,
    },
  },
})
