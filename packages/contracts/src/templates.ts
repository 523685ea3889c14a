import * as z from 'zod'
import { isSafeText, templateKinds } from '@binome/core'
import { singleLineText } from './text'
import { lazySchema } from './lazy-schema'
import { rulesLimits } from './rules'
import { Locale } from './common'

/**
 * The longest template source the API takes, in characters. The same bound as the engine's own
 * (`limits.sourceChars` in `@binome/documents`, which the contracts cannot import: the web reads the contracts).
 */
export const maxTemplateChars = 40_000

/**
 * A template's Liquid source. Unlike the other free texts it is not trimmed: a refusal names lines, and leading
 * blank lines count. Control characters other than line breaks and tabs, bidi overrides and lone surrogates are
 * refused as everywhere.
 */
export const TemplateBody = /* @__PURE__ */ lazySchema(() => z
  .string()
  .normalize('NFC')
  .min(1, 'is required')
  .max(maxTemplateChars)
  .refine((s) => isSafeText(s, { multiLine: true }), {
    message: 'must not contain control characters or invisible direction marks',
    params: { reason: 'unsafe-text' },
  }))

/** An e-mail's subject: one line of Liquid, as long as the rules keep (a subject in each language, see rulesLimits). */
export const TemplateSubject = /* @__PURE__ */ lazySchema(() => singleLineText({ min: 1, max: rulesLimits.subjectLength }))

export const TemplateKindSchema = /* @__PURE__ */ lazySchema(() => z.enum(templateKinds))

/** What the template editor sends to see a template rendered with its kind's sample values. */
export const PreviewTemplate = /* @__PURE__ */ lazySchema(() => z.strictObject({
  kind: TemplateKindSchema,
  body: TemplateBody,
  subject: TemplateSubject.optional(),
  /** The language the e-mail is previewed in (its `locale` variable): the editor's reader's; French when absent. */
  locale: Locale.optional(),
}))
export type PreviewTemplate = z.infer<typeof PreviewTemplate>

export const TemplatePreview = /* @__PURE__ */ lazySchema(() => z.object({
  rendered: z.string(),
  renderedSubject: z.string().optional(),
}))
export type TemplatePreview = z.infer<typeof TemplatePreview>
