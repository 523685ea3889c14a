import type { CriterionConfig } from '../criteria'
import type { ChoiceOption, IntakeForm } from '../forms'
import type { Cadences, DocumentTemplate, EligibilityItem, ProgrammeRules } from '../programme-rules'
import {
  diplomaRecognitionOptions, educationOptions, field, functionOptions, functionSimilarity, hobbyOptions,
  mobilityOptions, opt, professionalStatusOptions, sectorOptions, sectorSimilarity, standardOutcomes, t,
} from './common'
import { standardEmails } from './emails'

/**
 * The Centre d'Action Interculturelle's "Duo N2WA" project (seed 002): a person with asylum-seeker status coached
 * by an experienced volunteer worker to learn a trade, the codes of a sector and build a professional network; at
 * most six months, two meetings a month, a "convention de mentorat" validated by all parties at the duo's first
 * meeting, an intercultural method at the heart of the support, follow-up after the duo.
 */

/** The five kinds of support as seed 002 words them (moral support where PLS says psychological). */
const caiSupportOptions: ChoiceOption[] = [
  opt('co-built', 'Co-construit : un accompagnement sur mesure à partir d’une analyse commune', 'Co-built: tailored support from a shared analysis', 'Samen opgebouwd: begeleiding op maat vanuit een gezamenlijke analyse'),
  opt('concrete', 'Concret : intégrer le savoir-être attendu par les entreprises', 'Concrete: taking on the conduct employers expect', 'Concreet: de houding die werkgevers verwachten eigen maken'),
  opt('moral', 'Soutien moral : confiance et estime de soi', 'Moral support: self-confidence and self-esteem', 'Morele steun: zelfvertrouwen en eigenwaarde'),
  opt('relational', 'Relationnel : développer ou élargir son réseau professionnel', 'Relational: building or widening a professional network', 'Relationeel: een professioneel netwerk opbouwen of uitbreiden'),
  opt('technical', 'Technique : identifier ses points forts et qualités, mieux se présenter', 'Technical: knowing one’s strengths and qualities, presenting oneself better', 'Technisch: eigen sterktes en kwaliteiten kennen, zich beter voorstellen'),
]

/** The themes of the intercultural method (seed 002). */
const interculturalThemeOptions: ChoiceOption[] = [
  opt('workplace-codes', 'Les codes et l’organisation d’un lieu de travail en Belgique', 'The codes and organisation of a workplace in Belgium', 'De codes en organisatie van een werkplek in België'),
  opt('expected-skills', 'Les compétences attendues pour un métier, un secteur, une entreprise', 'The skills expected for a trade, a sector, a company', 'De verwachte competenties voor een beroep, een sector, een bedrijf'),
  opt('working-conditions', 'Les représentations des conditions de travail (salaire, horaire, charge)', 'Views of working conditions (pay, hours, workload)', 'Beelden over arbeidsvoorwaarden (loon, uurrooster, werkdruk)'),
  opt('qualifications', 'Les compétences, diplômes et certifications', 'Skills, diplomas and certifications', 'Competenties, diploma’s en certificaten'),
  opt('presentation-network', 'Se présenter dans un cadre professionnel et construire un réseau', 'Presenting oneself at work and building a network', 'Zich professioneel voorstellen en een netwerk bouwen'),
]

const asylumStatusOptions: ChoiceOption[] = [
  opt('applicant', 'Demandeur·euse de protection internationale, procédure en cours', 'Applicant for international protection, procedure ongoing', 'Verzoeker om internationale bescherming, procedure lopend'),
  opt('appeal', 'Recours en cours', 'Appeal ongoing', 'Beroep lopend'),
  opt('refugee', 'Statut de réfugié·e reconnu', 'Recognised refugee', 'Erkend vluchteling'),
  opt('subsidiary', 'Protection subsidiaire', 'Subsidiary protection', 'Subsidiaire bescherming'),
  opt('other', 'Autre situation', 'Other situation', 'Andere situatie'),
]

