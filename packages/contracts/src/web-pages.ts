/**
 * The pages of the web app built apart from its SvelteKit shell (`web/vite.signin.config.ts`): URL path → the file
 * under the build folder that answers it. Every other path without a file extension gets the shell (`/index.html`).
 * Read by CloudFront's routing function and by the local static server, so both route the same way.
 *
 * @example
 * standalonePages['/signin'] // '/signin/index.html'
 */
export const standalonePages: Readonly<Record<string, string>> = { '/signin': '/signin/index.html' }

/**
 * The file that answers an extension-less path: its standalone page, else the SPA shell.
 *
 * @example
 * pageFileFor('/signin/') // '/signin/index.html'
 * pageFileFor('/orgs/pls') // '/index.html'
 */
export function pageFileFor(path: string): string {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
  return standalonePages[trimmed] ?? '/index.html'
}
