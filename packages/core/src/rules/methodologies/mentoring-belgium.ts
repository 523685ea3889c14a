import type { CriterionConfig } from '../criteria'
import type { ChoiceOption, IntakeForm } from '../forms'
import type { Cadences, DocumentTemplate, EligibilityItem, ProgrammeRules } from '../programme-rules'
import { field, functionOptions, opt, sectorOptions, sectorSimilarity, standardOutcomes, t } from './common'
import { standardEmails } from './emails'

/**
 * Mentoring Belgium's quality criteria for employment mentoring (seed 003), as a baseline any programme can start
 * from: an information session and a personal interview for each side, training of mentors before the start,
 * matching by staff on clear criteria (availability, location, age, professional similarity, goal, personality),
 * a first meeting on neutral ground with staff present, a contract with duration, contact frequency and ethics
 * charter, at least six months, at least two contacts a month, a staff member following each duo, an end meeting,
 * an evaluation and the possibility to stop early.
 */

const availabilityOptions: ChoiceOption[] = [
  opt('weekday-daytime', 'En semaine, en journée', 'Weekdays, daytime', 'Weekdagen, overdag'),
  opt('weekday-evening', 'En semaine, en soirée', 'Weekday evenings', 'Weekdagen, ’s avonds'),
  opt('weekend', 'Le week-end', 'Weekends', 'In het weekend'),
  opt('online', 'À distance (en ligne)', 'Remotely (online)', 'Op afstand (online)'),
]

const goalOptions: ChoiceOption[] = [
  opt('job', 'Trouver un emploi', 'Find a job', 'Werk vinden'),
  opt('orientation', 'Construire un projet professionnel', 'Build a professional plan', 'Een beroepsproject uitwerken'),
  opt('training', 'Choisir une formation', 'Choose a training', 'Een opleiding kiezen'),
  opt('network', 'Développer un réseau professionnel', 'Build a professional network', 'Een professioneel netwerk uitbouwen'),
  opt('job-search-skills', 'Améliorer sa recherche d’emploi (CV, entretiens)', 'Improve job-search skills (CV, interviews)', 'Beter solliciteren (cv, gesprekken)'),
  opt('self-employment', 'Créer son activité', 'Start a business', 'Een zaak opstarten'),
  opt('confidence', 'Reprendre confiance', 'Regain confidence', 'Zelfvertrouwen terugvinden'),
]

/** What the mentor training covers before the start of a relationship (seed 003, mentors, criterion 5). */
const mentorTrainingTopicOptions: ChoiceOption[] = [
  opt('definition', 'La définition du mentorat', 'What mentoring is', 'Wat mentoring is'),
  opt('objectives', 'Les objectifs du programme', 'The programme’s objectives', 'De doelstellingen van het programma'),
  opt('mentee-public', 'Le public mentee et ses spécificités', 'The mentees and their specific needs', 'De mentees en hun eigenheden'),
  opt('framework', 'Le cadre, la méthodologie et les étapes de la relation', 'The framework, method and stages of the relationship', 'Het kader, de methode en de fasen van de relatie'),
  opt('commitments', 'Les engagements relationnels et les attentes', 'Relational commitments and expectations', 'Relationele engagementen en verwachtingen'),
  opt('limits', 'Les limites de la relation', 'The limits of the relationship', 'De grenzen van de relatie'),
  opt('attitude', 'L’attitude et les tâches du·de la mentor', 'The mentor’s attitude and tasks', 'De houding en taken van de mentor'),
  opt('ethics-safety', 'L’éthique et la sécurité', 'Ethics and safety', 'Ethiek en veiligheid'),
  opt('tools', 'Les outils disponibles', 'The tools available', 'De beschikbare instrumenten'),
]

