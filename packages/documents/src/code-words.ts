import type {
  ActionStatus, AuditAction, CheckInChannel, ClosingInterviewState, ClosureDecider, ContactChannel, DuoEventType, DuoSide, DuoState,
  EvaluationMoment, EvaluationState, FirstMeetingPlace, FollowUpSituation, Locale, PersonSource, PersonStage, SignatoryParty, TemplateKind,
} from '@binome/core'

/**
 * The product's codes (a duo's state, a step of its life, an action's status, a channel, a stage...) in the words the
 * screens use, for the files the server writes (the personal-data export, the tracking sheet, the results files).
 * The web reads the same words from its catalogues (web/src/lib/i18n/*.json), which the server cannot import
 * (functions → core, data, contracts, documents); tests/architecture/code-words.test.ts checks every word here is the
 * catalogue's, so a reader sees the same word on the screen and in the file. Each table is keyed by the core's own
 * type: a new code fails the typecheck until it has its words in every language.
 */
export interface CodeWords {
  duoStates: Record<DuoState, string>
  duoEvents: Record<DuoEventType, string>
  /** A duo's side, as the duo page names the side that validated or declined (`roles.*`). */
  sides: Record<DuoSide, string>
  parties: Record<SignatoryParty, string>
  placeKinds: Record<FirstMeetingPlace, string>
  deciders: Record<ClosureDecider, string>
  actionStatuses: Record<ActionStatus, string>
  /** What a line of the duo's log was, by how it took place (the log's "what?"). */
  contacts: Record<ContactChannel, string>
  checkInChannels: Record<CheckInChannel, string>
  closingStates: Record<ClosingInterviewState, string>
  situations: Record<FollowUpSituation, string>
  personStages: Record<PersonStage, string>
  decisions: Record<'accepted' | 'refused', string>
  evaluationMoments: Record<EvaluationMoment, string>
  evaluationStates: Record<EvaluationState, string>
  mailKinds: Record<TemplateKind, string>
  languages: Record<Locale, string>
  auditActions: Record<AuditAction, string>
  yes: string
  no: string
  /** The person's history, as its screen says each entry. */
  timeline: {
    created: Record<PersonSource, string>
    edited: string
    stage: (from: string, to: string) => string
    interview: string
    consentWithdrawn: string
  }
}