const housingOptions: ChoiceOption[] = [
  opt('collective-centre', 'Centre d’accueil collectif', 'Collective reception centre', 'Collectief opvangcentrum'),
  opt('individual-housing', 'Logement individuel (ILA)', 'Individual reception housing (LOI)', 'Individuele opvang (LOI)'),
  opt('private', 'Logement privé', 'Private housing', 'Privéwoning'),
]

/** The individual mentoring profile drawn up at the first meeting with the candidate mentee. */
export const caiMenteeForm: IntakeForm = {
  sections: [
    {
      id: 'situation',
      title: t('Situation', 'Situation', 'Situatie'),
      fields: [
        field('asylumStatus', 'single-choice', t('Statut de séjour', 'Residence status', 'Verblijfsstatus'), { required: true, options: asylumStatusOptions }),
        field('asylumApplicationDate', 'date', t('Date de la demande de protection', 'Date of the protection application', 'Datum van het beschermingsverzoek')),
        field('workAccess', 'yes-no', t('A accès au marché du travail', 'Has access to the labour market', 'Heeft toegang tot de arbeidsmarkt'), {
          help: t('Les demandeur·euse·s de protection internationale y ont accès quatre mois après leur demande si aucune décision n’est encore tombée.', 'Applicants for international protection may work four months after applying if no decision has been taken.', 'Verzoekers om internationale bescherming mogen werken vier maanden na hun verzoek als er nog geen beslissing is.'),
        }),
        field('countryOfOrigin', 'short-text', t('Pays d’origine', 'Country of origin', 'Land van herkomst'), { visibility: 'proposal' }),
        field('housing', 'single-choice', t('Hébergement', 'Housing', 'Huisvesting'), { options: housingOptions }),
        field('receptionCentre', 'short-text', t('Centre ou structure d’accueil', 'Reception centre or service', 'Opvangcentrum of -dienst')),
        field('referredBy', 'short-text', t('Orienté·e par (assistant·e social·e, partenaire)', 'Referred by (social worker, partner)', 'Doorverwezen door (maatschappelijk werker, partner)'), { visibility: 'partner', staffOnly: true }),
      ],
    },
    {
      id: 'practical',
      title: t('Lieu de vie et mobilité', 'Home and mobility', 'Woonplaats en mobiliteit'),
      fields: [
        field('locality', 'locality', t('Commune de résidence', 'Municipality of residence', 'Woonplaats'), { required: true, visibility: 'proposal' }),
        field('mobility', 'multiple-choice', t('Moyens de déplacement', 'Means of transport', 'Vervoermiddelen'), { options: mobilityOptions }),
        field('availability', 'short-text', t('Disponibilités pour les rencontres', 'Availability for meetings', 'Beschikbaarheid voor ontmoetingen'), { visibility: 'proposal' }),
      ],
    },
    {
      id: 'languages',
      title: t('Langues', 'Languages', 'Talen'),
      fields: [
        field('languages', 'languages', t('Langues parlées et niveau', 'Languages spoken and level', 'Gesproken talen en niveau'), { required: true, visibility: 'proposal' }),
      ],
    },
    {
      id: 'professional',
      title: t('Parcours et aspirations professionnelles', 'Career path and aspirations', 'Loopbaan en beroepsambities'),
      fields: [
        field('sector', 'single-choice', t('Secteur recherché', 'Sector sought', 'Gezochte sector'), { required: true, visibility: 'proposal', options: sectorOptions }),
        field('function', 'single-choice', t('Métier visé', 'Trade sought', 'Beoogd beroep'), { required: true, visibility: 'proposal', options: functionOptions }),
        field('jobTitle', 'short-text', t('Métier exercé dans le pays d’origine', 'Trade practised in the country of origin', 'Beroep uitgeoefend in het land van herkomst'), { visibility: 'proposal' }),
        field('educationLevel', 'single-choice', t('Niveau de formation', 'Education level', 'Opleidingsniveau'), { visibility: 'proposal', options: educationOptions }),
        field('diplomaRecognition', 'single-choice', t('Reconnaissance des diplômes', 'Diploma recognition', 'Erkenning van diploma’s'), { options: diplomaRecognitionOptions }),
        field('path', 'long-text', t('Parcours professionnel et compétences', 'Professional path and skills', 'Professioneel traject en competenties'), { required: true, visibility: 'proposal' }),
      ],
    },
    {
      id: 'mentoring',
      title: t('Profil de mentorat', 'Mentoring profile', 'Mentoringprofiel'),
      fields: [
        field('motivation', 'long-text', t('Motivation', 'Motivation', 'Motivatie'), { required: true, visibility: 'proposal' }),
        field('expectations', 'long-text', t('Aspirations : ce que je souhaite découvrir avec un·e mentor', 'Aspirations: what I want to discover with a mentor', 'Ambities: wat ik met een mentor wil ontdekken'), { required: true, visibility: 'proposal' }),
        field('supportNeeds', 'multiple-choice', t('Accompagnement souhaité', 'Support wanted', 'Gewenste ondersteuning'), { visibility: 'proposal', options: caiSupportOptions }),
        field('interculturalThemes', 'multiple-choice', t('Thèmes à aborder', 'Themes to address', 'Te bespreken thema’s'), { visibility: 'proposal', options: interculturalThemeOptions }),
        field('otherSupport', 'long-text', t('Autres structures d’aide à l’insertion qui accompagnent la personne', 'Other employment-support services following the person', 'Andere diensten voor arbeidsinschakeling die de persoon volgen'), {
          help: t('Le mentorat complète ces structures, il ne les remplace pas.', 'Mentoring complements these services, it does not replace them.', 'Mentoring vult deze diensten aan, vervangt ze niet.'),
        }),
      ],
    },
    {
      id: 'personal',
      title: t('Centres d’intérêt', 'Interests', 'Interesses'),
      fields: [
        field('hobbies', 'multiple-choice', t('Loisirs', 'Hobbies', 'Hobby’s'), { visibility: 'proposal', options: hobbyOptions }),
      ],
    },
    {
      id: 'interview',
      title: t('Première rencontre (équipe)', 'First interview (staff)', 'Eerste gesprek (team)'),
      staffOnly: true,
      fields: [
        field('interviewDate', 'date', t('Date de la première rencontre', 'Date of the first interview', 'Datum van het eerste gesprek')),
        field('staffAssessment', 'long-text', t('Analyse des motivations et compétences (chargé·e de projet)', 'Analysis of motivations and skills (project officer)', 'Analyse van motivatie en competenties (projectmedewerker)')),
      ],
    },
  ],
}

