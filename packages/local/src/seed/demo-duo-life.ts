import {
  commentAction, moveAction, newAction, nextRecord, withCheckIn, withLogEntry,
  type ActionEvent, type ActionItem, type CheckIn, type Duo, type DuoLogEntry, type Intake, type JobSearchProgress, type SupportKind,
} from '@binome/core'
import type { TenantData } from '@binome/data'
import { daysAgoAt, demoPausedDaysAgo, demoStarts } from './demo-duos'
import { plsLaterMentees, plsMentees } from './demo-people'

/**
 * The history of MentorYou's active demo duos since their start (./demo-duos): the in-take, an action plan with the
 * five kinds of support in every status, meetings every two weeks with a call or message in between, the mentee's
 * job search and the staff's check-ins, written through the duo-life repository with the tracking line kept in step
 * (as the routes do), so that the tracking table shows each condition it colours:
 * - `on-track` (the demo mentor and mentee): meetings at the cadence, a check-in three weeks ago: green;
 * - `check-in-overdue`: meetings at the cadence, the last check-in eight weeks ago: red;
 * - `inactive`: nothing logged for a month, so last month fell short of the cadence too: red;
 * - `ending-soon`: its six months end within three weeks: amber;
 * - `paused`: three months at the cadence, then paused for the mentee's training (no alert while paused).
 * The signing duo (contract unsigned for weeks) and the accepted one (first meeting late) are ./demo-duos' own.
 */

type Staff = { id: string; name: string }
type Writer = DuoLogEntry['loggedBy']

interface LifePlan {
  /** Days ago of the last meeting logged (meetings every 14 days from the third day after the start). */
  lastMeeting: number
  /** How far the plan has come: each action's status event(s), in the order of {@link actionTemplates}. */
  actions: (ActionEvent[] | null)[]
  checkIns: { d: number; side: CheckIn['side']; mood: CheckIn['mood']; risk: CheckIn['risk']; notes: string; followUps?: string[] }[]
  progress: { applications: number; interviews: number; offers: number; note: string } | null
  intake: { strengths: string; weaknesses: string }
}

const plans: Record<keyof typeof demoStarts, LifePlan> = {
  onTrack: {
    lastMeeting: 8, actions: [['start', 'complete'], ['start', 'complete'], ['start'], [], []],
    checkIns: [{ d: 20, side: 'both', mood: 'good', risk: 'none', notes: 'Premier point à trois : le binôme se voit toutes les deux semaines, le CV est refait.' }],
    progress: { applications: 6, interviews: 1, offers: 0, note: 'Entretien chez un assureur le mois dernier, pas retenue mais bon retour.' },
    intake: { strengths: 'Expérience solide en analyse financière ; trilingue ; très motivée.', weaknesses: 'Pas de réseau en Belgique ; CV au format marocain ; ne connaît pas les codes des entretiens ici.' },
  },
  checkInOverdue: {
    lastMeeting: 13, actions: [['start', 'complete'], ['start', 'complete'], ['start', 'complete'], ['start'], ['drop']],
    checkIns: [
      { d: 86, side: 'mentee', mood: 'good', risk: 'none', notes: 'La mentorée apprécie les rencontres ; premiers contacts pris.' },
      { d: 58, side: 'both', mood: 'mixed', risk: 'watch', notes: 'La recherche piétine ; le mentor propose d’élargir aux PME.', followUps: ['Envoyer la liste des salons de l’emploi de l’automne'] },
    ],
    progress: { applications: 9, interviews: 2, offers: 0, note: 'Deux entretiens, en attente de réponse.' },
    intake: { strengths: 'Diplôme reconnu ; expérience de terrain ; bonne présentation.', weaknesses: 'Français écrit à renforcer ; peu de confiance en entretien.' },
  },
  inactive: {
    lastMeeting: 31, actions: [['start', 'complete'], ['start'], ['start'], [], []],
    checkIns: [
      { d: 60, side: 'both', mood: 'good', risk: 'none', notes: 'Bon démarrage, plan d’actions établi ensemble.' },
      { d: 24, side: 'both', mood: 'difficult', risk: 'watch', notes: 'Le mentor est très pris par un projet ; les rencontres sont suspendues, la mentorée attend.', followUps: ['Rappeler la mentorée pour savoir comment elle vit la pause'] },
    ],
    progress: { applications: 3, interviews: 0, offers: 0, note: '' },
    intake: { strengths: 'Métier recherché ; permis reconnu ; disponible tout de suite.', weaknesses: 'Ne sait pas où trouver les offres ; pas de lettre de motivation.' },
  },
  endingSoon: {
    lastMeeting: 4, actions: [['start', 'complete'], ['start', 'complete'], ['start', 'complete'], ['start', 'complete'], ['start']],
    checkIns: [
      { d: 140, side: 'both', mood: 'good', risk: 'none', notes: 'Premier point : le binôme fonctionne bien.' },
      { d: 100, side: 'mentee', mood: 'good', risk: 'none', notes: 'Formation courte trouvée grâce au mentor.' },
      { d: 62, side: 'both', mood: 'good', risk: 'none', notes: 'Candidatures ciblées, deux entretiens décrochés.' },
      { d: 25, side: 'both', mood: 'good', risk: 'none', notes: 'Une offre de contrat à durée déterminée ; préparer la fin du mentorat.', followUps: ['Planifier l’entretien de clôture'] },
    ],
    progress: { applications: 23, interviews: 5, offers: 1, note: 'Offre de CDD de six mois, réponse attendue la semaine prochaine.' },
    intake: { strengths: 'Motivation forte ; expérience de dix ans ; très bon contact.', weaknesses: 'Diplôme non encore reconnu ; réseau limité au quartier.' },
  },
  paused: {
    lastMeeting: demoPausedDaysAgo + 4, actions: [['start', 'complete'], ['start', 'complete'], ['start'], ['start'], []],
    checkIns: [
      { d: 66, side: 'both', mood: 'good', risk: 'none', notes: 'Le binôme avance bien ; la mentorée vise la vente en magasin.' },
      { d: demoPausedDaysAgo + 1, side: 'mentee', mood: 'good', risk: 'none', notes: 'Admise à une formation qualifiante de six semaines : pause convenue avec la mentore, reprise à la fin de la formation.', followUps: ['Rappeler le binôme la semaine de la reprise'] },
    ],
    progress: { applications: 7, interviews: 1, offers: 0, note: 'Entretien pour la formation qualifiante réussi.' },
    intake: { strengths: 'Expérience de gérante ; sens du contact ; trois langues.', weaknesses: 'Diplôme marocain non reconnu ; ne connaît pas les enseignes belges.' },
  },
}

