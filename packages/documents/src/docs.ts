import { templateKinds } from '@binome/core'
import { limits, refusedTags } from './engine'
import { isEmailKind, variableDocs } from './variables'

const cell = (v: unknown) => String(v ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * The reference of every template kind's variables, as Markdown: what `packages/documents/README.md` carries
 * between its markers (`pnpm documents:docs` writes it; a test fails when it is stale).
 *
 * @example
 * variablesMarkdown().startsWith('### engagement-contract') // true
 */
export function variablesMarkdown(): string {
  const parts: string[] = []
  for (const kind of templateKinds) {
    parts.push(`### ${kind}${isEmailKind(kind) ? ' (e-mail: `subject` and `body`)' : ''}`, '')
    parts.push('| variable | type | what it is | sample (preview) |', '|---|---|---|---|')
    for (const d of variableDocs(kind)) {
      parts.push(`| \`${d.name}\` | ${d.type} | ${cell(d.description)} | ${d.sample === undefined ? '' : cell(d.sample)} |`)
    }
    parts.push('')
  }
  return parts.join('\n')
}

/** The limits, as a sentence for the README. */
export function limitsMarkdown(): string {
  return [
    `- source: at most ${limits.sourceChars} characters; blocks nested at most ${limits.nesting} deep`,
    `- render: at most ${limits.renderMs} ms and ${limits.memoryUnits} of liquidjs' allocation units; output at most ${limits.outputChars} characters`,
    `- tags refused (they reach other templates, hence files): ${refusedTags.map((t) => `\`${t}\``).join(', ')}; the engine has no file system at all`,
  ].join('\n')
}
