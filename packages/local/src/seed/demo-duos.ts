import { addMonths, type ClosureDecider, type Duo, type DuoEvent, type Person } from '@binome/core'
import type { PairToPropose, TenantData } from '@binome/data'
import { documentKeys, type DocumentStore } from '@binome/functions'
import { closedDuoPlans } from './demo-closed-duos'
import { plsLaterMentees, plsLaterMentors, plsMentees, plsMentors } from './demo-people'

/**
 * MentorYou's demo duos, one or more at each step from the proposal to an active duo, and the ones that ended before
 * starting (refused, expired, declined, cancelled), so that a newcomer sees every state on the Duos tab, the tracking
 * table and the portal. Each step goes through the data layer's own calls (`duos.propose`, `duos.transition`), in the
 * order it happened, so that timelines, the people's stages and open counts, the ended pairs and the tracking lines
 * agree; the contracts are rendered and stored by the same document code as the contract route. Times are whole days
 * before the platform's clock at fixed hours, so "today" always shows a live picture and a past step is never in the
 * future.
 *
 * The demo mentor account (mentor-01, Sophie Lambert, room for two) has one duo active and one proposed to her; the
 * demo mentee account (mentee-01, Amina Haddad) is in that active duo.
 */

/** One step of a demo duo, `d` days ago at `h` o'clock (UTC). */
type Step =
  | { d: number; h?: number; do: 'propose' | 'accept' | 'expire' | 'contract' }
  | { d: number; h?: number; do: 'refuse' | 'cancel'; reason: string }
  | { d: number; h?: number; do: 'schedule'; inDays: number }
  | { d: number; h?: number; do: 'validate'; side: 'mentor' | 'mentee' }
  | { d: number; h?: number; do: 'decline'; side: 'mentor' | 'mentee'; reason: string }
  | { d: number; h?: number; do: 'sign'; party: 'mentor' | 'mentee' | 'organisation' }
  /** Paused `d` days ago, expecting to resume `resumeInDays` days from today (the staff's pause, with its reason). */
  | { d: number; h?: number; do: 'pause'; reason: string; resumeInDays: number }
  /** Closed `d` days ago on its last day (`planned`: its planned end, on or before `d` days ago). */
  | { d: number; h?: number; do: 'close'; outcomeId: string; endDaysAgo: number | 'planned'; decidedBy: ClosureDecider; reason?: string }

export interface DemoDuoPlan {
  /** How the other demo files name it. */
  key: string
  menteeId: string
  mentorId: string
  /** 0: the first coordinator (Julien Moreau), 1: the second (Sarah Nguyen); they propose and follow it. */
  coordinator: 0 | 1
  steps: Step[]
}

/**
 * The steps from a proposal `s + 12` days ago to the last signature `s` days ago (the duo's start): the mentor's
 * answer, the first meeting at their workplace, both verdicts, the contract and its three signatures.
 */
function startedDaysAgo(s: number): Step[] {
  return [
    { d: s + 12, do: 'propose' }, { d: s + 10, do: 'accept' }, { d: s + 9, do: 'schedule', inDays: 5 },
    { d: s + 3, do: 'validate', side: 'mentor' }, { d: s + 3, h: 11, do: 'validate', side: 'mentee' },
    { d: s + 2, do: 'contract' }, { d: s + 1, do: 'sign', party: 'mentor' }, { d: s + 1, h: 15, do: 'sign', party: 'mentee' },
    { d: s, do: 'sign', party: 'organisation' },
  ]
}

/** Days before today each active duo started: the tracking table's conditions depend on them (./demo-duo-life). */
export const demoStarts = { onTrack: 53, checkInOverdue: 100, inactive: 80, endingSoon: 165, paused: 110 } as const
/** The paused duo stopped this many days ago (./demo-duo-life stops its log there). */
export const demoPausedDaysAgo = 18

