import * as z from 'zod'
import { importRowStatuses, personKinds, type CheckedRow, type IntakeForm } from '@binome/core'
import { answersSchema, type AnswersContext } from './answers'
import { Email, IsoDate, Name } from './common'
import { PhoneNumber } from './people'
import { lazySchema } from './lazy-schema'

/** A file as a multipart form part. */
const isFile = (v: unknown): v is File => typeof File !== 'undefined' && v instanceof File

/**
 * An import's form (multipart/form-data): the file (CSV or XLSX), the side its people are for, whether to only
 * check (the default) or to write, and the column mapping (JSON `{ "<header>": "<field id>" | null }`) when the
 * proposed one was changed.
 */
export const ImportUpload = /* @__PURE__ */ lazySchema(() => z.strictObject({
  // Described for the OpenAPI document as a binary string, which is how multipart files are written there.
  file: z.custom<File>(isFile, 'must be a file (CSV or XLSX)').meta({ type: 'string', format: 'binary', description: 'The CSV or XLSX file' }),
  side: z.enum(personKinds),
  dryRun: z.enum(['true', 'false']).default('true'),
  mapping: z.string().max(100_000).optional(),
}))

/** The mapping as sent, once its JSON is read. */
export const ImportMappingBody = /* @__PURE__ */ lazySchema(() => z.record(z.string().max(200), z.string().max(64).nullable())
  .refine((m) => Object.keys(m).length <= 500, 'has too many columns'))

const LocalizedLabel = /* @__PURE__ */ lazySchema(() => z.object({ fr: z.string(), en: z.string(), nl: z.string() }))

/**
 * The report of an import: the file's headers, the mapping used (the proposed one unless one was sent), the fields
 * a column may fill (identity fields without a label: the web names them; the form's with theirs), the counts,
 * and every row with its status and problems.
 */
export const ImportReport = /* @__PURE__ */ lazySchema(() => z.object({
  dryRun: z.boolean(),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string().nullable()),
  fields: z.array(z.object({ id: z.string(), required: z.boolean(), label: LocalizedLabel.optional() })),
  counts: z.object({ rows: z.number().int(), valid: z.number().int(), invalid: z.number().int(), duplicates: z.number().int(), written: z.number().int() }),
  rows: z.array(z.object({
    row: z.number().int(),
    status: z.enum(importRowStatuses),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
  })),
}))
export type ImportReport = z.infer<typeof ImportReport>

/**
 * One imported person as the people routes check a new one: identity (names, e-mail lower-cased, phone, birth
 * date) and the answers to the side's form.
 *
 * @example
 * importedPersonSchema(rules.forms.mentee, { isKnownLocality }).safeParse(draft)
 */
export function importedPersonSchema(form: IntakeForm, ctx: AnswersContext = {}): z.ZodType<CheckedRow> {
  return z.strictObject({
    firstName: Name,
    lastName: Name,
    email: Email,
    phone: PhoneNumber.optional().transform((p) => (p ? p : undefined)),
    birthDate: IsoDate,
    answers: answersSchema(form, ctx),
  }) as unknown as z.ZodType<CheckedRow>
}
