import type { Locale } from '@binome/core'

/**
 * The words of a personal-data export, in the interface languages (the PDF is made on the server): the export's own
 * labels, and the screens' words for the fields it shares with them (the interview's, the job search's). The codes
 * it prints (states, steps, channels...) are said with ./code-words, as on the screens.
 */
const fr = {
  title: (name: string) => `Données personnelles de ${name}`,
  subtitle: (org: string, programme: string, at: string) => `${org} — ${programme}. Exportées le ${at}.`,
  identity: 'Identité', firstName: 'Prénom', lastName: 'Nom', email: 'Adresse e-mail', phone: 'Téléphone', birthDate: 'Date de naissance',
  pipeline: 'Parcours', stage: 'Étape', decision: 'Décision', reason: 'Motif', referredTo: 'Orienté·e vers',
  interview: 'Entretien individuel', answers: 'Réponses au formulaire', timeline: 'Historique des modifications', audit: 'Consultations et modifications par l’équipe',
  by: 'par', route: 'action',
  applications: 'Candidatures et consentement', received: 'Candidature reçue le', repeat: 'candidature répétée',
  consentGiven: 'Consentement donné le', notice: 'au texte d’information, version', consentWithdrawn: 'Consentement retiré le',
  submitted: 'Envoyé',
  mails: 'E-mails envoyés', mailTo: 'À',
  duo: (mentor: string, mentee: string) => `Binôme ${mentee} – ${mentor}`, duoState: 'État', duoDates: 'Début et fin prévue', closure: 'Fin',
  intake: 'Prise de contact (forces et faiblesses)', plan: 'Plan d’actions', log: 'Rencontres et contacts', checkIns: 'Points de suivi', progress: 'Recherche d’emploi', closingInterview: 'Entretien de clôture', followUps: 'Suivi après le binôme',
  evaluations: 'Évaluations', evaluationSent: 'envoyée le', evaluationAnswered: 'répondue le', newsletter: 'Lettre d’information aux mentors', subscribed: 'Abonné·e', unsubscribedOn: 'Désabonné·e le',
  interviewFields: {
    heldOn: 'Date de l’entretien', interviewer: 'Mené par', durationMinutes: 'Durée (minutes)', commitsToDuration: 'S’engage sur la durée de l’accompagnement',
    commitsToFrequency: 'S’engage sur la fréquence des rencontres', expectations: 'Attentes exprimées', notes: 'Notes de l’entretien', checks: 'Conditions d’éligibilité',
  },
  /** Between a label and its value inside a line (French puts a space before the colon). */
  colon: ' : ',
  met: 'Remplie', notMet: 'Non remplie', note: 'Note', minutes: (n: number) => `${n} min`,
  meetingAt: (day: string, time: string) => `${day} à ${time} (heure de Bruxelles)`, heldOn: 'Tenu le', decidedBy: (who: string) => `décidé par : ${who}`,
  applicationsSent: 'Candidatures envoyées', jobInterviews: 'Entretiens d’embauche', offers: 'Offres reçues', followUpAfter: (months: number) => `${months} mois après la fin`,
}

/** The shape every language's words take: the French one. */
type ExportLabels = typeof fr