const fr: CodeWords = {
  duoStates: {
    proposed: 'Proposé', accepted: 'Accepté', 'meeting-scheduled': 'Rencontre prévue', validated: 'Rencontre validée', signing: 'Contrat à signer', active: 'Actif',
    refused: 'Refusé', expired: 'Expiré', declined: 'Décliné', cancelled: 'Annulé', closed: 'Clôturé', paused: 'En pause',
  },
  duoEvents: {
    propose: 'Proposé', accept: 'Accepté', refuse: 'Refusé', expire: 'Délai dépassé', 'schedule-meeting': 'Rencontre fixée', validate: 'Rencontre validée',
    decline: 'Rencontre déclinée', 'contract-generated': 'Contrat préparé', sign: 'Contrat signé', cancel: 'Annulé', close: 'Clôturé', pause: 'Mis en pause', resume: 'Repris',
  },
  sides: { mentor: 'Mentor', mentee: 'Mentoré·e' },
  parties: { mentor: 'le ou la mentor', mentee: 'le ou la mentoré·e', organisation: 'l’organisation' },
  placeKinds: { 'mentor-workplace': 'Sur le lieu de travail du mentor', 'neutral-with-staff': 'En lieu neutre, avec un membre de l’équipe', free: 'Au lieu choisi par le binôme' },
  deciders: { 'planned-end': 'Fin prévue atteinte', mentee: 'Le ou la mentoré·e', mentor: 'Le mentor', both: 'Les deux, d’un commun accord', coordinator: 'La coordination' },
  actionStatuses: { planned: 'Prévue', 'in-progress': 'En cours', done: 'Faite', dropped: 'Abandonnée' },
  contacts: { 'in-person': 'Rencontre', video: 'Rencontre en visio', phone: 'Appel', email: 'E-mail', message: 'Message' },
  checkInChannels: { phone: 'Téléphone', video: 'Visio', 'in-person': 'En personne', email: 'E-mail', message: 'Message' },
  closingStates: { scheduled: 'Programmé', held: 'Tenu' },
  situations: { employed: 'En emploi', training: 'En formation', 'job-seeking': 'En recherche d’emploi', other: 'Autre' },
  personStages: {
    applied: 'Candidat·e', informed: 'Informé·e', interviewed: 'Reçu·e en entretien', accepted: 'Accepté·e', refused: 'Refusé·e', trained: 'Formé·e',
    ready: 'Prêt·e pour l’appariement', matched: 'En binôme', closed: 'Clôturé·e',
  },
  decisions: { accepted: 'Accepté·e', refused: 'Refusé·e' },
  evaluationMoments: { start: 'Début', midterm: 'Mi-parcours', end: 'Fin du binôme', 'after-3-months': 'Trois mois après' },
  evaluationStates: { sent: 'Envoyé', answered: 'Répondu', expired: 'Expiré sans réponse' },
  mailKinds: {
    'engagement-contract': 'Contrat d’engagement', 'mentee-profile-sheet': 'Fiche de la personne mentorée (jointe à une proposition)',
    'first-meeting-guide': 'Guide de la première rencontre', 'closing-interview': 'Canevas de l’entretien de clôture', 'evaluation-mentor': 'Évaluation par le mentor',
    'evaluation-mentee': 'Évaluation par la personne mentorée', 'email-invitation': 'E-mail : invitation', 'email-sign-in-code': 'E-mail : code de connexion',
    'email-proposal': 'E-mail : proposition de binôme', 'email-proposal-reminder': 'E-mail : rappel de proposition', 'email-duo-started': 'E-mail : début du binôme',
    'email-check-in-reminder': 'E-mail : rappel de suivi', 'email-evaluation': 'E-mail : évaluation', 'email-evaluation-reminder': 'E-mail : rappel de l’évaluation',
    'email-closure': 'E-mail : clôture', 'email-information-session': 'E-mail : invitation à une séance d’information',
    'email-training-session': 'E-mail : invitation à la formation des mentors', 'email-application-received': 'E-mail : candidature reçue',
    'email-decision': 'E-mail : décision après l’entretien', 'email-contract-to-sign': 'E-mail : contrat d’engagement à signer',
    'email-cadence-reminder': 'E-mail : rappel des rencontres au binôme', 'email-alerts-digest': 'E-mail : résumé quotidien des alertes',
    'email-peer-meeting': 'E-mail : invitation à une rencontre entre mentors', 'email-closing-interview': 'E-mail : invitation à l’entretien de clôture',
    'email-newsletter': 'E-mail : lettre d’information aux mentors', 'email-partner-summary': 'E-mail : résumé mensuel aux partenaires orienteurs',
  },
  languages: { fr: 'Français', en: 'Anglais', nl: 'Néerlandais' },
  auditActions: {
    'admin.appointed-by-operator': 'Admin nommé par l’opérateur', 'personal-data.read': 'Lecture de données personnelles',
    'personal-data.change': 'Modification de données personnelles', 'person.erased': 'Données effacées',
  },
  yes: 'Oui', no: 'Non',
  timeline: {
    created: {
      staff: 'Fiche créée par l’équipe.', application: 'Fiche créée par une candidature en ligne.', referral: 'Fiche créée par l’orientation d’un partenaire.',
      import: 'Fiche créée par un import de tableur.',
    },
    edited: 'Fiche modifiée :', stage: (from, to) => `Étape : ${from} → ${to}`, interview: 'Entretien individuel enregistré.', consentWithdrawn: 'Consentement retiré.',
  },
}

