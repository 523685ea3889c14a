import { alertShown, dayWords, monthIn, type Alert, type AlertKind, type Locale, type Programme, type ProgrammeRules, type TrackingLine } from '@binome/core'
import type { DigestChoice, TenantData } from '@binome/data'
import { duoPortalLink } from '../duos/mail'
import type { Deps } from '../shared/deps'
import { sendProgrammeEmail } from '../shared/programme-email'

/**
 * The sweep's e-mails (issue "duo life and monitoring"): the gentle reminder a duo's mentor and mentee get when last
 * month held fewer meetings than the cadence (at most once a month: a conditional create before sending), and the
 * daily digest of a coordinator's new alerts, for those who asked for it (once a day and programme, the same way).
 * Both go through the programme's templates (`email-cadence-reminder`, `email-alerts-digest`) and the mailer (the
 * local outbox, SES on AWS); a mail that fails is logged by the sender, never stops the sweep.
 */
export type ReminderDeps = Pick<Deps, 'mailer' | 'logger' | 'now' | 'newId' | 'appUrl'>

/**
 * Sends the duo's reminder about `month` to its mentor and mentee unless it was sent already; returns how many mails.
 *
 * @example
 * await remindDuo(deps, tenant, { line, month: '2027-02', meetings: 1, expected: 2, rules, locale: 'fr' })
 */
export async function remindDuo(
  deps: ReminderDeps, tenant: TenantData,
  v: { line: TrackingLine; month: string; meetings: number; expected: number; rules: ProgrammeRules; locale: Locale },
): Promise<number> {
  const { line, month, rules } = v
  if (!(await tenant.alerts.remind({ duoId: line.duoId, month, sentAt: deps.now().toISOString() }))) return 0
  let sent = 0
  for (const [kind, id] of [['mentor', line.mentorId], ['mentee', line.menteeId]] as const) {
    const person = await tenant.people.get(line.programmeId, kind, id).catch(() => undefined)
    if (!person) continue
    const mail = await sendProgrammeEmail(deps, tenant, {
      kind: 'email-cadence-reminder', programmeId: line.programmeId, rules, person,
      variables: {
        locale: v.locale,
        duo: { mentor: line.mentorName, mentee: line.menteeName, link: duoPortalLink(deps.appUrl, tenant.ctx.orgId, line.duoId) },
        cadence: { month: monthIn(month, v.locale), meetings: v.meetings, expected: v.expected, meetingsPerMonth: rules.cadences.meetingsPerMonth },
      },
    })
    if (mail) sent++
  }
  return sent
}

/** What each alert kind is called in a digest, in the organisation's language; typed against every kind, so a new kind cannot be left unsaid. */
const kindWords: Record<Locale, Record<AlertKind, string>> = {
  fr: {
    'check-in-overdue': 'Point de suivi en retard', 'check-in-due': 'Point de suivi à faire', 'behind-cadence': 'Rencontres en retard', inactive: 'Sans activité',
    'ending-soon': 'Fin proche', 'contract-unsigned': 'Convention non signée', 'first-meeting-late': 'Première rencontre en retard', 'high-risk': 'Risque élevé',
    'programme-ending': 'Programme bientôt terminé', 'programme-not-started': 'Programme pas encore commencé', 'unmatched-mentees': 'Mentoré·es sans binôme',
    'follow-up-due': 'Suivi après le binôme à faire',
  },
  en: {
    'check-in-overdue': 'Check-in overdue', 'check-in-due': 'Check-in due', 'behind-cadence': 'Behind on meetings', inactive: 'No activity',
    'ending-soon': 'Ending soon', 'contract-unsigned': 'Contract not signed', 'first-meeting-late': 'First meeting late', 'high-risk': 'High risk',
    'programme-ending': 'Programme ending soon', 'programme-not-started': 'Programme not started', 'unmatched-mentees': 'Mentees without a duo',
    'follow-up-due': 'Follow-up after the duo due',
  },
  nl: {
    'check-in-overdue': 'Opvolggesprek te laat', 'check-in-due': 'Opvolggesprek te doen', 'behind-cadence': 'Achter op ontmoetingen', inactive: 'Geen activiteit',
    'ending-soon': 'Einde nadert', 'contract-unsigned': 'Overeenkomst niet getekend', 'first-meeting-late': 'Eerste ontmoeting te laat', 'high-risk': 'Hoog risico',
    'programme-ending': 'Programma loopt af', 'programme-not-started': 'Programma nog niet begonnen', 'unmatched-mentees': 'Mentees zonder duo',
    'follow-up-due': 'Opvolging na het duo te doen',
  },
}

