/** `pnpm openapi:generate`: writes the OpenAPI document the functions serve (functions/src/openapi.generated.json). */
import { writeFileSync } from 'node:fs'
import { generateOpenApiDocument } from '../src/openapi-document'

const file = new URL('../src/openapi.generated.json', import.meta.url)
writeFileSync(file, `${JSON.stringify(generateOpenApiDocument(), null, 2)}\n`)
console.log(`wrote ${file.pathname}`)
