import type { Locale } from '@binome/core'
import type { Catalogue } from '../shared/words'

/**
 * The CSV's last two columns: the state and outcome as stable codes, the same in every language, for analysts who
 * join files or count by code; the columns before say them in the reader's words.
 */
const codeHeaders = ['state_code', 'outcome_code'] as const

/**
 * The words of the results files for funders (XLSX, PDF, CSV), fr/en/nl: the server's own, as the other files'; one
 * catalogue per module, each language checked key for key against the French (why: ../shared/words.ts).
 */
const resultsWordsFr = {
  file: 'resultats', whole: 'organisation', breakdown: 'Par programme', breakdownHeaders: ['Programme', 'Commencés', 'En cours', 'Terminés', 'Sorties positives (%)', 'Emploi (%)'],
  figures: 'Chiffres', exits: 'Sorties par issue', programme: 'Programme', window: 'Période',
  sponsorship: 'Mécénat de compétences', sponsorshipHeaders: ['Entreprise', 'Mentors', 'Heures', 'Valeur (€)'], total: 'Total',
  sponsoredHours: 'Heures de mécénat de compétences par entreprise',
  basis: { period: 'sur la période', cohort: 'cohorte des binômes commencés' }, headers: ['Chiffre', 'Valeur', 'Nombre', 'Sur'],
  exitHeaders: ['Issue', 'Classe', 'Binômes'], classes: { positive: 'positive', negative: 'négative' },
  rows: {
    started: 'Binômes commencés', active: 'Binômes en cours', closed: 'Binômes terminés', positiveExits: 'Sorties positives (%)',
    employment: 'Emploi (%)', earlyEnds: 'Fins anticipées (%)', medianDurationDays: 'Durée médiane (jours)',
    meetings: 'Rencontres par mois', cadence: 'Cadence demandée (par mois)', checkInsOnTime: 'Suivis à temps (%)',
    evaluationResponses: 'Évaluations répondues (%)', satisfaction: 'Satisfaction moyenne (sur 5)',
  },
  pdf: {
    title: 'Résultats pour les financeurs', organisation: 'Organisation', generated: 'Généré le', rates: 'Taux (%)',
    meetings: 'Rencontres par mois, face à la cadence', meetingsDone: 'Réalisées', cadence: 'Demandées', none: 'Aucune donnée sur cette période',
    footer: 'Calculé par Binôme à partir des lignes de suivi des binômes. Un taux sans binôme concerné est indiqué « – ».',
  },
  csvFile: 'binomes-anonymises',
  csv: ['N°', 'Programme', 'État', 'Début', 'Fin prévue', 'Fin réelle', 'Issue', 'Fin anticipée', 'Durée (jours)', 'Rencontres',
    'Suivis dus', 'Suivis à temps', 'Évaluations envoyées', 'Évaluations répondues', 'Satisfaction (sur 5)',
    'Âge du mentee', 'Secteur du mentee', 'Localité du mentee', ...codeHeaders],
  yes: 'oui', no: 'non',
} as const