/** The individual mentoring profile of the volunteer worker. */
export const caiMentorForm: IntakeForm = {
  sections: [
    {
      id: 'professional',
      title: t('Expertise professionnelle', 'Professional expertise', 'Professionele expertise'),
      fields: [
        field('professionalStatus', 'single-choice', t('Statut', 'Status', 'Statuut'), { required: true, visibility: 'proposal', options: professionalStatusOptions }),
        field('employer', 'short-text', t('Entreprise ou organisation', 'Company or organisation', 'Bedrijf of organisatie'), { visibility: 'proposal' }),
        field('sector', 'single-choice', t('Secteur d’activités', 'Sector', 'Sector'), { required: true, visibility: 'proposal', options: sectorOptions }),
        field('function', 'single-choice', t('Métier', 'Trade', 'Beroep'), { required: true, visibility: 'proposal', options: functionOptions }),
        field('jobTitle', 'short-text', t('Intitulé du poste', 'Job title', 'Functietitel'), { visibility: 'proposal' }),
        field('yearsOfExperience', 'number', t('Années d’expérience dans le métier', 'Years of experience in the trade', 'Jaren ervaring in het beroep'), { required: true, min: 0, max: 60 }),
        field('path', 'long-text', t('Parcours professionnel et compétences', 'Professional path and skills', 'Professioneel traject en competenties'), { required: true, visibility: 'proposal' }),
      ],
    },
    {
      id: 'practical',
      title: t('Modalités des rencontres', 'Meeting arrangements', 'Praktische afspraken'),
      fields: [
        field('locality', 'locality', t('Commune du lieu de rencontre', 'Municipality of the meeting place', 'Gemeente van de ontmoetingsplaats'), { required: true, visibility: 'proposal' }),
        field('meetingAddress', 'short-text', t('Adresse du lieu de rencontre', 'Address of the meeting place', 'Adres van de ontmoetingsplaats')),
        field('hoursPerMonth', 'number', t('Heures disponibles par mois', 'Hours available per month', 'Beschikbare uren per maand'), { required: true, min: 1, max: 40 }),
        field('capacity', 'number', t('Nombre de Duos en même temps', 'Number of duos at the same time', 'Aantal duo’s tegelijk'), { min: 1, max: 5 }),
        field('availability', 'short-text', t('Disponibilités (jours, moments)', 'Availability (days, times)', 'Beschikbaarheid (dagen, momenten)'), { visibility: 'proposal' }),
      ],
    },
    {
      id: 'languages',
      title: t('Langues', 'Languages', 'Talen'),
      fields: [
        field('languages', 'languages', t('Langues parlées et niveau', 'Languages spoken and level', 'Gesproken talen en niveau'), { required: true, visibility: 'proposal' }),
      ],
    },
    {
      id: 'mentoring',
      title: t('Profil de mentorat', 'Mentoring profile', 'Mentoringprofiel'),
      fields: [
        field('motivation', 'long-text', t('Motivation à s’engager dans un Duo', 'Motivation for joining a duo', 'Motivatie om in een duo te stappen'), { required: true, visibility: 'proposal' }),
        field('expectations', 'long-text', t('Expertise que je souhaite partager', 'Expertise I want to share', 'Expertise die ik wil delen'), { required: true, visibility: 'proposal' }),
        field('supportOffered', 'multiple-choice', t('Accompagnement que je peux apporter', 'Support I can offer', 'Ondersteuning die ik kan bieden'), { visibility: 'proposal', options: caiSupportOptions }),
        field('interculturalThemes', 'multiple-choice', t('Thèmes que je peux aborder', 'Themes I can address', 'Thema’s die ik kan bespreken'), { visibility: 'proposal', options: interculturalThemeOptions }),
        field('interculturalExperience', 'long-text', t('Expérience de l’interculturel', 'Intercultural experience', 'Interculturele ervaring')),
      ],
    },
    {
      id: 'personal',
      title: t('Centres d’intérêt', 'Interests', 'Interesses'),
      fields: [
        field('hobbies', 'multiple-choice', t('Loisirs', 'Hobbies', 'Hobby’s'), { visibility: 'proposal', options: hobbyOptions }),
      ],
    },
    {
      id: 'interview',
      title: t('Première rencontre (équipe)', 'First interview (staff)', 'Eerste gesprek (team)'),
      staffOnly: true,
      fields: [
        field('interviewDate', 'date', t('Date de la première rencontre', 'Date of the first interview', 'Datum van het eerste gesprek')),
        field('staffAssessment', 'long-text', t('Analyse des motivations et compétences (chargé·e de projet)', 'Analysis of motivations and skills (project officer)', 'Analyse van motivatie en competenties (projectmedewerker)')),
      ],
    },
  ],
}

