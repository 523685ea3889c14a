import * as z from 'zod'
import { isSafeText } from '@binome/core'

/** The message of the refusal; the web app shows its own words for it (`validation.unsafe-text`), keyed by `params`. */
const unsafe = { message: 'must not contain control characters or invisible direction marks', params: { reason: 'unsafe-text' } }

/**
 * The one schema for a name or any single-line text a person types: trimmed, Unicode-normalised (NFC, so that
 * "é" is one form however it was typed), within its length, and free of control characters, bidi overrides and
 * lone surrogates ({@link isSafeText}). Every name field of the contracts is made with it.
 *
 * @example
 * const ProgrammeName = singleLineText({ min: 2, max: 120 })
 */
export function singleLineText(opts: { min: number; max: number }) {
  return z
    .string()
    .normalize('NFC')
    .trim()
    .min(opts.min, opts.min <= 1 ? 'is required' : `must be at least ${opts.min} characters`)
    .max(opts.max)
    .refine((s) => isSafeText(s), unsafe)
}

/**
 * The one schema for multi-line free text (descriptions, notes): like {@link singleLineText}, but keeping line
 * breaks and tabs, and possibly empty.
 *
 * @example
 * const Description = freeText({ max: 4000 })
 */
export function freeText(opts: { max: number }) {
  return z
    .string()
    .normalize('NFC')
    .trim()
    .max(opts.max)
    .refine((s) => isSafeText(s, { multiLine: true }), unsafe)
}
