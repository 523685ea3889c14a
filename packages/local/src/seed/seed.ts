import { invite, newOrganisation, newProgramme, personFacets, type MembershipRole, type Person, type TimelineEntry } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import type { Data, User } from '@binome/data'
import type { DemoAccount } from '../issuer/issuer'
import { demoAnswers, demoIdentity } from './demo-answers'
import { caiMentees, caiMentors, plsLaterMentees, plsLaterMentors, plsMentees, plsMentors, type DemoProfile } from './demo-people'
import { seedDemoPartners, trainingOrganisation } from './demo-partners'
import { seedDemoSessions } from './demo-sessions'
import { caiApplicants, plsApplicants, seedDemoApplications, type DemoApplicant } from './demo-applications'
import { demoHourlyRate, seedDemoCompanies } from './demo-companies'
import { demoNetworkPartnerName, demoNetworkPartners, demoOnwardReferral, demoPartnerUserNetworkPartner, demoReferral } from './demo-network'
import { demoPath, demoStage } from './demo-pipeline'
import { closedDemoDuoPlans, demoDuoPlans, demoDuoReadyBy, seedDemoDuos } from './demo-duos'
import { randomBytes } from 'node:crypto'
import { seedDemoDuoLife } from './demo-duo-life'
import { seedDemoCommunity } from './demo-community'
import { seedDemoMenteeSession } from './demo-mentee-session'
import { closedDuoReferral, plsClosedMentees, plsClosedMentors, seedClosedDuoLife } from './demo-closed-duos'
import { daysAgoAt } from './demo-duos'
import { closedDuoEvaluations } from './demo-evaluations'
import type { DocumentStore } from '@binome/functions'

interface DemoOrg {
  id: string
  name: string
  contactEmail: string
  programme: { id: string; name: string; description: string; startDate: string; endDate: string }
  /** Where its information sessions and trainings take place, and the video link of those held online. */
  sessions: { place: string; videoLink: string }
  /** The methodology template its programme starts from (its forms give the people's answers). */
  methodology: string
  staff: { email: string; name: string; role: MembershipRole; gender: DemoAccount['gender']; networkPartnerId?: string }[]
  /**
   * Mentor and mentee accounts, each tied to one of the programme's demo people (`mentor-01` is the first demo mentor),
   * who sign in to the portal and find their duos there.
   */
  portal?: { email: string; role: 'mentor' | 'mentee'; personId: string; gender: DemoAccount['gender'] }[]
  mentors: DemoProfile[]
  mentees: DemoProfile[]
  /**
   * The screening interviews a coordinator holds: those of the people living in these localities (their part of the
   * region); the admin holds the others. Without it, the admin holds every interview.
   */
  interviews?: { by: string; localities: string[] }
  /** People who applied through the programme's public form (open for mentees). */
  applicants: DemoApplicant[]
  domain: string
}

const operator = { email: 'operator@binome.demo', name: 'Olivia Opératrice' }
const trainer = { email: 'trainer@binome.demo', name: 'Thierry Formateur' }

