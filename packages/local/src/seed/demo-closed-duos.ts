import {
  followUpMonths, monthsAfter, newFollowUp, nextRecord, withCheckIn, withLogEntry,
  type CheckIn, type ClosureDecider, type Duo, type DuoLogEntry, type FollowUpSituation, type Intake,
} from '@binome/core'
import type { TenantData } from '@binome/data'
import type { DemoProfile } from './demo-people'

/**
 * A year of MentorYou's closed demo duos (issue 11), so that the results dashboard, the profile analysis and the
 * quality audit say something real: 35 duos started between about 360 and 190 days ago (December to June of a year
 * ending today), all closed since, with the outcomes of seed 004 in proportion — 25 positive exits out of 35 (71 %), of
 * which 9 count as jobs (36 %: 8 jobs and a business created); the others reached their planned end without a
 * positive exit or ended early (a dropout, either side stopping), each early end with its reason. Each has its
 * in-take, meetings every two weeks, check-ins every six weeks, its closing interview held, and the follow-ups 3 and 6
 * months after the end recorded for most of those already due.
 *
 * Their 35 mentees and 18 mentors (room for two each) are new demo people, walked to "ready" before their proposal
 * like the other demo duos' people; the duos' steps go through ./demo-duos' plans (`demoDuoPlans`), the closure too.
 */

const m = (firstName: string, lastName: string, locality: string, postalCode: string, sector: string, fn: string, languages: string[], birthYear: number): DemoProfile => ({
  firstName, lastName, locality, postalCode, sector, function: fn, languages, birthYear, hobbies: ['lecture', 'marche'],
  expectations: 'Comprendre le marché de l’emploi belge et se constituer un réseau',
  motivation: 'Retrouver un emploi à la hauteur de son expérience',
  path: `${fn} avant l’arrivée en Belgique`,
})