const en: CodeWords = {
  duoStates: {
    proposed: 'Proposed', accepted: 'Accepted', 'meeting-scheduled': 'Meeting scheduled', validated: 'Meeting validated', signing: 'Contract to sign', active: 'Active',
    refused: 'Refused', expired: 'Expired', declined: 'Declined', cancelled: 'Cancelled', closed: 'Closed', paused: 'Paused',
  },
  duoEvents: {
    propose: 'Proposed', accept: 'Accepted', refuse: 'Refused', expire: 'Deadline passed', 'schedule-meeting': 'Meeting scheduled', validate: 'Meeting validated',
    decline: 'Meeting declined', 'contract-generated': 'Contract prepared', sign: 'Contract signed', cancel: 'Cancelled', close: 'Closed', pause: 'Paused', resume: 'Resumed',
  },
  sides: { mentor: 'Mentor', mentee: 'Mentee' },
  parties: { mentor: 'the mentor', mentee: 'the mentee', organisation: 'the organisation' },
  placeKinds: { 'mentor-workplace': 'At the mentor’s workplace', 'neutral-with-staff': 'On neutral ground, with a member of staff', free: 'Where the duo chooses' },
  deciders: { 'planned-end': 'Planned end reached', mentee: 'The mentee', mentor: 'The mentor', both: 'Both, by agreement', coordinator: 'The coordinator' },
  actionStatuses: { planned: 'Planned', 'in-progress': 'Under way', done: 'Done', dropped: 'Dropped' },
  contacts: { 'in-person': 'Meeting', video: 'Video meeting', phone: 'Call', email: 'E-mail', message: 'Message' },
  checkInChannels: { phone: 'Phone', video: 'Video call', 'in-person': 'In person', email: 'E-mail', message: 'Message' },
  closingStates: { scheduled: 'Scheduled', held: 'Held' },
  situations: { employed: 'Employed', training: 'In training', 'job-seeking': 'Looking for work', other: 'Other' },
  personStages: {
    applied: 'Applied', informed: 'Informed', interviewed: 'Interviewed', accepted: 'Accepted', refused: 'Refused', trained: 'Trained',
    ready: 'Ready to match', matched: 'In a duo', closed: 'Closed',
  },
  decisions: { accepted: 'Accepted', refused: 'Refused' },
  evaluationMoments: { start: 'Start', midterm: 'Midway', end: 'End of the duo', 'after-3-months': 'Three months after' },
  evaluationStates: { sent: 'Sent', answered: 'Answered', expired: 'Expired unanswered' },
  mailKinds: {
    'engagement-contract': 'Engagement contract', 'mentee-profile-sheet': 'Mentee profile sheet (sent with a proposal)', 'first-meeting-guide': 'First-meeting guide',
    'closing-interview': 'Closing-interview canvas', 'evaluation-mentor': 'Mentor’s evaluation', 'evaluation-mentee': 'Mentee’s evaluation',
    'email-invitation': 'E-mail: invitation', 'email-sign-in-code': 'E-mail: sign-in code', 'email-proposal': 'E-mail: duo proposal',
    'email-proposal-reminder': 'E-mail: proposal reminder', 'email-duo-started': 'E-mail: duo started', 'email-check-in-reminder': 'E-mail: check-in reminder',
    'email-evaluation': 'E-mail: evaluation', 'email-evaluation-reminder': 'E-mail: evaluation reminder', 'email-closure': 'E-mail: closure',
    'email-information-session': 'E-mail: information session invitation', 'email-training-session': 'E-mail: mentor training invitation',
    'email-application-received': 'E-mail: application received', 'email-decision': 'E-mail: decision after the interview',
    'email-contract-to-sign': 'E-mail: engagement contract to sign', 'email-cadence-reminder': 'E-mail: meetings reminder to the duo',
    'email-alerts-digest': 'E-mail: daily alerts digest', 'email-peer-meeting': 'E-mail: invitation to a mentors’ peer meeting',
    'email-closing-interview': 'E-mail: closing interview invitation', 'email-newsletter': 'E-mail: newsletter to the mentors',
    'email-partner-summary': 'E-mail: monthly summary to referring partners',
  },
  languages: { fr: 'French', en: 'English', nl: 'Dutch' },
  auditActions: {
    'admin.appointed-by-operator': 'Admin appointed by the operator', 'personal-data.read': 'Personal data read', 'personal-data.change': 'Personal data changed',
    'person.erased': 'Data erased',
  },
  yes: 'Yes', no: 'No',
  timeline: {
    created: {
      staff: 'Record created by the team.', application: 'Record created by an online application.', referral: 'Record created by a partner’s referral.',
      import: 'Record created by a spreadsheet import.',
    },
    edited: 'Record changed:', stage: (from, to) => `Stage: ${from} → ${to}`, interview: 'Individual interview recorded.', consentWithdrawn: 'Consent withdrawn.',
  },
}

