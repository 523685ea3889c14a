import type { MembershipRole } from './roles'

/**
 * Every action a tenant route can perform, and the roles allowed to perform it.
 * Routes name an action; this table is the single place where the product's access rules live.
 */
export const permissions = {
  'organisation.read': ['trainer', 'admin', 'coordinator', 'mentor', 'mentee', 'partner'],
  'organisation.update': ['admin'],
  'members.read': ['admin', 'coordinator', 'trainer'],
  'members.invite': ['admin'],
  'members.update': ['admin'],
  'programmes.read': ['trainer', 'admin', 'coordinator', 'mentor', 'mentee', 'partner'],
  'programmes.write': ['admin'],
  /** A programme's rules (forms, criteria, cadences, templates...) and their history: staff, trainers included. */
  'rules.read': ['admin', 'coordinator', 'trainer'],
  'rules.update': ['admin'],
  // A trainer hands the method over; they never see people, matching results or the alerts about duos.
  'people.read': ['admin', 'coordinator'],
  /** Entering and editing mentors and mentees (their identity and answers to the programme's form). */
  'people.write': ['admin', 'coordinator'],
  /** Information sessions and mentor trainings: staff plan them, invite people and record attendance. */
  'sessions.read': ['admin', 'coordinator'],
  'sessions.write': ['admin', 'coordinator'],
  'matching.run': ['admin', 'coordinator'],
  'matching.read': ['admin', 'coordinator'],
  /** Duos from the proposal to their start (./duo.ts): staff read them, propose pairs and record each step. */
  'duos.read': ['admin', 'coordinator'],
  'duos.write': ['admin', 'coordinator'],
  /** A mentor or mentee sees their own duos in the portal and gives their own answer, verdict and signature. */
  'duos.take-part': ['mentor', 'mentee'],
  /**
   * A started duo's life (in-take, action plan, meetings log, progress): its own mentor and mentee write and read it,
   * staff too; the routes let a mentor or mentee reach only their own duo.
   */
  'duos.life': ['admin', 'coordinator', 'mentor', 'mentee'],
  'monitoring.read': ['admin', 'coordinator'],
  /**
   * The results dashboard (figures only, no names): staff. Not trainers, though they hand the method over: a small
   * programme's figures can single a person out (one duo closed: its outcome), and trainers never see people.
   */
  'results.read': ['admin', 'coordinator'],
  /**
   * A programme's quality audit against Mentoring Belgium's criteria (seed 003): staff, and trainers, who hand the
   * method over and check it is followed — without the people and duos behind a gap, which only `people.read` sees.
   */
  'quality.read': ['admin', 'coordinator', 'trainer'],
  /** Dismissing or snoozing an alert (recorded with who and when). */
  'monitoring.handle': ['admin', 'coordinator'],
  // Partnerships of a training organisation: its trainers onboard partners; its admins oversee them.
  'partners.read': ['trainer', 'admin'],
  'partners.write': ['trainer', 'admin'],
  /** A programme's public application forms: staff see whether they are open and copy the link; admins open and close them. */
  'applications.read': ['admin', 'coordinator'],
  'applications.manage': ['admin'],
  // Mentors' employers and their skills sponsorship: staff keep them; they name people, so trainers do not see them.
  'companies.read': ['admin', 'coordinator'],
  'companies.write': ['admin', 'coordinator'],
  // The organisation's local network (./network.ts): staff keep the list; a refused mentee is referred to one of them.
  'network.read': ['admin', 'coordinator'],
  'network.write': ['admin', 'coordinator'],
  /**
   * A partner user refers job seekers to a programme and follows the ones ITS network partner referred, seeing only
   * the answers the programme lets partners see. Staff never use these routes: they have the people routes.
   */
  'referrals.partner': ['partner'],
  /** The organisation's audit log: who read or changed whose personal data, and the operator's interventions. */
  'audit.read': ['admin'],
  /** A person's data exported for their right of access (GDPR): admins, who answer for it. */
  'people.export': ['admin'],
  /** A person's data erased (GDPR right to erasure; irreversible), and who the retention sweep will anonymise next. */
  'people.erase': ['admin'],
} as const satisfies Record<string, readonly MembershipRole[]>

export type Action = keyof typeof permissions

/**
 * Whether a role may perform an action in its organisation.
 *
 * @example
 * can('coordinator', 'programmes.write') // false
 * can('admin', 'programmes.write')       // true
 */
export function can(role: MembershipRole, action: Action): boolean {
  return (permissions[action] as readonly MembershipRole[]).includes(role)
}