export const plsClosedMentees: DemoProfile[] = [
  m('Hamid', 'Ouali', 'Schaerbeek', '1030', 'Logistique', 'Cariste', ['arabe', 'français'], 1988),
  m('Grace', 'Nkemelu', 'Ixelles', '1050', 'Santé', 'Aide-soignante', ['anglais', 'français'], 1992),
  m('Oksana', 'Melnyk', 'Etterbeek', '1040', 'Comptabilité', 'Aide-comptable', ['ukrainien', 'russe', 'anglais'], 1986),
  m('Moussa', 'Keita', 'Anderlecht', '1070', 'Construction', 'Maçon', ['bambara', 'français'], 1990),
  m('Layla', 'Hamdan', 'Molenbeek-Saint-Jean', '1080', 'Social', 'Animatrice', ['arabe', 'français', 'anglais'], 1994),
  m('Tiago', 'Ferreira', 'Saint-Gilles', '1060', 'Horeca', 'Serveur', ['espagnol', 'français'], 1997),
  m('Zainab', 'Ahmadi', 'Schaerbeek', '1030', 'Commerce', 'Caissière', ['dari', 'anglais', 'français'], 1995),
  m('Andrei', 'Ionescu', 'Forest', '1190', 'Informatique', 'Développeur', ['roumain', 'anglais', 'français'], 1991),
  m('Fatou', 'Ndiaye', 'Evere', '1140', 'Transport', 'Chauffeuse', ['wolof', 'français'], 1989),
  m('Rania', 'Saleh', 'Bruxelles', '1000', 'Administration publique', 'Secrétaire', ['arabe', 'français'], 1983),
  m('Ibrahim', 'Sow', 'Jette', '1090', 'Logistique', 'Préparateur de commandes', ['peul', 'français'], 1996),
  m('Natalia', 'Sokolova', 'Uccle', '1180', 'Enseignement', 'Professeure d’anglais', ['russe', 'anglais', 'français'], 1984),
  m('Youssef', 'Amrani', 'Anderlecht', '1070', 'Horeca', 'Cuisinier', ['arabe', 'français'], 1993),
  m('Priya', 'Nair', 'Woluwe-Saint-Lambert', '1200', 'Pharmacie', 'Laborantine', ['hindi', 'anglais', 'français'], 1990),
  m('Mehmet', 'Demir', 'Schaerbeek', '1030', 'Construction', 'Plombier', ['turc', 'français'], 1985),
  m('Esther', 'Mbala', 'Ixelles', '1050', 'Social', 'Éducatrice', ['français', 'anglais'], 1991),
  m('Karolina', 'Wiśniewska', 'Saint-Gilles', '1060', 'Commerce', 'Vendeuse', ['polonais', 'anglais', 'français'], 1992),
  m('Abdou', 'Cissé', 'Molenbeek-Saint-Jean', '1080', 'Transport', 'Livreur', ['wolof', 'français'], 1998),
  m('Mariam', 'Haidari', 'Etterbeek', '1040', 'Santé', 'Sage-femme', ['dari', 'anglais', 'français'], 1987),
  m('Samuel', 'Tesfay', 'Anderlecht', '1070', 'Logistique', 'Magasinier', ['tigrinya', 'anglais', 'français'], 1994),
  m('Inès', 'Bouzid', 'Bruxelles', '1000', 'Communication', 'Chargée de communication', ['arabe', 'français', 'anglais'], 1995),
  m('Dmytro', 'Bondarenko', 'Evere', '1140', 'Informatique', 'Administrateur système', ['ukrainien', 'anglais'], 1988),
  m('Awa', 'Coulibaly', 'Schaerbeek', '1030', 'Horeca', 'Commis de cuisine', ['bambara', 'français'], 1999),
  m('Hassan', 'El Idrissi', 'Jette', '1090', 'Comptabilité', 'Comptable', ['arabe', 'français'], 1982),
  m('Lina', 'Haddou', 'Forest', '1190', 'Enseignement', 'Institutrice', ['kabyle', 'français'], 1990),
  m('Pedro', 'Gómez', 'Ixelles', '1050', 'Construction', 'Électricien', ['espagnol', 'français'], 1986),
  m('Nour', 'Khalil', 'Saint-Josse-ten-Noode', '1210', 'Administration publique', 'Assistante administrative', ['arabe', 'français', 'anglais'], 1993),
  m('Emre', 'Kaya', 'Schaerbeek', '1030', 'Commerce', 'Gérant de magasin', ['turc', 'français', 'anglais'], 1984),
  m('Joy', 'Okafor', 'Etterbeek', '1040', 'Santé', 'Infirmière', ['anglais', 'français'], 1989),
  m('Bilal', 'Chraibi', 'Anderlecht', '1070', 'Transport', 'Chauffeur de bus', ['arabe', 'français', 'néerlandais'], 1987),
  m('Svetlana', 'Petrova', 'Uccle', '1180', 'Comptabilité', 'Contrôleuse de gestion', ['russe', 'anglais', 'français'], 1985),
  m('Omar', 'Jalloh', 'Molenbeek-Saint-Jean', '1080', 'Logistique', 'Cariste', ['anglais', 'français'], 1996),
  m('Aylin', 'Öztürk', 'Saint-Gilles', '1060', 'Social', 'Médiatrice', ['turc', 'français', 'néerlandais'], 1991),
  m('Jean-Paul', 'Mukendi', 'Ixelles', '1050', 'Informatique', 'Technicien support', ['français', 'anglais'], 1993),
  m('Salma', 'Berrada', 'Bruxelles', '1000', 'Pharmacie', 'Préparatrice en pharmacie', ['arabe', 'français'], 1994),
]

const mentor = (firstName: string, lastName: string, locality: string, postalCode: string, sector: string, fn: string, languages: string[], birthYear: number): DemoProfile => ({
  ...m(firstName, lastName, locality, postalCode, sector, fn, languages, birthYear),
  expectations: 'Partager son réseau et son expérience du secteur', motivation: 'Donner un coup de pouce à quelqu’un qui démarre ici',
  path: `${fn}, plus de quinze ans d’expérience à Bruxelles`, capacity: 2,
})