const nl: CodeWords = {
  duoStates: {
    proposed: 'Voorgesteld', accepted: 'Aanvaard', 'meeting-scheduled': 'Ontmoeting gepland', validated: 'Ontmoeting bevestigd', signing: 'Contract te ondertekenen',
    active: 'Actief', refused: 'Geweigerd', expired: 'Verlopen', declined: 'Afgewezen', cancelled: 'Geannuleerd', closed: 'Afgesloten', paused: 'Gepauzeerd',
  },
  duoEvents: {
    propose: 'Voorgesteld', accept: 'Aanvaard', refuse: 'Geweigerd', expire: 'Termijn verstreken', 'schedule-meeting': 'Ontmoeting gepland', validate: 'Ontmoeting bevestigd',
    decline: 'Ontmoeting afgewezen', 'contract-generated': 'Contract opgesteld', sign: 'Contract ondertekend', cancel: 'Geannuleerd', close: 'Afgesloten', pause: 'Gepauzeerd',
    resume: 'Hervat',
  },
  sides: { mentor: 'Mentor', mentee: 'Mentee' },
  parties: { mentor: 'de mentor', mentee: 'de mentee', organisation: 'de organisatie' },
  placeKinds: { 'mentor-workplace': 'Op de werkplek van de mentor', 'neutral-with-staff': 'Op neutraal terrein, met een medewerker erbij', free: 'Waar het duo kiest' },
  deciders: { 'planned-end': 'Gepland einde bereikt', mentee: 'De mentee', mentor: 'De mentor', both: 'Beiden, in onderling overleg', coordinator: 'De coördinatie' },
  actionStatuses: { planned: 'Gepland', 'in-progress': 'Bezig', done: 'Gedaan', dropped: 'Stopgezet' },
  contacts: { 'in-person': 'Ontmoeting', video: 'Videogesprek', phone: 'Telefoon', email: 'E-mail', message: 'Bericht' },
  checkInChannels: { phone: 'Telefoon', video: 'Videogesprek', 'in-person': 'Persoonlijk', email: 'E-mail', message: 'Bericht' },
  closingStates: { scheduled: 'Gepland', held: 'Gehouden' },
  situations: { employed: 'Aan het werk', training: 'In opleiding', 'job-seeking': 'Werkzoekend', other: 'Andere' },
  personStages: {
    applied: 'Kandidaat', informed: 'Geïnformeerd', interviewed: 'Intakegesprek gehad', accepted: 'Aanvaard', refused: 'Geweigerd', trained: 'Opgeleid',
    ready: 'Klaar voor koppeling', matched: 'In een duo', closed: 'Afgesloten',
  },
  decisions: { accepted: 'Aanvaard', refused: 'Geweigerd' },
  evaluationMoments: { start: 'Begin', midterm: 'Halverwege', end: 'Einde van het duo', 'after-3-months': 'Drie maanden later' },
  evaluationStates: { sent: 'Verstuurd', answered: 'Beantwoord', expired: 'Verlopen zonder antwoord' },
  mailKinds: {
    'engagement-contract': 'Engagementscontract', 'mentee-profile-sheet': 'Fiche van de mentee (bij een voorstel)', 'first-meeting-guide': 'Gids voor de eerste ontmoeting',
    'closing-interview': 'Leidraad voor het afsluitgesprek', 'evaluation-mentor': 'Evaluatie door de mentor', 'evaluation-mentee': 'Evaluatie door de mentee',
    'email-invitation': 'E-mail: uitnodiging', 'email-sign-in-code': 'E-mail: aanmeldcode', 'email-proposal': 'E-mail: duovoorstel',
    'email-proposal-reminder': 'E-mail: herinnering voorstel', 'email-duo-started': 'E-mail: start van het duo', 'email-check-in-reminder': 'E-mail: herinnering opvolging',
    'email-evaluation': 'E-mail: evaluatie', 'email-evaluation-reminder': 'E-mail: herinnering evaluatie', 'email-closure': 'E-mail: afsluiting',
    'email-information-session': 'E-mail: uitnodiging voor een infosessie', 'email-training-session': 'E-mail: uitnodiging voor de mentoropleiding',
    'email-application-received': 'E-mail: aanvraag ontvangen', 'email-decision': 'E-mail: beslissing na het gesprek',
    'email-contract-to-sign': 'E-mail: te ondertekenen engagementsovereenkomst', 'email-cadence-reminder': 'E-mail: herinnering aan ontmoetingen voor het duo',
    'email-alerts-digest': 'E-mail: dagelijkse samenvatting van meldingen', 'email-peer-meeting': 'E-mail: uitnodiging voor een mentorenbijeenkomst',
    'email-closing-interview': 'E-mail: uitnodiging voor het afsluitgesprek', 'email-newsletter': 'E-mail: nieuwsbrief voor de mentoren',
    'email-partner-summary': 'E-mail: maandelijkse samenvatting voor doorverwijzende partners',
  },
  languages: { fr: 'Frans', en: 'Engels', nl: 'Nederlands' },
  auditActions: {
    'admin.appointed-by-operator': 'Beheerder aangesteld door de operator', 'personal-data.read': 'Persoonsgegevens ingezien', 'personal-data.change': 'Persoonsgegevens gewijzigd',
    'person.erased': 'Gegevens gewist',
  },
  yes: 'Ja', no: 'Nee',
  timeline: {
    created: {
      staff: 'Fiche aangemaakt door het team.', application: 'Fiche aangemaakt via een online kandidatuur.', referral: 'Fiche aangemaakt via een doorverwijzing door een partner.',
      import: 'Fiche aangemaakt via een import uit een rekenblad.',
    },
    edited: 'Fiche gewijzigd:', stage: (from, to) => `Fase: ${from} → ${to}`, interview: 'Individueel intakegesprek geregistreerd.', consentWithdrawn: 'Toestemming ingetrokken.',
  },
}

/** The codes' words in each interface language. */
export const codeWords: Record<Locale, CodeWords> = { fr, en, nl }

/** A duo's state in words, per language: the screens', the tracking sheet's, the results files' and the export's. */
export const duoStateWords: Record<Locale, Record<DuoState, string>> = { fr: fr.duoStates, en: en.duoStates, nl: nl.duoStates }

/**
 * The word of a code in a table, or the code itself when the table has none: a record written before a code was
 * renamed, or by a newer version, still prints rather than failing the whole file.
 *
 * @example
 * wordOf(codeWords.fr.duoStates, 'active') // 'Actif'
 * wordOf(codeWords.fr.duoStates, 'archived') // 'archived'
 */
export function wordOf(table: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (code === null || code === undefined) return ''
  return Object.hasOwn(table, code) ? table[code]! : code
}
