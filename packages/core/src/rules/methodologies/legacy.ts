import type { FormField } from '../forms'

/**
 * Turning the words of the older fixed person record (the demo data speaks French: "Banque et assurances",
 * "Infirmière en chef", "arabe") into answers to a methodology's forms: option values and ISO 639 codes.
 */

const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('fr')

/**
 * Job titles of the demo data that are not themselves an option label, mapped onto the job family they belong to
 * (the title itself goes to the `jobTitle` field).
 */
export const functionAliases: Readonly<Record<string, string>> = {
  'responsable rh': 'HR-officer',
  'chef de projet it': 'project-manager',
  'infirmière en chef': 'nurse',
  'infirmière': 'nurse',
  'responsable d’entrepôt': 'warehouse-operator',
  'expert-comptable': 'accountant',
  'aide-comptable': 'accountant',
  'chef de cuisine': 'cook',
  'commis de cuisine': 'cook',
  'directrice d’école': 'manager',
  'attaché': 'civil-servant',
  'gestionnaire de dossiers': 'civil-servant',
  'gérante de magasin': 'manager',
  'gérante d’hôtel': 'manager',
  'responsable de rayon': 'manager',
  'responsable logistique': 'manager',
  'conducteur de travaux': 'manager',
  'chef de chantier': 'manager',
  'chargée de communication': 'communication-officer',
  'planificateur': 'planner',
  'développeur senior': 'developer',
  'développeur': 'developer',
  'assistante sociale': 'social-worker',
  'aide-soignante': 'caregiver',
  'ingénieur agronome': 'engineer',
  'formatrice fle': 'teacher',
  'institutrice': 'teacher',
  'professeur de mathématiques': 'teacher',
  'technicien de maintenance': 'technician',
  'technicien réseau': 'technician',
  'administrateur système': 'technician',
  'technicien de laboratoire': 'laboratory-technician',
  'technicienne agricole': 'farm-worker',
  'ouvrière agricole': 'farm-worker',
  'agriculteur': 'farm-worker',
  'médiatrice culturelle': 'cultural-mediator',
  'musicienne': 'artist',
  'soudeur': 'welder',
  'maçon': 'bricklayer',
  'menuisier': 'carpenter',
  'magasinier': 'warehouse-operator',
  'analyste financier': 'analyst',
  'électricien': 'electrician',
  'chauffeur': 'driver',
  'chauffeur-livreur': 'driver',
  'éducatrice': 'educator',
  'animatrice': 'educator',
  'assistante administrative': 'administrative-assistant',
  'vendeuse': 'sales',
  'vendeur': 'sales',
  'serveur': 'waiter',
  'opérateur de production': 'production-operator',
  'mécanicien': 'mechanic',
  'comptable': 'accountant',
  'graphiste': 'graphic-designer',
  'responsable qualité': 'quality-officer',
}

/**
 * The option value of a choice field for a word: the value itself, any of its labels (fr, en or nl, ignoring
 * case), or an alias; undefined when nothing fits.
 *
 * @example
 * choiceValueOf(findField(plsMenteeForm, 'sector')!, 'Banque et assurances') // 'finance'
 * choiceValueOf(findField(plsMentorForm, 'function')!, 'Infirmière en chef', functionAliases) // 'nurse'
 */
export function choiceValueOf(
  field: FormField, word: string, aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  const w = norm(word)
  for (const o of field.options ?? []) {
    if (norm(o.value) === w || norm(o.label.fr) === w || norm(o.label.en) === w || norm(o.label.nl) === w) return o.value
  }
  const aliased = aliases[w]
  return aliased !== undefined && (field.options ?? []).some((o) => o.value === aliased) ? aliased : undefined
}

/**
 * Language names (French, as the demo data has them, and English, as the matching bench has them) to the codes that
 * answers store: ISO 639-1, or ISO 639-3 for the languages without a two-letter code (Dari, Kabyle, Susu, Krio).
 */
export const languageCodes: Readonly<Record<string, string>> = {
  français: 'fr', french: 'fr',
  néerlandais: 'nl', dutch: 'nl',
  anglais: 'en', english: 'en',
  allemand: 'de', german: 'de',
  arabe: 'ar', arabic: 'ar',
  espagnol: 'es', spanish: 'es',
  portugais: 'pt', portuguese: 'pt',
  italien: 'it', italian: 'it',
  turc: 'tr', turkish: 'tr',
  russe: 'ru', russian: 'ru',
  ukrainien: 'uk', ukrainian: 'uk',
  polonais: 'pl', polish: 'pl',
  roumain: 'ro', romanian: 'ro',
  lingala: 'ln',
  swahili: 'sw',
  tigrinya: 'ti',
  amharique: 'am', amharic: 'am',
  persan: 'fa', persian: 'fa',
  // No two-letter code: ISO 639-3 gives them three letters (answers accept these, see the core's language codes).
  dari: 'prs',
  kabyle: 'kab',
  soussou: 'sus', susu: 'sus',
  krio: 'kri',
  pachto: 'ps', pashto: 'ps',
  kurde: 'ku', kurdish: 'ku',
  peul: 'ff', fula: 'ff',
  wolof: 'wo',
  bambara: 'bm',
  igbo: 'ig',
  hindi: 'hi',
  kirundi: 'rn',
}

/**
 * The ISO 639 code of a language named in French or English; undefined when unknown.
 *
 * @example
 * languageCodeOf('néerlandais') // 'nl'
 */
export function languageCodeOf(name: string): string | undefined {
  return languageCodes[norm(name)]
}