/**
 * Seed 002 forms the duo "from the aspirations of the one and the expertise of the other", after "an analysis of
 * the motivations and skills of each": the sector and trade sought against the mentor's, the mentee's aspirations
 * against the expertise the mentor offers, then motivation and path. It names no mandatory criterion and no
 * weights: these are ours, with distance and languages kept as practical conditions of meeting.
 */
export const caiCriteria: CriterionConfig[] = [
  {
    id: 'sector', kind: 'categorical', label: t('Secteur recherché', 'Sector sought', 'Gezochte sector'),
    weight: 10, mandatory: false, menteeField: 'sector', mentorField: 'sector', similarity: sectorSimilarity,
  },
  {
    id: 'function', kind: 'categorical', label: t('Métier', 'Trade', 'Beroep'),
    weight: 8, mandatory: false, menteeField: 'function', mentorField: 'function', similarity: functionSimilarity,
  },
  {
    id: 'expectations', kind: 'text', label: t('Aspirations et expertise', 'Aspirations and expertise', 'Ambities en expertise'),
    weight: 7, mandatory: false, menteeField: 'expectations', mentorField: 'expectations',
  },
  {
    id: 'geo', kind: 'geo', label: t('Accessibilité géographique', 'Geographic accessibility', 'Geografische bereikbaarheid'),
    weight: 6, mandatory: false, menteeField: 'locality', mentorField: 'locality',
    maxKm: 40, bands: [{ maxKm: 10, credit: 1 }, { maxKm: 25, credit: 0.7 }, { maxKm: 40, credit: 0.3 }],
  },
  {
    id: 'languages', kind: 'overlap', label: t('Langue commune', 'Shared language', 'Gemeenschappelijke taal'),
    weight: 5, mandatory: false, menteeField: 'languages', mentorField: 'languages',
  },
  {
    id: 'motivation', kind: 'text', label: t('Motivations', 'Motivations', 'Motivaties'),
    weight: 4, mandatory: false, menteeField: 'motivation', mentorField: 'motivation',
  },
  {
    id: 'path', kind: 'text', label: t('Compétences et parcours', 'Skills and path', 'Competenties en traject'),
    weight: 4, mandatory: false, menteeField: 'path', mentorField: 'path',
  },
]