const staffSection = (side: 'mentor' | 'mentee') => ({
  id: 'selection',
  title: t('Recrutement et sélection (équipe)', 'Recruitment and selection (staff)', 'Werving en selectie (team)'),
  staffOnly: true,
  fields: [
    field('infoSessionDate', 'date', t('Séance d’information', 'Information session', 'Infosessie'), {
      help: t('Qui peut participer, le rôle attendu, le contenu, les avantages et défis du programme, le caractère volontaire de l’engagement.', 'Who may take part, the role expected, the content, benefits and challenges of the programme, the voluntary nature of the commitment.', 'Wie kan deelnemen, de verwachte rol, de inhoud, voordelen en uitdagingen van het programma, het vrijwillige karakter van het engagement.'),
    }),
    field('interviewDate', 'date', t('Entretien personnel', 'Personal interview', 'Persoonlijk gesprek'), { required: true }),
    field('interviewNotes', 'long-text', t('Notes de l’entretien', 'Interview notes', 'Notities van het gesprek'), {
      help: side === 'mentor'
        ? t('Volonté de s’engager pour une durée et une fréquence, attentes réalistes, compétences pour être mentor.', 'Willingness to commit for a period and a frequency, realistic expectations, skills to be a mentor.', 'Bereidheid om zich voor een periode en frequentie te engageren, realistische verwachtingen, competenties als mentor.')
        : t('Volonté de s’engager pour une durée et une fréquence, adéquation des attentes et besoins avec les objectifs du programme.', 'Willingness to commit for a period and a frequency, fit of expectations and needs with the programme’s objectives.', 'Bereidheid om zich voor een periode en frequentie te engageren, aansluiting van verwachtingen en noden bij de doelstellingen.'),
    }),
    ...(side === 'mentor'
      ? [
          field('trainingDate', 'date', t('Formation suivie avant le début', 'Training attended before the start', 'Opleiding gevolgd vóór de start')),
          field('trainingTopics', 'multiple-choice', t('Sujets couverts par la formation', 'Topics covered by the training', 'Onderwerpen van de opleiding'), { options: mentorTrainingTopicOptions }),
        ]
      : [
          field('referral', 'long-text', t('Orientation vers un soutien plus adapté (si la personne n’entre pas dans le programme)', 'Referral to better-suited support (if the person does not enter the programme)', 'Doorverwijzing naar meer gepaste ondersteuning (als de persoon niet instapt)')),
        ]),
    field('personality', 'long-text', t('Personnalité (appréciation de l’équipe)', 'Personality (staff’s view)', 'Persoonlijkheid (inschatting van het team)'), {
      help: t('Sert au critère « personnalité » du matching, réalisé par l’équipe.', 'Feeds the “personality” matching criterion, used by the staff.', 'Voedt het matchingcriterium “persoonlijkheid”, gebruikt door het team.'),
    }),
  ],
})

export const mbMenteeForm: IntakeForm = {
  sections: [
    {
      id: 'profile',
      title: t('Profil', 'Profile', 'Profiel'),
      fields: [
        field('locality', 'locality', t('Commune de domicile', 'Home municipality', 'Woongemeente'), { required: true, visibility: 'proposal' }),
        field('availability', 'multiple-choice', t('Disponibilités', 'Availability', 'Beschikbaarheid'), { required: true, visibility: 'proposal', options: availabilityOptions }),
        field('languages', 'languages', t('Langues parlées et niveau', 'Languages spoken and level', 'Gesproken talen en niveau'), { visibility: 'proposal' }),
        field('referredBy', 'short-text', t('Orienté·e par (organisation partenaire)', 'Referred by (partner organisation)', 'Doorverwezen door (partnerorganisatie)'), { visibility: 'partner', staffOnly: true }),
      ],
    },
    {
      id: 'professional',
      title: t('Projet professionnel', 'Professional plan', 'Beroepsproject'),
      fields: [
        field('sector', 'single-choice', t('Secteur visé', 'Target sector', 'Beoogde sector'), { required: true, visibility: 'proposal', options: sectorOptions }),
        field('function', 'single-choice', t('Fonction visée', 'Target function', 'Beoogde functie'), { visibility: 'proposal', options: functionOptions }),
        field('path', 'long-text', t('Parcours', 'Path', 'Traject'), { visibility: 'proposal' }),
        field('goals', 'multiple-choice', t('Objectifs du mentorat', 'Goals of the mentoring', 'Doelen van de mentoring'), { required: true, visibility: 'proposal', options: goalOptions }),
        field('expectations', 'long-text', t('Attentes et besoins', 'Expectations and needs', 'Verwachtingen en noden'), { required: true, visibility: 'proposal' }),
        field('motivation', 'long-text', t('Motivation', 'Motivation', 'Motivatie'), { visibility: 'proposal' }),
      ],
    },
    staffSection('mentee'),
  ],
}

