/**
 * The part of ICU MessageFormat our catalogues use, and nothing more: `{name}` placeholders,
 * `{n, plural, =0 {…} one {…} other {…}}` with `#` for the number, and `{entity, select, programme {…} other {…}}`
 * (the error catalogue names entities and states with it). A full ICU runtime (parser, skeletons, date and time
 * data) weighs more than the sign-in page itself; this is a few hundred bytes. A message using any other ICU
 * construct (number skeletons, apostrophe quoting) is refused by the catalogue test, not mis-shown.
 */

/** A value put into a message. */
export type MessageValue = string | number | boolean | null | undefined

type Part =
  | string
  | { arg: string }
  | { plural: string; branches: Record<string, Part[]> }
  | { select: string; branches: Record<string, Part[]> }
  | { hash: true }

export class MessageSyntaxError extends Error {
  override name = 'MessageSyntaxError'
}

/**
 * Parses a message into parts; throws {@link MessageSyntaxError} naming the offset for anything outside the subset.
 *
 * @example
 * parseMessage('{n, plural, one {# mois} other {# mois}}')
 */
export function parseMessage(message: string): Part[] {
  let i = 0
  const fail = (what: string): never => {
    throw new MessageSyntaxError(`${what} at ${i} in "${message}"`)
  }
  function parts(inPlural: boolean): Part[] {
    const out: Part[] = []
    let text = ''
    const flush = () => {
      if (text) out.push(text)
      text = ''
    }
    while (i < message.length) {
      const c = message[i] as string
      if (c === '}') break
      if (c === '#' && inPlural) {
        flush()
        out.push({ hash: true })
        i++
      } else if (c === '{') {
        flush()
        out.push(argument())
      } else {
        text += c
        i++
      }
    }
    flush()
    return out
  }
  function argument(): Part {
    i++ // '{'
    const close = message.indexOf('}', i)
    const comma = message.indexOf(',', i)
    if (close < 0) fail('unclosed {')
    if (comma < 0 || comma > close) {
      const name = message.slice(i, close).trim()
      if (!/^[A-Za-z_]\w*$/.test(name)) fail(`bad argument name "${name}"`)
      i = close + 1
      return { arg: name }
    }
    const name = message.slice(i, comma).trim()
    const rest = message.slice(comma + 1)
    const kind = /^\s*(plural|select)\s*,/.exec(rest)
    if (!kind) fail(`only plural and select arguments are supported for "${name}"`)
    const isPlural = (kind as RegExpExecArray)[1] === 'plural'
    i = comma + 1 + (kind as RegExpExecArray)[0].length
    const branches: Record<string, Part[]> = {}
    for (;;) {
      while (message[i] === ' ') i++
      if (message[i] === '}') break
      const selector = (isPlural ? /^(=\d+|zero|one|two|few|many|other)\s*\{/ : /^([A-Za-z_][\w-]*)\s*\{/).exec(message.slice(i))
      if (!selector) fail(isPlural ? 'expected a plural branch' : 'expected a select branch')
      i += (selector as RegExpExecArray)[0].length
      branches[(selector as RegExpExecArray)[1] as string] = parts(isPlural)
      if (message[i] !== '}') fail(`unclosed ${isPlural ? 'plural' : 'select'} branch`)
      i++
    }
    if (!branches.other) fail(`${isPlural ? 'plural' : 'select'} "${name}" has no "other" branch`)
    i++ // '}' closing the argument
    return isPlural ? { plural: name, branches } : { select: name, branches }
  }
  const result = parts(false)
  if (i < message.length) fail('unexpected }')
  return result
}

const parsed = new Map<string, Part[]>()

/**
 * Puts the values into a message in the given language (plural categories and `#` follow that language).
 * A missing value leaves its placeholder visible, as a hint rather than a blank.
 *
 * @example
 * formatMessage('{count, plural, one {# critère} other {# critères}}', { count: 2 }, 'fr') // '2 critères'
 */
export function formatMessage(message: string, values: Record<string, MessageValue> = {}, locale = 'fr'): string {
  if (!message.includes('{')) return message
  let compiled = parsed.get(message)
  if (!compiled) {
    compiled = parseMessage(message)
    parsed.set(message, compiled)
  }
  return render(compiled, values, locale, undefined)
}

function render(parts: Part[], values: Record<string, MessageValue>, locale: string, count: number | undefined): string {
  let out = ''
  for (const part of parts) {
    if (typeof part === 'string') out += part
    else if ('hash' in part) out += new Intl.NumberFormat(locale).format(count ?? 0)
    else if ('arg' in part) {
      const v = values[part.arg]
      out += v === undefined || v === null ? `{${part.arg}}` : String(v)
    } else if ('select' in part) {
      const v = values[part.select]
      out += render(part.branches[String(v)] ?? part.branches.other ?? [], values, locale, count)
    } else {
      const n = Number(values[part.plural] ?? 0)
      const branch = part.branches[`=${n}`] ?? part.branches[new Intl.PluralRules(locale).select(n)] ?? part.branches.other
      out += render(branch ?? [], values, locale, n)
    }
  }
  return out
}
