import type { Criterion, MenteeProfile, MentorProfile } from '../src/model/types'
import type { Locality } from '../src/geo/gazetteer'

/** Mulberry32: a small deterministic PRNG so every run builds the same people. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SECTORS = ['IT', 'healthcare', 'construction', 'logistics', 'retail', 'hospitality', 'finance', 'education', 'public administration', 'manufacturing', 'energy', 'social work', 'marketing', 'legal', 'agriculture', 'transport']
const FUNCTIONS = ['developer', 'nurse', 'accountant', 'project manager', 'technician', 'sales', 'teacher', 'engineer', 'administrative assistant', 'cook', 'driver', 'HR officer', 'electrician', 'analyst', 'caregiver', 'warehouse operator']
const LANGUAGES = ['french', 'dutch', 'english', 'german', 'arabic', 'spanish', 'portuguese', 'turkish', 'russian', 'italian', 'lingala', 'dari', 'tigrinya', 'polish', 'romanian', 'swahili']
const HOBBIES = ['football', 'cooking', 'reading', 'music', 'hiking', 'cycling', 'photography', 'chess', 'gardening', 'dance', 'painting', 'swimming', 'cinema', 'volunteering', 'travel', 'yoga', 'running', 'theatre', 'gaming', 'crafts']
const TERMS = ['recherche emploi stable', 'formation professionnelle', 'réseau professionnel', 'améliorer mon français', 'préparer entretien', 'rédiger CV', 'reconversion secteur', 'confiance en soi', 'comprendre marché travail belge', 'équivalence diplôme', 'stage entreprise', 'créer entreprise', 'informatique développement', 'soins infirmiers', 'logistique transport', 'comptabilité gestion', 'accompagnement personnalisé', 'partager expérience', 'transmettre savoir', 'motivation engagement', 'parcours migratoire', 'intégration sociale', 'projet professionnel clair', 'apprendre néerlandais']

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
const pickSome = <T>(random: () => number, list: readonly T[], min: number, max: number): T[] => {
  const count = min + Math.floor(random() * (max - min + 1))
  const out = new Set<T>()
  while (out.size < count) out.add(pick(random, list))
  return [...out]
}
const sentence = (random: () => number) => pickSome(random, TERMS, 2, 4).join(', ')

/** The eight PLS criteria: geography (mandatory), sector, function, path, age, language, expectations, hobbies. */
export function plsCriteria(maxKm = 15): Criterion[] {
  return [
    { id: 'geo', label: 'geographic accessibility', kind: 'geo', weight: 8, mandatory: true, maxKm, bands: [{ maxKm: 5, credit: 1 }, { maxKm: 10, credit: 0.7 }, { maxKm, credit: 0.4 }] },
    { id: 'sector', kind: 'categorical', field: 'sector', weight: 7, similarity: { IT: { finance: 0.3, marketing: 0.3 }, healthcare: { 'social work': 0.6 }, logistics: { transport: 0.8 } } },
    { id: 'function', kind: 'categorical', field: 'function', weight: 5, similarity: { nurse: { caregiver: 0.7 }, developer: { analyst: 0.5 }, technician: { electrician: 0.6, engineer: 0.5 } } },
    { id: 'path', kind: 'text', field: 'path', weight: 3 },
    { id: 'age', kind: 'numeric', field: 'age', weight: 2, tolerance: 30, direction: 'any' },
    { id: 'language', kind: 'overlap', field: 'languages', weight: 6, mandatory: true },
    { id: 'expectations', kind: 'text', field: 'expectations', mentorField: 'motivation', weight: 4 },
    { id: 'hobbies', kind: 'overlap', field: 'hobbies', weight: 2, fullCreditAt: 2 },
  ]
}

/**
 * Realistic synthetic mentees and mentors over the given localities, drawn by population (cumulative weights), with
 * French or Dutch plus other languages, sectors, functions, hobbies, ages and short French free texts.
 */
export function syntheticPeople(localities: readonly Locality[], mentees: number, mentors: number, seed: number): { mentees: MenteeProfile[]; mentors: MentorProfile[] } {
  const random = seededRandom(seed)
  const cumulative = new Float64Array(localities.length)
  let total = 0
  // GeoNames lists places of more than 1,000 inhabitants (or seats): an unknown population counts as that floor.
  localities.forEach((l, k) => (cumulative[k] = total += Math.max(1000, l.population)))
  const place = () => {
    const x = random() * total
    let lo = 0
    let hi = localities.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] as number) < x) lo = mid + 1
      else hi = mid
    }
    return localities[lo] as Locality
  }
  const person = (id: string, minAge: number, maxAge: number) => {
    const locality = place()
    const home = locality.region === 'VLG' ? 'dutch' : 'french'
    // Drawn in this order so that the national instance stays the same person for person across versions.
    const values = {
      sector: pick(random, SECTORS),
      function: pick(random, FUNCTIONS),
      languages: [...new Set([home, ...pickSome(random, LANGUAGES, 0, 2)])],
      hobbies: pickSome(random, HOBBIES, 1, 4),
      age: minAge + Math.floor(random() * (maxAge - minAge)),
    }
    return { id, locality: locality.name, location: locality.location, values }
  }
  const width = String(Math.max(mentees, mentors)).length
  return {
    mentees: Array.from({ length: mentees }, (_, k) => {
      const p = person(`e${String(k).padStart(width, '0')}`, 19, 58)
      return { ...p, values: { ...p.values, path: sentence(random), expectations: sentence(random) } }
    }),
    mentors: Array.from({ length: mentors }, (_, k) => {
      const p = person(`m${String(k).padStart(width, '0')}`, 25, 67)
      return { ...p, values: { ...p.values, path: sentence(random), motivation: sentence(random) }, capacity: random() < 0.15 ? 2 + Math.floor(random() * 2) : 1 }
    }),
  }
}
