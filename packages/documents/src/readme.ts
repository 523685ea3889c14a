import { limitsMarkdown, variablesMarkdown } from './docs'

const begin = '<!-- generated: pnpm documents:docs -->'
const end = '<!-- end of generated -->'

/**
 * The README with its generated part (limits and variables) replaced by the current one.
 *
 * @example
 * withGeneratedDocs(readme) === readme // when the README is up to date
 */
export function withGeneratedDocs(readme: string): string {
  const from = readme.indexOf(begin)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${begin} … ${end}`)
  return `${readme.slice(0, from + begin.length)}\n\n## Limits\n\n${limitsMarkdown()}\n\n## Variables of each kind\n\n${variablesMarkdown()}\n${readme.slice(to)}`
}