export const mbMentorForm: IntakeForm = {
  sections: [
    {
      id: 'profile',
      title: t('Profil', 'Profile', 'Profiel'),
      fields: [
        field('locality', 'locality', t('Commune du lieu de rencontre', 'Municipality of the meeting place', 'Gemeente van de ontmoetingsplaats'), { required: true, visibility: 'proposal' }),
        field('availability', 'multiple-choice', t('Disponibilités', 'Availability', 'Beschikbaarheid'), { required: true, visibility: 'proposal', options: availabilityOptions }),
        field('languages', 'languages', t('Langues parlées et niveau', 'Languages spoken and level', 'Gesproken talen en niveau'), { visibility: 'proposal' }),
      ],
    },
    {
      id: 'professional',
      title: t('Expérience professionnelle', 'Professional experience', 'Beroepservaring'),
      fields: [
        field('sector', 'single-choice', t('Secteur d’activités', 'Sector', 'Sector'), { required: true, visibility: 'proposal', options: sectorOptions }),
        field('function', 'single-choice', t('Fonction', 'Function', 'Functie'), { visibility: 'proposal', options: functionOptions }),
        field('path', 'long-text', t('Parcours', 'Path', 'Traject'), { visibility: 'proposal' }),
        field('goalsSupported', 'multiple-choice', t('Objectifs que je peux soutenir', 'Goals I can support', 'Doelen die ik kan ondersteunen'), { required: true, visibility: 'proposal', options: goalOptions }),
        field('expectations', 'long-text', t('Attentes vis-à-vis du rôle de mentor', 'Expectations of the mentor role', 'Verwachtingen van de mentorrol'), { required: true, visibility: 'proposal' }),
        field('motivation', 'long-text', t('Motivation', 'Motivation', 'Motivatie'), { visibility: 'proposal' }),
        field('commitmentMonths', 'number', t('Durée d’engagement possible (mois)', 'Possible commitment (months)', 'Mogelijke engagementsduur (maanden)'), { required: true, min: 1, max: 36 }),
      ],
    },
    staffSection('mentor'),
  ],
}

/**
 * The criteria seed 003 names (availability, location, age, professional similarity, goal, personality), with
 * weights of our own: the seed asks for clear criteria, not for a ranking.
 */
export const mbCriteria: CriterionConfig[] = [
  {
    id: 'availability', kind: 'overlap', label: t('Disponibilité', 'Availability', 'Beschikbaarheid'),
    weight: 8, mandatory: false, menteeField: 'availability', mentorField: 'availability',
  },
  {
    id: 'geo', kind: 'geo', label: t('Localisation', 'Location', 'Locatie'),
    weight: 7, mandatory: false, menteeField: 'locality', mentorField: 'locality',
    maxKm: 30, bands: [{ maxKm: 5, credit: 1 }, { maxKm: 15, credit: 0.7 }, { maxKm: 30, credit: 0.3 }],
  },
  {
    id: 'goals', kind: 'overlap', label: t('Objectif', 'Goal', 'Doel'),
    weight: 7, mandatory: false, menteeField: 'goals', mentorField: 'goalsSupported',
  },
  {
    id: 'sector', kind: 'categorical', label: t('Similitudes professionnelles', 'Professional similarity', 'Professionele gelijkenis'),
    weight: 6, mandatory: false, menteeField: 'sector', mentorField: 'sector', similarity: sectorSimilarity,
  },
  {
    id: 'personality', kind: 'text', label: t('Personnalité', 'Personality', 'Persoonlijkheid'),
    weight: 3, mandatory: false, menteeField: 'personality', mentorField: 'personality',
  },
  {
    id: 'age', kind: 'numeric', label: t('Âge', 'Age', 'Leeftijd'),
    weight: 2, mandatory: false, menteeField: 'birthDate', mentorField: 'birthDate', tolerance: 30, direction: 'any',
  },
]

