import type { AuditRecords } from '@binome/core'
import type { Store } from '../store'
import { applicationEntity } from './applications'
import { closingInterviewEntity } from './closing'
import type { TenantContext } from './context'
import { duosRepo } from './duos'
import { peopleRepo } from './people'
import { sessionsRepo } from './sessions'
import { trackingEntity } from './tracking'

/**
 * The records a programme's quality audit reads (the core's `AuditRecords`, judged by `auditFacts` and
 * `auditProgramme`): five partition reads in parallel, whatever the period — the people (their interview, decision,
 * stage dates and referring partner are on the person item), the sessions with their invitees and attendance, the
 * duos (proposal, run, first meeting, verdicts, signatures, start, planned end, closure), the tracking lines (meetings
 * per month and check-in days, so no duo's log is read) and the applications (who applied through the public form);
 * then the closed duos' closing interviews, by key (a batch get per hundred).
 * No entity of its own: it reads the others' items.
 *
 * @example
 * const records = await tenant.qualityAudit.records('mentoryou')
 * auditFacts(records, { from: '2026-01-01', to: '2026-12-31' }, rules.cadences, today)
 */
export function qualityAuditRepo(store: Store, ctx: TenantContext) {
  const people = peopleRepo(store, ctx)
  const sessions = sessionsRepo(store, ctx)
  const duos = duosRepo(store, ctx)
  const lines = trackingEntity.in(store, ctx.orgId)
  const applications = applicationEntity.in(store, ctx.orgId)
  const interviews = closingInterviewEntity.in(store, ctx.orgId)
  return {
    async records(programmeId: string): Promise<AuditRecords> {
      const [persons, sessionRecords, allDuos, allLines, apps] = await Promise.all([
        people.all(programmeId), sessions.all(programmeId), duos.all(programmeId), lines.all([programmeId]), applications.all([programmeId]),
      ])
      const closed = allDuos.filter((d) => d.state === 'closed').map((d) => interviews.entity.key([programmeId, d.id], []))
      const closingInterviews = (await store.getMany(closed)).map((raw) => interviews.entity.parse(raw))
      return { people: persons, sessions: sessionRecords, duos: allDuos, lines: allLines, applicants: new Set(apps.map((a) => a.personId)), closingInterviews }
    },
  }
}
