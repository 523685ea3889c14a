import { evaluationLifecycle, type Evaluation } from './evaluation'
import type { NewsletterSubscription } from './newsletter'
import type { Person } from './people'
import { formFields, type Answers, type IntakeForm } from './rules/forms'
import type { PersonStage } from './pipeline'
import type { SessionInvitee } from './sessions'
import type { TimelineEntry } from './timeline'

/*
 * The right to erasure and storage limitation (GDPR art. 17 and 5.1.e). An erased person keeps only the facts a
 * programme reports on — side, stage and the date of each step, the outcome of the decision, the coarse facets
 * (locality, sector, languages) the counts are broken down by — and loses everything that identifies them: names,
 * e-mail, phone, birth date, answers, free text. The person item stays (so counts and a duo's history still add up);
 * the lists no longer show it.
 */

/** Where a path has ended: the stages from which retention counts. */
export const endedStages: readonly PersonStage[] = ['refused', 'closed']

/**
 * A person with everything that identifies them removed. A path still open is closed on the day (an erased person is
 * never matched or mailed again); a refusal stays a refusal, without its reason.
 *
 * @example
 * erasePerson(amina, '2026-12-01T09:00:00Z') // { firstName: '', lastName: '', email: '', answers: {}, stage: 'closed', erasedAt: … }
 */
export function erasePerson(p: Person, now: string): Person {
  const { phone: _phone, interview, decision, ...rest } = p
  const ended = endedStages.includes(p.stage)
  return {
    ...rest,
    firstName: '', lastName: '', email: '', birthDate: '', answers: {},
    ...(interview && {
      interview: {
        ...interview, expectations: '', notes: '',
        checks: interview.checks.map(({ itemId, met }) => ({ itemId, met })),
      },
    }),
    ...(decision && { decision: withoutReason(decision) }),
    stage: ended ? p.stage : 'closed',
    stageDates: ended ? p.stageDates : { ...p.stageDates, closed: now },
    erasedAt: now,
    updatedAt: now,
  }
}

/**
 * A timeline entry without what could identify the person: edits keep the names of the fields that changed, not
 * their values; notes and a refusal's reason go.
 *
 * @example
 * eraseEntry({ kind: 'edited', changes: [{ field: 'email', before: 'a@b.be', after: 'c@d.be' }], … }).changes // [{ field: 'email' }]
 */
export function eraseEntry(e: TimelineEntry): TimelineEntry {
  const { note: _note, changes, decision, ...rest } = e
  return {
    ...rest,
    ...(changes && { changes: changes.map(({ field }) => ({ field })) }),
    ...(decision && { decision: withoutReason(decision) }),
  }
}

/**
 * A session invitee without the person's names and e-mail (copied there at the invitation): the session keeps that
 * someone of that side was invited and whether they came.
 *
 * @example
 * eraseInvitee(invitee) // { …invitee, firstName: '', lastName: '', email: '' }
 */
export function eraseInvitee(i: SessionInvitee): SessionInvitee {
  return { ...i, firstName: '', lastName: '', email: '' }
}

/**
 * An evaluation of a duo one of whose people is erased, at its next version. The answers keep only what the programme
 * counts and nobody wrote in their own words: ratings and other numbers, yes/no, and choices among the questionnaire's
 * own options (the programme's vocabulary, not the person's); free text, dates, places and anything the questionnaire
 * no longer names go, whichever side wrote them, since both sides write about the duo. The dates (sent, reminded,
 * answered) stay: the response rate and the satisfaction are facts of the programme, read without a name. The erased
 * side's questionnaire still waiting for an answer expires, so that its link can never bring their words back.
 *
 * @example
 * eraseEvaluation(e, form, true).answers // { overall: 4, again: true } — 'best' and 'improve' gone
 */
export function eraseEvaluation(e: Evaluation, form: IntakeForm, erasedSide: boolean): Evaluation {
  const fields = new Map(formFields(form).map((f) => [f.id, f]))
  const kept: Answers = {}
  for (const [id, value] of Object.entries(e.answers ?? {})) {
    const f = fields.get(id)
    if (!f) continue
    const options = new Set((f.options ?? []).map((o) => o.value))
    if (f.kind === 'number' && typeof value === 'number') kept[id] = value
    else if (f.kind === 'yes-no' && typeof value === 'boolean') kept[id] = value
    else if (f.kind === 'single-choice' && typeof value === 'string' && options.has(value)) kept[id] = value
    else if (f.kind === 'multiple-choice' && Array.isArray(value) && value.every((v) => typeof v === 'string' && options.has(v))) kept[id] = value
  }
  const expire = erasedSide && e.state === 'sent'
  return {
    ...e,
    answers: e.answers === null ? null : kept,
    ...(expire && { state: evaluationLifecycle.next(e.state, 'expire') }),
    version: e.version + 1,
  }
}

/**
 * An erased mentor's newsletter subscription, at its next version: the unsubscribe token goes (it leads to them), and
 * they stay opted out, so that no newsletter is ever addressed to the erased person; when they opted out stays.
 *
 * @example
 * eraseSubscription(s, now) // { …s, token: '', optedOutAt: s.optedOutAt ?? now }
 */
export function eraseSubscription(s: NewsletterSubscription, now: string): NewsletterSubscription {
  return { ...s, token: '', optedOutAt: s.optedOutAt ?? now, updatedAt: now, version: s.version + 1 }
}

const withoutReason = <D extends { reason?: string }>(d: D): D => {
  const { reason: _reason, ...rest } = d
  return rest as D
}

/**
 * The day a person's data is due for anonymisation: `months` after their path ended (refusal or closure); undefined
 * while the path is open or once they are erased.
 *
 * @example
 * retentionDue({ stage: 'closed', stageDates: { closed: '2024-06-30T10:00:00Z' } }, 24) // '2026-06-30T10:00:00.000Z'
 */
export function retentionDue(p: Pick<Person, 'stage' | 'stageDates' | 'erasedAt'>, months: number): string | undefined {
  if (p.erasedAt || !endedStages.includes(p.stage)) return undefined
  const ended = p.stageDates[p.stage]
  if (!ended) return undefined
  const due = new Date(ended)
  if (Number.isNaN(due.getTime())) return undefined
  due.setUTCMonth(due.getUTCMonth() + months)
  return due.toISOString()
}

/**
 * The moment before which a path must have ended for its data to be due now.
 *
 * @example
 * retentionCutoff(24, new Date('2026-12-01T00:00:00Z')) // '2024-12-01T00:00:00.000Z'
 */
export function retentionCutoff(months: number, now: Date): string {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff.toISOString()
}