export const caiEligibility: EligibilityItem[] = [
  {
    id: 'mentee-asylum-seeker', side: 'mentee', blocking: true,
    label: t('A le statut de demandeur·euse d’asile', 'Has asylum-seeker status', 'Heeft het statuut van asielzoeker'),
    help: t('Le projet N2WA s’adresse aux personnes en demande de protection internationale.', 'The N2WA project is for people applying for international protection.', 'Het N2WA-project richt zich tot verzoekers om internationale bescherming.'),
  },
  {
    id: 'mentee-wants-mentor', side: 'mentee', blocking: true,
    label: t('Souhaite découvrir un métier et un secteur avec un·e mentor', 'Wants to discover a trade and a sector with a mentor', 'Wil met een mentor een beroep en een sector ontdekken'),
  },
  {
    id: 'mentee-work-access', side: 'mentee', blocking: false,
    label: t('A accès au marché du travail ou y aura accès pendant le mentorat', 'Has or will have access to the labour market during the mentoring', 'Heeft of krijgt tijdens de mentoring toegang tot de arbeidsmarkt'),
  },
  {
    id: 'mentee-other-support', side: 'mentee', blocking: false,
    label: t('Est suivi·e par une structure d’aide à l’insertion (le mentorat la complète)', 'Is followed by an employment-support service (mentoring complements it)', 'Wordt gevolgd door een dienst voor arbeidsinschakeling (mentoring vult die aan)'),
  },
  {
    id: 'mentor-experienced-worker', side: 'mentor', blocking: true,
    label: t('Travailleur·euse expérimenté·e dans son métier', 'Experienced worker in their trade', 'Ervaren werknemer in het eigen beroep'),
  },
  {
    id: 'mentor-volunteer', side: 'mentor', blocking: true,
    label: t('S’engage volontairement et bénévolement', 'Commits as a volunteer', 'Engageert zich vrijwillig en onbezoldigd'),
  },
  {
    id: 'mentor-available', side: 'mentor', blocking: true,
    label: t('Disponible pour deux rencontres par mois pendant six mois', 'Available for two meetings a month for six months', 'Beschikbaar voor twee ontmoetingen per maand gedurende zes maanden'),
  },
  {
    id: 'mentor-intercultural-openness', side: 'mentor', blocking: false,
    label: t('Ouvert·e à la rencontre interculturelle', 'Open to intercultural encounters', 'Staat open voor interculturele ontmoeting'),
  },
]

