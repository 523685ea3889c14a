import { describe, expect, it } from 'vitest'
import type { Application, Duo, Locale, Person, SentMail, TimelineEntry } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import { pdfText } from '@binome/documents/pdf-text'
import { generatePdf, type ExportedDuo } from './personal-data-pdf-sections'

/**
 * The export PDF says days, codes and answers in the reader's language with the screens' words; what it cannot
 * name (a code from a newer or older record) it prints as stored, never failing.
 */
const rules = methodologyRules('pls-mentoryou')!

const person = {
  id: 'mentee-01', orgId: 'o1', programmeId: 'p1', kind: 'mentee', firstName: 'Amal', lastName: 'Haddad', email: 'amal@exemple.be',
  birthDate: '1991-04-05', rulesVersion: 1, answers: { sector: 'IT', workPermit: true, jobSearchSince: '2026-02-01' },
  stage: 'matched', stageDates: { applied: '2026-09-01T08:00:00.000Z', accepted: '2026-09-20T09:00:00.000Z', matched: '2026-11-02T10:00:00.000Z' },
  decision: { outcome: 'accepted', at: '2026-09-20T09:00:00.000Z', by: 'coord-1' },
  interview: {
    heldOn: '2026-09-15', interviewer: 'coord-1', durationMinutes: 60, commitsToDuration: true, commitsToFrequency: false, expectations: 'Un stage', notes: '',
    checks: [{ itemId: 'mentee-gets-by-in-french', met: true }],
  },
  facets: {}, createdAt: '2026-09-01T08:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z', version: 4,
} as unknown as Person

const timeline = [
  { id: 't2', orgId: 'o1', programmeId: 'p1', personId: 'mentee-01', at: '2026-09-20T09:00:00.000Z', by: 'coord-1', kind: 'stage', stage: { from: 'interviewed', to: 'accepted', event: 'accept' } },
  { id: 't1', orgId: 'o1', programmeId: 'p1', personId: 'mentee-01', at: '2026-09-01T08:00:00.000Z', kind: 'created', source: 'application' },
] as TimelineEntry[]

const duo = {
  id: 'd1', programmeId: 'p1', menteeId: 'mentee-01', mentorId: 'mentor-01', state: 'active', startDate: '2026-11-03', plannedEndDate: '2027-05-03', closure: null,
} as unknown as Duo

const exportedDuo: ExportedDuo = {
  duo,
  timeline: [
    {
      id: 'e1', duoId: 'd1', programmeId: 'p1', at: '2026-10-10T12:00:00.000Z', event: 'schedule-meeting', from: 'accepted', to: 'meeting-scheduled',
      meeting: { startsAt: '2026-10-20T16:00:00.000Z', durationMinutes: 90, place: 'Rue Haute 1', placeKind: 'mentor-workplace' },
    },
    { id: 'e2', duoId: 'd1', programmeId: 'p1', at: '2026-10-21T12:00:00.000Z', event: 'validate', from: 'meeting-scheduled', to: 'meeting-scheduled', side: 'mentee' },
    // A step this version does not know (written by a newer one): printed by its code.
    { id: 'e3', duoId: 'd1', programmeId: 'p1', at: '2026-11-03T12:00:00.000Z', event: 'teleport' as never, from: 'signing', to: 'active' },
  ],
  intake: null, progress: null, closingInterview: null, followUps: [],
  actions: [{ goal: 'Décrocher un stage', action: 'Refaire le CV', status: 'in-progress', comments: [] } as unknown as ExportedDuo['actions'][number]],
  log: [{ date: '2026-11-10', kind: 'meeting', channel: 'video', minutes: 90, place: null, workedOn: 'Le CV', nextSteps: '' } as unknown as ExportedDuo['log'][number]],
  checkIns: [{ date: '2026-11-20', channel: 'phone', byName: 'Claire', notes: 'Tout va bien', followUps: [] } as unknown as ExportedDuo['checkIns'][number]],
  evaluations: [{ moment: 'start', side: 'mentee', state: 'answered', sentAt: '2026-11-04T08:00:00.000Z', answeredAt: '2026-11-06T08:00:00.000Z', answers: { overall: 4 } }],
}

const mails = [{ id: 'm1', orgId: 'o1', programmeId: 'p1', personId: 'mentee-01', kind: 'email-decision', subject: 'Votre candidature', to: 'amal@exemple.be', sentAt: '2026-09-20T09:05:00.000Z' }] as SentMail[]
const applications = [{
  receivedAt: '2026-09-01T08:00:00.000Z', repeat: false, notice: 'Vos données servent au programme.',
  consent: { purpose: 'application', noticeVersion: 1, locale: 'en', givenAt: '2026-09-01T08:00:00.000Z', withdrawnAt: null, rulesVersion: 1 },
}] as unknown as (Application & { notice: string })[]