/** How many alerts a digest lists; beyond, it says how many more. */
const digestLines = 50

/**
 * Sends the day's digests: for each staff member who asked for one and each programme, the day's alerts they would
 * see on their home (an admin's: all; a coordinator's: their duos' and the programmes' own), not dismissed or snoozed.
 * Reads the day's alerts a page at a time, keeping at most 50 lines per digest; each digest once (recorded first).
 */
export async function sendDigests(
  deps: ReminderDeps, tenant: TenantData, v: { day: string; locale: Locale; programmes: readonly Programme[] },
): Promise<number> {
  const subscribers = await tenant.alerts.digestSubscribers()
  if (!subscribers.length) return 0
  const buckets = new Map<string, { user: DigestChoice; programmeId: string; count: number; alerts: Alert[] }>()
  let cursor: string | undefined
  do {
    const page = await tenant.alerts.page({ limit: 100, cursor, sweepDate: v.day })
    const handled = await tenant.alerts.handlings(page.items.map((a) => a.id))
    for (const a of page.items.filter((x) => alertShown(handled.get(x.id), v.day))) {
      for (const user of subscribers) {
        if (a.duoId && user.role !== 'admin' && a.coordinatorId !== user.userId) continue
        const key = `${user.userId}/${a.programmeId}`
        const bucket = buckets.get(key) ?? { user, programmeId: a.programmeId, count: 0, alerts: [] }
        bucket.count++
        if (bucket.alerts.length < digestLines) bucket.alerts.push(a)
        buckets.set(key, bucket)
      }
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  const rulesOf = new Map<string, ProgrammeRules>()
  let sent = 0
  for (const b of buckets.values()) {
    if (!v.programmes.some((p) => p.id === b.programmeId)) continue
    if (!rulesOf.has(b.programmeId)) rulesOf.set(b.programmeId, (await tenant.rules.current(b.programmeId)).rules)
    if (!(await tenant.alerts.digestOnce(v.day, b.user.userId, b.programmeId))) continue
    if (await sendDigest(deps, tenant, { ...b, rules: rulesOf.get(b.programmeId)!, locale: v.locale, day: v.day })) sent++
  }
  return sent
}

/** One digest to one staff member about one programme's alerts (`count` of them, the first 50 listed). */
async function sendDigest(
  deps: ReminderDeps, tenant: TenantData,
  v: { user: DigestChoice; programmeId: string; count: number; alerts: readonly Alert[]; rules: ProgrammeRules; locale: Locale; day: string },
): Promise<boolean> {
  const [firstName, ...rest] = v.user.name.trim().split(/\s+/)
  const base = deps.appUrl.replace(/\/+$/, '')
  const org = `${base}/orgs/${encodeURIComponent(tenant.ctx.orgId)}`
  const alerts = v.alerts.map((a) => ({
    what: kindWords[v.locale][a.kind],
    duo: a.duoId ? `${a.values.mentee ?? ''} – ${a.values.mentor ?? ''}` : String(a.values.programme ?? ''),
    link: a.duoId ? `${org}/programmes/${encodeURIComponent(a.programmeId)}/duos/${encodeURIComponent(a.duoId)}` : org,
  }))
  const mail = await sendProgrammeEmail(deps, tenant, {
    kind: 'email-alerts-digest', programmeId: v.programmeId, rules: v.rules,
    person: { id: v.user.userId, firstName: firstName || v.user.email, lastName: rest.join(' '), email: v.user.email },
    variables: {
      locale: v.locale,
      digest: { date: dayWords(v.day), count: v.count, more: v.count - alerts.length, alerts, link: org },
    },
  })
  return mail !== undefined
}
