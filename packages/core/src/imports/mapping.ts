import { formFields, type FieldKind, type IntakeForm, type LocalizedText } from '../rules/forms'

/**
 * Column mapping of a spreadsheet import: which column of the file fills which field of the person (identity) or
 * of the programme's intake form for their side. Pure: the file is read by the functions, this only matches names.
 */

/** The identity fields every person has, whatever the form asks (see `PersonIdentity`). */
export const identityFieldIds = ['firstName', 'lastName', 'email', 'phone', 'birthDate'] as const
export type IdentityFieldId = (typeof identityFieldIds)[number]

/** What a column can fill: an identity field or a form field, with the kind that says how its cells are read. */
export interface ImportTarget {
  id: string
  kind: FieldKind
  required: boolean
  /** Normalised names a header may have to be matched to this target (ids and labels in fr/en/nl). */
  names: string[]
}

/**
 * The names people give identity columns in French, English and Dutch spreadsheets (normalised as
 * {@link normaliseLabel} does), since identity has no form labels to match against.
 */
const identityNames: Record<IdentityFieldId, string[]> = {
  firstName: ['prenom', 'prenoms', 'first name', 'firstname', 'given name', 'voornaam', 'voornamen'],
  lastName: ['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name', 'achternaam', 'familienaam', 'naam'],
  email: ['email', 'e mail', 'courriel', 'adresse e mail', 'adresse email', 'mail', 'e mailadres', 'emailadres', 'email address', 'e mail address'],
  phone: ['telephone', 'tel', 'phone', 'phone number', 'gsm', 'mobile', 'portable', 'telefoon', 'telefoonnummer', 'numero de telephone'],
  birthDate: ['date de naissance', 'ne le', 'nee le', 'ne e le', 'birth date', 'date of birth', 'birthdate', 'dob', 'geboortedatum'],
}

const identityKinds: Record<IdentityFieldId, FieldKind> = {
  firstName: 'short-text', lastName: 'short-text', email: 'email', phone: 'phone', birthDate: 'date',
}

/**
 * A label as compared when matching: accents and case ignored, punctuation and runs of spaces as one space.
 *
 * @example
 * normaliseLabel('  Adresse E-mail ') // 'adresse e mail'
 * normaliseLabel('Secteur d’activité') // 'secteur d activite'
 */
export function normaliseLabel(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const labelNames = (l: LocalizedText) => [l.fr, l.en, l.nl].map(normaliseLabel)

/**
 * Everything a column of an import for one side may fill: identity first, then the form's fields in order.
 *
 * @example
 * importTargets(rules.forms.mentee).map((t) => t.id) // ['firstName', 'lastName', 'email', 'phone', 'birthDate', 'locality', ...]
 */
export function importTargets(form: IntakeForm): ImportTarget[] {
  const identity = identityFieldIds.map((id) => ({
    id, kind: identityKinds[id], required: id !== 'phone', names: [normaliseLabel(id), ...identityNames[id]],
  }))
  const fields = formFields(form)
    .filter((f) => !(identityFieldIds as readonly string[]).includes(f.id))
    .map((f) => ({ id: f.id, kind: f.kind, required: f.required, names: [normaliseLabel(f.id), ...labelNames(f.label)] }))
  return [...identity, ...fields]
}

/** Header → field id, or null for a column that is not imported. */
export type ImportMapping = Record<string, string | null>

/**
 * The mapping proposed for a file's headers: each header to the target one of whose names it is (ids and labels
 * in any of the three languages, accents and case ignored), each target filled by one column at most (the first),
 * every other column left out.
 *
 * @example
 * proposeMapping(['Prénom', 'NOM', 'Courriel', 'Secteur'], form) // { Prénom: 'firstName', NOM: 'lastName', Courriel: 'email', Secteur: 'sector' }
 */
export function proposeMapping(headers: readonly string[], form: IntakeForm): ImportMapping {
  const targets = importTargets(form)
  const taken = new Set<string>()
  const mapping: ImportMapping = {}
  for (const header of headers) {
    const name = normaliseLabel(header)
    const target = name === '' ? undefined : targets.find((t) => !taken.has(t.id) && t.names.includes(name))
    if (target) taken.add(target.id)
    mapping[header] = target?.id ?? null
  }
  return mapping
}

/**
 * Headers as columns are named in the mapping: trimmed, a blank one named after its column (`#3`), a repeated one
 * numbered (`Commentaire (2)`), so that every column has its own key.
 *
 * @example
 * uniqueHeaders(['Nom', '', 'Nom']) // ['Nom', '#2', 'Nom (2)']
 */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return headers.map((raw, i) => {
    const h = raw.replace(/\s+/g, ' ').trim() || `#${i + 1}`
    const n = (seen.get(h) ?? 0) + 1
    seen.set(h, n)
    return n === 1 ? h : `${h} (${n})`
  })
}
