import type { Locale } from '@binome/core'

/** The words of a personal-data export, in the interface languages (the PDF is made on the server). */
export const exportLabels = {
  fr: {
    title: (name: string) => `Données personnelles de ${name}`,
    subtitle: (org: string, programme: string, at: string) => `${org} — ${programme}. Exportées le ${at}.`,
    identity: 'Identité', firstName: 'Prénom', lastName: 'Nom', email: 'Adresse e-mail', phone: 'Téléphone', birthDate: 'Date de naissance',
    pipeline: 'Parcours', stage: 'Étape', since: 'Depuis', decision: 'Décision', reason: 'Motif', referredTo: 'Orienté·e vers',
    interview: 'Entretien individuel', answers: 'Réponses au formulaire', timeline: 'Historique des modifications', audit: 'Consultations et modifications par l’équipe',
    by: 'par', route: 'action',
    applications: 'Candidatures et consentement', received: 'Candidature reçue le', repeat: 'candidature répétée',
    consentGiven: 'Consentement donné le', notice: 'au texte d’information, version', consentWithdrawn: 'Consentement retiré le',
    submitted: 'Envoyé',
    mails: 'E-mails envoyés', mailTo: 'À',
  },
  en: {
    title: (name: string) => `Personal data of ${name}`,
    subtitle: (org: string, programme: string, at: string) => `${org} — ${programme}. Exported on ${at}.`,
    identity: 'Identity', firstName: 'First name', lastName: 'Last name', email: 'E-mail address', phone: 'Phone', birthDate: 'Date of birth',
    pipeline: 'Path', stage: 'Stage', since: 'Since', decision: 'Decision', reason: 'Reason', referredTo: 'Referred to',
    interview: 'Individual interview', answers: 'Answers to the form', timeline: 'History of changes', audit: 'Reads and changes by staff',
    by: 'by', route: 'action',
    applications: 'Applications and consent', received: 'Application received on', repeat: 'repeated application',
    consentGiven: 'Consent given on', notice: 'to the privacy notice, version', consentWithdrawn: 'Consent withdrawn on',
    submitted: 'Sent',
    mails: 'E-mails sent', mailTo: 'To',
  },
  nl: {
    title: (name: string) => `Persoonsgegevens van ${name}`,
    subtitle: (org: string, programme: string, at: string) => `${org} — ${programme}. Geëxporteerd op ${at}.`,
    identity: 'Identiteit', firstName: 'Voornaam', lastName: 'Achternaam', email: 'E-mailadres', phone: 'Telefoon', birthDate: 'Geboortedatum',
    pipeline: 'Traject', stage: 'Stap', since: 'Sinds', decision: 'Beslissing', reason: 'Reden', referredTo: 'Doorverwezen naar',
    interview: 'Individueel gesprek', answers: 'Antwoorden op het formulier', timeline: 'Geschiedenis van wijzigingen', audit: 'Raadplegingen en wijzigingen door het team',
    by: 'door', route: 'actie',
    applications: 'Aanvragen en toestemming', received: 'Aanvraag ontvangen op', repeat: 'herhaalde aanvraag',
    consentGiven: 'Toestemming gegeven op', notice: 'voor de privacyverklaring, versie', consentWithdrawn: 'Toestemming ingetrokken op',
    submitted: 'Verzonden',
    mails: 'Verzonden e-mails', mailTo: 'Aan',
  },
} satisfies Record<Locale, Record<string, unknown>>