/**
 * At most six months, two meetings a month (seed 002); the first duo meeting gathers every party, the C.A.I.
 * included, to validate the framework and sign the convention. The seed sets no meeting length, check-in interval
 * or deadlines: 1h30, six weeks, a week and two weeks are ours. "Suivi post Duo" is the evaluation three months
 * after the end.
 */
export const caiCadences: Cadences = {
  durationMonthsMin: 6,
  durationMonthsMax: 6,
  meetingsPerMonth: 2,
  meetingMinutes: 90,
  checkInEveryWeeks: 6,
  peerMeetingEveryWeeks: 8,
  proposalAnswerDays: 7,
  firstMeetingWithinDays: 14,
  evaluationsAt: ['end', 'after-3-months'],
  firstMeetingPlace: 'neutral-with-staff',
  mentorCapacity: 1,
  trainingRequiredBeforeMatching: false,
}

const caiConvention: DocumentTemplate = {
  kind: 'engagement-contract',
  parties: 'tripartite',
  body: `# Convention de mentorat — {{ programme.name }}

Entre {{ mentor.firstName }} {{ mentor.lastName }} (Mentor), {{ mentee.firstName }} {{ mentee.lastName }} (Mentee) et {{ organisation.name }}, représenté par {{ coordinator.fullName }}, chargé·e de projet.

## Objet
Le Duo permet à {{ mentee.firstName }} de découvrir un métier, de comprendre les codes et les spécificités du secteur qu’il·elle recherche et de se constituer un réseau professionnel, pour devenir autonome dans sa recherche d’emploi. Le mentorat ne remplace pas les structures d’aide à l’insertion qui accompagnent {{ mentee.firstName }} : il les complète, et se veut avant tout un lieu de découverte et de rencontre.

## Cadre
- Le Duo commence le {{ duo.startDate }} et dure au plus tard jusqu’au {{ duo.endDate }}.
- Le Duo se rencontre {{ cadences.meetingsPerMonth }} fois par mois.
- Lors de cette première rencontre, le Duo définit ensemble un plan d’action, qui servira de cadre aux rencontres suivantes.
- Les échanges s’appuient sur la méthode interculturelle : comment était-ce là-bas ? comment est-ce ici ? comparer, vérifier, conclure.
- Ce qui est partagé au sein du Duo reste confidentiel, sauf accord des deux membres.

## Le·la Mentor s’engage à
- partager son expertise, son expérience du métier et les codes de son secteur ;
- aider {{ mentee.firstName }} à identifier ses points forts et à se présenter dans un cadre professionnel ;
- ouvrir, dans la mesure du possible, son réseau professionnel ;
- respecter le rythme des rencontres et prévenir en cas d’empêchement ;
- aborder les différences culturelles avec respect et curiosité.

## Le·la Mentee s’engage à
- participer aux rencontres prévues et prévenir en cas d’empêchement ;
- mettre en œuvre le plan d’action défini ensemble ;
- poursuivre ses démarches auprès des structures qui l’accompagnent ;
- tenir {{ organisation.name }} informé de l’évolution de sa situation.

## {{ organisation.name }} s’engage à
- accompagner le Duo, le·la Mentor et le·la Mentee tout au long du mentorat ;
- mettre à disposition des outils pédagogiques et pratiques ;
- proposer des rencontres thématiques et faire vivre le réseau des mentors ;
- assurer un suivi après la fin du Duo.

Chaque partie peut mettre fin au Duo en prévenant les autres ; {{ organisation.name }} organise alors une rencontre de clôture.

Fait le {{ contract.date }}, en autant d’exemplaires que de signataires.

{% for party in contract.parties %}{{ party.role }} : {{ party.fullName }}, signature :
{% endfor %}
Pour signer en ligne : {{ contract.signLink }}`,
}

