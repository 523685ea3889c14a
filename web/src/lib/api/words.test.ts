/**
 * Every error reason and every field reason has its words in French, English and Dutch, and each sentence names
 * only the values its reason carries; refusals are said from their reason, never with the server's English.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { get } from 'svelte/store'
import { _ } from '../i18n'
import { errorEntities, errorReasons, fieldReasons, type ErrorReason } from '@binome/contracts'
import { ApiError, toApiError } from './errors'
import { errorSentence, fieldSentence, isStale, sayValues } from './words'
import { loadAllMessages, setLocale, setupI18n } from '../i18n'
import { parseMessage } from '../i18n/message'
import fr from '../i18n/fr.json'
import en from '../i18n/en.json'
import nl from '../i18n/nl.json'

const catalogues = { fr, en, nl } as const

// These words are the signed-in screens': their layout loads the whole catalogue, and so does each switch of language after it.
beforeAll(async () => {
  setupI18n()
  await loadAllMessages()
})

type Part = ReturnType<typeof parseMessage>[number]

/**
 * The argument names a message uses: `{name}`, `{name, plural, …}`, `{entity, select, …}`, read with the catalogues'
 * own parser (a select branch's words, such as `applied {applied}`, are text, not arguments).
 */
function argumentsOf(message: string): Set<string> {
  const names = new Set<string>()
  const walk = (parts: Part[]): void => {
    for (const p of parts) {
      if (typeof p === 'string' || 'hash' in p) continue
      if ('arg' in p) names.add(p.arg)
      else {
        names.add('plural' in p ? p.plural : p.select)
        for (const branch of Object.values(p.branches)) walk(branch)
      }
    }
  }
  walk(parseMessage(message))
  return names
}

describe('the catalogues say every reason', () => {
  for (const [lang, cat] of Object.entries(catalogues)) {
    it(`${lang}: every error reason has words naming only its declared values`, async () => {
      // Public pages' refusals ship with the app (errors.reason); signed-in screens' come with the full catalogue.
      const words = { ...cat.errors.reason, ...cat.refusals } as Record<string, string>
      for (const [reason, { values }] of Object.entries(errorReasons)) {
        expect(words[reason], `${lang} errors.reason.${reason}`).toEqual(expect.any(String))
        expect(words[reason]!.trim().length, `${lang} errors.reason.${reason}`).toBeGreaterThan(0)
        for (const name of argumentsOf(words[reason]!)) expect(values as readonly string[], `${lang} ${reason} names {${name}}`).toContain(name)
      }
      // No words for reasons that no longer exist.
      expect(Object.keys(words).sort()).toEqual(Object.keys(errorReasons).sort())
    })

    it(`${lang}: every field reason has words`, async () => {
      // Public forms' reasons ship with the app (validation); the others come with the full catalogue.
      const words = { ...cat.validation, ...cat.fieldReasons } as Record<string, string>
      for (const reason of fieldReasons) expect(words[reason]?.trim().length, `${lang} validation.${reason}`).toBeGreaterThan(0)
      expect(Object.keys(words).sort()).toEqual([...fieldReasons].sort())
      expect(Object.keys(cat.validation).filter((r) => Object.hasOwn(cat.fieldReasons, r)), 'said twice').toEqual([])
    })
  }

  it('says a stale version and a refusing rule with different words; only the stale one advises a reload', async () => {
    await setLocale('fr')
    const t = get(_)
    const stale = errorSentence({ status: 409, reason: 'stale-version', values: { entity: 'programme' } }, t, 'fr')
    const invited = errorSentence({ status: 409, reason: 'already-invited', values: {} }, t, 'fr')
    const lastAdmin = errorSentence({ status: 409, reason: 'last-admin' }, t, 'fr')
    expect(stale).toMatch(/^Ce programme a été modifié par quelqu’un d’autre.*Rechargez/)
    expect(invited).toMatch(/déjà été invitée/)
    expect(lastAdmin).toMatch(/au moins un administrateur/)
    for (const rule of [invited, lastAdmin]) expect(rule).not.toMatch(/Rechargez/)
    expect(isStale({ reason: 'stale-version' })).toBe(true)
    expect(isStale({ reason: 'last-admin' })).toBe(false)
  })
})

