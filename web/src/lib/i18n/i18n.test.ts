/**
 * The interface's own message formatting: the ICU subset the catalogues use, the catalogues themselves (every
 * message in every language is well-formed), and switching language, which fetches the catalogue first.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { get } from 'svelte/store'
import { describe, expect, it } from 'vitest'
import { _, loadAllMessages, locale, publicSectionNames, setLocale, setupI18n, waitLocale } from './index'
import { MessageSyntaxError, formatMessage, parseMessage } from './message'
import fr from './fr.json'
import en from './en.json'
import nl from './nl.json'
import frPublic from 'virtual:catalogue/fr/public'
import frRest from 'virtual:catalogue/fr/rest'
import enPublic from 'virtual:catalogue/en/public'
import enRest from 'virtual:catalogue/en/rest'
import nlPublic from 'virtual:catalogue/nl/public'
import nlRest from 'virtual:catalogue/nl/rest'
import { publicSections, type Catalogue } from './parts'
import {
  checklistStatuses, criterionKinds, evaluationMoments, fieldKinds, firstMeetingPlaces, membershipRoles, outcomeClasses, personKinds,
  personStages, qualityAuditWords, sessionKinds, supportKinds, templateKinds,
} from '@binome/contracts'
import { formatPercent } from '../format'

type Tree = { [key: string]: string | Tree }
function messages(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : messages(v, `${prefix}${k}.`)))
}

describe('formatMessage', () => {
  it('puts values into placeholders and leaves a missing one visible', () => {
    expect(formatMessage('Bonjour {name} !', { name: 'Ana' })).toBe('Bonjour Ana !')
    expect(formatMessage('{a} et {b}', { a: 1 })).toBe('1 et {b}')
    expect(formatMessage('Sans rien')).toBe('Sans rien')
  })

  it('chooses the plural branch by the language, exact matches first, and writes # as a localised number', () => {
    const m = '{count, plural, =0 {aucun mot} one {# mot} other {# mots}} pour {who}'
    expect(formatMessage(m, { count: 0, who: 'Ana' }, 'fr')).toBe('aucun mot pour Ana')
    expect(formatMessage(m, { count: 1, who: 'Ana' }, 'fr')).toBe('1 mot pour Ana')
    // French puts 0 and 1 in "one"; English puts 1 alone there.
    expect(formatMessage('{n, plural, one {# jour} other {# jours}}', { n: 0 }, 'fr')).toBe('0 jour')
    expect(formatMessage('{n, plural, one {# day} other {# days}}', { n: 0 }, 'en')).toBe('0 days')
    expect(formatMessage(m, { count: 1500, who: 'Ana' }, 'en')).toBe('1,500 mots pour Ana')
  })

  it('refuses what it does not support rather than showing it wrong', () => {
    expect(() => parseMessage('{n, number, ::percent}')).toThrow(MessageSyntaxError)
    expect(() => parseMessage('{g, select, f {elle}}')).toThrow(/other/)
    expect(() => parseMessage('{n, plural, one {# jour}}')).toThrow(/other/)
    expect(() => parseMessage('{oops')).toThrow(/unclosed/)
    expect(() => parseMessage('trop}')).toThrow(/unexpected/)
  })
})

describe('select', () => {
  it('picks the branch named by the value, else other, with values inside', () => {
    const m = '{entity, select, programme {Ce programme ({n})} other {Cet élément}} a changé.'
    expect(formatMessage(m, { entity: 'programme', n: 2 }, 'fr')).toBe('Ce programme (2) a changé.')
    expect(formatMessage(m, { entity: 'user' }, 'fr')).toBe('Cet élément a changé.')
  })
})

describe('catalogues', () => {
  it('every message of every language is in the supported subset, with the same keys in en and nl as in fr', () => {
    const frKeys = messages(fr).map(([k]) => k).sort()
    for (const catalogue of [fr, en, nl]) {
      for (const [key, message] of messages(catalogue)) expect(() => parseMessage(message), key).not.toThrow()
    }
    expect(messages(en).map(([k]) => k).sort()).toEqual(frKeys)
    expect(messages(nl).map(([k]) => k).sort()).toEqual(frKeys)
  })

  // Screens name these values with a key built from the value (`rules.templates.kinds.${kind}`); a value the catalogues
  // lack shows as its key.
  const named: Array<[string, readonly string[]]> = [
    ['rules.templates.kinds', templateKinds], ['calendar.form.topics', sessionKinds], ['calendar.new', sessionKinds],
    ['status.person', personStages], ['person.kinds', personKinds], ['roles', membershipRoles], ['rules.fieldKinds', fieldKinds],
    ['rules.criteria.kinds', criterionKinds], ['rules.cadences.places', firstMeetingPlaces], ['rules.cadences.moments', evaluationMoments],
    ['rules.outcomes.classes', outcomeClasses], ['status.checklist', checklistStatuses], ['duoLife.plan.supports', supportKinds], ['duoLife.plan.supportHints', supportKinds],
  ]
  it.each(named)('names every value of %s in every language', (prefix, values) => {
    for (const catalogue of [fr, en, nl]) {
      const known = new Set(messages(catalogue).map(([k]) => k))
      expect(values.filter((v) => !known.has(`${prefix}.${v}`)), prefix).toEqual([])
    }
  })

  it('every language writes the typographic apostrophe (’), as the rest of its messages do', () => {
    for (const catalogue of [fr, en, nl]) expect(messages(catalogue).filter(([, m]) => m.includes("'"))).toEqual([])
  })

  it('English writes a percentage with no space before the sign, in its messages, formatPercent and the quality audit; French with one', () => {
    const spaced = /[\d}] %/
    expect(messages(en).filter(([, m]) => spaced.test(m))).toEqual([])
    expect(formatPercent(68, 'en')).toBe('68%')
    expect(formatPercent(68, 'fr')).toBe('68 %')
    const values = { done: 3, total: 4, percent: 75, held: 2 }
    const phrases = (lang: 'fr' | 'en') => [...Object.values(qualityAuditWords[lang].practice), ...Object.values(qualityAuditWords[lang].share)].map((say) => say!(values))
    expect(phrases('en').filter((p) => spaced.test(p))).toEqual([])
    expect(phrases('en').some((p) => p.includes('(75%)'))).toBe(true)
    expect(phrases('fr').some((p) => p.includes('(75 %)'))).toBe(true)
  })
})

describe('the parts of each catalogue', () => {
  const parts = { fr: [fr, frPublic, frRest], en: [en, enPublic, enRest], nl: [nl, nlPublic, nlRest] } as const
  it.each(Object.entries(parts))('%s: the build cuts the public sections and the rest from the catalogue, disjoint and whole', (_lang, [whole, pub, rest]) => {
    expect(Object.keys(pub).sort()).toEqual([...publicSections].sort())
    expect(Object.keys(rest).filter((section) => Object.hasOwn(pub, section))).toEqual([])
    expect({ ...pub, ...rest }).toEqual(whole)
  })
})

describe('loading and switching language', () => {
  it('starts in French with the messages of the public pages only; another language loads its public part only; the signed-in screens load the rest', async () => {
    setupI18n()
    await waitLocale()
    expect(get(locale)).toBe('fr')
    expect(get(_)('signin.title')).toBe(fr.signin.title)
    expect(get(_)('validation.required')).toBe(fr.validation.required)
    expect(get(_)('members.title')).toBe('members.title')
    // The sign-in page's language picker: the public part of the new language, not its whole catalogue.
    await setLocale('en')
    expect(get(_)('signin.title')).toBe(en.signin.title)
    expect(get(_)('header.language')).toBe(en.header.language)
    expect(get(_)('members.title')).not.toBe(en.members.title)
    await setLocale('fr')
    await loadAllMessages()
    expect(get(_)('members.title')).toBe(fr.members.title)
    // Once the whole is needed, a switch loads the whole of the new language.
    await setLocale('nl')
    expect(get(_)('members.title')).toBe(nl.members.title)
    await setLocale('fr')
  })

  it('fetches a catalogue before switching to it, and shows a missing key as itself', async () => {
    setupI18n()
    await setLocale('fr')
    expect(get(locale)).toBe('fr')
    expect(get(_)('signin.title')).toBe(fr.signin.title)
    await setLocale('nl')
    expect(get(locale)).toBe('nl')
    expect(get(_)('signin.title')).toBe(nl.signin.title)
    expect(get(_)('no.such.key')).toBe('no.such.key')
    expect(get(_)('no.such.key', { default: 'Standaard' })).toBe('Standaard')
    await setLocale('fr')
  })
})

describe('the messages of the public pages', () => {
  const src = fileURLToPath(new URL('../..', import.meta.url))
  /** The files a module pulls in, following `$lib/…` and relative imports of our own .svelte and .ts files. */
  function closure(start: string[]): string[] {
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file) || !existsSync(file)) return
      seen.add(file)
      const code = readFileSync(file, 'utf8')
      for (const [, spec] of code.matchAll(/from '((?:\$lib|\.{1,2})\/[^']+)'/g)) {
        const base = spec!.startsWith('$lib') ? join(src, 'lib', spec!.slice(5)) : join(dirname(file), spec!)
        for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (/\.(svelte|ts)$/.test(candidate)) visit(candidate)
      }
    }
    start.forEach(visit)
    return [...seen]
  }

  // The root layout and error page, the sign-in and outbox pages; the header's signed-in parts (the organisation
  // switcher) only render once the whole catalogue is loaded.
  const publicFiles = () =>
    closure(
      ['routes/+layout.svelte', 'routes/+layout.ts', 'routes/+error.svelte', 'signin/SignInPage.svelte', 'signin/main.ts', 'routes/outbox/+page.svelte', 'routes/outbox/+page.ts'].map((f) => join(src, f)),
    ).filter((f) => !f.endsWith('OrgSwitcher.svelte'))
  /** The keys the files look up: a literal key whole, a template key up to its first placeholder (`errors.reason.`). */
  function keysUsed(files: string[]): { literal: Set<string>; prefixes: Set<string> } {
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n')
    return {
      literal: new Set([...code.matchAll(/(?:\$_|\bt)\(\s*'([a-zA-Z]\w*\.[\w.-]+)'/g)].map((m) => m[1] as string)),
      // Wherever it is built (errorSentence hands `errors.reason.${reason}` to a helper): any template starting with a section.
      prefixes: new Set([...code.matchAll(/`([a-zA-Z]\w*\.[\w.-]*)\$\{/g)].map((m) => m[1] as string).filter((key) => Object.hasOwn(fr, key.split('.')[0]!))),
    }
  }
  // words.ts looks a refusal or a field reason up in the public part first (`errors.reason.`, `validation.`) and only
  // then in these sections of the rest, which the signed-in screens load; the reasons a public page meets are public.
  const restFallbacks = ['refusals.', 'fieldReasons.']
  const lookup = (catalogue: Catalogue, key: string): unknown => key.split('.').filter(Boolean).reduce<unknown>((node, k) => (node as Catalogue | undefined)?.[k], catalogue)

  it('find every key they use in the public part of fr, en and nl, so they never wait for the rest', () => {
    const files = publicFiles()
    expect(files.some((f) => f.endsWith('handling.ts'))).toBe(true)
    expect(files.some((f) => f.endsWith('LanguageSwitcher.svelte'))).toBe(true)
    const { literal, prefixes } = keysUsed(files)
    expect(literal).toContain('signin.title')
    expect(prefixes).toContain('errors.reason.')
    expect([...prefixes].filter((p) => restFallbacks.includes(p)).sort()).toEqual([...restFallbacks].sort())
    for (const [lang, part] of Object.entries({ fr: frPublic, en: enPublic, nl: nlPublic })) {
      for (const key of literal) expect(typeof lookup(part, key), `${lang}: ${key} is not in the public part (src/lib/i18n/parts.ts)`).toBe('string')
      for (const prefix of [...prefixes].filter((p) => !restFallbacks.includes(p))) expect(typeof lookup(part, prefix), `${lang}: ${prefix}… is not in the public part`).toBe('object')
    }
  })

  it('ship no section they do not use', () => {
    const { literal, prefixes } = keysUsed(publicFiles())
    const sections = new Set([...literal, ...prefixes].filter((p) => !restFallbacks.includes(p)).map((key) => key.split('.')[0]))
    expect([...sections].sort()).toEqual([...publicSectionNames].sort())
  })
})