/** The plan's actions: one per kind of support, each due some days after the start. */
const actionTemplates: { support: SupportKind; owner: ActionItem['owner']; action: string; dueAfter: number }[] = [
  { support: 'technical', owner: 'both', action: 'Refaire le CV et la lettre de motivation au format belge', dueAfter: 21 },
  { support: 'objective', owner: 'both', action: 'Choisir trois métiers cibles et dix entreprises qui recrutent', dueAfter: 35 },
  { support: 'concrete', owner: 'mentor', action: 'Présenter la personne mentorée à deux contacts de son réseau', dueAfter: 60 },
  { support: 'psychological', owner: 'mentee', action: 'Préparer les entretiens par deux simulations filmées', dueAfter: 90 },
  { support: 'relational', owner: 'mentee', action: 'Participer à un salon de l’emploi ou un événement du secteur', dueAfter: 120 },
]

/** What a meeting works on, in turn. */
const meetingNotes: [string, string][] = [
  ['Relecture du CV ligne par ligne', 'Envoyer la nouvelle version avant la prochaine rencontre'],
  ['Liste des entreprises cibles et de leurs offres', 'Postuler à trois offres'],
  ['Simulation d’entretien d’embauche', 'Travailler la présentation en deux minutes'],
  ['Point sur les candidatures envoyées', 'Relancer les employeurs sans réponse'],
  ['Les codes du travail en Belgique (contrats, barèmes)', 'Préparer des questions pour le contact du réseau'],
  ['Debriefing de l’entretien passé', 'Remercier le recruteur par e-mail'],
]
const contactNotes = ['Appel pour préparer la prochaine rencontre', 'Message : offre d’emploi transmise', 'E-mail avec la lettre de motivation corrigée']
const contactChannels = ['phone', 'message', 'email'] as const

export interface DemoDuoLifeContext {
  now: Date
  newId: () => string
  /** The coordinator who follows each duo, by plan key (./demo-duos). */
  coordinatorOf: (duo: Duo) => Staff
  /** The mentor's and mentee's user, when they have a portal account (they write their own log). */
  accounts: Map<string, Staff>
}

/**
 * Writes the history of each active demo duo.
 *
 * @example
 * await seedDemoDuoLife(tenant, duos, { now, newId, coordinatorOf, accounts })
 */
export async function seedDemoDuoLife(tenant: TenantData, duos: Map<string, Duo>, ctx: DemoDuoLifeContext): Promise<void> {
  const keys = { onTrack: 'on-track', checkInOverdue: 'check-in-overdue', inactive: 'inactive', endingSoon: 'ending-soon', paused: 'paused' } as const
  await Promise.all((Object.keys(plans) as (keyof typeof plans)[]).map((k) => life(tenant, duos.get(keys[k])!, demoStarts[k], plans[k], ctx)))
}

