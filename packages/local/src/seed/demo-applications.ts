import { randomBytes } from 'node:crypto'
import { applicantForm, moveStage, newPerson, withStage, newPublicForm, openApplications, privacyNotice, type Application, type Locale, type ProgrammeRules, type TimelineEntry } from '@binome/core'
import type { Data, TenantData } from '@binome/data'
import { demoAnswers } from './demo-answers'
import type { DemoProfile } from './demo-people'

/** People who applied through a programme's public form, in the language they read it in (fictitious). */
export interface DemoApplicant {
  profile: DemoProfile
  email: string
  phone?: string
  birthDate: string
  locale: Locale
  /** Days before the seed's day the application came in. */
  daysAgo: number
  /** Days before the seed's day the person withdrew their consent (their path then closed), if they did. */
  withdrewDaysAgo?: number
}

export const plsApplicants: DemoApplicant[] = [
  {
    profile: { firstName: 'Mariam', lastName: 'Haidari', locality: 'Schaerbeek', postalCode: '1030', sector: 'Santé', function: 'Aide-soignante', languages: ['dari', 'persan', 'français', 'anglais'], hobbies: ['cuisine', 'lecture'], birthYear: 1991, expectations: 'Comprendre comment faire reconnaître mon diplôme d’infirmière', motivation: 'Travailler à nouveau dans les soins', path: 'Infirmière à Kaboul pendant six ans, arrivée en Belgique en 2023' },
    email: 'mariam.haidari@exemple.be', phone: '+32 488 21 43 65', birthDate: '1991-04-17', locale: 'fr', daysAgo: 3,
  },
  {
    profile: { firstName: 'Daniel', lastName: 'Okafor', locality: 'Ixelles', postalCode: '1050', sector: 'Informatique', function: 'Développeur', languages: ['anglais', 'français'], hobbies: ['football', 'jeux de société'], birthYear: 1995, expectations: 'Build a network in the Brussels tech scene', motivation: 'Find my first job in Belgium in software', path: 'Computer science degree in Lagos, two years as a web developer' },
    email: 'daniel.okafor@exemple.be', birthDate: '1995-09-02', locale: 'en', daysAgo: 1,
  },
]

export const caiApplicants: DemoApplicant[] = [
  {
    profile: { firstName: 'Samir', lastName: 'Haddad', locality: 'Namur', postalCode: '5000', sector: 'Construction', function: 'Électricien', languages: ['arabe', 'anglais', 'français'], hobbies: ['football', 'bricolage'], birthYear: 1989, expectations: 'Découvrir comment on travaille sur un chantier belge', motivation: 'Reprendre mon métier d’électricien', path: 'Électricien à Alep pendant dix ans' },
    email: 'samir.haddad@exemple.be', phone: '+32 471 55 18 90', birthDate: '1989-02-11', locale: 'fr', daysAgo: 2,
  },
  {
    profile: { firstName: 'Noor', lastName: 'Rahimi', locality: 'Gembloux', postalCode: '5030', sector: 'Enseignement', function: 'Enseignante', languages: ['pachto', 'anglais', 'néerlandais'], hobbies: ['lecture', 'couture'], birthYear: 1993, expectations: 'Leren hoe het onderwijs in België werkt', motivation: 'Opnieuw lesgeven', path: 'Lerares Engels in Jalalabad' },
    email: 'noor.rahimi@exemple.be', birthDate: '1993-11-23', locale: 'nl', daysAgo: 5,
  },
  {
    profile: { firstName: 'Yusuf', lastName: 'Demir', locality: 'Jambes', postalCode: '5100', sector: 'Transport et logistique', function: 'Chauffeur', languages: ['turc', 'kurde', 'français'], hobbies: ['marche', 'musique'], birthYear: 1987, expectations: 'Passer le permis C en Belgique', motivation: 'Conduire à nouveau des poids lourds', path: 'Chauffeur routier à Gaziantep pendant huit ans' },
    email: 'yusuf.demir@exemple.be', phone: '+32 472 60 14 37', birthDate: '1987-06-30', locale: 'fr', daysAgo: 40, withdrewDaysAgo: 12,
  },
]

/**
 * Publishes a demo programme's public form (the mentees' side open, the mentors' closed) and records the people who
 * applied through it as the public route does: the person at stage `applied` (where ./demo-pipeline leaves the newest
 * demo mentees too) with the `created` entry of source `application`, the claim on their address, the application
 * with its consent.
 */
export async function seedDemoApplications(data: Data, tenant: TenantData, v: {
  programmeId: string; rules: ProgrammeRules; rulesVersion: number; applicants: DemoApplicant[]; now: Date; newId: () => string
  /** The staff member who records a withdrawal. */
  staffId: string
}): Promise<string> {
  const now = v.now.toISOString()
  const form = openApplications(newPublicForm({ orgId: tenant.ctx.orgId, programmeId: v.programmeId, token: randomBytes(24).toString('base64url'), now }), { mentee: true }, now)
  await data.publicForms.link({ token: form.token, orgId: form.orgId, programmeId: v.programmeId })
  await tenant.applications.createForm(form)
  const notice = privacyNotice(v.rules)
  for (const [i, a] of v.applicants.entries()) {
    const at = new Date(v.now.getTime() - a.daysAgo * 86_400_000).toISOString()
    const { profile: d } = a
    const person = newPerson({
      kind: 'mentee', firstName: d.firstName, lastName: d.lastName, email: a.email, ...(a.phone && { phone: a.phone }), birthDate: a.birthDate,
      answers: demoAnswers(d, 'mentee', applicantForm(v.rules.forms.mentee), 20 + i),
    }, { id: `applicant-${String(i + 1).padStart(2, '0')}`, orgId: tenant.ctx.orgId, programmeId: v.programmeId, rulesVersion: v.rulesVersion, form: v.rules.forms.mentee, now: at })
    const application: Application = {
      id: v.newId(), orgId: tenant.ctx.orgId, programmeId: v.programmeId, personId: person.id, kind: 'mentee', locale: a.locale, receivedAt: at,
      consent: { purpose: 'application', noticeVersion: notice.version, rulesVersion: v.rulesVersion, locale: a.locale, givenAt: at },
      repeat: false,
    }
    // As the public route records it: the person at `applied`, their timeline opened by the application.
    const created: TimelineEntry = { id: v.newId(), orgId: person.orgId, programmeId: person.programmeId, personId: person.id, at, kind: 'created', source: 'application' }
    await tenant.applications.recordFirst(person, created, application)
    if (a.withdrewDaysAgo !== undefined) {
      // As staff record it (…/consents/withdrawal): the consent kept as withdrawn, the path closed, the timeline told.
      const when = new Date(v.now.getTime() - a.withdrewDaysAgo * 86_400_000).toISOString()
      const ctx = { side: 'mentee' as const, now: when, by: v.staffId, eligibility: v.rules.eligibility, trainingRequired: false }
      await tenant.people.update(v.programmeId, person.id, person.version, (p) => withStage(p, moveStage(p.stage, 'close', ctx, p.stageDates), when), (b, after) => ({
        id: v.newId(), orgId: after.orgId, programmeId: after.programmeId, personId: after.id, at: when, by: v.staffId,
        kind: 'consent-withdrawn', stage: { from: b.stage, to: after.stage, event: 'close' },
      }))
      await tenant.applications.withdrawConsents(v.programmeId, person.id, when)
    }
  }
  return form.token
}