export const plsClosedMentors: DemoProfile[] = [
  mentor('Geert', 'Janssens', 'Etterbeek', '1040', 'Logistique', 'Directeur des opérations', ['néerlandais', 'français', 'anglais'], 1968),
  mentor('Véronique', 'Martin', 'Uccle', '1180', 'Santé', 'Cadre infirmière', ['français', 'anglais'], 1971),
  mentor('Luc', 'Vandenberghe', 'Woluwe-Saint-Pierre', '1150', 'Comptabilité', 'Réviseur d’entreprises', ['néerlandais', 'français'], 1966),
  mentor('Sandrine', 'Leroy', 'Ixelles', '1050', 'Construction', 'Architecte', ['français', 'anglais'], 1977),
  mentor('Hans', 'De Smet', 'Jette', '1090', 'Social', 'Directeur d’ASBL', ['néerlandais', 'français'], 1973),
  mentor('Caroline', 'Simon', 'Forest', '1190', 'Horeca', 'Restauratrice', ['français', 'espagnol'], 1980),
  mentor('Michel', 'Gérard', 'Auderghem', '1160', 'Commerce', 'Directeur commercial', ['français', 'anglais'], 1964),
  mentor('Sarah', 'Goossens', 'Schaerbeek', '1030', 'Informatique', 'Architecte logiciel', ['néerlandais', 'anglais', 'français'], 1982),
  mentor('Philippe', 'Denis', 'Evere', '1140', 'Transport', 'Responsable de dépôt', ['français', 'néerlandais'], 1970),
  mentor('Martine', 'Lejeune', 'Bruxelles', '1000', 'Administration publique', 'Cheffe de service', ['français', 'néerlandais', 'anglais'], 1967),
  mentor('Kevin', 'Willems', 'Anderlecht', '1070', 'Logistique', 'Chef d’entrepôt', ['néerlandais', 'français'], 1984),
  mentor('Christine', 'Delvaux', 'Watermael-Boitsfort', '1170', 'Enseignement', 'Préfète', ['français', 'anglais'], 1969),
  mentor('Bart', 'Mertens', 'Saint-Gilles', '1060', 'Horeca', 'Chef de cuisine', ['néerlandais', 'français'], 1979),
  mentor('Nadia', 'Ben Youssef', 'Molenbeek-Saint-Jean', '1080', 'Pharmacie', 'Pharmacienne', ['français', 'arabe'], 1976),
  mentor('Frédéric', 'Hubert', 'Uccle', '1180', 'Construction', 'Chef de chantier', ['français'], 1972),
  mentor('An', 'Verstraeten', 'Etterbeek', '1040', 'Santé', 'Médecin généraliste', ['néerlandais', 'français', 'anglais'], 1975),
  mentor('Julien', 'Lambrechts', 'Ixelles', '1050', 'Communication', 'Directeur artistique', ['français', 'anglais'], 1983),
  mentor('Patricia', 'Collignon', 'Woluwe-Saint-Lambert', '1200', 'Comptabilité', 'Directrice financière', ['français', 'anglais', 'néerlandais'], 1965),
]

/** How a closed demo duo ended: its outcome, its last day (days after its start), who decided and why when early. */
interface ClosedPlan {
  /** Days ago it started (the last signature). */
  start: number
  outcomeId: string
  /** Days after the start of its last day; the planned end (six months) when absent. */
  lastDay?: number
  decidedBy: ClosureDecider
  reason?: string
}

// 25 positive of 35 (71 %), 9 of them jobs (8 jobs and a business created: 36 %); 4 planned ends without a positive
// exit, 6 early ends (dropouts and either side stopping). Starts from 360 to 190 days ago, a few days apart.
const ends: Omit<ClosedPlan, 'start'>[] = [
  { outcomeId: 'job', lastDay: 120, decidedBy: 'both', reason: 'Engagé comme cariste en CDI : objectif atteint avant le terme.' },
  { outcomeId: 'training', decidedBy: 'planned-end' },
  { outcomeId: 'job', decidedBy: 'planned-end' },
  { outcomeId: 'dropout', lastDay: 45, decidedBy: 'mentee', reason: 'Ne répond plus aux messages depuis un mois ; a déménagé en Wallonie.' },
  { outcomeId: 'internship', decidedBy: 'planned-end' },
  { outcomeId: 'job', lastDay: 95, decidedBy: 'mentee', reason: 'A trouvé un poste de serveur à temps plein ; n’a plus le temps des rencontres.' },
  { outcomeId: 'studies', decidedBy: 'planned-end' },
  { outcomeId: 'job', decidedBy: 'planned-end' },
  { outcomeId: 'term-reached', decidedBy: 'planned-end' },
  { outcomeId: 'training', decidedBy: 'planned-end' },
  { outcomeId: 'internship', lastDay: 140, decidedBy: 'both', reason: 'Stage de six mois commencé dans une entreprise de logistique.' },
  { outcomeId: 'studies', decidedBy: 'planned-end' },
  { outcomeId: 'dropout', lastDay: 70, decidedBy: 'mentor', reason: 'La mentore a été mutée à l’étranger et ne peut plus assurer les rencontres.' },
  { outcomeId: 'training', decidedBy: 'planned-end' },
  { outcomeId: 'job', decidedBy: 'planned-end' },
  { outcomeId: 'training', decidedBy: 'planned-end' },
  { outcomeId: 'term-reached', decidedBy: 'planned-end' },
  { outcomeId: 'business-creation', decidedBy: 'planned-end' },
  { outcomeId: 'training', lastDay: 150, decidedBy: 'coordinator', reason: 'Entrée en formation qualifiante à temps plein : fin anticipée d’un commun accord.' },
  { outcomeId: 'dropout', lastDay: 60, decidedBy: 'coordinator', reason: 'Le binôme ne s’est plus rencontré depuis deux mois malgré nos relances.' },
  { outcomeId: 'studies', decidedBy: 'planned-end' },
  { outcomeId: 'job', decidedBy: 'planned-end' },
  { outcomeId: 'internship', decidedBy: 'planned-end' },
  { outcomeId: 'term-reached', decidedBy: 'planned-end' },
  { outcomeId: 'training', decidedBy: 'planned-end' },
  { outcomeId: 'job', lastDay: 110, decidedBy: 'both', reason: 'Engagée comme comptable : le binôme clôture avec fierté.' },
  { outcomeId: 'dropout', lastDay: 35, decidedBy: 'mentee', reason: 'Raisons de santé : souhaite interrompre et revenir plus tard.' },
  { outcomeId: 'studies', decidedBy: 'planned-end' },
  { outcomeId: 'internship', decidedBy: 'planned-end' },
  { outcomeId: 'term-reached', decidedBy: 'planned-end' },
  { outcomeId: 'job', decidedBy: 'planned-end' },
  { outcomeId: 'dropout', lastDay: 80, decidedBy: 'both', reason: 'Attentes trop différentes : arrêt décidé ensemble lors d’un point à trois.' },
  { outcomeId: 'training', decidedBy: 'planned-end' },
  { outcomeId: 'dropout', lastDay: 50, decidedBy: 'mentee', reason: 'A repris un emploi de nuit incompatible avec les rencontres.' },
  { outcomeId: 'studies', decidedBy: 'planned-end' },
]

