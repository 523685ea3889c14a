import type { CriterionConfig } from '../criteria'
import type { IntakeForm } from '../forms'
import type { Cadences, DocumentTemplate, EligibilityItem, ProgrammeRules } from '../programme-rules'
import {
  companySectorKindOptions, diplomaRecognitionOptions, educationOptions, field, functionOptions, functionSimilarity,
  hobbyOptions, jobSearchToolOptions, mobilityOptions, opt, professionalStatusOptions, sectorOptions, sectorSimilarity,
  standardOutcomes, supportOptions, t,
} from './common'
import { standardEmails } from './emails'

/**
 * Pour la Solidarité's MentorYou / MentorU method (seeds 000, 001 and 004): foreign or foreign-born job seekers
 * coached for six months by working volunteers, two meetings a month at the mentor's workplace, eight matching
 * criteria with geographic accessibility mandatory, a tripartite engagement contract.
 */

/** The "fiche mentee": the individual selection interview (1 h) with the job seeker (seed 001, stage 2B). */
export const plsMenteeForm: IntakeForm = {
  sections: [
    {
      id: 'situation',
      title: t('Situation administrative', 'Administrative situation', 'Administratieve situatie'),
      fields: [
        field('countryOfOrigin', 'short-text', t('Pays d’origine', 'Country of origin', 'Land van herkomst'), { visibility: 'proposal' }),
        field('arrivalYear', 'number', t('Année d’arrivée en Belgique', 'Year of arrival in Belgium', 'Jaar van aankomst in België'), { min: 1940, max: 2100 }),
        field('workPermit', 'yes-no', t('Dispose d’un permis de travail (ou d’un accès au marché du travail)', 'Holds a work permit (or access to the labour market)', 'Heeft een arbeidskaart (of toegang tot de arbeidsmarkt)'), {
          required: true,
          help: t('Condition d’entrée : sans accès au travail, orienter vers un autre soutien.', 'Entry condition: without access to work, refer to other support.', 'Toegangsvoorwaarde: zonder toegang tot werk, doorverwijzen naar andere ondersteuning.'),
        }),
        field('jobSeekerRegistered', 'yes-no', t('Inscrit·e comme chercheur·euse d’emploi (Actiris, Forem, VDAB)', 'Registered as a job seeker (Actiris, Forem, VDAB)', 'Ingeschreven als werkzoekende (Actiris, Forem, VDAB)'), { required: true }),
        field('jobSearchSince', 'date', t('En recherche d’emploi depuis', 'Looking for work since', 'Werkzoekend sinds')),
        field('referredBy', 'short-text', t('Orienté·e par (partenaire ISP)', 'Referred by (employment-support partner)', 'Doorverwezen door (partner voor arbeidsinschakeling)'), {
          visibility: 'partner',
          staffOnly: true,
          help: t('Le partenaire qui a pré-sélectionné la personne est tenu informé de l’avancée du mentorat.', 'The partner who pre-selected the person is kept informed of the mentoring’s progress.', 'De partner die de persoon voorselecteerde, wordt op de hoogte gehouden van het verloop.'),
        }),
      ],
    },
    {
      id: 'practical',
      title: t('Lieu de vie et mobilité', 'Home and mobility', 'Woonplaats en mobiliteit'),
      fields: [
        field('locality', 'locality', t('Commune de domicile', 'Home municipality', 'Woongemeente'), {
          required: true, visibility: 'proposal',
          help: t('Sert au critère obligatoire d’accessibilité géographique.', 'Feeds the mandatory geographic-accessibility criterion.', 'Voedt het verplichte criterium van geografische bereikbaarheid.'),
        }),
        field('mobility', 'multiple-choice', t('Moyens de déplacement', 'Means of transport', 'Vervoermiddelen'), { options: mobilityOptions }),
        field('drivingLicence', 'yes-no', t('Permis de conduire', 'Driving licence', 'Rijbewijs'), { visibility: 'proposal' }),
        field('constraints', 'long-text', t('Contraintes pratiques (garde d’enfants, horaires, santé...)', 'Practical constraints (childcare, hours, health...)', 'Praktische beperkingen (kinderopvang, uren, gezondheid...)')),
      ],
    },
    {
      id: 'languages',
      title: t('Langues', 'Languages', 'Talen'),
      fields: [
        field('languages', 'languages', t('Langues parlées et niveau', 'Languages spoken and level', 'Gesproken talen en niveau'), {
          required: true, visibility: 'proposal',
          help: t('Indiquer la langue maternelle (niveau « natif ») et le niveau en français.', 'Give the mother tongue (level “native”) and the level in French.', 'Vermeld de moedertaal (niveau “moedertaal”) en het niveau Frans.'),
        }),
      ],
    },
    {
      id: 'professional',
      title: t('Parcours et projet professionnel', 'Career path and professional plan', 'Loopbaan en beroepsproject'),
      fields: [
        field('sector', 'single-choice', t('Secteur d’activités visé', 'Target sector', 'Beoogde sector'), { required: true, visibility: 'proposal', options: sectorOptions }),
        field('function', 'single-choice', t('Fonction visée', 'Target function', 'Beoogde functie'), { required: true, visibility: 'proposal', options: functionOptions }),
        field('jobTitle', 'short-text', t('Intitulé du poste recherché', 'Title of the job sought', 'Titel van de gezochte job'), { visibility: 'proposal' }),
        field('educationLevel', 'single-choice', t('Niveau de diplôme', 'Highest diploma', 'Hoogste diploma'), { visibility: 'proposal', options: educationOptions }),
        field('diplomaRecognition', 'single-choice', t('Équivalence du diplôme', 'Diploma recognition', 'Gelijkwaardigheid van het diploma'), { options: diplomaRecognitionOptions }),
        field('path', 'long-text', t('Parcours professionnel et privé', 'Professional and personal path', 'Professioneel en persoonlijk traject'), {
          required: true, visibility: 'proposal',
          help: t('Formation, expériences ici et ailleurs, étapes du parcours de vie utiles à la recherche.', 'Education, experience here and elsewhere, life steps that matter for the search.', 'Opleiding, ervaring hier en elders, levensstappen die voor de zoektocht tellen.'),
        }),
        field('jobSearchTools', 'multiple-choice', t('Outils de recherche d’emploi déjà disponibles', 'Job-search tools already in place', 'Sollicitatie-instrumenten al aanwezig'), { options: jobSearchToolOptions }),
        field('barriers', 'multiple-choice', t('Freins identifiés', 'Barriers identified', 'Vastgestelde drempels'), {
          options: [
            opt('cultural', 'Culturels : codes et attentes du monde du travail', 'Cultural: codes and expectations of the workplace', 'Cultureel: codes en verwachtingen van de werkvloer'),
            opt('sectoral', 'Sectoriels : spécificités du secteur en Belgique, réalisme du projet', 'Sectoral: the sector in Belgium, realism of the plan', 'Sectoraal: de sector in België, realisme van het project'),
            opt('social', 'Sociaux : réseau, marché caché de l’emploi', 'Social: network, the hidden job market', 'Sociaal: netwerk, verborgen arbeidsmarkt'),
            opt('personal', 'Personnels : confiance en soi, sentiment d’illégitimité', 'Personal: self-confidence, feeling illegitimate', 'Persoonlijk: zelfvertrouwen, gevoel van onrechtmatigheid'),
          ],
        }),
      ],
    },
    {
      id: 'mentoring',
      title: t('Le mentorat', 'Mentoring', 'Mentoring'),
      fields: [
        field('motivation', 'long-text', t('Motivation à entrer dans le mentorat', 'Motivation for joining the mentoring', 'Motivatie om aan de mentoring deel te nemen'), { required: true, visibility: 'proposal' }),
        field('expectations', 'long-text', t('Attentes vis-à-vis du mentorat', 'Expectations of the mentoring', 'Verwachtingen van de mentoring'), { required: true, visibility: 'proposal' }),
        field('supportNeeds', 'multiple-choice', t('Accompagnement souhaité', 'Support wanted', 'Gewenste ondersteuning'), { visibility: 'proposal', options: supportOptions }),
        field('availability', 'short-text', t('Disponibilités pour les rencontres', 'Availability for meetings', 'Beschikbaarheid voor ontmoetingen'), { visibility: 'proposal' }),
      ],
    },
    {
      id: 'personal',
      title: t('Centres d’intérêt', 'Interests', 'Interesses'),
      fields: [
        field('hobbies', 'multiple-choice', t('Hobbies', 'Hobbies', 'Hobby’s'), { visibility: 'proposal', options: hobbyOptions }),
      ],
    },
    {
      id: 'interview',
      title: t('Entretien de sélection (équipe)', 'Selection interview (staff)', 'Selectiegesprek (team)'),
      staffOnly: true,
      fields: [
        field('interviewDate', 'date', t('Date de l’entretien individuel', 'Date of the individual interview', 'Datum van het individuele gesprek')),
        field('infoSessionAttended', 'yes-no', t('A assisté à la séance de présentation', 'Attended the information session', 'Woonde de infosessie bij')),
        field('staffAssessment', 'long-text', t('Appréciation des responsables mentorat', 'Assessment by the mentoring staff', 'Beoordeling door de mentoringverantwoordelijken'), {
          help: t('Le critère subjectif du matching : personnalité, besoins, points d’attention.', 'The subjective matching criterion: personality, needs, points of attention.', 'Het subjectieve matchingcriterium: persoonlijkheid, noden, aandachtspunten.'),
        }),
      ],
    },
  ],
}

