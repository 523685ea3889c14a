import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { locales, templateKinds, type Locale } from '@binome/core'
import { standardEmail } from '@binome/core/methodologies'
import { renderTemplate } from './render'
import { isEmailKind, sampleVariables, templateVariables, type TemplateKind, type Variable } from './variables'

/**
 * The platform's standard e-mails in the three languages: each renders with its kind's variables in fr, en and nl,
 * the English and Dutch ones carry no French words of the template's own, and the French one is exactly what it was
 * before the e-mails became trilingual (the golden file holds the French renderings of the French-only templates).
 */

/** Each value's inverse, so that the other branch of every `{% if %}` runs too: booleans flipped, numbers one more. */
function flipped(value: unknown): unknown {
  if (typeof value === 'boolean') return !value
  if (typeof value === 'number') return value + 1
  if (Array.isArray(value)) return value.map(flipped)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, flipped(v)]))
  return value
}

/** The two sets of values each kind is rendered with: its samples, and its samples flipped. */
const variants = (kind: TemplateKind, locale: Locale) => {
  const samples = { ...sampleVariables(kind), locale }
  return { samples, flipped: { ...(flipped(samples) as Record<string, unknown>), locale } }
}

/**
 * The samples with every text written as its own name (`‹recipient.firstName›`), so that the French sample values
 * (a session's title, a refusal's reason) never pass for words of the template.
 */
function neutral(tree: Record<string, Variable>, sample: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(Object.entries(tree).map(([key, v]) => {
    const name = `${prefix}${key}`
    const value = sample[key]
    if (v.type === 'object') return [key, neutral(v.fields, value as Record<string, unknown>, `${name}.`)]
    if (v.type === 'list') {
      const items = value as unknown[]
      if (v.item.type === 'object') {
        const fields = v.item.fields
        return [key, items.map((item) => neutral(fields, item as Record<string, unknown>, `${name}[].`))]
      }
      return [key, v.item.type === 'text' ? items.map(() => `‹${name}[]›`) : items]
    }
    return [key, v.type === 'text' ? `‹${name}›` : value]
  }))
}

/** Words of French that neither English nor Dutch mail text uses (whole words, case-insensitive). */
const frenchWords = ['bonjour', 'vous', 'votre', 'vos', 'nous', 'notre', 'équipe', 'le', 'la', 'les', 'des', 'du', 'et', 'à', 'pour', 'avec', 'est', 'une', 'merci', 'rappel']
const frenchIn = (text: string): string[] =>
  frenchWords.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(text))

const emailKinds = templateKinds.filter(isEmailKind)
const emails = emailKinds.flatMap((kind) => standardEmail(kind) ?? [])

function render(kind: TemplateKind, variables: Record<string, unknown>) {
  const t = emails.find((e) => e.kind === kind)!
  const out = renderTemplate(kind, t.body, variables, t.subject)
  if (!out.ok) throw new Error(`${kind}: ${JSON.stringify(out.problems)}`)
  return { subject: out.renderedSubject, body: out.rendered }
}

describe('the standard e-mails', () => {
  it('cover every e-mail kind', () => {
    expect(emails.map((t) => t.kind)).toEqual(emailKinds)
  })

  it('render in fr, en and nl with their kind’s variables, both branches of every condition', () => {
    for (const t of emails) {
      for (const locale of locales) {
        for (const [variant, variables] of Object.entries(variants(t.kind, locale))) {
          const out = renderTemplate(t.kind, t.body, variables, t.subject)
          expect(out, `${t.kind} ${locale} ${variant}`).toMatchObject({ ok: true })
          if (out.ok) {
            expect(out.renderedSubject?.trim(), `${t.kind} ${locale} ${variant}`).toBeTruthy()
            expect(out.rendered.trim(), `${t.kind} ${locale} ${variant}`).toBeTruthy()
          }
        }
      }
    }
  })

  it('write no French words in English or Dutch, and each language its own words', () => {
    for (const t of emails) {
      for (const variant of ['samples', 'flipped'] as const) {
        const text = Object.fromEntries(locales.map((locale) => {
          const v = variants(t.kind, locale)[variant]
          const out = render(t.kind, { ...neutral(templateVariables[t.kind], v), locale })
          return [locale, `${out.subject}\n${out.body}`]
        })) as Record<Locale, string>
        expect(frenchIn(text.en), `${t.kind} en ${variant}:\n${text.en}`).toEqual([])
        expect(frenchIn(text.nl), `${t.kind} nl ${variant}:\n${text.nl}`).toEqual([])
        expect(frenchIn(text.fr), `${t.kind} fr ${variant}`).not.toEqual([])
        expect(text.en, t.kind).not.toBe(text.nl)
      }
    }
  })

  it('greet in the recipient’s language', () => {
    const greetings: Record<Locale, RegExp> = { fr: /^Bonjour\b/, en: /^Hello\b/, nl: /^Hallo\b/ }
    for (const t of emails) {
      for (const locale of locales) expect(render(t.kind, variants(t.kind, locale).samples).body, `${t.kind} ${locale}`).toMatch(greetings[locale])
    }
  })

  it('write in French exactly what the French-only e-mails wrote', () => {
    const golden = JSON.parse(readFileSync(new URL('./standard-emails-fr.golden.json', import.meta.url), 'utf8')) as
      Record<string, Record<string, { subject: string; body: string }>>
    expect(Object.keys(golden).sort()).toEqual(emails.map((t) => t.kind).sort())
    for (const t of emails) {
      const v = variants(t.kind, 'fr')
      expect(render(t.kind, v.samples), t.kind).toEqual(golden[t.kind]!.samples)
      expect(render(t.kind, v.flipped), t.kind).toEqual(golden[t.kind]!.flipped)
    }
  })
})