/** The quality criteria that bear on a person entering the programme; the rest are cadences and documents. */
export const mbEligibility: EligibilityItem[] = [
  {
    id: 'mentee-information-session', side: 'mentee', blocking: false,
    label: t('A reçu l’information sur le programme (séance d’information)', 'Was informed about the programme (information session)', 'Kreeg informatie over het programma (infosessie)'),
  },
  {
    id: 'mentee-personal-interview', side: 'mentee', blocking: true,
    label: t('A eu un entretien personnel avec l’équipe', 'Had a personal interview with the staff', 'Had een persoonlijk gesprek met het team'),
  },
  {
    id: 'mentee-commitment', side: 'mentee', blocking: true,
    label: t('Est prêt·e à s’engager pour la durée et la fréquence du programme', 'Is ready to commit for the programme’s duration and frequency', 'Is bereid zich te engageren voor de duur en frequentie van het programma'),
  },
  {
    id: 'mentee-needs-fit', side: 'mentee', blocking: true,
    label: t('Ses attentes et besoins correspondent aux objectifs du programme', 'Their expectations and needs fit the programme’s objectives', 'Verwachtingen en noden passen bij de doelstellingen van het programma'),
    help: t('Sinon, l’orienter vers un soutien plus approprié et lui en communiquer le motif.', 'Otherwise, refer them to better-suited support and tell them why.', 'Zo niet, doorverwijzen naar meer gepaste ondersteuning en de reden meedelen.'),
  },
  {
    id: 'mentee-voluntary', side: 'mentee', blocking: true,
    label: t('Participe volontairement', 'Takes part voluntarily', 'Neemt vrijwillig deel'),
  },
  {
    id: 'mentor-information-session', side: 'mentor', blocking: false,
    label: t('A reçu l’information sur le programme (séance d’information)', 'Was informed about the programme (information session)', 'Kreeg informatie over het programma (infosessie)'),
  },
  {
    id: 'mentor-personal-interview', side: 'mentor', blocking: true,
    label: t('A eu un entretien personnel avec l’équipe', 'Had a personal interview with the staff', 'Had een persoonlijk gesprek met het team'),
  },
  {
    id: 'mentor-commitment', side: 'mentor', blocking: true,
    label: t('Est prêt·e à s’engager pour une durée et une fréquence définies', 'Is ready to commit for a set duration and frequency', 'Is bereid zich te engageren voor een vaste duur en frequentie'),
  },
  {
    id: 'mentor-realistic-expectations', side: 'mentor', blocking: true,
    label: t('A des attentes réalistes et les compétences pour être mentor', 'Has realistic expectations and the skills to mentor', 'Heeft realistische verwachtingen en de competenties om mentor te zijn'),
  },
  {
    id: 'mentor-voluntary', side: 'mentor', blocking: true,
    label: t('S’engage volontairement et bénévolement', 'Commits voluntarily, unpaid', 'Engageert zich vrijwillig en onbezoldigd'),
  },
  {
    id: 'mentor-trained', side: 'mentor', blocking: true,
    label: t('A suivi la formation avant le début du mentorat', 'Attended the training before the mentoring starts', 'Volgde de opleiding vóór de start van de mentoring'),
  },
]

/**
 * At least six months and at least two contacts a month (seed 003); no maximum is set, twelve months is ours, as
 * are the hour per meeting, the six-week check-in and the deadlines. The first meeting is on neutral ground with
 * a staff member present; mentors are trained before the start.
 */
export const mbCadences: Cadences = {
  durationMonthsMin: 6,
  durationMonthsMax: 12,
  meetingsPerMonth: 2,
  meetingMinutes: 60,
  checkInEveryWeeks: 6,
  peerMeetingEveryWeeks: 8,
  proposalAnswerDays: 7,
  firstMeetingWithinDays: 14,
  evaluationsAt: ['end'],
  firstMeetingPlace: 'neutral-with-staff',
  mentorCapacity: 1,
  trainingRequiredBeforeMatching: true,
}