/** The "farde du mentor": the individual preparation interview (1 h) with the volunteer (seed 001, stage 1C). */
export const plsMentorForm: IntakeForm = {
  sections: [
    {
      id: 'professional',
      title: t('Situation professionnelle', 'Professional situation', 'Professionele situatie'),
      fields: [
        field('professionalStatus', 'single-choice', t('Statut', 'Status', 'Statuut'), { required: true, visibility: 'proposal', options: professionalStatusOptions }),
        field('employer', 'short-text', t('Entreprise ou organisation', 'Company or organisation', 'Bedrijf of organisatie'), { required: true, visibility: 'proposal' }),
        field('employerKind', 'single-choice', t('Type d’employeur', 'Kind of employer', 'Soort werkgever'), { options: companySectorKindOptions }),
        field('sector', 'single-choice', t('Secteur d’activités', 'Sector', 'Sector'), { required: true, visibility: 'proposal', options: sectorOptions }),
        field('function', 'single-choice', t('Fonction', 'Function', 'Functie'), { required: true, visibility: 'proposal', options: functionOptions }),
        field('jobTitle', 'short-text', t('Intitulé du poste', 'Job title', 'Functietitel'), { visibility: 'proposal' }),
        field('path', 'long-text', t('Parcours professionnel présent et passé', 'Professional path, present and past', 'Huidig en vroeger professioneel traject'), { required: true, visibility: 'proposal' }),
        field('managementAgreement', 'yes-no', t('Accord du management pour mentorer pendant le temps de travail', 'Management agrees to mentoring during working hours', 'Akkoord van het management om tijdens de werkuren te mentoren'), {
          help: t('Pour les salarié·e·s : le temps consacré peut être valorisé comme mécénat de compétences.', 'For employees: the time given can be valued as skills sponsorship.', 'Voor werknemers: de tijd kan als competentiemecenaat gewaardeerd worden.'),
        }),
      ],
    },
    {
      id: 'practical',
      title: t('Modalités des rencontres', 'Meeting arrangements', 'Praktische afspraken'),
      fields: [
        field('locality', 'locality', t('Commune du lieu de rencontre (lieu de travail)', 'Municipality of the meeting place (workplace)', 'Gemeente van de ontmoetingsplaats (werkplek)'), {
          required: true, visibility: 'proposal',
          help: t('Les rencontres ont lieu sur le lieu de travail du mentor ; sert au critère obligatoire d’accessibilité géographique.', 'Meetings take place at the mentor’s workplace; feeds the mandatory geographic-accessibility criterion.', 'De ontmoetingen vinden plaats op de werkplek van de mentor; voedt het verplichte criterium van geografische bereikbaarheid.'),
        }),
        field('meetingAddress', 'short-text', t('Adresse du lieu de rencontre', 'Address of the meeting place', 'Adres van de ontmoetingsplaats')),
        field('meetingSpace', 'yes-no', t('Dispose d’un espace pour recevoir le·la mentee', 'Has a room to receive the mentee', 'Beschikt over een ruimte om de mentee te ontvangen'), { required: true }),
        field('hoursPerMonth', 'number', t('Heures disponibles par mois', 'Hours available per month', 'Beschikbare uren per maand'), { required: true, min: 1, max: 40 }),
        field('capacity', 'number', t('Nombre de mentees accompagné·e·s en même temps', 'Number of mentees at the same time', 'Aantal mentees tegelijk'), { min: 1, max: 5 }),
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
      title: t('Le mentorat', 'Mentoring', 'Mentoring'),
      fields: [
        field('motivation', 'long-text', t('Motivation à devenir mentor', 'Motivation for becoming a mentor', 'Motivatie om mentor te worden'), { required: true, visibility: 'proposal' }),
        field('expectations', 'long-text', t('Attentes vis-à-vis du mentorat', 'Expectations of the mentoring', 'Verwachtingen van de mentoring'), { required: true, visibility: 'proposal' }),
        field('supportOffered', 'multiple-choice', t('Accompagnement que je peux apporter', 'Support I can offer', 'Ondersteuning die ik kan bieden'), { visibility: 'proposal', options: supportOptions }),
        field('previousExperience', 'yes-no', t('Expérience préalable de mentorat, coaching ou tutorat', 'Previous mentoring, coaching or tutoring experience', 'Eerdere ervaring met mentoring, coaching of tutoring')),
        field('limits', 'long-text', t('Contours et limites de l’engagement', 'Scope and limits of the commitment', 'Grenzen van het engagement'), {
          help: t('Le rôle du mentor n’est pas de trouver un emploi ni de chercher à la place du·de la mentee.', 'The mentor’s role is not to find a job nor to search in the mentee’s place.', 'De rol van de mentor is niet om werk te vinden of in de plaats van de mentee te zoeken.'),
        }),
      ],
    },
    {
      id: 'personal',
      title: t('Centres d’intérêt', 'Interests', 'Interesses'),
      fields: [
        field('hobbies', 'multiple-choice', t('Hobbies', 'Hobbies', 'Hobby’s'), { visibility: 'proposal', options: hobbyOptions }),
      ],
    },
    {
      id: 'preparation',
      title: t('Préparation (équipe)', 'Preparation (staff)', 'Voorbereiding (team)'),
      staffOnly: true,
      fields: [
        field('infoSessionDate', 'date', t('Séance d’information (1 h)', 'Information session (1 h)', 'Infosessie (1 u)')),
        field('preparationInterviewDate', 'date', t('Entretien individuel de préparation (1 h)', 'Individual preparation interview (1 h)', 'Individueel voorbereidingsgesprek (1 u)')),
        field('interculturalWorkshopDate', 'date', t('Atelier de sensibilisation à l’interculturel (3 h)', 'Intercultural awareness workshop (3 h)', 'Workshop interculturele sensibilisering (3 u)'), {
          help: t('À suivre avant tout matching : écoute active, décentration, distance par rapport à ses propres codes culturels.', 'Required before any matching: active listening, decentring, distance from one’s own cultural codes.', 'Vereist vóór elke matching: actief luisteren, decentreren, afstand tot de eigen culturele codes.'),
        }),
        field('staffAssessment', 'long-text', t('Appréciation des responsables mentorat', 'Assessment by the mentoring staff', 'Beoordeling door de mentoringverantwoordelijken'), {
          help: t('Personnalité, attentes, points d’attention pour le matching.', 'Personality, expectations, points of attention for matching.', 'Persoonlijkheid, verwachtingen, aandachtspunten voor de matching.'),
        }),
      ],
    },
  ],
}

/**
 * The eight objective criteria of seed 000, weighted in the order the seed lists them (geographic accessibility
 * first and mandatory, as seed 004 says, hobbies last). Seed 004's variant lists "motivation" instead of the path;
 * the staff's subjective assessment stays a form field the coordinator reads, not a score.
 */
export const plsCriteria: CriterionConfig[] = [
  {
    id: 'geo', kind: 'geo', label: t('Accessibilité géographique', 'Geographic accessibility', 'Geografische bereikbaarheid'),
    weight: 10, mandatory: true, menteeField: 'locality', mentorField: 'locality',
    maxKm: 25, bands: [{ maxKm: 5, credit: 1 }, { maxKm: 10, credit: 0.8 }, { maxKm: 25, credit: 0.4 }],
  },
  {
    id: 'sector', kind: 'categorical', label: t('Secteur d’activités', 'Sector', 'Sector'),
    weight: 9, mandatory: false, menteeField: 'sector', mentorField: 'sector', similarity: sectorSimilarity,
  },
  {
    id: 'function', kind: 'categorical', label: t('Fonction', 'Function', 'Functie'),
    weight: 8, mandatory: false, menteeField: 'function', mentorField: 'function', similarity: functionSimilarity,
  },
  {
    id: 'path', kind: 'text', label: t('Parcours professionnel et privé', 'Professional and personal path', 'Professioneel en persoonlijk traject'),
    weight: 6, mandatory: false, menteeField: 'path', mentorField: 'path',
  },
  {
    id: 'age', kind: 'numeric', label: t('Âge', 'Age', 'Leeftijd'),
    weight: 5, mandatory: false, menteeField: 'birthDate', mentorField: 'birthDate', tolerance: 30, direction: 'mentor-older',
  },
  {
    id: 'languages', kind: 'overlap', label: t('Langue', 'Language', 'Taal'),
    weight: 5, mandatory: false, menteeField: 'languages', mentorField: 'languages', fullCreditAt: 2,
  },
  {
    id: 'expectations', kind: 'text', label: t('Attentes vis-à-vis du mentorat', 'Expectations of the mentoring', 'Verwachtingen van de mentoring'),
    weight: 4, mandatory: false, menteeField: 'expectations', mentorField: 'expectations',
  },
  {
    id: 'hobbies', kind: 'overlap', label: t('Hobbies', 'Hobbies', 'Hobby’s'),
    weight: 3, mandatory: false, menteeField: 'hobbies', mentorField: 'hobbies',
  },
]

/** Seed 000's four mentee conditions and mentor profile, seed 001's additions. */
export const plsEligibility: EligibilityItem[] = [
  {
    id: 'mentee-foreign-job-seeker-with-permit', side: 'mentee', blocking: true,
    label: t('Chercheur·euse d’emploi étranger·ère ou d’origine étrangère, avec un permis de travail', 'Foreign or foreign-born job seeker with a work permit', 'Werkzoekende van buitenlandse nationaliteit of herkomst, met arbeidskaart'),
  },
  {
    id: 'mentee-gets-by-in-french', side: 'mentee', blocking: true,
    label: t('Se débrouille en français', 'Gets by in French', 'Kan zich behelpen in het Frans'),
  },
  {
    id: 'mentee-active-search', side: 'mentee', blocking: true,
    label: t('En recherche d’emploi active', 'Actively looking for work', 'Zoekt actief werk'),
    help: t('Disponible pour la recherche d’emploi : elle doit être une activité à temps plein.', 'Available for the job search: it must be a full-time activity.', 'Beschikbaar voor de zoektocht naar werk: die moet een voltijdse bezigheid zijn.'),
  },
  {
    id: 'mentee-wants-mentor', side: 'mentee', blocking: true,
    label: t('A envie d’être accompagné·e par un·e mentor', 'Wants to be mentored', 'Wil begeleid worden door een mentor'),
  },
  {
    id: 'mentee-professional-project', side: 'mentee', blocking: false,
    label: t('A un projet professionnel', 'Has a professional plan', 'Heeft een beroepsproject'),
    help: t('Critère complémentaire possible : à noter, pas à exiger.', 'An optional extra criterion: worth noting, not required.', 'Een mogelijk bijkomend criterium: om op te letten, niet vereist.'),
  },
  {
    id: 'mentor-professionally-active', side: 'mentor', blocking: true,
    label: t('Actif·ve professionnellement (salarié·e, indépendant·e, chef·fe d’entreprise)', 'Professionally active (employee, self-employed, business owner)', 'Beroepsactief (werknemer, zelfstandige, bedrijfsleider)'),
  },
  {
    id: 'mentor-hours-per-month', side: 'mentor', blocking: true,
    label: t('Peut dégager quelques heures par mois pour recevoir un·e mentee', 'Can free a few hours a month to receive a mentee', 'Kan enkele uren per maand vrijmaken om een mentee te ontvangen'),
  },
  {
    id: 'mentor-meeting-space', side: 'mentor', blocking: true,
    label: t('Dispose d’un espace pour les rencontres', 'Has a place for the meetings', 'Beschikt over een ruimte voor de ontmoetingen'),
  },
  {
    id: 'mentor-management-agreement', side: 'mentor', blocking: false,
    label: t('Accord du management de l’entreprise (salarié·e·s)', 'Agreement of the company’s management (employees)', 'Akkoord van het bedrijfsmanagement (werknemers)'),
    help: t('Permet de mentorer pendant le temps de travail.', 'Allows mentoring during working hours.', 'Laat toe tijdens de werkuren te mentoren.'),
  },
]

/**
 * Six months, at least two meetings a month of about 1h30 at the mentor's workplace, a staff contact every six
 * weeks, mentors' peer meetings about every two months (8 weeks), the intercultural workshop before matching.
 * The seeds give no proposal deadline nor first-meeting delay: a week to answer and two weeks to meet are our
 * choice, editable.
 */
export const plsCadences: Cadences = {
  durationMonthsMin: 6,
  durationMonthsMax: 6,
  meetingsPerMonth: 2,
  meetingMinutes: 90,
  checkInEveryWeeks: 6,
  peerMeetingEveryWeeks: 8,
  proposalAnswerDays: 7,
  firstMeetingWithinDays: 14,
  evaluationsAt: ['end'],
  firstMeetingPlace: 'mentor-workplace',
  mentorCapacity: 1,
  trainingRequiredBeforeMatching: true,
}

const plsContract: DocumentTemplate = {
  kind: 'engagement-contract',
  parties: 'tripartite',
  body: `# Contrat d’engagement — {{ programme.name }}

Entre {{ mentor.firstName }} {{ mentor.lastName }} (le·la mentor), {{ mentee.firstName }} {{ mentee.lastName }} (le·la mentee) et {{ organisation.name }} (les responsables du mentorat).

Après leur première rencontre, le·la mentor et le·la mentee ont tous deux choisi de travailler ensemble. Le mentorat commence le {{ duo.startDate }} et se termine au plus tard le {{ duo.endDate }}, ou plus tôt en cas de sortie positive (emploi, stage, formation, reprise d’études, création d’activité).

## Le cadre
- Le binôme se rencontre au moins {{ cadences.meetingsPerMonth }} fois par mois, environ {{ cadences.meetingMinutes }} minutes, sur le lieu de travail du·de la mentor.
- Entre les rencontres, le binôme garde le contact (téléphone, e-mail, messages).
- Les premières rencontres servent à faire connaissance ; elles s’achèvent par l’analyse des forces et faiblesses de la recherche d’emploi.
- Le binôme construit ensemble un plan d’actions, qui sert de référence à chaque rencontre pour mesurer l’avancement des démarches.
- Ce qui se dit au sein du binôme reste confidentiel, sauf accord des deux parties.

## Le·la mentor s’engage à
- mettre ses compétences professionnelles et son réseau au service de la recherche d’emploi du·de la mentee ;
- l’aider à mettre en place une méthode de recherche d’emploi efficace et structurée ;
- porter un regard extérieur et constructif sur l’ensemble des démarches ;
- respecter la fréquence des rencontres et prévenir en cas d’empêchement.

Le rôle du·de la mentor n’est pas de trouver un emploi au·à la mentee, ni de faire les recherches à sa place.

## Le·la mentee s’engage à
- mener une recherche d’emploi active et en faire son activité principale ;
- respecter la fréquence des rencontres avec son·sa mentor ;
- mettre en œuvre le plan d’actions défini ensemble ;
- informer les responsables du mentorat de l’avancée de ses démarches.

## {{ organisation.name }} s’engage à
- coordonner et soutenir le binôme tout au long du mentorat ;
- prendre contact avec chaque partie toutes les {{ cadences.checkInEveryWeeks }} semaines pour faire le point et aider à résoudre les difficultés ;
- proposer aux mentors des rencontres d’échange entre mentors, environ toutes les {{ cadences.peerMeetingEveryWeeks }} semaines ;
- organiser un entretien de clôture et une évaluation à la fin du mentorat.

Chaque partie peut mettre fin au mentorat en prévenant les deux autres ; un entretien de clôture est alors organisé.

Fait le {{ contract.date }}, en autant d’exemplaires que de signataires.

{% for party in contract.parties %}{{ party.role }} : {{ party.fullName }}, signature :
{% endfor %}
Pour signer en ligne : {{ contract.signLink }}`,
}

const plsProfileSheet: DocumentTemplate = {
  kind: 'mentee-profile-sheet',
  body: `# Profil proposé : {{ mentee.firstName }} — {{ programme.name }}

Bonjour {{ mentor.firstName }},

{{ organisation.name }} vous propose d’accompagner {{ mentee.firstName }}{% if mentee.age %}, {{ mentee.age }} ans{% endif %}, qui habite {{ mentee.locality }}. Voici ce qu’il·elle a accepté de partager lors de son entretien de sélection.

{% for item in mentee.answers %}**{{ item.question }}** : {{ item.answer }}
{% endfor %}
Si vous acceptez, vous organiserez ensemble une première rencontre sur votre lieu de travail. Vous pouvez aussi refuser : dites-nous simplement pourquoi, pour que nous puissions vous proposer un profil plus adapté.

Merci de répondre avant le {{ proposal.answerBy }} : {{ proposal.link }}
Une question ? {{ coordinator.fullName }}, {{ coordinator.email }}`,
}

const plsFirstMeetingGuide: DocumentTemplate = {
  kind: 'first-meeting-guide',
  body: `# Guide du premier entretien

Binôme : {{ mentor.firstName }} {{ mentor.lastName }} et {{ mentee.firstName }} {{ mentee.lastName }}
Date : {{ firstMeeting.date }}{% if firstMeeting.time %} à {{ firstMeeting.time }}{% endif %} — Lieu : {{ firstMeeting.place }}
Durée prévue : {{ firstMeeting.durationMinutes }} minutes

La première rencontre est un moment essentiel : elle permet de faire connaissance et de décider, chacun·e librement, de travailler ensemble ou non.

## Déroulé suggéré
1. Se présenter : parcours professionnel et personnel, ce qui vous amène au mentorat.
2. {{ mentee.firstName }} présente sa situation, son projet professionnel et ses attentes.
3. Le·la mentor présente son métier, son secteur, son entreprise, et ce qu’il·elle peut apporter.
4. Ensemble, vérifiez que vos attentes se rejoignent.
5. Convenez de la suite.

## Check-list : points à aborder
- ☐ Le rôle du·de la mentor (et ce qu’il n’est pas : ni chercher à la place, ni garantir un emploi)
- ☐ Les engagements du·de la mentee (recherche active, rythme des rencontres, plan d’actions)
- ☐ La durée du mentorat ({{ cadences.durationMonthsMax }} mois) et la date de fin prévue
- ☐ Le rythme : au moins {{ cadences.meetingsPerMonth }} rencontres par mois sur le lieu de travail, plus des contacts réguliers
- ☐ Les moyens de contact de chacun·e et les disponibilités
- ☐ La confidentialité des échanges
- ☐ Le suivi par {{ organisation.name }} (un contact toutes les {{ cadences.checkInEveryWeeks }} semaines)
- ☐ La date de la prochaine rencontre
- ☐ La décision de chacun·e : « feeling » ok ou non

Si vous décidez tous deux de continuer, le contrat d’engagement sera signé. Sinon, {{ organisation.name }} cherchera un nouveau binôme, sans que personne n’ait à se justifier devant l’autre.`,
}

const plsClosingInterview: DocumentTemplate = {
  kind: 'closing-interview',
  body: `# Canevas d’entretien de clôture

Binôme : {{ mentor.firstName }} {{ mentor.lastName }} et {{ mentee.firstName }} {{ mentee.lastName }}
Mentorat du {{ duo.startDate }} au {{ duo.endDate }} — Issue : {{ outcome.label }}

L’entretien de clôture formalise la fin de l’engagement. Il est aussi important que la première rencontre : il permet de reconnaître le chemin parcouru.

## 1. Le chemin parcouru
- Où en était {{ mentee.firstName }} au début du mentorat ? Où en est-il·elle aujourd’hui ?
- Le binôme s’est rencontré {{ meetingsHeld }} fois.
- Le plan d’actions : qu’est-ce qui a été réalisé, que reste-t-il à mener ?
{% for item in actionPlan %}- {% if item.done %}☑{% else %}☐{% endif %} {{ item.title }}
{% endfor %}

## 2. Les cinq dimensions de l’accompagnement
- Technique : CV, lettres, entretiens
- Co-construit : analyse de la recherche et du projet
- Concret : découverte du lieu de travail, du secteur, de ses codes
- Psychologique : confiance en soi
- Relationnel : contacts et réseau

## 3. La relation
- Qu’est-ce qui a bien fonctionné dans le binôme ? Qu’est-ce qui a été difficile ?
- Le rythme des rencontres a-t-il été tenu ?

## 4. Et après ?
- Les prochaines étapes pour {{ mentee.firstName }}
- Le souhait de garder contact (libre et sans engagement)
- Pour le·la mentor : envie de reprendre un·e mentee ?

## 5. Clôture
- Rappel de l’évaluation en ligne envoyée à chacun·e
- Remerciements`,
}

const plsEvaluationMentor: DocumentTemplate = {
  kind: 'evaluation-mentor',
  body: `# Évaluation du mentorat ({{ evaluation.moment }}) — mentor

Bonjour {{ mentor.firstName }}, merci d’avoir accompagné {{ mentee.firstName }} du {{ duo.startDate }} au {{ duo.endDate }} dans le cadre de {{ programme.name }}.

Pour chaque affirmation, indiquez votre accord de 1 (pas du tout) à 5 (tout à fait).

1. La préparation (entretien, atelier interculturel) m’a aidé·e à jouer mon rôle de mentor.
2. Le profil proposé correspondait à mon secteur et à mes compétences.
3. Le guide du premier entretien m’a été utile.
4. Nous avons pu tenir le rythme prévu des rencontres.
5. Le plan d’actions a guidé nos rencontres.
6. Le suivi de {{ organisation.name }} a été suffisant.
7. Les rencontres entre mentors m’ont été utiles.
8. Je recommanderais l’expérience à un·e collègue.

Questions ouvertes :
- Qu’est-ce que ce mentorat vous a apporté (expérience humaine, compétences de coach, réseau...) ?
- Qu’amélioreriez-vous dans le programme ?
- Souhaitez-vous accompagner un·e autre mentee ?`,
}

const plsEvaluationMentee: DocumentTemplate = {
  kind: 'evaluation-mentee',
  body: `# Évaluation du mentorat ({{ evaluation.moment }}) — mentee

Bonjour {{ mentee.firstName }}, vous avez été accompagné·e par {{ mentor.firstName }} du {{ duo.startDate }} au {{ duo.endDate }} dans le cadre de {{ programme.name }}. Votre avis nous aide à améliorer le programme.

Pour chaque affirmation, indiquez votre accord de 1 (pas du tout) à 5 (tout à fait).

1. Mon·ma mentor connaissait bien le secteur ou le métier que je vise.
2. Mes outils de recherche d’emploi (CV, lettres, entretiens) se sont améliorés.
3. Je comprends mieux le monde du travail en Belgique et ses codes.
4. J’ai davantage confiance en moi.
5. Mon réseau professionnel s’est élargi.
6. Les rencontres étaient assez régulières.
7. L’équipe de {{ organisation.name }} m’a bien suivi·e.
8. Je recommanderais le mentorat à une autre personne.

Questions ouvertes :
- Quelle est votre situation aujourd’hui (emploi, stage, formation, études, création d’activité, en recherche) ?
- Qu’est-ce qui vous a le plus aidé·e ?
- Que faudrait-il améliorer ?`,
}

/** Every document of the method: the engagement contract (tripartite, seed 001 stage 3D) and the stage tools. */
export const plsTemplates: DocumentTemplate[] = [
  plsContract, plsProfileSheet, plsFirstMeetingGuide, plsClosingInterview, plsEvaluationMentor, plsEvaluationMentee,
  ...standardEmails(),
]

export const plsMentorYouRules: ProgrammeRules = {
  forms: { mentor: plsMentorForm, mentee: plsMenteeForm },
  criteria: plsCriteria,
  eligibility: plsEligibility,
  cadences: plsCadences,
  outcomes: standardOutcomes(),
  templates: plsTemplates,
  privacy: {
    version: 1,
    purpose: t(
      'Pour la Solidarité (PLS) traite les données de votre candidature pour le programme MentorYou, uniquement pour l’examiner, vous inviter à une séance d’information et à un entretien, former les binômes et les suivre pendant le mentorat, et en rendre compte de façon anonyme à ses financeurs. Elles ne sont ni vendues ni cédées, et sont effacées deux ans après la fin de votre participation. Vous pouvez retirer votre consentement, consulter, corriger ou faire effacer vos données à tout moment en écrivant à l’équipe du programme.',
      'Pour la Solidarité (PLS) processes the data in your application to the MentorYou programme only to review it, invite you to an information session and an interview, form the mentoring pairs and follow them during the mentoring, and report anonymously to its funders. It is neither sold nor passed on, and is erased two years after your participation ends. You may withdraw your consent, see, correct or have your data erased at any time by writing to the programme team.',
      'Pour la Solidarité (PLS) verwerkt de gegevens van uw aanvraag voor het programma MentorYou uitsluitend om ze te bekijken, u uit te nodigen voor een infosessie en een gesprek, de duo’s samen te stellen en tijdens de mentoring op te volgen, en er anoniem over te rapporteren aan zijn financiers. Ze worden niet verkocht of doorgegeven en worden twee jaar na het einde van uw deelname gewist. U kunt uw toestemming intrekken en uw gegevens inzien, verbeteren of laten wissen door het programmateam te schrijven.',
    ),
  },
}
