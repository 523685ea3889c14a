import { templateKinds, type TemplateKind } from '@binome/core'

/**
 * The variables each kind of template may use: a typed tree per kind, documented (English, for the docs and the
 * editor's help) and with French sample values (what the preview renders with). The checker reads the same tree,
 * so a template that passes the check can only name what the platform will hand it.
 *
 * Dates are handed over already written as the reader expects them (`dd/mm/yyyy`, the Belgian way in all three
 * languages), not as ISO strings, so that a template never has to format a date itself.
 */
export const scalarTypes = ['text', 'number', 'boolean', 'date', 'link', 'email'] as const
export type ScalarType = (typeof scalarTypes)[number]

export interface ScalarVariable {
  type: ScalarType
  description: string
  sample: string | number | boolean
}
export interface ObjectVariable {
  type: 'object'
  description: string
  fields: Record<string, Variable>
}
/** A list: `{% for item in list %}` reads `item.<field>` (or `item` itself for a list of scalars). */
export interface ListVariable {
  type: 'list'
  description: string
  item: ObjectVariable | ScalarVariable
  sample: number
}
export type Variable = ScalarVariable | ObjectVariable | ListVariable
export type VariableTree = Record<string, Variable>

// --- builders -------------------------------------------------------------------------------------------------

const scalar = (type: ScalarType) => (description: string, sample: string | number | boolean): ScalarVariable => ({ type, description, sample })
const text = scalar('text')
const num = scalar('number')
const bool = scalar('boolean')
const date = scalar('date')
const link = scalar('link')
const email = scalar('email')
const object = (description: string, fields: Record<string, Variable>): ObjectVariable => ({ type: 'object', description, fields })
/** A list whose preview repeats its samples; `samples` are the items, each with the item's fields. */
const list = (description: string, item: ObjectVariable | ScalarVariable, samples: unknown[]): ListVariable & { samples: unknown[] } =>
  ({ type: 'list', description, item, sample: samples.length, samples })

// --- building blocks shared by several kinds ------------------------------------------------------------------------

const organisation = object('The organisation that runs the programme', {
  name: text('Name of the organisation', 'Pour la Solidarité — MentorYou'),
  contactEmail: email('E-mail address of the organisation for questions (may be empty)', 'mentoryou@pourlasolidarite.be'),
})

const programme = object('The programme', {
  name: text('Name of the programme', 'MentorYou 2027'),
  description: text('Short description of the programme', 'Un mentorat de six mois vers l’emploi, en binôme avec un·e professionnel·le bénévole.'),
})

const person = (who: string, s: { firstName: string; lastName: string; email: string; phone: string }) =>
  object(`The ${who.toLowerCase()}`, {
    firstName: text(`First name of the ${who.toLowerCase()}`, s.firstName),
    lastName: text(`Last name of the ${who.toLowerCase()}`, s.lastName),
    fullName: text(`First and last name of the ${who.toLowerCase()}`, `${s.firstName} ${s.lastName}`),
    email: email(`E-mail address of the ${who.toLowerCase()}`, s.email),
    phone: text(`Phone number of the ${who.toLowerCase()} (may be empty)`, s.phone),
  })

const mentorSample = { firstName: 'Sophie', lastName: 'Lambert', email: 'sophie.lambert@exemple.be', phone: '+32 470 12 34 56' }
const menteeSample = { firstName: 'Amina', lastName: 'Diallo', email: 'amina.diallo@exemple.be', phone: '+32 485 98 76 54' }
const mentor = () => person('Mentor', mentorSample)
const mentee = () => person('Mentee', menteeSample)

const coordinator = object('The coordinator who follows the duo (staff of the organisation)', {
  fullName: text('First and last name of the coordinator', 'Julie Martin'),
  email: email('E-mail address of the coordinator', 'julie.martin@pourlasolidarite.be'),
  phone: text('Phone number of the coordinator (may be empty)', '+32 2 535 06 88'),
})

/** The programme's durations and cadences (`ProgrammeRules.cadences`), as numbers and readable labels. */
const cadences = object('Durations and cadences of the programme', {
  durationMonthsMin: num('Shortest duration of a duo, in months', 6),
  durationMonthsMax: num('Longest duration of a duo, in months', 6),
  meetingsPerMonth: num('Meetings the duo holds each month', 2),
  meetingMinutes: num('Usual length of a meeting, in minutes', 90),
  checkInEveryWeeks: num('Weeks between two check-ins by the staff', 6),
  peerMeetingEveryWeeks: num('Weeks between two peer meetings of the mentors', 8),
  proposalAnswerDays: num('Days a mentor has to answer a proposal', 7),
  firstMeetingWithinDays: num('Days allowed to hold the first meeting after the proposal is accepted', 14),
  firstMeetingPlace: text('Where the first meeting happens, in words', 'sur le lieu de travail du mentor'),
  trainingRequiredBeforeMatching: bool('Whether mentors follow the training before any match', true),
})