describe('errorSentence', () => {
  it('says the rule with its values, dates as dd/mm/yyyy, in each language', async () => {
    const values = { startDate: '2027-03-01', endDate: '2027-01-01' }
    for (const lang of ['fr', 'en', 'nl'] as const) {
      await setLocale(lang)
      const s = errorSentence({ status: 400, reason: 'end-before-start', values }, get(_), lang)
      expect(s, lang).toContain('01/03/2027')
      expect(s, lang).toContain('01/01/2027')
      expect(s, lang).not.toMatch(/2027-/)
    }
    await setLocale('fr')
  })

  it('falls back to a generic sentence for a reason it does not know, never the server’s English', async () => {
    await setLocale('fr')
    const res = new Response(JSON.stringify({ error: { code: 'conflict', reason: 'from-the-future', message: 'The English detail' } }), { status: 409 })
    const e = await toApiError(res)
    const s = errorSentence(e, get(_), 'fr')
    expect(s).toBe(fr.errors.unknown.replace('{status}', '409'))
    expect(s).not.toContain('English')
    const proxy = await toApiError(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }))
    expect(errorSentence(proxy, get(_), 'fr')).not.toContain('Bad Gateway')
  })

  it('gives every declared value a stand-in when the server leaves one out', async () => {
    for (const lang of ['fr', 'en', 'nl'] as const) {
      await setLocale(lang)
      expect(errorSentence({ status: 500, reason: 'internal' }, get(_), lang)).toContain('—')
      for (const reason of Object.keys(errorReasons) as ErrorReason[]) {
        const s = errorSentence({ status: 400, reason }, get(_), lang)
        for (const entity of errorEntities) {
          const named = errorSentence({ status: 400, reason, values: { entity } }, get(_), lang)
          expect(named, `${lang} ${reason} ${entity}`).not.toMatch(/[{}]/)
        }
        // A sentence that failed to format comes back as its key or as its raw pattern.
        expect(s, `${lang} ${reason}`).not.toMatch(/errors\.reason|refusals\.|[{}]/)
      }
    }
    await setLocale('fr')
  })

  it('says a network failure as such', async () => {
    expect(errorSentence(new ApiError(0, 'network', 'fetch failed'), get(_), 'fr')).toBe(fr.errors.network)
  })
})

describe('fieldSentence', () => {
  it('says a field issue from its reason and limit', async () => {
    await setLocale('fr')
    expect(fieldSentence({ reason: 'too-short', values: { min: 2 } }, get(_), 'fr')).toBe('Au moins 2 caractères.')
    expect(fieldSentence({ reason: 'end-before-start', values: { startDate: '2027-03-01' } }, get(_), 'fr')).toContain('01/03/2027')
    expect(fieldSentence({ reason: 'who-knows' }, get(_), 'fr')).toBe(fr.validation.invalid)
    expect(fieldSentence({}, get(_), 'fr')).toBe(fr.validation.invalid)
  })

  it('reads the reason and values of API field issues', async () => {
    const e = await toApiError(
      new Response(JSON.stringify({ error: { code: 'validation_failed', reason: 'validation', message: 'x', details: [{ path: 'name', reason: 'too-short', values: { min: 2 }, message: 'Too small: expected string to have >=2 characters' }] } }), { status: 400 }),
    )
    expect(e.reason).toBe('validation')
    expect(e.fieldIssues).toEqual([{ path: 'name', reason: 'too-short', values: { min: 2 }, message: expect.any(String) }])
  })
})

describe('sayValues', () => {
  it('formats calendar dates through the one formatter and leaves the rest', async () => {
    expect(sayValues({ endDate: '2026-12-31', count: 3, name: 'PLS' }, 'fr')).toEqual({ endDate: '31/12/2026', count: 3, name: 'PLS' })
  })
})