const caiProfileSheet: DocumentTemplate = {
  kind: 'mentee-profile-sheet',
  body: `# Proposition de Duo — {{ mentee.firstName }}

Bonjour {{ mentor.firstName }},

{{ organisation.name }} vous propose de former un Duo avec {{ mentee.firstName }}{% if mentee.age %}, {{ mentee.age }} ans{% endif %}, qui vit à {{ mentee.locality }}. Voici son profil de mentorat, tel qu’il·elle a accepté de le partager.

{% for item in mentee.answers %}**{{ item.question }}** : {{ item.answer }}
{% endfor %}
La première rencontre du Duo a lieu en présence d’un·e chargé·e de projet, qui présente le cadre du projet et la convention de mentorat.

Merci de répondre avant le {{ proposal.answerBy }} : {{ proposal.link }}
Votre contact : {{ coordinator.fullName }}, {{ coordinator.email }}`,
}

const caiFirstMeetingGuide: DocumentTemplate = {
  kind: 'first-meeting-guide',
  body: `# Première rencontre du Duo

Mentor : {{ mentor.firstName }} {{ mentor.lastName }} — Mentee : {{ mentee.firstName }} {{ mentee.lastName }}
Date : {{ firstMeeting.date }}{% if firstMeeting.time %} à {{ firstMeeting.time }}{% endif %} — Lieu : {{ firstMeeting.place }}
En présence de : {{ coordinator.fullName }}, {{ organisation.name }}

## Déroulé
1. Présentations : chacun·e raconte son parcours, ses aspirations ou son expertise.
2. {{ organisation.name }} présente le cadre du projet : objectifs, durée ({{ cadences.durationMonthsMax }} mois au plus), rythme ({{ cadences.meetingsPerMonth }} rencontres par mois), rôle de chacun·e, suivi.
3. Lecture et signature de la convention de mentorat par les trois parties.
4. Le Duo définit ensemble son plan d’action.
5. Fixer la prochaine rencontre.

## Check-list
- ☐ Le cadre du projet est validé par toutes les parties
- ☐ La convention de mentorat est signée
- ☐ Les thèmes à aborder sont choisis (codes du lieu de travail, compétences attendues, conditions de travail, diplômes et certifications, présentation et réseau)
- ☐ Le plan d’action est esquissé
- ☐ Les moyens de contact et la langue des échanges sont convenus
- ☐ La date de la prochaine rencontre est fixée

## La méthode interculturelle, pour chaque thème
C’était comment là-bas ? — C’est comment ici, selon toi ? — Comparaison — Vérification — Conclusion.`,
}

const caiClosingInterview: DocumentTemplate = {
  kind: 'closing-interview',
  body: `# Rencontre de clôture du Duo

Mentor : {{ mentor.firstName }} {{ mentor.lastName }} — Mentee : {{ mentee.firstName }} {{ mentee.lastName }}
Duo du {{ duo.startDate }} au {{ duo.endDate }} — Issue : {{ outcome.label }}

## 1. Le plan d’action
Le Duo s’est rencontré {{ meetingsHeld }} fois. Quelles étapes ont été franchies ? Lesquelles restent à faire ?
{% for item in actionPlan %}- {% if item.done %}☑{% else %}☐{% endif %} {{ item.title }}
{% endfor %}

## 2. Les découvertes
- Qu’a découvert {{ mentee.firstName }} du métier, du secteur et de ses codes ?
- Quels thèmes interculturels ont été travaillés ? Qu’est-ce qui a surpris chacun·e ?

## 3. Les cinq accompagnements
- Co-construit, concret, soutien moral, relationnel, technique : qu’est-ce qui a le plus compté ?

## 4. L’autonomie
- {{ mentee.firstName }} se sent-il·elle capable de poursuivre seul·e sa recherche d’emploi ?
- Quels contacts du réseau restent disponibles ?

## 5. La suite
- Le suivi après le Duo proposé par {{ organisation.name }}
- Le questionnaire d’évaluation envoyé à chacun·e`,
}