export const resultsWords: Catalogue<typeof resultsWordsFr> = {
  fr: resultsWordsFr,
  en: {
    file: 'results', whole: 'organisation', breakdown: 'By programme', breakdownHeaders: ['Programme', 'Started', 'Running', 'Ended', 'Positive exits (%)', 'Jobs (%)'],
    figures: 'Figures', exits: 'Exits by outcome', programme: 'Programme', window: 'Period',
    sponsorship: 'Skills sponsorship', sponsorshipHeaders: ['Company', 'Mentors', 'Hours', 'Value (€)'], total: 'Total',
    sponsoredHours: 'Skills-sponsorship hours per company',
    basis: { period: 'over the period', cohort: 'cohort of the duos started' }, headers: ['Figure', 'Value', 'Count', 'Of'],
    exitHeaders: ['Outcome', 'Class', 'Duos'], classes: { positive: 'positive', negative: 'negative' },
    rows: {
      started: 'Duos started', active: 'Duos running', closed: 'Duos ended', positiveExits: 'Positive exits (%)',
      employment: 'Jobs (%)', earlyEnds: 'Early ends (%)', medianDurationDays: 'Median duration (days)',
      meetings: 'Meetings per month', cadence: 'Cadence asked (per month)', checkInsOnTime: 'Check-ins on time (%)',
      evaluationResponses: 'Evaluations answered (%)', satisfaction: 'Average satisfaction (out of 5)',
    },
    pdf: {
      title: 'Results for funders', organisation: 'Organisation', generated: 'Generated on', rates: 'Rates (%)',
      meetings: 'Meetings per month, against the cadence', meetingsDone: 'Held', cadence: 'Asked', none: 'No data for this period',
      footer: 'Computed by Binôme from the duos\' tracking lines. A rate with no duo to count is shown as "–".',
    },
    csvFile: 'anonymised-duos',
    csv: ['No.', 'Programme', 'State', 'Start', 'Planned end', 'Actual end', 'Outcome', 'Early end', 'Duration (days)', 'Meetings',
      'Check-ins due', 'Check-ins on time', 'Evaluations sent', 'Evaluations answered', 'Satisfaction (out of 5)',
      'Mentee age', 'Mentee sector', 'Mentee locality', ...codeHeaders],
    yes: 'yes', no: 'no',
  },
  nl: {
    file: 'resultaten', whole: 'organisatie', breakdown: 'Per programma', breakdownHeaders: ['Programma', 'Gestart', 'Lopend', 'Beëindigd', 'Positieve uitstroom (%)', 'Werk (%)'],
    figures: 'Cijfers', exits: 'Uitstroom per resultaat', programme: 'Programma', window: 'Periode',
    sponsorship: 'Competentiesponsoring', sponsorshipHeaders: ['Bedrijf', 'Mentoren', 'Uren', 'Waarde (€)'], total: 'Totaal',
    sponsoredHours: 'Uren competentiesponsoring per bedrijf',
    basis: { period: 'over de periode', cohort: 'cohort van de gestarte duo’s' }, headers: ['Cijfer', 'Waarde', 'Aantal', 'Op'],
    exitHeaders: ['Resultaat', 'Klasse', 'Duo’s'], classes: { positive: 'positief', negative: 'negatief' },
    rows: {
      started: 'Gestarte duo’s', active: 'Lopende duo’s', closed: 'Beëindigde duo’s', positiveExits: 'Positieve uitstroom (%)',
      employment: 'Werk (%)', earlyEnds: 'Vroegtijdig beëindigd (%)', medianDurationDays: 'Mediane duur (dagen)',
      meetings: 'Ontmoetingen per maand', cadence: 'Gevraagde cadans (per maand)', checkInsOnTime: 'Opvolgingen op tijd (%)',
      evaluationResponses: 'Beantwoorde evaluaties (%)', satisfaction: 'Gemiddelde tevredenheid (op 5)',
    },
    pdf: {
      title: 'Resultaten voor financiers', organisation: 'Organisatie', generated: 'Aangemaakt op', rates: 'Percentages (%)',
      meetings: 'Ontmoetingen per maand, tegenover de cadans', meetingsDone: 'Gehouden', cadence: 'Gevraagd', none: 'Geen gegevens voor deze periode',
      footer: 'Berekend door Binôme op basis van de opvolgingslijnen van de duo’s. Een percentage zonder duo wordt als "–" getoond.',
    },
    csvFile: 'geanonimiseerde-duos',
    csv: ['Nr.', 'Programma', 'Status', 'Start', 'Geplande einde', 'Werkelijk einde', 'Resultaat', 'Vroegtijdig einde', 'Duur (dagen)', 'Ontmoetingen',
      'Verschuldigde opvolgingen', 'Opvolgingen op tijd', 'Verstuurde evaluaties', 'Beantwoorde evaluaties', 'Tevredenheid (op 5)',
      'Leeftijd mentee', 'Sector mentee', 'Woonplaats mentee', ...codeHeaders],
    yes: 'ja', no: 'nee',
  },
}

// The results' files write days as every other document does (core's dayIn); kept here so their words stay one import.
export { dayIn } from '@binome/core'