const duo = object('The duo (the mentoring pair)', {
  startDate: date('Date the duo starts (dd/mm/yyyy)', '01/02/2027'),
  endDate: date('Date the duo is planned to end (dd/mm/yyyy)', '31/07/2027'),
  durationMonths: num('Planned duration of the duo, in months', 6),
  link: link('Address of the duo’s page on the platform', 'https://binome.example/duo/d-123'),
})

const firstMeeting = object('The first meeting of the duo', {
  date: date('Date of the first meeting (dd/mm/yyyy; may be empty before it is set)', '08/02/2027'),
  time: text('Time of the first meeting (hh:mm; may be empty)', '14:00'),
  place: text('Where the meeting takes place (address or description)', 'Rue de la Loi 42, 1000 Bruxelles'),
  staffPresent: bool('Whether a member of staff attends the first meeting', true),
  durationMinutes: num('Planned length of the first meeting, in minutes', 90),
})

const checklist = list(
  'The points to go through at the first meeting, in order',
  object('One point of the checklist', {
    label: text('What to go through', 'Présentation de chacun·e et de son parcours'),
    help: text('A hint for the duo (may be empty)', 'Chacun·e raconte son parcours en quelques minutes.'),
  }),
  [
    { label: 'Présentation de chacun·e et de son parcours', help: 'Chacun·e raconte son parcours en quelques minutes.' },
    { label: 'Attentes du/de la mentoré·e et objectifs du mentorat', help: '' },
    { label: 'Fréquence, lieu et moyens des rencontres', help: 'Au moins deux rencontres par mois.' },
    { label: 'Lecture du contrat d’engagement', help: '' },
  ],
)

/** The answers of the mentee that the form shows to the other side of a proposal (visibility `proposal` or `partner`). */
const answers = (whose: string) => list(
  `The ${whose}’s answers to the intake form that may be shown to the other side of a proposal, in the form’s order`,
  object('One answer', {
    section: text('Title of the form section', 'Parcours professionnel'),
    question: text('The question, in the reader’s language', 'Secteur recherché'),
    answer: text('The answer, written out (choices by their label, lists joined with commas)', 'Logistique'),
  }),
  [
    { section: 'Parcours professionnel', question: 'Secteur recherché', answer: 'Logistique' },
    { section: 'Parcours professionnel', question: 'Fonction recherchée', answer: 'Gestionnaire de stock' },
    { section: 'Langues', question: 'Langues parlées', answer: 'français (B2), arabe (langue maternelle), anglais (B1)' },
    { section: 'Mobilité', question: 'Commune', answer: 'Schaerbeek' },
    { section: 'Attentes', question: 'Ce que j’attends du mentorat', answer: 'Améliorer mon CV et développer mon réseau.' },
  ],
)

const recipient = (who: string, s: { firstName: string; lastName: string; email: string }) => object(`The person the e-mail is sent to (${who})`, {
  firstName: text('First name of the recipient', s.firstName),
  lastName: text('Last name of the recipient', s.lastName),
  fullName: text('First and last name of the recipient', `${s.firstName} ${s.lastName}`),
  email: email('E-mail address of the recipient', s.email),
})

const outcome = object('How the duo ended', {
  label: text('The outcome, in words', 'Emploi'),
  positive: bool('Whether the outcome is a positive exit', true),
  countsAsEmployment: bool('Whether the outcome counts as employment in reports', true),
})

const evaluation = object('The evaluation questionnaire to answer', {
  moment: text('When in the duo the evaluation takes place, in words', 'à mi-parcours'),
  link: link('Address where the questionnaire is answered', 'https://binome.example/evaluation/e-789'),
  answerBy: date('Date by which to answer (dd/mm/yyyy)', '15/05/2027'),
})

const proposal = object('The proposal of a mentee to the mentor', {
  answerBy: date('Date by which the mentor answers (dd/mm/yyyy)', '22/01/2027'),
  daysLeft: num('Days left to answer', 3),
  link: link('Address where the mentor reads the profile and answers', 'https://binome.example/proposition/p-456'),
})