const mbContract: DocumentTemplate = {
  kind: 'engagement-contract',
  parties: 'bipartite',
  body: `# Accord de mentorat — {{ programme.name }}

Entre {{ mentor.firstName }} {{ mentor.lastName }} (mentor) et {{ mentee.firstName }} {{ mentee.lastName }} (mentee), dans le cadre du programme de {{ organisation.name }}.

## Durée
Le mentorat commence le {{ duo.startDate }} et se termine le {{ duo.endDate }}, soit au moins {{ cadences.durationMonthsMin }} mois.

## Fréquence des contacts
Le duo a au moins {{ cadences.meetingsPerMonth }} contacts par mois, en face à face de préférence.

## Suivi
{{ coordinator.fullName }}, de {{ organisation.name }}, suit le duo : il·elle prend contact régulièrement avec chacun·e, reste disponible pour toute question et fait office de médiateur·rice en cas de difficulté.

## Charte éthique
- La relation est volontaire et bénévole : aucune contrepartie financière n’est demandée ni acceptée.
- Chacun·e respecte l’autre, ses choix, ses convictions et sa vie privée.
- Les échanges restent confidentiels, sauf si la sécurité d’une personne est en jeu ; l’équipe est alors prévenue.
- Le·la mentor accompagne et conseille ; il·elle ne décide pas à la place du·de la mentee.
- Chacun·e respecte les limites de la relation et signale à l’équipe toute situation qui le·la met mal à l’aise.
- Chacun·e prévient l’autre en cas d’empêchement.

## Fin du mentorat
Le mentorat se termine par une dernière rencontre en face à face (ou en ligne) et une évaluation. Chacun·e peut y mettre fin plus tôt en prévenant l’autre et l’équipe.

Fait le {{ contract.date }}, en autant d’exemplaires que de signataires.

{% for party in contract.parties %}{{ party.role }} : {{ party.fullName }}, signature :
{% endfor %}
Pour signer en ligne : {{ contract.signLink }}`,
}

const mbProfileSheet: DocumentTemplate = {
  kind: 'mentee-profile-sheet',
  body: `# Proposition de duo — {{ mentee.firstName }}

Bonjour {{ mentor.firstName }},

L’équipe de {{ organisation.name }} vous propose d’accompagner {{ mentee.firstName }}{% if mentee.age %}, {{ mentee.age }} ans{% endif %} ({{ mentee.locality }}). Voici ce qu’il·elle a accepté de partager :

{% for item in mentee.answers %}**{{ item.question }}** : {{ item.answer }}
{% endfor %}
La première rencontre a lieu dans un lieu neutre, en présence d’un membre de l’équipe ; à son issue, vous validez chacun·e le duo, ou non.

Merci de répondre avant le {{ proposal.answerBy }} : {{ proposal.link }}
Votre contact : {{ coordinator.fullName }}, {{ coordinator.email }}`,
}

const mbFirstMeetingGuide: DocumentTemplate = {
  kind: 'first-meeting-guide',
  body: `# Première rencontre

Mentor : {{ mentor.firstName }} {{ mentor.lastName }} — Mentee : {{ mentee.firstName }} {{ mentee.lastName }}
Date : {{ firstMeeting.date }}{% if firstMeeting.time %} à {{ firstMeeting.time }}{% endif %} — Lieu neutre : {{ firstMeeting.place }}
Membre de l’équipe présent : {{ coordinator.fullName }}

## Check-list
- ☐ Présentations mutuelles
- ☐ Les objectifs du·de la mentee, {{ mentee.firstName }}, et ce que le·la mentor peut apporter
- ☐ La durée (au moins {{ cadences.durationMonthsMin }} mois) et la fréquence des contacts (au moins {{ cadences.meetingsPerMonth }} par mois)
- ☐ La charte éthique et les limites de la relation
- ☐ Le rôle de l’équipe : suivi régulier, médiation si nécessaire
- ☐ La possibilité de mettre fin au mentorat de manière anticipée
- ☐ Le matériel de soutien disponible

## Après la rencontre
Chacun·e dit à l’équipe, séparément, s’il·elle valide le duo. Si les deux valident, l’accord de mentorat est signé ; sinon, l’équipe cherche un autre duo.`,
}