export const demoDuoPlans: DemoDuoPlan[] = [
  // Ended before starting; their people went back to the pool and were proposed again below.
  {
    key: 'declined', menteeId: 'mentee-08', mentorId: 'mentor-09', coordinator: 0, steps: [
      { d: 50, do: 'propose' }, { d: 48, do: 'accept' }, { d: 47, do: 'schedule', inDays: 3 }, { d: 43, do: 'validate', side: 'mentor' },
      { d: 43, h: 16, do: 'decline', side: 'mentee', reason: 'Les horaires du mentor (tôt le matin) ne sont pas compatibles avec la garde de mes enfants.' },
    ],
  },
  {
    key: 'refused', menteeId: 'mentee-02', mentorId: 'mentor-09', coordinator: 0, steps: [
      { d: 41, do: 'propose' }, { d: 39, do: 'refuse', reason: 'Je connais mal le secteur de la santé : je préfère un·e mentoré·e dans l’informatique.' },
    ],
  },
  { key: 'expired', menteeId: 'mentee-06', mentorId: 'mentor-10', coordinator: 1, steps: [{ d: 40, do: 'propose' }, { d: 32, h: 3, do: 'expire' }] },
  {
    key: 'cancelled', menteeId: 'mentee-07', mentorId: 'mentor-11', coordinator: 1, steps: [
      { d: 30, do: 'propose' }, { d: 28, do: 'accept' },
      { d: 21, do: 'cancel', reason: 'La mentore change de poste et n’est plus disponible avant l’été.' },
    ],
  },
  // Active: the conditions the tracking table colours (./demo-duo-life writes their history).
  { key: 'on-track', menteeId: 'mentee-01', mentorId: 'mentor-01', coordinator: 0, steps: startedDaysAgo(demoStarts.onTrack) },
  { key: 'check-in-overdue', menteeId: 'mentee-03', mentorId: 'mentor-02', coordinator: 1, steps: startedDaysAgo(demoStarts.checkInOverdue) },
  { key: 'inactive', menteeId: 'mentee-04', mentorId: 'mentor-03', coordinator: 0, steps: startedDaysAgo(demoStarts.inactive) },
  { key: 'ending-soon', menteeId: 'mentee-05', mentorId: 'mentor-04', coordinator: 1, steps: startedDaysAgo(demoStarts.endingSoon) },
  // Paused for the mentee's six-week training, back in three weeks (the last later mentee and the later mentor, ./demo-people).
  {
    key: 'paused', menteeId: `mentee-${String(plsMentees.length + plsLaterMentees.length).padStart(2, '0')}`, mentorId: `mentor-${String(plsMentors.length + 1).padStart(2, '0')}`,
    coordinator: 1, steps: [
      ...startedDaysAgo(demoStarts.paused),
      { d: demoPausedDaysAgo, h: 14, do: 'pause', reason: 'Formation qualifiante de vendeuse (six semaines à temps plein) : le binôme reprend à la fin de la formation.', resumeInDays: 24 },
    ],
  },
  // On the way: one at each step.
  { key: 'proposed', menteeId: 'mentee-02', mentorId: 'mentor-01', coordinator: 0, steps: [{ d: 2, do: 'propose' }] },
  // Accepted 17 days ago and no first meeting yet: late by the programme's 14 days.
  { key: 'accepted', menteeId: 'mentee-06', mentorId: 'mentor-05', coordinator: 0, steps: [{ d: 19, do: 'propose' }, { d: 17, do: 'accept' }] },
  {
    key: 'meeting-scheduled', menteeId: 'mentee-07', mentorId: 'mentor-06', coordinator: 1, steps: [
      { d: 10, do: 'propose' }, { d: 8, do: 'accept' }, { d: 7, do: 'schedule', inDays: 9 },
    ],
  },
  {
    key: 'validated', menteeId: 'mentee-08', mentorId: 'mentor-07', coordinator: 0, steps: [
      { d: 25, do: 'propose' }, { d: 23, do: 'accept' }, { d: 22, do: 'schedule', inDays: 6 },
      { d: 15, do: 'validate', side: 'mentor' }, { d: 14, do: 'validate', side: 'mentee' },
    ],
  },
  // The contract generated 20 days ago, signed by the mentor only: unsigned for long.
  {
    key: 'signing', menteeId: 'mentee-09', mentorId: 'mentor-08', coordinator: 1, steps: [
      { d: 35, do: 'propose' }, { d: 33, do: 'accept' }, { d: 32, do: 'schedule', inDays: 6 },
      { d: 25, do: 'validate', side: 'mentor' }, { d: 25, h: 12, do: 'validate', side: 'mentee' }, { d: 20, do: 'contract' },
      { d: 18, do: 'sign', party: 'mentor' },
    ],
  },
]

/**
 * A year of closed duos (./demo-closed-duos), with their new people after the others: the i-th closed mentee, the
 * mentors two by two. Only in the full demo (`pnpm start`): seeding them takes a while, and no test needs them.
 */
