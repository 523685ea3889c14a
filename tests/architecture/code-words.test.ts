import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { codeWords, type CodeWords } from '@binome/documents/code-words'

/**
 * The words the server's files write for the product's codes (packages/documents/src/code-words.ts) are the screens'
 * own words, in every language: the server cannot import the web's catalogues, so this test is what keeps the two
 * from drifting apart (a reader must find « Actif » in the export where the duo page says « Actif »).
 */
type Catalogue = Record<string, unknown>
const catalogue = (locale: string): Catalogue =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../web/src/lib/i18n/${locale}.json`, import.meta.url)), 'utf8')) as Catalogue
const at = (c: Catalogue, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], c)

/** Each table of the server's words, and where the screens keep the same words. */
const tables: [keyof CodeWords, string][] = [
  ['duoStates', 'status.duo'], ['duoEvents', 'duos.events'], ['parties', 'portal.contract.party'], ['placeKinds', 'portal.meeting.placeKind'],
  ['deciders', 'duos.close.deciders'], ['actionStatuses', 'duoLife.plan.statuses'], ['contacts', 'duoLife.log.choice'], ['checkInChannels', 'checkIns.channels'],
  ['closingStates', 'duoEnd.interview.states'], ['situations', 'duoEnd.followUps.situations'], ['personStages', 'status.person'],
  ['evaluationMoments', 'duos.evaluations.moments'], ['evaluationStates', 'duos.evaluations.states'], ['mailKinds', 'rules.templates.kinds'],
  ['languages', 'rules.languages'],
]

describe.each(['fr', 'en', 'nl'] as const)('the server’s words for codes in %s', (locale) => {
  const screen = catalogue(locale)
  const words = codeWords[locale]

  it.each(tables)('%s are the screens’ %s', (table, path) => {
    expect(words[table]).toEqual(at(screen, path))
  })

  it('name sides, decisions, audit actions and yes/no as the screens do', () => {
    expect(words.sides).toEqual({ mentor: at(screen, 'roles.mentor'), mentee: at(screen, 'roles.mentee') })
    expect(words.decisions).toEqual({ accepted: at(screen, 'pipeline.decision.accepted'), refused: at(screen, 'pipeline.decision.refused') })
    const actions = at(screen, 'privacy.audit.actions') as Record<string, Record<string, string>>
    expect(words.auditActions).toEqual(Object.fromEntries(Object.entries(actions).flatMap(([area, byVerb]) => Object.entries(byVerb).map(([verb, w]) => [`${area}.${verb}`, w]))))
    expect([words.yes, words.no]).toEqual([at(screen, 'person.yes'), at(screen, 'person.no')])
  })

  it('say the person’s history as its screen does', () => {
    const created = at(screen, 'timeline.created') as string
    // The screen's message chooses its words by source (`{source, select, application {…} … other {…}}`).
    const branch = (key: string) => new RegExp(`${key} \\{([^}]*)\\}`).exec(created)![1]
    const sentence = (source: string) => created.replace(/\{source, select, .*\}\}/, branch(source)!)
    expect(words.timeline.created).toEqual({ staff: sentence('other'), application: sentence('application'), referral: sentence('referral'), import: sentence('import') })
    expect(words.timeline.edited).toBe(at(screen, 'timeline.edited'))
    expect(words.timeline.interview).toBe(at(screen, 'timeline.interview'))
    expect(words.timeline.consentWithdrawn).toBe(at(screen, 'timeline.consentWithdrawn'))
    expect(words.timeline.stage('A', 'B')).toBe((at(screen, 'timeline.stage') as string).replace('{from}', 'A').replace('{to}', 'B'))
  })
})
