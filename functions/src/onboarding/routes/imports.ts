import { route } from '../../shared/routes'
import {
  DomainError, checkImportRows, importTargets, mappingIssues, newPerson, proposeMapping, type DraftCheck, type ImportMapping,
} from '@binome/core'
import { ImportMappingBody, importedPersonSchema, type ImportReport } from '@binome/contracts'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'
import { zodIssues } from '../../shared/errors'
import { createdEntry } from './people'
import { belgianGazetteer } from '../../shared/gazetteer'

/** The mapping sent as JSON text: an object header → field id or null; a 400 naming `mapping` otherwise. */
function sentMapping(text: string): ImportMapping {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new DomainError('validation', 'Some fields are not valid', { details: [{ path: 'mapping', reason: 'bad-format', message: 'must be a JSON object' }] })
  }
  const parsed = ImportMappingBody.safeParse(value)
  if (!parsed.success) {
    const details = zodIssues(parsed.error, value).map((i) => ({ ...i, path: i.path === '(body)' ? 'mapping' : `mapping.${i.path}` }))
    throw new DomainError('validation', 'Some fields are not valid', { details })
  }
  return parsed.data
}

/**
 * Spreadsheet imports of a programme's mentors or mentees: the file read (parsers loaded on this route only), the
 * columns mapped to the side's form, every row checked as the people routes check one person, and with `dryRun=false`
 * the valid rows written in batches through `people.createMany` (with their name tokens, stage counters and a
 * `created` timeline entry whose source is `import`). Reported rows keep the spreadsheet's line numbers.
 */
export function registerImports(app: App) {
  app.openapi(route(routes.importPeople), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const upload = c.req.valid('form')
    const current = await tenant.rules.current(programmeId) // 404 for another tenant's programme id
    const form = current.rules.forms[upload.side]
    const mapping = upload.mapping === undefined ? undefined : sentMapping(upload.mapping)
    // Loaded here so that the parsers (ExcelJS is large) are not evaluated on the onboarding function's cold path.
    const { readSheet } = await import('../imports/read-sheet')
    const sheet = await readSheet(new Uint8Array(await upload.file.arrayBuffer()))
    const used = mapping ?? proposeMapping(sheet.headers, form)
    const issues = mappingIssues(used, sheet.headers, form)
    if (issues.length > 0) throw new DomainError('validation', 'Some fields are not valid', { details: issues })

    // One query of the programme's own people partition for their e-mails only (both sides: an e-mail is one person
    // per programme); reading whole people, answers and all, was most of a dry run once the programme had thousands.
    const [gazetteer, existingEmails] = await Promise.all([belgianGazetteer(), tenant.people.emails(programmeId)])
    const schema = importedPersonSchema(form, { isKnownLocality: (name) => gazetteer.find(name) !== undefined })
    const check: DraftCheck = (draft) => {
      const r = schema.safeParse(draft)
      return r.success ? { ok: true, value: r.data } : { ok: false, issues: zodIssues(r.error, draft) }
    }
    const result = checkImportRows({
      headers: sheet.headers, rows: sheet.rows, mapping: used, form, check,
      existingEmails,
    })

    const dryRun = upload.dryRun === 'true'
    if (!dryRun && result.valid.length > 0) {
      const now = deps.now().toISOString()
      const people = result.valid.map(({ person }) => newPerson({ ...person, kind: upload.side }, {
        id: deps.newId(), orgId: tenant.ctx.orgId, programmeId, rulesVersion: current.version, form, now,
      }))
      await tenant.people.createMany(people.map((p) => ({ person: p, entries: [createdEntry(deps, p, tenant.ctx.userId, 'import')] })))
      for (const r of result.rows) if (r.status === 'valid') r.status = 'written'
      result.counts.written = people.length
    }
    const report: ImportReport = {
      dryRun,
      headers: sheet.headers,
      mapping: Object.fromEntries(sheet.headers.map((h) => [h, used[h] ?? null])),
      fields: importTargets(form).map((t) => {
        const field = form.sections.flatMap((s) => s.fields).find((f) => f.id === t.id)
        return { id: t.id, required: t.required, ...(field && { label: field.label }) }
      }),
      counts: result.counts,
      rows: result.rows,
    }
    return c.json(report, 200)
  })
}
