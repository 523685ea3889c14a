/**
 * From a programme's configured criteria and its people's answers to the engine's input: the one mapping the matching
 * worker and the web's criteria preview both use, so that the preview scores as a run does. The shapes are declared
 * here structurally (the engine imports nothing of the platform); the core's `CriterionConfig` and answers fit them.
 */
import type { Criterion, GeoPoint, MenteeProfile, ProfileValue } from './types'

interface ConfiguredBase {
  id: string
  label: { fr: string }
  weight: number
  mandatory: boolean
  /** Answer key on the mentee side (a form field id, or `birthDate`). */
  menteeField: string
  /** Answer key on the mentor side. */
  mentorField: string
}

/** A criterion as a programme configures it (the core's `CriterionConfig`). */
export type ConfiguredCriterion =
  | (ConfiguredBase & { kind: 'geo'; maxKm: number; bands?: Array<{ maxKm: number; credit: number }> })
  | (ConfiguredBase & { kind: 'categorical'; similarity?: Record<string, Record<string, number>> })
  | (ConfiguredBase & { kind: 'overlap'; fullCreditAt?: number })
  | (ConfiguredBase & { kind: 'numeric'; tolerance?: number; direction?: 'any' | 'mentor-older' | 'mentor-younger' })
  | (ConfiguredBase & { kind: 'text'; fullCreditAt?: number })

/** An answer as a form stores it: text, number, yes/no, choices, or languages with a level. */
export type AnswerLike = string | number | boolean | readonly string[] | ReadonlyArray<{ code: string }>

/** The identity source a numeric criterion may read instead of an answer: the person's age. */
const ageSource = 'birthDate'

/**
 * The engine's criteria from configured ones. Every non-geographic criterion reads the value under its form field's
 * id (`field` on the mentee side, `mentorField` on the mentor side). Explanations carry the French label: screens
 * name criteria from the rules in the reader's language.
 *
 * @example
 * engineCriteria(rules.criteria) // [{ id: 'geo', kind: 'geo', maxKm: 25, ... }, { id: 'sector', kind: 'categorical', field: 'sector', ... }]
 */
export function engineCriteria(criteria: readonly ConfiguredCriterion[]): Criterion[] {
  return criteria.map((c): Criterion => {
    const base = { id: c.id, label: c.label.fr || c.id, weight: c.weight, mandatory: c.mandatory }
    const fields = { field: c.menteeField, mentorField: c.mentorField }
    switch (c.kind) {
      case 'geo':
        return { ...base, kind: 'geo', maxKm: c.maxKm, ...(c.bands && { bands: c.bands }) }
      case 'categorical':
        return { ...base, ...fields, kind: 'categorical', ...(c.similarity && { similarity: c.similarity }) }
      case 'overlap':
        return { ...base, ...fields, kind: 'overlap', ...(c.fullCreditAt !== undefined && { fullCreditAt: c.fullCreditAt }) }
      case 'numeric':
        return { ...base, ...fields, kind: 'numeric', ...(c.tolerance !== undefined && { tolerance: c.tolerance }), ...(c.direction && { direction: c.direction }) }
      case 'text':
        return { ...base, ...fields, kind: 'text', ...(c.fullCreditAt !== undefined && { fullCreditAt: c.fullCreditAt }) }
    }
  })
}

/** An answer as the engine reads it: languages by code (levels do not count for overlap), yes/no not matched on. */
function engineValue(v: AnswerLike | undefined): ProfileValue | undefined {
  if (v === undefined || typeof v === 'boolean') return undefined
  if (Array.isArray(v)) return v.map((x: string | { code: string }) => (typeof x === 'string' ? x : x.code))
  return v as string | number
}

/**
 * The engine's profiles of one side: the location from the answer feeding the geographic criterion (through
 * `locate`), and the answers each other criterion reads, by field id; `birthDate` is read as `ageOf(person)`.
 *
 * @example
 * configuredProfiles(mentees, rules.criteria, 'mentee', { locate: (name) => g.find(name)?.location, ageOf: (p) => ageOn(p.birthDate, day) })
 */
export function configuredProfiles<P extends { id: string; answers: Readonly<Record<string, AnswerLike>> }>(
  people: readonly P[],
  criteria: readonly ConfiguredCriterion[],
  side: 'mentee' | 'mentor',
  how: { locate: (locality: string) => GeoPoint | undefined; ageOf: (person: P) => number | undefined },
): MenteeProfile[] {
  const keyOf = (c: ConfiguredCriterion) => (side === 'mentee' ? c.menteeField : c.mentorField)
  const geo = criteria.find((c) => c.kind === 'geo')
  const geoKey = geo && keyOf(geo)
  const keys = [...new Set(criteria.filter((c) => c.kind !== 'geo').map(keyOf))]
  return people.map((p) => {
    const values: Record<string, ProfileValue> = {}
    for (const key of keys) {
      const v = key === ageSource ? how.ageOf(p) : engineValue(p.answers[key])
      if (v !== undefined) values[key] = v
    }
    const locality = geoKey === undefined ? undefined : p.answers[geoKey]
    const place = typeof locality === 'string' && locality !== '' ? how.locate(locality) : undefined
    return { id: p.id, ...(typeof locality === 'string' && { locality }), location: place ?? null, values }
  })
}