export const closedDemoDuoPlans: DemoDuoPlan[] = [
  ...closedDuoPlans.map((c, i): DemoDuoPlan => ({
    key: `closed-${String(i + 1).padStart(2, '0')}`,
    menteeId: `mentee-${String(plsMentees.length + plsLaterMentees.length + i + 1).padStart(2, '0')}`,
    mentorId: `mentor-${String(plsMentors.length + plsLaterMentors.length + Math.floor(i / 2) + 1).padStart(2, '0')}`,
    coordinator: (i % 2) as 0 | 1,
    steps: [
      ...startedDaysAgo(c.start),
      c.lastDay === undefined
        // Six months are at most 184 days: the day after, the planned end has passed.
        ? { d: c.start - 185, h: 17, do: 'close', outcomeId: c.outcomeId, endDaysAgo: 'planned', decidedBy: c.decidedBy }
        : { d: c.start - c.lastDay, h: 17, do: 'close', outcomeId: c.outcomeId, endDaysAgo: c.start - c.lastDay, decidedBy: c.decidedBy, ...(c.reason !== undefined && { reason: c.reason }) },
    ],
  })),
]

/**
 * How many days ago each person of the demo duos must have become ready to match (two days before their first
 * proposal), for their recruitment path to end before it (`demoPath`'s `readyDaysAgo`).
 *
 * @example
 * demoDuoReadyBy().get('mentee-05') // 179
 */
export function demoDuoReadyBy(plans: readonly DemoDuoPlan[] = demoDuoPlans): Map<string, number> {
  const first = new Map<string, number>()
  for (const plan of plans) {
    const proposed = plan.steps[0]!.d
    for (const id of [plan.menteeId, plan.mentorId]) first.set(id, Math.max(first.get(id) ?? 0, proposed + 2))
  }
  return first
}

const dayMs = 86_400_000

/** The instant `d` whole days before `now` at `h` o'clock UTC (`d` negative: in the future). */
export function daysAgoAt(now: Date, d: number, h = 9, m = 0): string {
  const day = new Date(now.getTime() - d * dayMs)
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h, m)).toISOString()
}

export interface DemoDuoContext {
  programmeId: string
  now: Date
  newId: () => string
  /** The programme's staff as users: the coordinators who propose and follow duos; the admin who signs for the organisation. */
  coordinators: { id: string; name: string; email: string }[]
  /** The user of each person who has a portal account (they answer and sign for themselves). */
  accounts: Map<string, string>
  documents: DocumentStore
  appUrl: string
  /** The plans to write (the demo's duos by default; with the closed year in the full demo). */
  plans?: readonly DemoDuoPlan[]
}

/**
 * Writes the demo duos of a programme, every step in the order it happened, and returns them by plan key.
 *
 * @example
 * const duos = await seedDemoDuos(tenant, { programmeId, now, newId, coordinators, accounts, documents, appUrl })
 * duos.get('on-track')!.state // 'active'
 */