const mbClosingInterview: DocumentTemplate = {
  kind: 'closing-interview',
  body: `# Dernière rencontre du duo

Mentor : {{ mentor.firstName }} {{ mentor.lastName }} — Mentee : {{ mentee.firstName }} {{ mentee.lastName }}
Du {{ duo.startDate }} au {{ duo.endDate }} — Issue : {{ outcome.label }}

La dernière rencontre a lieu en face à face (ou en ligne).

1. Les objectifs du départ : où en est {{ mentee.firstName }} ? Le duo s’est rencontré {{ meetingsHeld }} fois ; le plan d’action :
{% for item in actionPlan %}   - {% if item.done %}☑{% else %}☐{% endif %} {{ item.title }}
{% endfor %}
2. Ce que la relation a apporté à chacun·e
3. Ce qui a été difficile
4. Les prochaines étapes pour {{ mentee.firstName }}
5. L’évaluation : chacun·e reçoit le questionnaire de fin de duo`,
}

const mbEvaluation = (side: 'mentor' | 'mentee'): DocumentTemplate => ({
  kind: side === 'mentor' ? 'evaluation-mentor' : 'evaluation-mentee',
  body: `# Évaluation de fin de duo — ${side}

Bonjour ${side === 'mentor' ? '{{ mentor.firstName }}' : '{{ mentee.firstName }}'}, votre duo ${side === 'mentor' ? 'avec {{ mentee.firstName }}' : 'avec {{ mentor.firstName }}'} s’est déroulé du {{ duo.startDate }} au {{ duo.endDate }}.

## Les effets de la relation (de 1 à 5)
${side === 'mentor'
  ? `1. J’ai pu aider mon·ma mentee à avancer vers ses objectifs.
2. J’ai appris de cette relation.
3. La formation reçue avant le début m’a préparé·e à mon rôle.`
  : `1. J’ai avancé vers mes objectifs.
2. Je me sens plus autonome dans mon parcours vers l’emploi.
3. J’ai plus confiance en moi.`}

## La satisfaction (de 1 à 5)
4. La première rencontre était bien organisée.
5. Le rythme des contacts était adapté.
6. Le suivi par l’équipe de {{ organisation.name }} était suffisant.
7. Le matériel de soutien m’a été utile.

## Questions ouvertes
- Qu’est-ce qui a le mieux fonctionné ?
- Que faudrait-il améliorer dans le programme ?`,
})

export const mbTemplates: DocumentTemplate[] = [
  mbContract, mbProfileSheet, mbFirstMeetingGuide, mbClosingInterview, mbEvaluation('mentor'), mbEvaluation('mentee'),
  ...standardEmails(),
]

export const mentoringBelgiumRules: ProgrammeRules = {
  forms: { mentor: mbMentorForm, mentee: mbMenteeForm },
  criteria: mbCriteria,
  eligibility: mbEligibility,
  cadences: mbCadences,
  outcomes: standardOutcomes(),
  templates: mbTemplates,
  privacy: {
    version: 1,
    purpose: t(
      'L’organisation qui porte ce programme traite les données de votre candidature uniquement pour l’examiner, vous inviter à une séance d’information et à un entretien personnel, former les binômes et les suivre, conformément à la charte éthique de Mentoring Belgium. Elles ne sont ni vendues ni cédées. Vous pouvez retirer votre consentement, consulter, corriger ou faire effacer vos données à tout moment en écrivant à l’organisation.',
      'The organisation running this programme processes the data in your application only to review it, invite you to an information session and a personal interview, form the mentoring pairs and follow them, in line with Mentoring Belgium’s ethics charter. It is neither sold nor passed on. You may withdraw your consent, see, correct or have your data erased at any time by writing to the organisation.',
      'De organisatie achter dit programma verwerkt de gegevens van uw aanvraag uitsluitend om ze te bekijken, u uit te nodigen voor een infosessie en een persoonlijk gesprek, de duo’s samen te stellen en op te volgen, volgens het ethisch charter van Mentoring Belgium. Ze worden niet verkocht of doorgegeven. U kunt uw toestemming intrekken en uw gegevens inzien, verbeteren of laten wissen door de organisatie te schrijven.',
    ),
  },
}