const caiEvaluationMentor: DocumentTemplate = {
  kind: 'evaluation-mentor',
  body: `# Évaluation du Duo ({{ evaluation.moment }}) — Mentor

Bonjour {{ mentor.firstName }}, merci d’avoir formé un Duo avec {{ mentee.firstName }} du {{ duo.startDate }} au {{ duo.endDate }}.

De 1 (pas du tout d’accord) à 5 (tout à fait d’accord) :
1. Le cadre du projet était clair dès la première rencontre.
2. Le profil proposé correspondait à mon expertise.
3. La méthode interculturelle m’a aidé·e à aborder les différences.
4. Nous avons tenu le rythme de rencontres prévu.
5. L’accompagnement de {{ organisation.name }} a été suffisant.
6. Les rencontres thématiques entre mentors m’ont été utiles.
7. Cette expérience a changé mon regard sur l’accueil des personnes en demande d’asile.

Questions ouvertes :
- Qu’avez-vous appris au contact de votre Mentee, {{ mentee.firstName }} ?
- Que changeriez-vous dans le projet ?
- Souhaitez-vous former un nouveau Duo ?`,
}

const caiEvaluationMentee: DocumentTemplate = {
  kind: 'evaluation-mentee',
  body: `# Évaluation du Duo ({{ evaluation.moment }}) — Mentee

Bonjour {{ mentee.firstName }}, vous avez formé un Duo avec {{ mentor.firstName }} du {{ duo.startDate }} au {{ duo.endDate }}.

De 1 (pas du tout d’accord) à 5 (tout à fait d’accord) :
1. Je connais mieux le métier et le secteur que je recherche.
2. Je comprends mieux les codes d’un lieu de travail en Belgique.
3. Je sais mieux présenter mes compétences et mon parcours.
4. J’ai des contacts professionnels que je n’avais pas avant.
5. J’ai davantage confiance en moi.
6. Je me sens capable de chercher un emploi seul·e.
7. L’équipe de {{ organisation.name }} m’a bien accompagné·e.

Questions ouvertes :
- Quelle est votre situation aujourd’hui ?
- Qu’est-ce qui vous a le plus aidé·e dans le Duo ?
- Que faudrait-il améliorer ?`,
}

export const caiTemplates: DocumentTemplate[] = [
  caiConvention, caiProfileSheet, caiFirstMeetingGuide, caiClosingInterview, caiEvaluationMentor, caiEvaluationMentee,
  ...standardEmails(),
]

export const caiDuoN2waRules: ProgrammeRules = {
  forms: { mentor: caiMentorForm, mentee: caiMenteeForm },
  criteria: caiCriteria,
  eligibility: caiEligibility,
  cadences: caiCadences,
  outcomes: standardOutcomes(),
  templates: caiTemplates,
  privacy: {
    version: 1,
    purpose: t(
      'Le Centre d’Action Interculturelle (CAI) traite les données de votre candidature au programme Duo N2WA, uniquement pour l’examiner, vous rencontrer, constituer les duos et les accompagner, y compris après le duo. Les informations sur votre statut de séjour ne servent qu’à vérifier votre accès au programme et ne sont communiquées à personne. Vos données ne sont ni vendues ni cédées. Vous pouvez retirer votre consentement, consulter, corriger ou faire effacer vos données à tout moment en écrivant au CAI.',
      'The Centre d’Action Interculturelle (CAI) processes the data in your application to the Duo N2WA programme only to review it, meet you, form the duos and support them, including after the duo. Information about your residence status only serves to check your access to the programme and is shared with no one. Your data is neither sold nor passed on. You may withdraw your consent, see, correct or have your data erased at any time by writing to the CAI.',
      'Het Centre d’Action Interculturelle (CAI) verwerkt de gegevens van uw aanvraag voor het programma Duo N2WA uitsluitend om ze te bekijken, u te ontmoeten, de duo’s samen te stellen en te begeleiden, ook na het duo. Informatie over uw verblijfsstatuut dient alleen om uw toegang tot het programma na te gaan en wordt met niemand gedeeld. Uw gegevens worden niet verkocht of doorgegeven. U kunt uw toestemming intrekken en uw gegevens inzien, verbeteren of laten wissen door het CAI te schrijven.',
    ),
  },
}