const session = (kind: string, sampleTitle: string, topics: string[]) => object(`The ${kind} the person is invited to`, {
  title: text('Title of the session', sampleTitle),
  date: date('Day of the session (dd/mm/yyyy)', '14/01/2027'),
  startTime: text('Start time in Brussels (HH:mm)', '18:00'),
  endTime: text('End time in Brussels (HH:mm)', kind === 'information session' ? '19:00' : '21:00'),
  durationMinutes: num('Length in minutes', kind === 'information session' ? 60 : 180),
  place: text('Address where it takes place (may be empty when online only)', 'Rue Coenraets 72, 1060 Saint-Gilles'),
  videoLink: link('Video link (may be empty when on site only)', 'https://meet.example/seance'),
  topics: list('The topics covered, in words', text('One topic', topics[0]!), topics),
})

/**
 * The language an e-mail is written in: every e-mail kind has it, so that each template can write its words in the
 * three languages. The sender hands the organisation's working language unless it names another (an applicant's).
 */
const locale = text('The e-mail’s language, fr, en or nl: the organisation’s working language unless the e-mail is written to someone in theirs (to write each language’s words with `{% case locale %}`)', 'fr')

// --- the kinds ------------------------------------------------------------------------------------------------

const common = () => ({ organisation, programme })

