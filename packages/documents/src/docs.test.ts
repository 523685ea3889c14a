import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { templateKinds } from '@binome/core'
import { variablesMarkdown } from './docs'
import { withGeneratedDocs } from './readme'

describe('the documentation of the variables', () => {
  it('the README carries the current reference (run `pnpm documents:docs` after changing a kind’s variables)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(withGeneratedDocs(readme)).toBe(readme)
  })

  it('has a section for every kind, naming each variable with its type', () => {
    const md = variablesMarkdown()
    for (const kind of templateKinds) expect(md).toContain(`### ${kind}`)
    expect(md).toContain('| `checklist[].label` | text |')
    expect(md).toContain('| `proposal.answerBy` | date |')
  })
})
