/**
 * The demo people's paths through recruitment and selection: each demo person is walked from their application to
 * the stage the demo shows, through the core's own `moveStage` (so an accepted person has an interview with every
 * blocking item met, a refused one a reason), with a dated timeline entry for each step over the past months.
 */
import {
  moveStage, withStage, type EligibilityItem, type Person, type PersonStage, type PersonStageEvent, type TimelineEntry,
} from '@binome/core'

const day = 86_400_000

/** The steps that lead from `applied` to a stage, for one side. */
const pathTo: Record<PersonStage, PersonStageEvent[]> = {
  applied: [],
  informed: ['inform'],
  interviewed: ['inform', 'interview'],
  accepted: ['inform', 'interview', 'accept'],
  refused: ['inform', 'interview', 'refuse'],
  trained: ['inform', 'interview', 'accept', 'train'],
  ready: ['inform', 'interview', 'accept', 'train', 'ready'],
  matched: ['inform', 'interview', 'accept', 'train', 'ready', 'match'],
  closed: ['inform', 'close'],
}

/** The stage the demo shows for the i-th person of a side: most wait, ready, for matching; a few at each earlier step. */
export function demoStage(kind: Person['kind'], i: number): PersonStage {
  const early: PersonStage[] = kind === 'mentee'
    ? ['accepted', 'interviewed', 'informed', 'applied', 'refused', 'applied']
    : ['trained', 'accepted', 'interviewed', 'refused']
  const firstEarly = 15 - early.length
  // Past the first fifteen (the mentees who joined after the demo duos), everyone is ready.
  return i < firstEarly ? 'ready' : early[i - firstEarly] ?? 'ready'
}

const refusals = {
  mentee: 'Le projet professionnel demande d’abord une formation qualifiante ; orientée vers un partenaire de formation.',
  mentor: 'Disponibilité insuffisante cette année (moins de deux rencontres par mois possibles).',
}

/**
 * A person walked to `target`, applied `daysAgo` days before `now`, with the timeline of each step.
 *
 * @example
 * const { person, entries } = demoPath(applicant, 'accepted', { eligibility, by: 'u1', interviewer: 'u2', now, daysAgo: 200, newId })
 */
export function demoPath(
  applicant: Person, target: PersonStage,
  opts: {
    eligibility: readonly EligibilityItem[]; by: string; now: Date; daysAgo: number; newId: () => string; referredTo?: string; readyDaysAgo?: number
    /** Who held the screening interview (default `by`, who takes every other step). */
    interviewer?: string
  },
): { person: Person; entries: TimelineEntry[] } {
  // A mentee is never trained: the training is the mentors'.
  const events = pathTo[target].filter((e) => e !== 'train' || applicant.kind === 'mentor')
  const start = opts.now.getTime() - opts.daysAgo * day
  // Steps spread over the time since the application, the last one at least a few days ago.
  // A person the demo puts in a duo (`readyDaysAgo`) takes their last step that many days ago, before their proposal.
  const at = opts.readyDaysAgo === undefined
    ? (step: number) => new Date(start + Math.round(((step + 1) / (events.length + 1)) * (opts.daysAgo - 3) * day)).toISOString()
    : (step: number) => new Date(start + Math.round(((step + 1) / events.length) * (opts.daysAgo - opts.readyDaysAgo!) * day)).toISOString()
  const created = new Date(start).toISOString()
  let p: Person = { ...applicant, stageDates: { applied: created }, createdAt: created, updatedAt: created }
  const entry = (when: string, rest: Partial<TimelineEntry>): TimelineEntry => ({
    id: opts.newId(), orgId: p.orgId, programmeId: p.programmeId, personId: p.id, at: when, kind: 'note', by: opts.by, ...rest,
  })
  const entries: TimelineEntry[] = [entry(created, { kind: 'created', source: p.referredBy ? 'referral' : 'staff' })]
  events.forEach((event, step) => {
    const now = at(step)
    if (event === 'interview') {
      p = {
        ...p, interview: {
          heldOn: now.slice(0, 10), interviewer: opts.interviewer ?? opts.by, durationMinutes: 60, commitsToDuration: true, commitsToFrequency: true,
          expectations: p.kind === 'mentee' ? 'Trouver un emploi dans son secteur ; comprendre les codes du marché belge.' : 'Transmettre son réseau et son expérience.',
          notes: 'Entretien individuel d’une heure ; engagement sur la durée et la fréquence confirmé.',
          checks: opts.eligibility.filter((e) => e.side === p.kind).map((e) => ({ itemId: e.id, met: true })),
        },
      }
    }
    const ctx = {
      side: p.kind, now, by: opts.by, interview: p.interview, eligibility: opts.eligibility, trainingRequired: true,
      ...(event === 'refuse' && { reason: refusals[p.kind], ...(p.kind === 'mentee' && opts.referredTo && { referredTo: opts.referredTo }) }),
    }
    const before = p.stage
    p = withStage(p, moveStage(p.stage, event, ctx, p.stageDates), now)
    entries.push(entry(now, {
      kind: event === 'interview' ? 'interview' : 'stage', stage: { from: before, to: p.stage, event },
      // The interview is on the timeline of the one who held it, as when it is recorded on the person's page.
      ...(event === 'interview' && { by: p.interview!.interviewer }),
      ...(p.decision?.at === now && { decision: p.decision }),
      ...(event === 'interview' && { note: p.interview!.notes }),
      ...(event === 'close' && { note: 'S’est retiré·e avant l’entretien : a trouvé un emploi entre-temps.' }),
    }))
  })
  return { person: { ...p, version: 1 }, entries }
}