/** Every kind's variables. Each kind names what its document or e-mail really needs, nothing more. */
export const templateVariables: Record<TemplateKind, VariableTree> = {
  'engagement-contract': {
    ...common(),
    mentor: mentor(),
    mentee: mentee(),
    coordinator,
    duo,
    cadences,
    contract: object('The engagement contract itself', {
      tripartite: bool('Whether the organisation signs too (tripartite) or only mentor and mentee (bipartite)', true),
      parties: list(
        'The signatories, in signing order (mentor, mentee, and the organisation when tripartite)',
        object('One signatory', {
          role: text('The signatory’s role, in words', 'Mentor'),
          fullName: text('First and last name of the signatory', 'Sophie Lambert'),
        }),
        [
          { role: 'Mentor', fullName: 'Sophie Lambert' },
          { role: 'Mentoré·e', fullName: 'Amina Diallo' },
          { role: 'Pour la Solidarité — MentorYou', fullName: 'Julie Martin' },
        ],
      ),
      date: date('Date the contract is issued (dd/mm/yyyy)', '08/02/2027'),
      signLink: link('Address where each party signs', 'https://binome.example/contrat/c-321'),
    }),
  },
  'mentee-profile-sheet': {
    ...common(),
    mentee: object('The mentee proposed (only what the other side of a proposal may see)', {
      firstName: text('First name of the mentee', menteeSample.firstName),
      age: num('Age of the mentee, in years (may be empty)', 34),
      locality: text('Locality where the mentee lives', 'Schaerbeek'),
      answers: answers('mentee'),
    }),
    mentor: object('The mentor who receives the proposal', {
      firstName: text('First name of the mentor', mentorSample.firstName),
    }),
    proposal,
    coordinator,
  },
  'first-meeting-guide': {
    ...common(),
    mentor: mentor(),
    mentee: mentee(),
    coordinator,
    firstMeeting,
    checklist,
    cadences,
  },
  'closing-interview': {
    ...common(),
    mentor: mentor(),
    mentee: mentee(),
    coordinator,
    duo,
    outcome,
    meetingsHeld: num('Number of meetings the duo logged', 11),
    actionPlan: list(
      'The items of the duo’s action plan, with whether each was done',
      object('One item of the action plan', {
        title: text('What was planned', 'Refaire le CV'),
        done: bool('Whether it was done', true),
      }),
      [
        { title: 'Refaire le CV', done: true },
        { title: 'Préparer un entretien d’embauche', done: true },
        { title: 'Contacter trois entreprises du secteur', done: false },
      ],
    ),
  },
  'evaluation-mentor': {
    ...common(),
    mentor: mentor(),
    mentee: mentee(),
    duo,
    evaluation,
  },
  'evaluation-mentee': {
    ...common(),
    mentor: mentor(),
    mentee: mentee(),
    duo,
    evaluation,
  },
  'email-invitation': {
    locale,
    organisation,
    recipient: recipient('the person invited', { firstName: 'Karim', lastName: 'Benali', email: 'karim.benali@exemple.be' }),
    role: text('The role offered, in words', 'coordinateur·rice'),
    invitedBy: text('First and last name of the person who sent the invitation', 'Julie Martin'),
    link: link('Address where the invitation is accepted', 'https://binome.example/invitation/i-654'),
  },
  'email-sign-in-code': {
    locale,
    recipient: object('The person signing in', {
      email: email('E-mail address the code is sent to', 'karim.benali@exemple.be'),
    }),
    code: text('The one-time sign-in code', '483 920'),
    validMinutes: num('Minutes the code stays valid', 10),
    link: link('Address of the sign-in page', 'https://binome.example/signin'),
  },
  'email-proposal': {
    ...common(),
    locale,
    recipient: recipient('the mentor', mentorSample),
    mentee: object('The mentee proposed', {
      firstName: text('First name of the mentee', menteeSample.firstName),
    }),
    proposal,
    coordinator,
  },
  'email-proposal-reminder': {
    ...common(),
    locale,
    recipient: recipient('the mentor', mentorSample),
    mentee: object('The mentee proposed', {
      firstName: text('First name of the mentee', menteeSample.firstName),
    }),
    proposal,
    coordinator,
  },
  'email-duo-started': {
    ...common(),
    locale,
    recipient: recipient('the mentor or the mentee', menteeSample),
    mentor: mentor(),
    mentee: mentee(),
    coordinator,
    duo,
    firstMeeting,
    cadences,
  },
  'email-check-in-reminder': {
    ...common(),
    locale,
    recipient: recipient('the coordinator', { firstName: 'Julie', lastName: 'Martin', email: 'julie.martin@pourlasolidarite.be' }),
    mentor: mentor(),
    mentee: mentee(),
    duo,
    checkIn: object('The check-in due', {
      dueDate: date('Date the check-in is due (dd/mm/yyyy)', '15/03/2027'),
      lastDate: date('Date of the last check-in (dd/mm/yyyy; may be empty)', '01/02/2027'),
      everyWeeks: num('Weeks between two check-ins', 6),
      overdue: bool('Whether the due date has passed', false),
    }),
  },
  'email-cadence-reminder': {
    ...common(),
    locale,
    recipient: recipient('the mentor or the mentee', menteeSample),
    duo: object('The duo', {
      mentee: text('Full name of the mentee', 'Amina Diallo'),
      mentor: text('Full name of the mentor', 'Sophie Lambert'),
      link: link('Address of the duo’s page in the portal', 'https://binome.example/orgs/o/portal/duos/d-123'),
    }),
    cadence: object('The month that fell behind the cadence', {
      month: text('The month, in the organisation’s language', 'février 2027'),
      meetings: num('Meetings held that month', 1),
      expected: num('Meetings the cadence asked for that month', 2),
      meetingsPerMonth: num('Meetings a month the programme suggests', 2),
    }),
  },
  'email-alerts-digest': {
    ...common(),
    locale,
    recipient: recipient('the coordinator', { firstName: 'Julie', lastName: 'Martin', email: 'julie.martin@pourlasolidarite.be' }),
    digest: object('The day’s alerts about the programme’s duos', {
      date: date('The day of the sweep (dd/mm/yyyy)', '04/03/2027'),
      count: num('How many alerts', 2),
      more: num('Alerts beyond the first 50, not listed', 0),
      link: link('Address of the coordinator’s home, where alerts are dismissed or snoozed', 'https://binome.example/orgs/o'),
      alerts: list('The alerts, in the order the sweep raised them', object('One alert', {
        what: text('What needs attention, in words', 'Point de suivi en retard'),
        duo: text('The duo (mentee – mentor) or the programme', 'Amina Diallo – Sophie Lambert'),
        link: link('Address of the duo’s page', 'https://binome.example/orgs/o/programmes/p/duos/d-123'),
      }), [
        { what: 'Point de suivi en retard', duo: 'Amina Diallo – Sophie Lambert', link: 'https://binome.example/orgs/o/programmes/p/duos/d-123' },
        { what: 'Sans activité', duo: 'Karim Benali – Marc Dubois', link: 'https://binome.example/orgs/o/programmes/p/duos/d-456' },
      ]),
    }),
  },
  'email-evaluation': {
    ...common(),
    locale,
    recipient: recipient('the mentor or the mentee', menteeSample),
    mentor: mentor(),
    mentee: mentee(),
    duo,
    evaluation,
  },
  'email-evaluation-reminder': {
    ...common(),
    locale,
    recipient: recipient('the mentor or the mentee', menteeSample),
    mentor: mentor(),
    mentee: mentee(),
    duo,
    evaluation,
  },
  'email-closure': {
    ...common(),
    locale,
    recipient: recipient('the mentor or the mentee', menteeSample),
    mentor: mentor(),
    mentee: mentee(),
    duo,
    outcome,
    evaluation,
  },
  'email-information-session': {
    ...common(),
    locale,
    recipient: recipient('the candidate', menteeSample),
    session: session('information session', 'Séance d’information', [
      'Qui peut participer', 'Le rôle et les attentes', 'Le contenu, les avantages et les défis du programme', 'Le caractère volontaire de l’engagement',
    ]),
  },
  'email-training-session': {
    ...common(),
    locale,
    recipient: recipient('the mentor', mentorSample),
    session: session('mentor training', 'Atelier de sensibilisation interculturelle', [
      'La définition du mentorat', 'Les objectifs du programme', 'Le public mentee et ses spécificités',
    ]),
  },
  'email-newsletter': {
    ...common(),
    locale,
    recipient: recipient('the mentor', mentorSample),
    newsletter: object('The message the coordinator wrote', {
      subject: text('Its subject', 'Nouvelles de la communauté des mentors'),
      body: text('Its text (plain text; markdown is sent as written)', 'Bonjour à toutes et à tous, voici les nouvelles du mois…'),
    }),
    unsubscribe: object('The mentor’s own way out', {
      link: link('Address of the mentor’s unsubscribe page (no account needed; one click)', 'https://binome.example/newsletter/AbCdEfGhIjKlMnOpQrStUvWxYz012345'),
    }),
  },
  'email-partner-summary': {
    ...common(),
    locale,
    recipient: recipient('the referring partner’s contact', { firstName: 'Rachid', lastName: 'Ouali', email: 'contact@antenne-emploi.example' }),
    summary: object('Last month’s news of the people the partner referred: only the facts the programme shares (partnerSharing); a fact not shared is absent', {
      month: text('The month summarised, in the organisation’s language', 'février 2027'),
      partner: text('The partner organisation’s name', 'Antenne Emploi Schaerbeek'),
      referred: num('People the partner referred to the programme', 3),
      newDuos: num('Their duos that started in the month', 1),
      shares: object('Which facts the programme shares with its partners', {
        stage: bool('The duo’s stage', true),
        meetings: bool('The meetings count', true),
        outcome: bool('How the duo ended', true),
      }),
      meetings: num('Meetings of their duos in the month (when shared)', 4),
      closures: num('Their duos that ended in the month (when outcomes are shared)', 1),
      positiveOutcomes: num('Of those, ended with a positive exit (when outcomes are shared)', 1),
      link: link('Address of the partner’s referrals page', 'https://binome.example/orgs/o/programmes/p/referrals'),
      people: list('Each referred person', object('One person', {
        name: text('First and last name', 'Amina Diallo'),
        stage: text('Their duo’s stage in words (when shared)', 'accompagnement en cours'),
        meetings: num('Meetings in the month (when shared)', 2),
        started: bool('Their duo started in the month', false),
        closed: bool('Their duo ended in the month (when outcomes are shared)', false),
        outcome: text('How it ended, in words (when it ended in the month and outcomes are shared)', ''),
      }), [
        { name: 'Amina Diallo', stage: 'accompagnement en cours', meetings: 2, started: false, closed: false, outcome: '' },
        { name: 'Karim Benali', stage: 'accompagnement terminé', meetings: 1, started: false, closed: true, outcome: 'sortie positive (emploi)' },
      ]),
    }),
  },
  'email-peer-meeting': {
    ...common(),
    locale,
    recipient: recipient('the mentor', mentorSample),
    session: session('peer meeting of the mentors', 'Rencontre entre mentors', [
      'Partage d’expériences', 'Les situations difficiles', 'Les nouvelles du marché de l’emploi',
    ]),
  },
  'email-closing-interview': {
    ...common(),
    locale,
    recipient: recipient('the mentor or the mentee', menteeSample),
    mentor: mentor(),
    mentee: mentee(),
    coordinator,
    closingInterview: object('The closing interview the duo is invited to', {
      date: date('Day of the interview (dd/mm/yyyy)', '30/06/2027'),
      time: text('Start time in Brussels (HH:mm)', '10:00'),
      durationMinutes: num('Planned length, in minutes', 60),
      online: bool('Whether it takes place online', false),
      place: text('The address, or the video link when online (may be empty)', 'Rue Coenraets 72, 1060 Saint-Gilles'),
    }),
  },
  'email-decision': {
    ...common(),
    locale,
    recipient: recipient('the candidate', menteeSample),
    side: text('The side the candidate applied for, in words of the e-mail’s language (mentor, mentoré·e; mentee in English and Dutch)', 'mentee'),
    decision: object('The decision after the interview', {
      accepted: bool('Whether the candidate is accepted', false),
      reason: text('A refusal’s reason, as the coordinator wrote it (empty when accepted)', 'Le projet demande d’abord une formation qualifiante.'),
      referredTo: text('The network partner a refused mentee is referred to, by name (empty when none)', 'Centre de formation d’Anderlecht'),
    }),
  },
  'email-contract-to-sign': {
    ...common(),
    locale,
    recipient: recipient('the mentor or the mentee', menteeSample),
    role: text('The recipient’s part in the contract: mentor or mentee (the same word in the three languages)', 'mentee'),
    mentor: object('The mentor', { fullName: text('First and last name of the mentor', `${mentorSample.firstName} ${mentorSample.lastName}`) }),
    mentee: object('The mentee', { fullName: text('First and last name of the mentee', `${menteeSample.firstName} ${menteeSample.lastName}`) }),
    contract: object('The engagement contract to sign', {
      revision: num('Which version of the contract this is: 1 for the first, more when it changed (earlier signatures no longer count)', 1),
      date: date('Date the contract is issued (dd/mm/yyyy)', '08/02/2027'),
      signLink: link('Address where the recipient reads and signs it', 'https://binome.example/orgs/o/portal/duos/d-123'),
    }),
  },
  'email-application-received': {
    ...common(),
    recipient: recipient('the applicant', menteeSample),
    side: text('The side applied for, in words of the applicant’s language (mentor, mentee…)', 'mentee'),
    locale: text('The applicant’s language: fr, en or nl (to write each language’s words with `{% case locale %}`)', 'fr'),
  },
}

