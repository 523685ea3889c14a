import { DomainError } from './errors'
import type { Decision, Interview, PersonStage, StageDates, StageMove } from './pipeline'
import { formFields, type Answers, type FormField, type IntakeForm, type LocalizedText } from './rules/forms'

/** Mentors and mentees of a programme, as screened by coordinators (stage 2) and used by matching (stage 3). */
export const personKinds = ['mentor', 'mentee'] as const
export type PersonKind = (typeof personKinds)[number]

/**
 * The identity of a person, first-class whatever the programme's form asks: who they are and how to reach them.
 * `birthDate` (yyyy-mm-dd) also feeds age criteria (`identitySources` in ./rules).
 */
export interface PersonIdentity {
  firstName: string
  lastName: string
  email: string
  phone?: string
  birthDate: string
}

/**
 * A mentor or a mentee. Everything the programme asks beyond identity (locality, sector, languages, path...) is in
 * `answers`, keyed by the field ids of the programme's intake form for the person's kind, as validated under the
 * rules version `rulesVersion`. What matching and the workflow read directly stays first-class: kind, the pipeline
 * stage with the date of each step (./pipeline), the latest interview and decision, a mentor's capacity, the
 * referring partner.
 */
export interface Person extends PersonIdentity {
  id: string
  orgId: string
  programmeId: string
  kind: PersonKind
  answers: Answers
  /** The version of the programme's rules whose form the answers were validated against. */
  rulesVersion: number
  /** How many mentees a mentor takes at once (1 for most); absent for mentees. */
  capacity?: number
  /** The network partner that referred a mentee, if any. */
  referredBy?: string
  stage: PersonStage
  stageDates: StageDates
  /** The latest individual interview, with the eligibility checklist ticked. */
  interview?: Interview
  /** The latest decision after the interview. */
  decision?: Decision
  /** What the lists filter on, read from the answers with the form they were checked against ({@link personFacets}). */
  facets: PersonFacets
  /** When the person's identifying data was erased (on request or by the retention sweep); see ./erasure. */
  erasedAt?: string
  createdAt: string
  updatedAt: string
  version: number
}

/**
 * A person's name as screens and lists show it.
 *
 * @example
 * displayName({ firstName: 'Amina', lastName: 'El Idrissi' }) // 'Amina El Idrissi'
 */
export function displayName(p: Pick<Person, 'firstName' | 'lastName'>): string {
  return `${p.firstName} ${p.lastName}`.trim()
}

/**
 * Age in whole years on a given day, from a yyyy-mm-dd birth date; undefined when the date is not one.
 *
 * @example
 * ageOn('1990-06-15', new Date('2026-06-14')) // 35
 */
export function ageOn(birthDate: string, day: Date): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate)
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const beforeBirthday = day.getUTCMonth() + 1 < mo || (day.getUTCMonth() + 1 === mo && day.getUTCDate() < d)
  return day.getUTCFullYear() - y - (beforeBirthday ? 1 : 0)
}

/** The answers the people lists filter on: the locality, the sector and the languages spoken (ISO codes). */
export interface PersonFacets {
  locality?: string
  sector?: string
  languages?: string[]
}

/** The field a person's sector facet is read from: `sector`, or the first single choice whose id contains "sector". */
const sectorField = (fields: readonly FormField[]): FormField | undefined =>
  fields.find((f) => f.id === 'sector') ?? fields.find((f) => f.kind === 'single-choice' && f.id.includes('sector'))

/**
 * The labels of the sector facet's values, from the programme's forms (the mentors' and the mentees' may list
 * different sectors; the first label of a value wins): what screens show instead of a sector's code.
 *
 * @example
 * sectorLabels([rules.forms.mentee, rules.forms.mentor]).it // { fr: 'Informatique', en: 'IT', nl: 'IT' }
 */
export function sectorLabels(forms: readonly IntakeForm[]): Record<string, LocalizedText> {
  const labels: Record<string, LocalizedText> = {}
  for (const form of forms) {
    for (const o of sectorField(formFields(form))?.options ?? []) labels[o.value] ??= o.label
  }
  return labels
}

