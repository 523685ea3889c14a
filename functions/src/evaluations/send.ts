import { randomBytes } from 'node:crypto'
import {
  answerByDay, dayWords, dueMoments, evaluationLifecycle, linkExpired, momentWords, newEvaluation, reminderDue,
  type Duo, type Locale, type Person, type ProgrammeRules, type TemplateKind,
} from '@binome/core'
import type { EvaluationRecord, TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import { sendProgrammeEmail } from '../shared/programme-email'

/**
 * Sending the evaluation questionnaires (issue 11): on the day a moment of the rules falls for a duo (`end`: the
 * closure's end day), one questionnaire per side, its personal link mailed through the programme's template
 * `email-evaluation`; a reminder (`email-evaluation-reminder`) as the core's `reminderDue` says; expired past its link.
 * Each duo, moment and side is created once (a conditional create before the mail), so the daily sweep and a closure
 * may both ask: nothing goes twice.
 */
export type EvaluationDeps = Pick<Deps, 'mailer' | 'logger' | 'now' | 'newId' | 'appUrl'>

/** A personal link's secret: 24 random bytes, base64url (32 characters); only its SHA-256 is stored. */
const newToken = () => randomBytes(24).toString('base64url')

/** The page a personal link opens (the web's `/evaluation/[token]`). */
export const evaluationLink = (appUrl: string, token: string): string => `${appUrl.replace(/\/+$/, '')}/evaluation/${encodeURIComponent(token)}`

/** The duo's dates as the core's evaluation moments read them. */
const momentsDuo = (duo: Duo) => ({ state: duo.state, startedAt: duo.startDate, plannedEndAt: duo.plannedEndDate, endedAt: duo.closure?.endDate ?? null })

interface Context {
  rules: ProgrammeRules
  rulesVersion: number
  locale: Locale
}

/** The e-mail of one questionnaire (first sending or reminder) to its side, with the link to answer it. */
async function mail(
  deps: EvaluationDeps, tenant: TenantData, kind: TemplateKind, e: EvaluationRecord, link: string,
  v: Context & { duo: Duo; people: { mentor?: Person; mentee?: Person } },
): Promise<boolean> {
  const person = v.people[e.side]
  if (!person) return false
  const { mentor, mentee } = v.people
  const sent = await sendProgrammeEmail(deps, tenant, {
    kind, programmeId: e.programmeId, rules: v.rules, person,
    variables: {
      locale: v.locale,
      mentor: { firstName: mentor?.firstName ?? '', lastName: mentor?.lastName ?? '' },
      mentee: { firstName: mentee?.firstName ?? '', lastName: mentee?.lastName ?? '' },
      duo: { startDate: dayWords(v.duo.startDate), endDate: dayWords(v.duo.closure?.endDate ?? v.duo.plannedEndDate), link: '' },
      evaluation: { moment: momentWords[e.moment][v.locale], link, answerBy: dayWords(answerByDay(e)) },
    },
  })
  return sent !== undefined
}

const peopleOf = async (tenant: TenantData, duo: Duo) => {
  const [mentor, mentee] = await Promise.all([
    tenant.people.get(duo.programmeId, 'mentor', duo.mentorId).catch(() => undefined),
    tenant.people.get(duo.programmeId, 'mentee', duo.menteeId).catch(() => undefined),
  ])
  return { mentor, mentee }
}

/**
 * Sends the duo's questionnaires due today (see the core's `dueMoments`) that were not sent yet; returns how many
 * were created. A mail that fails is logged by the sender and leaves the questionnaire sent: its reminder carries a
 * link again, and staff see it unanswered on the duo's page.
 *
 * @example
 * await sendDueEvaluations(deps, tenant, duo, { rules, rulesVersion: 3, locale: 'fr' }) // 2 on the closure's end day
 */
export async function sendDueEvaluations(deps: EvaluationDeps, tenant: TenantData, duo: Duo, v: Context): Promise<number> {
  const today = deps.now().toISOString().slice(0, 10)
  const moments = dueMoments(momentsDuo(duo), v.rules.cadences.evaluationsAt, today)
  if (!moments.length) return 0
  let people: Awaited<ReturnType<typeof peopleOf>> | undefined
  let created = 0
  for (const moment of moments) {
    for (const side of ['mentor', 'mentee'] as const) {
      const token = newToken()
      const e = newEvaluation({ duoId: duo.id, programmeId: duo.programmeId, side, moment, rulesVersion: v.rulesVersion }, { id: deps.newId(), now: deps.now().toISOString() })
      const record = await tenant.evaluations.createOnce(e, token)
      if (!record) continue
      created++
      people ??= await peopleOf(tenant, duo)
      await mail(deps, tenant, 'email-evaluation', record, evaluationLink(deps.appUrl, token), { ...v, duo, people })
    }
  }
  return created
}

/**
 * A programme's part of the daily sweep: each started or closed duo's questionnaires due today, then the reminders
 * due and the links past their date marked expired. Returns what it did, for the sweep's report.
 */
export async function sweepEvaluations(
  deps: EvaluationDeps, tenant: TenantData, programmeId: string, locale: Locale,
): Promise<{ sent: number; reminded: number; expired: number }> {
  const duos = (await tenant.duos.all(programmeId)).filter((d) => d.state === 'active' || d.state === 'closed')
  const out = { sent: 0, reminded: 0, expired: 0 }
  if (!duos.length) return out
  const current = await tenant.rules.current(programmeId)
  const ctx: Context = { rules: current.rules, rulesVersion: current.version, locale }
  for (const duo of duos) out.sent += await sendDueEvaluations(deps, tenant, duo, ctx)
  const now = deps.now().toISOString()
  const byId = new Map(duos.map((d) => [d.id, d]))
  for (const e of (await tenant.evaluations.all(programmeId)).filter((x) => x.state === 'sent')) {
    if (linkExpired(e, now)) {
      await tenant.evaluations.save({ ...e, state: evaluationLifecycle.next(e.state, 'expire'), version: e.version + 1 }).catch(() => undefined)
      out.expired++
    } else if (reminderDue(e, now)) {
      const duo = byId.get(e.duoId)
      if (!duo) continue
      // A new link for the reminder (tokens are not kept, only their hashes), recorded with the reminder before the
      // mail: a stale write means another sweep reminded it, and this link then leads nowhere (its hash is not the
      // evaluation's). The first link keeps working.
      const token = newToken()
      try {
        await tenant.evaluations.remind(e, token, now)
      } catch {
        continue
      }
      if (await mail(deps, tenant, 'email-evaluation-reminder', e, evaluationLink(deps.appUrl, token), { ...ctx, duo, people: await peopleOf(tenant, duo) })) out.reminded++
    }
  }
  return out
}

/**
 * The questionnaires of a duo just closed (its `end` moment falls on its end day, today or past), sent by the closure
 * itself rather than at the next sweep. A failure is logged, never undoes the closure: the sweep sends them still
 * (within the core's catch-up window).
 */
export async function sendClosureEvaluations(deps: EvaluationDeps, tenant: TenantData, duo: Duo): Promise<void> {
  try {
    const [current, org] = await Promise.all([tenant.rules.current(duo.programmeId), tenant.organisation.get()])
    await sendDueEvaluations(deps, tenant, duo, { rules: current.rules, rulesVersion: current.version, locale: org.locale })
  } catch (error) {
    deps.logger.error('evaluations not sent at closure', { orgId: tenant.ctx.orgId, duoId: duo.id, error: error instanceof Error ? error.message : String(error) })
  }
}
