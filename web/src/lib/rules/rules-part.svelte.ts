/**
 * The editing state of one part of a programme's rules (the forms, the criteria, the cadences…), shared by every
 * page of the Rules tab so that they all save the same way: the whole rules are sent with the version they were
 * read at (someone else's save in between answers 409, and the page offers to reload), and a refusal lists each
 * problem with the field, criterion or template line it is about.
 */
import { invalidate } from '$app/navigation'
import { get } from 'svelte/store'
import type { ProgrammeRules, RulesVersion } from '@binome/contracts'
import { _, locale } from '../i18n'
import { api } from '../api/endpoints'
import { ApiError } from '../api/errors'
import { describeFailure } from '../api/handling'
import { fieldSentence } from '../api/words'
import { issueSentence, rulesProblems, type RulesProblem } from './problems'

type Part = keyof ProgrammeRules

const clone = <T>(value: T): T => structuredClone(value)

export class RulesPart<K extends Part> {
  /** The version the draft started from: what a save sends as the expected version. */
  current = $state() as RulesVersion
  /** The part being edited. */
  draft = $state() as ProgrammeRules[K]
  /** The note saved with the new version ("poids du secteur relevé"). */
  note = $state('')
  busy = $state(false)
  success = $state<string | null>(null)
  failure = $state<string | null>(null)
  /** The failure was a stale version: the page offers to reload. */
  conflict = $state(false)
  problems = $state<RulesProblem[]>([])

  readonly #orgId: string
  readonly #programmeId: string
  readonly #part: K

  constructor(orgId: string, programmeId: string, part: K, current: RulesVersion) {
    this.#orgId = orgId
    this.#programmeId = programmeId
    this.#part = part
    this.current = current
    this.draft = clone(current.rules[part])
  }

  /** Whether the draft differs from the version it started from. */
  get dirty(): boolean {
    return JSON.stringify($state.snapshot(this.draft)) !== JSON.stringify(this.current.rules[this.#part])
  }

  /** The rules as they would be saved. */
  rules(): ProgrammeRules {
    return { ...this.current.rules, [this.#part]: $state.snapshot(this.draft) } as ProgrammeRules
  }

  #clear(): void {
    this.success = null
    this.failure = null
    this.conflict = false
    this.problems = []
  }

  /**
   * Saves the draft as a new version of the rules.
   * @returns true when saved.
   */
  async save(): Promise<boolean> {
    this.#clear()
    this.busy = true
    const rules = this.rules()
    try {
      const note = this.note.trim()
      // Only this page's part is sent: a part another admin saved meanwhile is never written back (the version
      // check refuses the save anyway, and the page offers to reload).
      const saved = await api.patchRules(this.#orgId, this.#programmeId, {
        version: this.current.version,
        [this.#part]: rules[this.#part],
        ...(note ? { note } : {}),
      })
      this.current = saved
      this.draft = clone(saved.rules[this.#part])
      this.note = ''
      this.success = get(_)('rules.saved', { values: { version: saved.version } })
      // The Rules tab's header shows the current version.
      await invalidate('app:rules')
      return true
    } catch (e) {
      const failure = describeFailure(e)
      this.failure = failure.message
      this.conflict = failure.stale
      if (e instanceof ApiError) {
        const t = get(_)
        const lang = get(locale)
        this.problems = rulesProblems(e.details, rules, t, lang, (issue) => issueSentence(issue, t, (i) => fieldSentence(i, t, lang)))
      }
      return false
    } finally {
      this.busy = false
    }
  }

  /** Puts back the version the draft started from, dropping the changes. */
  discard(): void {
    this.#clear()
    this.draft = clone(this.current.rules[this.#part])
  }

  /** After a conflict: reads the latest version and starts again from it (the changes are dropped, as the page says). */
  async reload(): Promise<void> {
    this.#clear()
    this.busy = true
    try {
      const latest = await api.getRules(this.#orgId, this.#programmeId)
      this.current = latest
      this.draft = clone(latest.rules[this.#part])
      this.success = get(_)('rules.reloaded', { values: { version: latest.version } })
      await invalidate('app:rules')
    } catch (e) {
      this.failure = describeFailure(e).message
    } finally {
      this.busy = false
    }
  }

  /** The problems about a path (a criterion's, a field's): those whose path starts with it. */
  problemsAt(prefix: string): RulesProblem[] {
    return this.problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`))
  }
}
