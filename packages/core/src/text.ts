/**
 * Characters that text typed by people never needs and that can do harm when it is shown again: C0/C1 control
 * characters (terminal escapes, NUL), bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069: they make text display as something other than what it is), and lone UTF-16 surrogates (not
 * encodable as UTF-8, so they would fail or be mangled in storage). Right-to-left marks (U+200E/U+200F) stay
 * allowed: names in Arabic or Hebrew may need them.
 */
const controls = /[\u0000-\u001F\u007F-\u009F]/
/** The same, but keeping tab, line feed and carriage return, which multi-line free text uses. */
const controlsExceptLineBreaks = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Whether text is safe to store and show: none of the characters above (line breaks allowed in multi-line text).
 *
 * @example
 * isSafeText('Aïcha Ben') // true
 * isSafeText('invoice\u202Efdp.exe') // false
 * isSafeText('Line 1\nLine 2', { multiLine: true }) // true
 */
export function isSafeText(text: string, opts: { multiLine?: boolean } = {}): boolean {
  return !(opts.multiLine ? controlsExceptLineBreaks : controls).test(text) && !bidiControls.test(text) && !loneSurrogate.test(text)
}
