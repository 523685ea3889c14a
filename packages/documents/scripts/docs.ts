/** Writes the generated part of packages/documents/README.md: `pnpm documents:docs`. */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { withGeneratedDocs } from '../src/readme'

const path = fileURLToPath(new URL('../README.md', import.meta.url))
writeFileSync(path, withGeneratedDocs(readFileSync(path, 'utf8')))
console.log(`wrote ${path}`)