/** The closed demo duos, the i-th with the i-th closed mentee and mentor `i / 2` (two duos each, about a month apart). */
export const closedDuoPlans: ClosedPlan[] = ends.map((e, i) => ({ ...e, start: 360 - i * 5 }))

/** Who referred a closed demo mentee: the communal social service for one in four, the others came on their own. */
export function closedDuoReferral(j: number): { networkPartnerId: string; note: string } | undefined {
  return j % 4 === 1 ? { networkPartnerId: 'service-social-saint-josse', note: 'Bénéficiaire d’un accompagnement social, souhaite reprendre un emploi.' } : undefined
}

const meetingTopics = [
  'Le CV et la lettre de motivation', 'Les codes de l’entretien d’embauche en Belgique', 'Le réseau : qui contacter dans le secteur',
  'Préparation d’un entretien', 'Retour sur les candidatures envoyées', 'La reconnaissance du diplôme', 'Simulation d’entretien',
]
const situations: FollowUpSituation[] = ['employed', 'training', 'job-seeking', 'other']

export interface ClosedLifeContext {
  now: Date
  newId: () => string
  staff: (duo: Duo) => { id: string; name: string }
  daysAgoAt: (d: number, h?: number) => string
}

/**
 * The life of a closed demo duo, written after its closure as the routes would have written it along the way: the
 * in-take, meetings every two weeks to its last day (tracking line in step), a check-in every six weeks, the closing
 * interview held a few days after the end, and the follow-ups already due (most of them recorded).
 *
 * @example
 * await seedClosedDuoLife(tenant, duo, 3, { now, newId, staff, daysAgoAt })
 */