export async function seedDemoDuos(tenant: TenantData, ctx: DemoDuoContext): Promise<Map<string, Duo>> {
  const { programmeId, now } = ctx
  const steps = (ctx.plans ?? demoDuoPlans)
    .flatMap((plan) => plan.steps.map((step, n) => ({ plan, step, n, at: daysAgoAt(now, step.d, step.h ?? 9) })))
    .sort((a, b) => a.at.localeCompare(b.at) || a.n - b.n)
  const duos = new Map<string, Duo>()
  const [programme, organisation, { rules }] = await Promise.all([
    tenant.programmes.get(programmeId), tenant.organisation.get(), tenant.rules.current(programmeId),
  ])
  const person = async (kind: Person['kind'], id: string) => tenant.people.get(programmeId, kind, id)

  for (const { plan, step, at } of steps) {
    const coordinator = ctx.coordinators[plan.coordinator]!
    const own = (side: 'mentor' | 'mentee') => ctx.accounts.get(side === 'mentor' ? plan.mentorId : plan.menteeId)
    if (step.do === 'propose') {
      const pair: PairToPropose = { menteeId: plan.menteeId, mentorId: plan.mentorId }
      const [duo] = await tenant.duos.propose(programmeId, [pair], { at, by: coordinator.id, newId: ctx.newId })
      duos.set(plan.key, duo!)
      continue
    }
    const duo = duos.get(plan.key)!
    // The mentor answers and signs for themselves when they have an account; otherwise staff record it for them
    // (as the staff Duos tab offers), and a signature names the person who signed.
    let event: DuoEvent
    switch (step.do) {
      case 'accept': event = { type: 'accept', at, by: own('mentor') ?? coordinator.id }; break
      case 'refuse': event = { type: 'refuse', at, by: own('mentor') ?? coordinator.id, reason: step.reason }; break
      case 'expire': event = { type: 'expire', at }; break
      case 'cancel': event = { type: 'cancel', at, by: coordinator.id, reason: step.reason }; break
      case 'schedule': {
        const mentor = await person('mentor', plan.mentorId)
        event = {
          type: 'schedule-meeting', at, by: coordinator.id, startsAt: daysAgoAt(now, step.d - step.inDays, 12, 30),
          place: `Lieu de travail de ${mentor.firstName} ${mentor.lastName}, accueil du rez-de-chaussée`,
          placeKind: rules.cadences.firstMeetingPlace === 'neutral-with-staff' ? 'neutral-with-staff' : 'mentor-workplace',
          ...(rules.cadences.firstMeetingPlace === 'neutral-with-staff' && { staffMemberId: coordinator.id }),
        }
        break
      }
      case 'validate': event = { type: 'validate', at, by: own(step.side) ?? coordinator.id, side: step.side }; break
      case 'decline': event = { type: 'decline', at, by: own(step.side) ?? coordinator.id, side: step.side, reason: step.reason }; break
      case 'contract': {
        const made = await renderContract(tenant, duo, { ...ctx, programme, organisation, rules, coordinator, day: at.slice(0, 10) })
        event = { type: 'contract-generated', at, by: coordinator.id, documentId: `contract-v${made.revision}`, sha256: made.sha256, parties: made.parties }
        break
      }
      case 'pause': event = { type: 'pause', at, by: coordinator.id, reason: step.reason, expectedResumeDate: daysAgoAt(now, -step.resumeInDays).slice(0, 10) }; break
      case 'close': {
        const endDate = step.endDaysAgo === 'planned' ? duo.plannedEndDate! : daysAgoAt(now, step.endDaysAgo).slice(0, 10)
        event = { type: 'close', at, by: coordinator.id, outcomeId: step.outcomeId, endDate, decidedBy: step.decidedBy, ...(step.reason !== undefined && { reason: step.reason }) }
        break
      }
      case 'sign': {
        const by = step.party === 'organisation' ? coordinator.id : own(step.party) ?? (step.party === 'mentor' ? plan.mentorId : plan.menteeId)
        event = { type: 'sign', at, by, party: step.party, clientAddress: '192.0.2.10', sha256: duo.contract!.sha256 }
        break
      }
    }
    duos.set(plan.key, (await tenant.duos.transition(programmeId, duo.id, duo.version, event, ctx.newId, rules)).duo)
  }
  return duos
}

/** The duo's contract, rendered from the programme's template as the contract route does and stored where it keeps it. */
async function renderContract(
  tenant: TenantData, duo: Duo,
  x: DemoDuoContext & {
    programme: Awaited<ReturnType<TenantData['programmes']['get']>>
    organisation: Awaited<ReturnType<TenantData['organisation']['get']>>
    rules: Awaited<ReturnType<TenantData['rules']['current']>>['rules']
    coordinator: { name: string; email: string }; day: string
  },
) {
  const template = x.rules.templates.find((t) => t.kind === 'engagement-contract')
  if (!template) throw new Error(`programme ${x.programmeId} has no engagement-contract template`)
  const [mentor, mentee] = await Promise.all([
    tenant.people.get(duo.programmeId, 'mentor', duo.mentorId), tenant.people.get(duo.programmeId, 'mentee', duo.menteeId),
  ])
  const link = `${x.appUrl.replace(/\/+$/, '')}/orgs/${encodeURIComponent(tenant.ctx.orgId)}/portal/duos/${encodeURIComponent(duo.id)}`
  const months = x.rules.cadences.durationMonthsMax
  // Loaded here only, as the route does: pdf-lib is not needed by the rest of the seed.
  const { renderContractPdf } = await import('@binome/documents/contract')
  const made = await renderContractPdf(template, {
    organisation: { name: x.organisation.name, contactEmail: x.organisation.contactEmail },
    programme: { name: x.programme.name, description: x.programme.description },
    mentor, mentee, coordinator: { fullName: x.coordinator.name, email: x.coordinator.email }, cadences: x.rules.cadences,
    startDate: x.day, endDate: addMonths(x.day, months), durationMonths: months, issuedOn: x.day, duoLink: link, signLink: link,
  }, x.organisation.locale)
  if (!made.ok) throw new Error(`demo contract of ${duo.id}: ${JSON.stringify(made.problems)}`)
  const revision = (duo.contract?.revision ?? 0) + 1
  await x.documents.put(documentKeys.contract(tenant.ctx.orgId, duo.id, revision), made.pdf, 'application/pdf')
  return { revision, sha256: made.sha256, parties: template.parties ?? 'tripartite' as const }
}