/**
 * The list facets of a person's answers: the first locality field, the field `sector` (or the first single choice
 * whose id contains "sector"), the first languages field.
 *
 * @example
 * personFacets({ locality: 'Schaerbeek', sector: 'it', languages: [{ code: 'fr', level: 'C1' }] }, form)
 * // { locality: 'Schaerbeek', sector: 'it', languages: ['fr'] }
 */
export function personFacets(answers: Answers, form: IntakeForm): PersonFacets {
  const fields = formFields(form)
  const locality = fields.find((f) => f.kind === 'locality' && typeof answers[f.id] === 'string')
  const sector = sectorField(fields)
  const languages = fields.find((f) => f.kind === 'languages' && Array.isArray(answers[f.id]))
  const sectorValue = sector && answers[sector.id]
  return {
    ...(locality && { locality: answers[locality.id] as string }),
    ...(typeof sectorValue === 'string' && { sector: sectorValue }),
    ...(languages && { languages: (answers[languages.id] as { code: string }[]).map((l) => l.code) }),
  }
}

/**
 * Lower case without accents or punctuation: how names and searches are compared.
 *
 * @example
 * searchable('  Élodie  Van Den BROECK ') // 'elodie van den broeck'
 */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}@.+-]+/gu, ' ').trim()
}

/** What a coordinator (or an application, a referral, an import) enters for a new person: identity, answers already checked against the form. */
export interface PersonDraft extends PersonIdentity {
  kind: PersonKind
  answers: Answers
  capacity?: number | undefined
  referredBy?: string | undefined
}

/** What an edit may change; the stage moves only through ./pipeline's `moveStage`. */
export type PersonChanges = Partial<Omit<PersonDraft, 'kind'>> & { rulesVersion?: number; facets?: PersonFacets }

/** Only mentors take mentees: a capacity on a mentee is refused rather than silently dropped. */
function checkCapacity(kind: PersonKind, capacity: number | undefined): void {
  if (kind === 'mentee' && capacity !== undefined) {
    throw new DomainError('validation', 'Only mentors have a capacity', {
      details: [{ path: 'capacity', reason: 'unknown-field', message: 'only mentors have a capacity' }],
    })
  }
}

/** An empty phone means none. */
const withPhone = <T extends { phone?: string | undefined }>(p: T): T => {
  const { phone, ...rest } = p
  return (phone ? { ...rest, phone } : rest) as T
}

/**
 * A new mentor or mentee of a programme, at the pipeline's first stage (`applied`), with answers validated under
 * rules version `rulesVersion`.
 *
 * @example
 * newPerson({ kind: 'mentee', firstName: 'Amina', ..., answers }, { id, orgId, programmeId, rulesVersion: 3, form, now })
 */
export function newPerson(
  draft: PersonDraft, ctx: { id: string; orgId: string; programmeId: string; rulesVersion: number; form: IntakeForm; now: string },
): Person {
  checkCapacity(draft.kind, draft.capacity)
  const { capacity, referredBy, ...rest } = draft
  return withPhone({
    ...rest,
    id: ctx.id, orgId: ctx.orgId, programmeId: ctx.programmeId, rulesVersion: ctx.rulesVersion,
    ...(draft.kind === 'mentor' && { capacity: capacity ?? 1 }),
    ...(referredBy !== undefined && { referredBy }),
    stage: 'applied' as const, stageDates: { applied: ctx.now }, facets: personFacets(draft.answers, ctx.form),
    createdAt: ctx.now, updatedAt: ctx.now, version: 1,
  })
}

/**
 * A person with changes applied; answers, when given, replace the previous ones and carry the rules version they
 * were validated under.
 *
 * @example
 * updatePerson(p, { phone: '+32 470 12 34 56' }, now)
 */
export function updatePerson(p: Person, changes: PersonChanges, now: string): Person {
  checkCapacity(p.kind, changes.capacity)
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
  return withPhone({ ...p, ...defined, updatedAt: now })
}

/**
 * A person after a stage move (./pipeline's `moveStage`): the new stage dated `now`, and the decision it records.
 *
 * @example
 * withStage(p, moveStage(p.stage, 'accept', ctx, p.stageDates), now)
 */
export function withStage(p: Person, move: StageMove, now: string): Person {
  return {
    ...p, stage: move.stage, stageDates: { ...p.stageDates, [move.stage]: now },
    ...(move.decision && { decision: move.decision }), updatedAt: now,
  }
}