export async function seedClosedDuoLife(tenant: TenantData, duo: Duo, n: number, ctx: ClosedLifeContext): Promise<void> {
  const { programmeId, id: duoId } = duo
  const closure = duo.closure!
  const staff = ctx.staff(duo)
  const start = duo.startDate!
  const dayMs = 86_400_000
  const daysAgo = (day: string) => Math.round((Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), ctx.now.getUTCDate()) - Date.parse(`${day}T00:00:00.000Z`)) / dayMs)
  const at = (day: string, h: number) => ctx.daysAgoAt(daysAgo(day), h)
  const plus = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00.000Z`) + days * dayMs).toISOString().slice(0, 10)
  const by = { side: 'staff' as const, userId: staff.id, name: staff.name }

  await tenant.duoLife.saveIntake(nextRecord<Intake>(undefined, {
    duoId, programmeId, strengths: 'Motivation, expérience dans le métier, bonne capacité d’apprentissage.', weaknesses: 'Peu de réseau en Belgique ; CV à adapter ; codes de l’entretien à travailler.',
  }, { by: staff.id, at: at(plus(start, 3), 17) }))

  const events: ({ entry: DuoLogEntry } | { checkIn: CheckIn })[] = []
  // A dropout's duo went quiet a month before its end.
  const quietFrom = closure.outcomeId === 'dropout' ? plus(closure.endDate, -30) : closure.endDate
  for (let day = plus(start, 3), k = 0; day <= quietFrom; day = plus(day, 14), k++) {
    events.push({ entry: {
      id: ctx.newId(), duoId, programmeId, kind: 'meeting', date: day, minutes: 90, channel: k % 5 === 4 ? 'video' : 'in-person',
      place: k % 5 === 4 ? null : 'Sur le lieu de travail du mentor', workedOn: meetingTopics[(k + n) % meetingTopics.length]!, nextSteps: '',
      actionIds: [], loggedBy: by, createdAt: at(day, 19), version: 1,
    } })
  }
  for (let day = plus(start, 42), k = 0; day <= closure.endDate; day = plus(day, 42), k++) {
    const worried = closure.outcomeId === 'dropout' && plus(day, 42) > closure.endDate
    events.push({ checkIn: {
      id: ctx.newId(), duoId, programmeId, side: k % 2 ? 'mentee' : 'both', date: day, channel: k % 2 ? 'phone' : 'in-person',
      notes: worried ? 'Les rencontres s’espacent ; à suivre de près.' : 'Le binôme avance bien, le plan d’actions est suivi.',
      mood: worried ? 'difficult' : 'good', risk: worried ? 'high' : 'none', followUps: [], by: staff.id, byName: staff.name, createdAt: at(day, 16), version: 1,
    } })
  }
  events.sort((a, b) => ('entry' in a ? a.entry.date : a.checkIn.date).localeCompare('entry' in b ? b.entry.date : b.checkIn.date))
  let line = (await tenant.tracking.get(programmeId, duoId))!
  // The line is brought in step as each route would have, then everything is written in batches: a year of
  // history one transaction at a time made the demo's start several times slower.
  for (const e of events) line = 'entry' in e ? withLogEntry(line, e.entry, e.entry.createdAt) : withCheckIn(line, e.checkIn, e.checkIn.createdAt)
  await tenant.duoLife.putHistory(
    events.flatMap((e) => ('entry' in e ? [e.entry] : [])), events.flatMap((e) => ('checkIn' in e ? [e.checkIn] : [])),
  )
  await tenant.tracking.putMany([line])

  // The closing interview, a week after the end (not after yesterday), held on its day; a dropout's is skipped
  // one time in two (the mentee no longer answered).
  const today = ctx.daysAgoAt(0).slice(0, 10)
  const held = [plus(closure.endDate, 7), plus(today, -1)].sort()[0]!
  if (closure.outcomeId !== 'dropout' || n % 2 === 0) {
    const interview = {
      duoId, programmeId, state: 'held' as const, startsAt: `${held}T10:00`, minutes: 60, mode: n % 4 === 3 ? 'online' as const : 'in-person' as const,
      place: n % 4 === 3 ? 'https://meet.example/cloture' : 'Bureaux de MentorYou, rue Coenraets 72, Saint-Gilles', heldOn: held,
      notes: closure.outcomeClass === 'positive'
        ? 'Bilan très positif : le chemin parcouru est reconnu des deux côtés ; le mentor reste disponible pour un conseil.'
        : 'Bilan mitigé : les objectifs n’ont pas été atteints, mais la mentee a gagné en confiance et en réseau.',
      updatedAt: at(held, 12), updatedBy: staff.id, version: 2,
    }
    await tenant.closing.saveInterview({ ...interview, version: 1, state: 'scheduled', heldOn: null, notes: '', updatedAt: at(plus(closure.endDate, -10), 11) })
    await tenant.closing.saveInterview(interview)
  }

  // The follow-ups due by today, recorded on their day or a few days after, one in five missed.
  for (const months of followUpMonths) {
    const due = monthsAfter(closure.endDate, months)
    const day = [plus(due, n % 6), today].sort()[0]!
    if (due > today || (n + months) % 5 === 0) continue
    const situation = closure.countsAsEmployment || (months === 6 && n % 3 === 0) ? 'employed' : situations[(n + months) % situations.length]!
    await tenant.closing.recordFollowUp(newFollowUp(
      { months, date: day, situation, note: situation === 'employed' ? 'Toujours en poste, contrat prolongé.' : '' },
      { duoId, programmeId, endDate: closure.endDate, today, by: staff.id, byName: staff.name, at: at(day, 15) },
    ))
  }
}