/** E-mail kinds have a subject; the others are documents. */
export const isEmailKind = (kind: TemplateKind): boolean => kind.startsWith('email-')

/** One row of a kind's documentation: a dotted name (`checklist[].label` for a list item's field), its type, what it is, an example. */
export interface VariableDoc {
  name: string
  type: Variable['type']
  description: string
  sample?: string | number | boolean
}

/**
 * A kind's variables as a flat, documented list, in declaration order.
 *
 * @example
 * variableDocs('first-meeting-guide').find((v) => v.name === 'checklist[].label')?.type // 'text'
 */
export function variableDocs(kind: TemplateKind): VariableDoc[] {
  const out: VariableDoc[] = []
  const walk = (prefix: string, tree: Record<string, Variable>) => {
    for (const [key, v] of Object.entries(tree)) {
      const name = prefix ? `${prefix}.${key}` : key
      if (v.type === 'object') {
        out.push({ name, type: 'object', description: v.description })
        walk(name, v.fields)
      } else if (v.type === 'list') {
        out.push({ name, type: 'list', description: v.description })
        if (v.item.type === 'object') walk(`${name}[]`, v.item.fields)
        else out.push({ name: `${name}[]`, type: v.item.type, description: v.item.description, sample: v.item.sample })
      } else {
        out.push({ name, type: v.type, description: v.description, sample: v.sample })
      }
    }
  }
  walk('', templateVariables[kind])
  return out
}

function sampleOf(v: Variable): unknown {
  if (v.type === 'object') return Object.fromEntries(Object.entries(v.fields).map(([k, f]) => [k, sampleOf(f)]))
  if (v.type === 'list') {
    const samples = (v as ListVariable & { samples?: unknown[] }).samples
    return samples ?? Array.from({ length: v.sample }, () => sampleOf(v.item))
  }
  return v.sample
}

/**
 * The sample values of a kind, shaped as the platform hands them to a render: what the preview shows.
 *
 * @example
 * sampleVariables('email-proposal').recipient // { firstName: 'Sophie', lastName: 'Lambert', … }
 */
export function sampleVariables(kind: TemplateKind): Record<string, unknown> {
  return Object.fromEntries(Object.entries(templateVariables[kind]).map(([k, v]) => [k, sampleOf(v)]))
}

export { templateKinds }
export type { TemplateKind }
