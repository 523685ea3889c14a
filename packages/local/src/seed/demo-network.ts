import { newNetworkPartner, type NetworkPartner, type NetworkPartnerDraft } from '@binome/core'

/**
 * MentorYou's local network in the demo (seed 001: "partenaires ISP"; seed 003: refused mentees are referred to
 * better-suited support): fictional Brussels services, two that refer job seekers, three that receive the people
 * the programme cannot take (one does both). The demo partner user (partenaire@mission-locale.demo) refers for the
 * first one.
 */
const partners: Array<{ id: string } & NetworkPartnerDraft> = [
  {
    id: 'antenne-emploi-schaerbeek', name: 'Antenne Emploi Schaerbeek', kinds: ['refers'],
    services: 'Accompagnement individuel des chercheur·euse·s d’emploi, ateliers CV et lettre de motivation, job coaching.',
    locality: 'Schaerbeek', contactName: 'Rachid Ouali', contactEmail: 'rachid.ouali@antenne-emploi.demo', contactPhone: '+32 2 240 11 20',
    website: 'https://antenne-emploi-schaerbeek.demo', active: true,
  },
  {
    id: 'service-social-saint-josse', name: 'Service social communal de Saint-Josse', kinds: ['refers', 'receives'],
    services: 'Aide sociale, revenu d’intégration, orientation vers l’insertion socioprofessionnelle (article 60).',
    locality: 'Saint-Josse-ten-Noode', contactName: 'Hélène Vandamme', contactEmail: 'insertion@social-sjtn.demo', contactPhone: '+32 2 220 26 00',
    website: '', active: true,
  },
  {
    id: 'ecole-francais-ixelles', name: 'Maison du français d’Ixelles', kinds: ['receives'],
    services: 'Cours de français langue étrangère du niveau A1 au B1, en journée et en soirée ; alphabétisation.',
    locality: 'Ixelles', contactName: 'Sophie Declercq', contactEmail: 'inscriptions@francais-ixelles.demo', contactPhone: '+32 2 515 60 40',
    website: 'https://francais-ixelles.demo', active: true,
  },
  {
    id: 'centre-formation-anderlecht', name: 'Centre de formation Cureghem Métiers', kinds: ['receives'],
    services: 'Formations qualifiantes : logistique (cariste), aide-soignant·e, horeca ; stages en entreprise.',
    locality: 'Anderlecht', contactName: 'Mehdi Tahiri', contactEmail: 'accueil@cureghem-metiers.demo', contactPhone: '+32 2 526 77 10',
    website: 'https://cureghem-metiers.demo', active: true,
  },
  {
    id: 'equivalences-bruxelles', name: 'Point Équivalences Bruxelles', kinds: ['receives'],
    services: 'Aide à la reconnaissance des diplômes obtenus à l’étranger (équivalences), permanences sans rendez-vous.',
    locality: 'Bruxelles', contactName: '', contactEmail: 'permanence@equivalences.demo', contactPhone: '',
    website: '', active: false,
  },
]

/** The demo network partners of one organisation. */
export function demoNetworkPartners(orgId: string, now: string): NetworkPartner[] {
  return partners.map(({ id, ...draft }) => newNetworkPartner(draft, { id, orgId, now }))
}

/** The network partner the demo partner user refers for. */
export const demoPartnerUserNetworkPartner = 'antenne-emploi-schaerbeek'

/** The name of one of the demo network partners, as the demo accounts name the partner user's service. */
export function demoNetworkPartnerName(id: string): string {
  const partner = partners.find((p) => p.id === id)
  if (!partner) throw new Error(`no demo network partner ${id}`)
  return partner.name
}

/**
 * Which PLS mentees (by index in `plsMentees`) a partner referred, with the note it wrote: most by the demo partner
 * user's service, two by the social service (which the partner user must never see).
 */
export function demoReferral(i: number): { networkPartnerId: string; note: string } | undefined {
  const notes = [
    'Suivi·e chez nous depuis plusieurs mois, très motivé·e, cherche à se constituer un réseau.',
    'Diplôme étranger en cours de reconnaissance ; un·e mentor du secteur l’aiderait beaucoup.',
    'A terminé notre module « codes du recrutement », prêt·e pour un mentorat.',
  ]
  if (i % 3 === 0) return { networkPartnerId: demoPartnerUserNetworkPartner, note: notes[(i / 3) % notes.length]! }
  if (i === 4 || i === 13) return { networkPartnerId: 'service-social-saint-josse', note: 'Bénéficiaire d’un accompagnement social, souhaite reprendre un emploi.' }
  return undefined
}

/**
 * Where the demo's refused MentorYou mentee was referred (the refusal's reason: a qualifying training first): the
 * training centre, one of the partners that receive people.
 */
export const demoOnwardReferral = 'centre-formation-anderlecht'
