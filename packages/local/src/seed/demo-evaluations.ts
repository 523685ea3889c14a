import { randomBytes } from 'node:crypto'
import {
  answerEvaluation, evaluationForm, evaluationTiming, formFields, isRating, newEvaluation, overallFieldId,
  type Answers, type Duo, type Evaluation, type ProgrammeRules,
} from '@binome/core'

/**
 * The end-of-duo evaluations of the demo's closed duos (issue 11), so that the dashboard's response rate and
 * satisfaction say something after `pnpm start`: each side got the programme's questionnaire on the duo's last day
 * (MentorYou evaluates at the end only); three in four answered within days — those of duos that ended well mostly
 * satisfied (4–5), the others less (1–4) — and the rest were reminded, then expired unanswered (or are still open when
 * the duo ended less than a month ago). Answers fill every question of the side's form, read back like real ones.
 */

const dayMs = 86_400_000
const newToken = () => randomBytes(24).toString('base64url')
// Overall satisfaction, cycled: mostly 4–5 after a positive exit, spread lower after the others.
const positiveScores = [5, 4, 5, 4, 4, 3, 5, 5]
const otherScores = [3, 2, 4, 3, 1, 3, 2]
const best = {
  mentor: ['Voir la confiance revenir au fil des rencontres.', 'Découvrir un autre parcours et d’autres codes.', ''],
  mentee: ['Les simulations d’entretien et les contacts dans le secteur.', 'Avoir quelqu’un qui croit en moi.', 'Comprendre comment recruter en Belgique.', ''],
}
const improve = ['Plus de rencontres entre mentors.', '', 'Un suivi un peu plus rapproché au début.', '']

/**
 * The side's answers for an overall satisfaction: every rating near it, the texts from the lists above, yes when
 * satisfied.
 */
function answersFor(rules: Pick<ProgrammeRules, 'evaluationForms'>, side: 'mentor' | 'mentee', overall: number, k: number): Answers {
  const answers: Answers = {}
  formFields(evaluationForm(rules, side)).forEach((f, i) => {
    if (f.id === overallFieldId) answers[f.id] = overall
    else if (isRating(f)) answers[f.id] = Math.min(5, Math.max(1, overall + [0, -1, 0, 1][(i + k) % 4]!))
    else if (f.kind === 'yes-no') answers[f.id] = overall >= 3
    else if (f.kind === 'long-text' || f.kind === 'short-text') {
      const text = f.id === 'improve' ? improve[k % improve.length]! : best[side][k % best[side].length]!
      if (text) answers[f.id] = text
    }
  })
  return answers
}

/**
 * The evaluations of the closed duos with their links' tokens, ready for `tenant.evaluations.putHistory`: two a duo
 * (mentor, mentee), the k-th (k = 2 × duo + side) unanswered when k % 4 is 3 — 53 of 70 answered for the 35 demo
 * duos (76 %).
 *
 * @example
 * await tenant.evaluations.putHistory(closedDuoEvaluations(closed, rules, 1, { now, newId }))
 */
export function closedDuoEvaluations(
  duos: readonly Duo[],
  rules: Pick<ProgrammeRules, 'evaluationForms'>,
  rulesVersion: number,
  ctx: { now: Date; newId: () => string },
): { evaluation: Evaluation; tokens: string[] }[] {
  const now = ctx.now.getTime()
  const iso = (ms: number) => new Date(Math.min(ms, now)).toISOString()
  return duos.flatMap((duo, n) => (['mentor', 'mentee'] as const).map((side, s) => {
    const k = 2 * n + s
    const sent = Math.min(Date.parse(`${duo.closure!.endDate}T17:30:00.000Z`), now)
    let e = newEvaluation({ duoId: duo.id, programmeId: duo.programmeId, side, moment: 'end', rulesVersion }, { id: ctx.newId(), now: iso(sent) })
    const tokens = [newToken()]
    const remind = (after: number) => {
      if (sent + after * dayMs > now) return
      e = { ...e, remindedAt: [...e.remindedAt, iso(sent + after * dayMs)], version: e.version + 1 }
      tokens.push(newToken())
    }
    if (k % 4 === 3) {
      // Unanswered: reminded a week apart, twice; expired once its link's days are over.
      for (let r = 1; r <= evaluationTiming.maxReminders; r++) remind(r * evaluationTiming.reminderEveryDays)
      if (Date.parse(e.expiresAt) <= now) e = { ...e, state: 'expired', version: e.version + 1 }
      return { evaluation: e, tokens }
    }
    // Answered the next day, within three days, or after the first reminder.
    const after = [1, 3, 9][k % 3]!
    if (after > evaluationTiming.reminderEveryDays) remind(evaluationTiming.reminderEveryDays)
    const scores = duo.closure!.outcomeClass === 'positive' ? positiveScores : otherScores
    const overall = scores[n % scores.length]!
    e = answerEvaluation(e, answersFor(rules, side, overall, k), iso(sent + after * dayMs + 3 * 3_600_000))
    return { evaluation: e, tokens }
  }))
}