const en: ExportLabels = {
  title: (name: string) => `Personal data of ${name}`,
  subtitle: (org: string, programme: string, at: string) => `${org} — ${programme}. Exported on ${at}.`,
  identity: 'Identity', firstName: 'First name', lastName: 'Last name', email: 'E-mail address', phone: 'Phone', birthDate: 'Date of birth',
  pipeline: 'Path', stage: 'Stage', decision: 'Decision', reason: 'Reason', referredTo: 'Referred to',
  interview: 'Individual interview', answers: 'Answers to the form', timeline: 'History of changes', audit: 'Reads and changes by staff',
  by: 'by', route: 'action',
  applications: 'Applications and consent', received: 'Application received on', repeat: 'repeated application',
  consentGiven: 'Consent given on', notice: 'to the privacy notice, version', consentWithdrawn: 'Consent withdrawn on',
  submitted: 'Sent',
  mails: 'E-mails sent', mailTo: 'To',
  duo: (mentor: string, mentee: string) => `Duo ${mentee} – ${mentor}`, duoState: 'State', duoDates: 'Start and planned end', closure: 'End',
  intake: 'In-take (strengths and weaknesses)', plan: 'Action plan', log: 'Meetings and contacts', checkIns: 'Check-ins', progress: 'Job search', closingInterview: 'Closing interview', followUps: 'Follow-up after the duo',
  evaluations: 'Evaluations', evaluationSent: 'sent on', evaluationAnswered: 'answered on', newsletter: 'Mentors’ newsletter', subscribed: 'Subscribed', unsubscribedOn: 'Unsubscribed on',
  interviewFields: {
    heldOn: 'Interview date', interviewer: 'Held by', durationMinutes: 'Duration (minutes)', commitsToDuration: 'Commits to the length of the mentoring',
    commitsToFrequency: 'Commits to the frequency of the meetings', expectations: 'Expectations expressed', notes: 'Interview notes', checks: 'Eligibility conditions',
  },
  colon: ': ',
  met: 'Met', notMet: 'Not met', note: 'Note', minutes: (n: number) => `${n} min`,
  meetingAt: (day: string, time: string) => `${day} at ${time} (Brussels time)`, heldOn: 'Held on', decidedBy: (who: string) => `decided by: ${who}`,
  applicationsSent: 'Applications sent', jobInterviews: 'Job interviews', offers: 'Offers received', followUpAfter: (months: number) => `${months} months after the end`,
}

const nl: ExportLabels = {
  title: (name: string) => `Persoonsgegevens van ${name}`,
  subtitle: (org: string, programme: string, at: string) => `${org} — ${programme}. Geëxporteerd op ${at}.`,
  identity: 'Identiteit', firstName: 'Voornaam', lastName: 'Achternaam', email: 'E-mailadres', phone: 'Telefoon', birthDate: 'Geboortedatum',
  pipeline: 'Traject', stage: 'Stap', decision: 'Beslissing', reason: 'Reden', referredTo: 'Doorverwezen naar',
  interview: 'Individueel gesprek', answers: 'Antwoorden op het formulier', timeline: 'Geschiedenis van wijzigingen', audit: 'Raadplegingen en wijzigingen door het team',
  by: 'door', route: 'actie',
  applications: 'Aanvragen en toestemming', received: 'Aanvraag ontvangen op', repeat: 'herhaalde aanvraag',
  consentGiven: 'Toestemming gegeven op', notice: 'voor de privacyverklaring, versie', consentWithdrawn: 'Toestemming ingetrokken op',
  submitted: 'Verzonden',
  mails: 'Verzonden e-mails', mailTo: 'Aan',
  duo: (mentor: string, mentee: string) => `Duo ${mentee} – ${mentor}`, duoState: 'Status', duoDates: 'Start en gepland einde', closure: 'Einde',
  intake: 'Intake (sterktes en zwaktes)', plan: 'Actieplan', log: 'Ontmoetingen en contacten', checkIns: 'Opvolggesprekken', progress: 'Zoektocht naar werk', closingInterview: 'Afsluitend gesprek', followUps: 'Opvolging na het duo',
  evaluations: 'Evaluaties', evaluationSent: 'verzonden op', evaluationAnswered: 'beantwoord op', newsletter: 'Nieuwsbrief voor mentoren', subscribed: 'Ingeschreven', unsubscribedOn: 'Uitgeschreven op',
  interviewFields: {
    heldOn: 'Datum van het gesprek', interviewer: 'Gevoerd door', durationMinutes: 'Duur (minuten)', commitsToDuration: 'Engageert zich voor de duur van de begeleiding',
    commitsToFrequency: 'Engageert zich voor de frequentie van de ontmoetingen', expectations: 'Geuite verwachtingen', notes: 'Notities van het gesprek', checks: 'Toelatingsvoorwaarden',
  },
  colon: ': ',
  met: 'Vervuld', notMet: 'Niet vervuld', note: 'Notitie', minutes: (n: number) => `${n} min`,
  meetingAt: (day: string, time: string) => `${day} om ${time} (Brusselse tijd)`, heldOn: 'Gehouden op', decidedBy: (who: string) => `beslist door: ${who}`,
  applicationsSent: 'Verstuurde sollicitaties', jobInterviews: 'Sollicitatiegesprekken', offers: 'Ontvangen aanbiedingen', followUpAfter: (months: number) => `${months} maanden na het einde`,
}

/** The export's words in each language, each shaped as the French (a missing word fails the typecheck). */
export const exportLabels: Record<Locale, ExportLabels> = { fr, en, nl }