async function life(tenant: TenantData, duo: Duo, start: number, plan: LifePlan, ctx: DemoDuoLifeContext): Promise<void> {
  const { programmeId, id: duoId } = duo
  const at = (d: number, h = 9) => daysAgoAt(ctx.now, d, h)
  const day = (d: number) => at(d).slice(0, 10)
  const staff = ctx.coordinatorOf(duo)
  const mentorAccount = ctx.accounts.get(duo.mentorId)
  const menteeAccount = ctx.accounts.get(duo.menteeId)
  // The demo mentor and mentee write their own; for the others, staff enter what the duo tells them by phone.
  const writer = (side: 'mentor' | 'mentee'): Writer => {
    const account = side === 'mentor' ? mentorAccount : menteeAccount
    return account ? { side, userId: account.id, name: account.name } : { side: 'staff', userId: staff.id, name: staff.name }
  }
  const mentee = [...plsMentees, ...plsLaterMentees][Number(duo.menteeId.split('-')[1]) - 1]!

  await tenant.duoLife.saveIntake(nextRecord<Intake>(undefined, { duoId, programmeId, ...plan.intake }, { by: writer('mentor').userId, at: at(start - 2, 17) }))

  const actions: ActionItem[] = []
  for (const [n, t] of actionTemplates.entries()) {
    const events = plan.actions[n]
    if (!events) continue
    const created = at(start - 4, 18)
    let item = newAction(
      { goal: `Trouver un emploi de ${mentee.function.toLowerCase()}`, action: t.action, support: t.support, owner: t.owner, dueDate: day(start - t.dueAfter) },
      { id: ctx.newId(), duoId, programmeId, userId: writer('mentor').userId, now: created },
    )
    events.forEach((e, i) => { item = moveAction(item, e, at(Math.max(1, start - t.dueAfter / 2 - i * 7), 18)) })
    if (events.includes('complete')) {
      item = commentAction(item, { at: item.updatedAt, by: writer('mentee').userId, byName: writer('mentee').name, text: 'Fait, merci pour les conseils !' })
    }
    actions.push(item)
    await tenant.duoLife.createAction(item)
  }

  // The log and the check-ins in the order they happened, each with the tracking line moved on in the same write.
  const { rules } = await tenant.rules.current(programmeId)
  const events: ({ date: string; entry: DuoLogEntry } | { date: string; checkIn: CheckIn })[] = []
  for (let d = start - 3, n = 0; d >= plan.lastMeeting; d -= 14, n++) {
    const [workedOn, nextSteps] = meetingNotes[n % meetingNotes.length]!
    const done = actions.filter((a) => a.status !== 'planned')
    events.push({
      date: day(d), entry: {
        id: ctx.newId(), duoId, programmeId, kind: 'meeting', date: day(d), minutes: rules.cadences.meetingMinutes - (n % 3) * 15,
        channel: n % 5 === 4 ? 'video' : 'in-person', place: n % 5 === 4 ? null : 'Sur le lieu de travail du mentor', workedOn, nextSteps,
        actionIds: done.length ? [done[n % done.length]!.id] : [], loggedBy: writer('mentor'), createdAt: at(d, 19), version: 1,
      },
    })
    // A call or message a week after each meeting, up to yesterday; a duo gone quiet has none after its last meeting.
    const c = d - 7
    if (c >= (plan.lastMeeting > 21 ? plan.lastMeeting : 1)) {
      events.push({
        date: day(c), entry: {
          id: ctx.newId(), duoId, programmeId, kind: 'contact', date: day(c), minutes: null, channel: contactChannels[n % 3]!, place: null,
          workedOn: contactNotes[n % 3]!, nextSteps: '', actionIds: [], loggedBy: writer(n % 2 ? 'mentee' : 'mentor'), createdAt: at(c, 20), version: 1,
        },
      })
    }
  }
  for (const c of plan.checkIns) {
    events.push({
      date: day(c.d), checkIn: {
        id: ctx.newId(), duoId, programmeId, side: c.side, date: day(c.d), channel: c.side === 'both' ? 'in-person' : 'phone', notes: c.notes,
        mood: c.mood, risk: c.risk, followUps: c.followUps ?? [], by: staff.id, byName: staff.name, createdAt: at(c.d, 16), version: 1,
      },
    })
  }
  events.sort((a, b) => a.date.localeCompare(b.date))
  let line = (await tenant.tracking.get(programmeId, duoId))!
  // The line is brought in step as each route would have, then everything is written in batches: a year of
  // history one transaction at a time made the demo's start several times slower.
  for (const e of events) line = 'entry' in e ? withLogEntry(line, e.entry, e.entry.createdAt) : withCheckIn(line, e.checkIn, e.checkIn.createdAt)
  await tenant.duoLife.putHistory(
    events.flatMap((e) => ('entry' in e ? [e.entry] : [])), events.flatMap((e) => ('checkIn' in e ? [e.checkIn] : [])),
  )
  await tenant.tracking.putMany([line])

  if (plan.progress) {
    await tenant.duoLife.saveProgress(nextRecord<JobSearchProgress>(undefined, { duoId, programmeId, ...plan.progress }, { by: writer('mentee').userId, at: at(3, 18) }))
  }
}