export const demoOrganisations: DemoOrg[] = [
  {
    id: 'pls-mentoryou', name: 'Pour la Solidarité — MentorYou', contactEmail: 'mentoryou@pls.demo', domain: 'mentoryou.demo',
    programme: { id: 'mentoryou-2026', name: 'MentorYou 2026-2027', description: 'Mentorat pour l’emploi de chercheur·euse·s d’emploi étranger·ère·s ou d’origine étrangère à Bruxelles : 6 mois, 2 rencontres par mois sur le lieu de travail du mentor.', startDate: '2026-09-01', endDate: '2027-06-30' },
    methodology: 'pls-mentoryou',
    sessions: { place: 'Pour la Solidarité, Rue Coenraets 72, 1060 Saint-Gilles', videoLink: 'https://visio.mentoryou.demo/seance-information' },
    staff: [
      { email: 'admin@mentoryou.demo', name: 'Claire Vandenberghe', role: 'admin', gender: 'f' },
      { email: 'coordination@mentoryou.demo', name: 'Julien Moreau', role: 'coordinator', gender: 'm' },
      { email: 'coordination2@mentoryou.demo', name: 'Sarah Nguyen', role: 'coordinator', gender: 'f' },
      { email: 'partenaire@mission-locale.demo', name: 'Rachid Ouali', role: 'partner', gender: 'm', networkPartnerId: demoPartnerUserNetworkPartner },
    ],
    // Sophie Lambert (room for two mentees) and Amina Haddad, both ready to match: the demo's duos start with them.
    portal: [
      { email: 'mentor@mentoryou.demo', role: 'mentor', personId: 'mentor-01', gender: 'f' },
      { email: 'mentee@mentoryou.demo', role: 'mentee', personId: 'mentee-01', gender: 'f' },
    ],
    mentors: plsMentors, mentees: plsMentees, applicants: plsApplicants,
    // Julien Moreau receives the people of the seven communes he covers, about half of them: with or without the demo
    // duos, mentees and mentors ready to match in the same communes and sectors, so that « Seulement les personnes
    // que j’ai reçues en entretien » finds pairs when he limits a run to them, and others ready that it leaves out.
    interviews: {
      by: 'coordination@mentoryou.demo',
      localities: ['Anderlecht', 'Molenbeek-Saint-Jean', 'Jette', 'Saint-Gilles', 'Ixelles', 'Uccle', 'Evere'],
    },
  },
  {
    id: 'cai-duo-n2wa', name: 'CAI — Duo N2WA', contactEmail: 'duo@cai.demo', domain: 'duo-n2wa.demo',
    programme: { id: 'duo-n2wa-2026', name: 'Duo N2WA — cohorte 2026', description: 'Mentorat professionnel et interculturel de demandeur·euse·s d’asile en province de Namur : 6 mois maximum, 2 rencontres par mois.', startDate: '2026-10-01', endDate: '2027-03-31' },
    methodology: 'cai-duo-n2wa',
    sessions: { place: 'CAI, Rue Docteur Haibe 2, 5002 Saint-Servais (Namur)', videoLink: 'https://visio.duo-n2wa.demo/seance-information' },
    staff: [
      { email: 'admin@duo-n2wa.demo', name: 'Pauline Lemaire', role: 'admin', gender: 'f' },
      { email: 'coordination@duo-n2wa.demo', name: 'Youssef Amrani', role: 'coordinator', gender: 'm' },
      { email: 'coordination2@duo-n2wa.demo', name: 'Marie Dewez', role: 'coordinator', gender: 'f' },
    ],
    mentors: caiMentors, mentees: caiMentees, applicants: caiApplicants,
  },
]

/**
 * The accounts the sign-in page offers in local mode. Each says what it is as a role and the organisation's name, not
 * as a sentence: the page words it from its catalogue in the reader's language.
 */
export const demoAccounts: DemoAccount[] = [
  { ...operator, role: 'operator', gender: 'f', organisation: null, partner: null },
  { ...trainer, role: 'trainer', gender: 'm', organisation: trainingOrganisation.name, partner: null },
  ...demoOrganisations.flatMap((o) =>
    o.staff.map(({ email, name, role, gender, networkPartnerId }) => ({
      email, name, role, gender, organisation: o.name, partner: networkPartnerId ? demoNetworkPartnerName(networkPartnerId) : null,
    })),
  ),
  ...demoOrganisations.flatMap((o) =>
    (o.portal ?? []).map((a) => ({ email: a.email, name: portalName(o, a), role: a.role, gender: a.gender, organisation: o.name, partner: null })),
  ),
]

/** A portal account is named as its person is. */
function portalName(o: DemoOrg, a: NonNullable<DemoOrg['portal']>[number]): string {
  const i = Number(a.personId.split('-')[1]) - 1
  const d = (a.role === 'mentor' ? o.mentors : o.mentees)[i]
  if (!d) throw new Error(`no demo ${a.role} ${a.personId}`)
  return `${d.firstName} ${d.lastName}`
}

const slug = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

/** The store holds no organisation and no demo operator: the demo seed (or its snapshot) may go in. */
export async function isUnseeded(data: Data): Promise<boolean> {
  const existing = await data.identity.organisationsPage({ limit: 1 })
  return existing.items.length === 0 && !(await data.identity.findUserByEmail(operator.email))
}

/**
 * Seeds the demo organisations once, into an empty store only. Returns whether anything was written. With `duos`
 * (where contracts are stored, and the app's address their links name), MentorYou also gets its demo duos at every
 * step (./demo-duos); tests leave them out to start from people ready to match.
 *
 * @example
 * await seedDemoData(data, { now: new Date(), newId, duos: { documents, appUrl } })
 */