async function exported(locale: Locale): Promise<string> {
  const bytes = await generatePdf({
    locale, person, timeline, mails, applications, rules,
    auditTrail: [
      { at: '2026-11-25T10:00:00.000Z', actorId: 'coord-1', action: 'personal-data.read', facts: { route: 'GET /people/mentee-01' } },
      { at: '2026-11-26T10:00:00.000Z', actorId: 'coord-1', action: 'person.teleported', facts: {} },
    ],
    organisation: { name: 'Mentor You' } as never, programme: { name: 'Mentor You 2026' } as never, exportedAt: '2026-12-03T09:00:00.000Z',
    duos: [exportedDuo], names: new Map([['mentee-01', 'Amal Haddad'], ['mentor-01', 'Marc Peeters']]), newsletter: null,
  })
  return (await pdfText(bytes)).flat().join('\n')
}

describe('the personal-data export PDF', () => {
  it('reads in French: days as dd/mm/yyyy, the meeting at its Brussels hour, the screens’ words for every code', async () => {
    const text = await exported('fr')
    expect(text).toContain('Exportées le 03/12/2026.')
    expect(text).toContain('05/04/1991')
    expect(text).toContain('État\nActif')
    expect(text).toContain('03/11/2026 – 03/05/2027')
    expect(text).toContain('10/10/2026 — Rencontre fixée')
    expect(text).toContain('20/10/2026 à 18:00 (heure de Bruxelles) — Rue Haute 1 (Sur le lieu de travail du mentor)')
    expect(text).toContain('21/10/2026 — Rencontre validée (Mentoré·e)')
    expect(text).toContain('Étape\nEn binôme')
    expect(text).toContain('Accepté·e — 20/09/2026')
    expect(text).toContain('Étape : Reçu·e en entretien -> Accepté·e')
    expect(text).toContain('Fiche créée par une candidature en ligne.')
    expect(text).toContain('Se débrouille en français : Remplie')
    expect(text).toContain('Secteur d’activités visé\nInformatique')
    expect(text).toContain('En recherche d’emploi depuis\n01/02/2026')
    expect(text).toContain('Oui')
    expect(text).toContain('Décrocher un stage — En cours')
    expect(text).toContain('10/11/2026 — Rencontre en visio (90 min)')
    expect(text).toContain('20/11/2026 — Téléphone (Claire)')
    expect(text).toContain('Début — Répondu')
    expect(text).toContain('E-mail : décision après l’entretien')
    expect(text).toContain('(Anglais)')
    expect(text).toContain('Lecture de données personnelles')
    expect(text).not.toContain('U+')
    for (const code of ['meeting-scheduled', 'schedule-meeting', 'in-progress', 'email-decision', 'personal-data.read', 'matched', '2026-11-03', 'T16:00']) {
      expect(text).not.toContain(code)
    }
  })

  it('prints a code it has no words for as stored instead of failing', async () => {
    const text = await exported('fr')
    expect(text).toContain('03/11/2026 — teleport')
    expect(text).toContain('26/11/2026 — person.teleported')
  })

  it('reads in English with the English screens’ words, and no French', async () => {
    const text = await exported('en')
    expect(text).toContain('Exported on 2026-12-03.')
    expect(text).toContain('State\nActive')
    expect(text).toContain('2026-10-20 at 18:00 (Brussels time)')
    expect(text).toContain('Meeting validated (Mentee)')
    expect(text).toContain('Stage: Interviewed -> Accepted')
    expect(text).toContain('Under way')
    expect(text).toContain('Video meeting (90 min)')
    expect(text).toContain('E-mail: decision after the interview')
    expect(text).toContain('Personal data read')
    for (const french of ['Actif', 'Rencontre', 'Accepté·e', 'Oui', 'heure de Bruxelles', 'Lecture']) expect(text).not.toContain(french)
  })

  it('reads in Dutch with the Dutch screens’ words', async () => {
    const text = await exported('nl')
    expect(text).toContain('Geëxporteerd op 03/12/2026.')
    expect(text).toContain('Status\nActief')
    expect(text).toContain('20/10/2026 om 18:00 (Brusselse tijd)')
    expect(text).toContain('Ontmoeting bevestigd (Mentee)')
    expect(text).toContain('Persoonsgegevens ingezien')
  })
})