export async function seedDemoData(
  data: Data, opts: { now: Date; newId: () => string; duos?: { documents: DocumentStore; appUrl: string; closedYear?: boolean } },
): Promise<boolean> {
  if (!(await isUnseeded(data))) return false
  const now = opts.now.toISOString()
  const user = (email: string, name: string, platformRole: User['platformRole'] = null): User => ({
    id: slug(email.split('@')[0]! + '-' + email.split('@')[1]!.split('.')[0]!), email, name, platformRole, createdAt: now, version: 1,
  })
  const trainerUser = user(trainer.email, trainer.name)
  await data.identity.createUser(user(operator.email, operator.name, 'operator'))
  await data.identity.createUser(trainerUser)

  for (const o of demoOrganisations) {
    // MentorYou values its mentors' working time (skills sponsorship, ./demo-companies); the CAI has set no rate yet.
    const sponsorshipHourlyRate = o.id === 'pls-mentoryou' ? demoHourlyRate : null
    // PLS keeps people two years after their path (as its privacy notice says); the CAI one year, so that its
    // retention dry run already lists the people refused last winter.
    const retentionMonths = o.id === 'cai-duo-n2wa' ? 12 : 24
    const org = newOrganisation({ name: o.name, locale: 'fr', contactEmail: o.contactEmail, sponsorshipHourlyRate, retentionMonths }, { id: o.id, now })
    const [adminStaff, ...otherStaff] = o.staff
    const admin = user(adminStaff!.email, adminStaff!.name)
    const interviewerStaff = o.staff.find((s) => s.email === o.interviews?.by)
    const interviewer = (locality: string | undefined) =>
      interviewerStaff && locality && o.interviews!.localities.includes(locality) ? user(interviewerStaff.email, interviewerStaff.name).id : admin.id
    const active = (userId: string, email: string, name: string, role: MembershipRole, networkPartnerId?: string, person?: { personId: string; programmeId: string }) => ({
      ...invite({ orgId: org.id, userId, email, name, role, networkPartnerId, ...person }, null, now), status: 'active' as const, joinedAt: now,
    })
    await data.identity.createOrganisation(org, { membership: active(admin.id, admin.email, admin.name, 'admin'), newUser: admin })
    const tenant = data.forTenant({ orgId: org.id, userId: admin.id, role: 'admin' })
    // MentorYou's local network ("partenaires ISP"), before its partner user who refers for one of them.
    const withNetwork = o.id === 'pls-mentoryou'
    // The people of the demo duos became ready before their first proposal.
    // The year of closed duos only in the full demo (`closedYear`), with their own people.
    const closedYear = withNetwork && opts.duos?.closedYear === true
    const plans = closedYear ? [...demoDuoPlans, ...closedDemoDuoPlans] : demoDuoPlans
    const readyBy = withNetwork && opts.duos ? demoDuoReadyBy(plans) : new Map<string, number>()
    const network = withNetwork ? demoNetworkPartners(org.id, now) : []
    for (const np of network) await tenant.networkPartners.create(np)
    const userIds = new Map<string, string>()
    for (const s of otherStaff) {
      const u = user(s.email, s.name)
      userIds.set(s.networkPartnerId ?? '', u.id)
      await tenant.members.add(active(u.id, u.email, u.name, s.role, s.networkPartnerId), data.identity.newUserItems(u))
    }
    await tenant.members.add(active(trainerUser.id, trainerUser.email, trainerUser.name, 'trainer'))

    const p = newProgramme({ ...o.programme, status: 'active' }, { id: o.programme.id, orgId: org.id, now })
    const rules = methodologyRules(o.methodology)
    if (!rules) throw new Error(`no methodology template ${o.methodology}`)
    await tenant.programmes.create(p, rules, { kind: 'template', from: o.methodology })
    // The closed demo duos' mentees (./demo-closed-duos) come after the others; one in four was referred by a service.
    const firstClosed = o.mentees.length + plsLaterMentees.length
    const referralOf = (kind: Person['kind'], i: number) => {
      if (kind !== 'mentee' || !withNetwork) return undefined
      if (i < o.mentees.length) return demoReferral(i)
      return closedYear && i >= firstClosed ? closedDuoReferral(i - firstClosed) : undefined
    }
    const person = (d: DemoProfile, kind: Person['kind'], i: number): Person => ({
      id: `${kind}-${String(i + 1).padStart(2, '0')}`,
      orgId: org.id, programmeId: p.id, kind,
      ...demoIdentity(d, i, o.domain),
      answers: demoAnswers(d, kind, rules.forms[kind], i),
      rulesVersion: p.rulesVersion,
      ...(kind === 'mentor' && { capacity: d.capacity ?? 1 }),
      // The mentees who joined after the demo duos (past the fifteenth) came on their own.
      ...(referralOf(kind, i) && { referredBy: referralOf(kind, i)!.networkPartnerId }),
      stage: 'applied', stageDates: {}, facets: {},
      createdAt: now, updatedAt: now, version: 1,
    })
    // Most people wait, ready, for matching; a few stand at each earlier step of recruitment and selection.
    const walk = (applicant: Person, i: number): { person: Person; entries: TimelineEntry[] } => {
      const referral = applicant.referredBy ? referralOf(applicant.kind, i) : undefined
      // The form's "referred by" question (visible to partners) says which service it was.
      const service = network.find((np) => np.id === referral?.networkPartnerId)?.name
      const answers = service && !('referredBy' in applicant.answers) ? { ...applicant.answers, referredBy: service } : applicant.answers
      const stage = demoStage(applicant.kind, i)
      const referredTo = withNetwork && applicant.kind === 'mentee' && stage === 'refused' ? demoOnwardReferral : undefined
      const facets = personFacets(answers, rules.forms[applicant.kind])
      const { person: p, entries } = demoPath({ ...applicant, answers, facets }, stage, {
        // Applied well before they became ready (the closed duos' people, far down the lists, a month before).
        eligibility: rules.eligibility, by: admin.id, interviewer: interviewer(facets.locality), now: opts.now, daysAgo: Math.max(330 - i * 17, (readyBy.get(applicant.id) ?? 0) + 30), newId: opts.newId, ...(referredTo && { referredTo }),
        ...(readyBy.has(applicant.id) && { readyDaysAgo: readyBy.get(applicant.id)! }),
      })
      // A referral's creation is the partner user's, with their note; the other service's user is not part of the demo.
      const [created, ...steps] = entries
      const origin = referral ? { ...created!, by: userIds.get(referral.networkPartnerId) ?? admin.id, note: referral.note } : created!
      return { person: p, entries: [origin, ...steps] }
    }
    const mentors = withNetwork && opts.duos ? [...o.mentors, ...plsLaterMentors, ...(closedYear ? plsClosedMentors : [])] : o.mentors
    const mentees = withNetwork && opts.duos ? [...o.mentees, ...plsLaterMentees, ...(closedYear ? plsClosedMentees : [])] : o.mentees
    const paths = [
      ...mentors.map((d, i) => walk(person(d, 'mentor', i), i)),
      ...mentees.map((d, i) => walk(person(d, 'mentee', i), i)),
    ]
    // Written as an import writes people (batches of items, then the board's counts), the same items a person's
    // creation and steps write one call at a time: the store is empty, so nothing can be overwritten.
    await tenant.people.createMany(paths)
    const people = paths.map((path) => path.person)
    const accounts = new Map<string, string>()
    for (const a of o.portal ?? []) {
      const u = user(a.email, portalName(o, a))
      accounts.set(a.personId, u.id)
      await tenant.members.add(active(u.id, u.email, u.name, a.role, undefined, { personId: a.personId, programmeId: p.id }), data.identity.newUserItems(u))
    }
    if (readyBy.size > 0 && opts.duos) {
      const coordinators = o.staff.filter((s) => s.role === 'coordinator').map((s) => user(s.email, s.name))
      const duos = await seedDemoDuos(tenant, {
        programmeId: p.id, now: opts.now, newId: opts.newId, coordinators, accounts, plans, documents: opts.duos.documents, appUrl: opts.duos.appUrl,
      })
      // A year of their life for the active ones: the coordinator who proposed a duo follows it.
      const coordinatorOf = (duo: { id: string }) => coordinators[plans.find((d) => duos.get(d.key)?.id === duo.id)!.coordinator]!
      const named = new Map([...accounts].map(([personId, userId]) => [personId, { id: userId, name: portalName(o, o.portal!.find((a) => a.personId === personId)!) }]))
      await seedDemoDuoLife(tenant, duos, { now: opts.now, newId: opts.newId, coordinatorOf, accounts: named })
      const closed = [...duos].filter(([key]) => key.startsWith('closed-'))
      await Promise.all(closed.map(([, duo], n) => seedClosedDuoLife(tenant, duo, n, {
        now: opts.now, newId: opts.newId, staff: coordinatorOf, daysAgoAt: (d, h) => daysAgoAt(opts.now, d, h),
      })))
      // Their end-of-duo evaluations, answered three times in four: a few batch writes.
      await tenant.evaluations.putHistory(closedDuoEvaluations(closed.map(([, duo]) => duo), rules, p.rulesVersion, { now: opts.now, newId: opts.newId }))
      // The mentors' community: peer meetings held and planned, a newsletter sent (unsubscribe tokens are secrets).
      await seedDemoCommunity(data, tenant, {
        programmeId: p.id, userId: coordinators[0]!.id, place: o.sessions.place, now: opts.now, newId: opts.newId,
        newToken: () => randomBytes(24).toString('base64url'),
      })
      // The demo mentee's next session (her portal's « Mes séances »).
      await seedDemoMenteeSession(tenant, { programmeId: p.id, userId: coordinators[0]!.id, place: o.sessions.place, now: opts.now, newId: opts.newId })
    }
    await seedDemoSessions(tenant, { programmeId: p.id, userId: admin.id, now: opts.now, newId: opts.newId, ...o.sessions, people })
    await seedDemoApplications(data, tenant, { programmeId: p.id, rules, rulesVersion: p.rulesVersion, applicants: o.applicants, now: opts.now, newId: opts.newId, staffId: admin.id })
    if (o.id === 'pls-mentoryou') await seedDemoCompanies(tenant, p.id, now)
  }
  await seedDemoPartners(data, { now: opts.now, trainer: trainerUser })
  return true
}
