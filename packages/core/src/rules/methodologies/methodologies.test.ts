import { describe, expect, it } from 'vitest'
import { criteriaFieldProblems } from '../criteria'
import { findField, formFields, type IntakeForm, type LocalizedText } from '../forms'
import { templateKinds, type ProgrammeRules } from '../programme-rules'
import { blankRules, choiceValueOf, functionAliases, languageCodeOf, methodologies, methodologyRules } from './index'

const filled = (l: LocalizedText | undefined) => !!l && [l.fr, l.en, l.nl].every((s) => typeof s === 'string' && s.trim() !== '')
const duplicates = (ids: string[]) => ids.filter((id, k) => ids.indexOf(id) !== k)
const all: Array<[string, ProgrammeRules]> = [...methodologies.map((m): [string, ProgrammeRules] => [m.id, m.rules]), ['blank', blankRules()]]

describe.each(all)('methodology %s', (_id, rules) => {
  it('has criteria that all read fields of the right kind', () => {
    expect(criteriaFieldProblems(rules.criteria, rules.forms)).toEqual([])
  })

  it('relates in its similarity tables only values the criterion’s fields offer', () => {
    for (const c of rules.criteria) {
      if (c.kind !== 'categorical') continue
      const offered = new Set([findField(rules.forms.mentee, c.menteeField), findField(rules.forms.mentor, c.mentorField)].flatMap((f) => f?.options ?? []).map((o) => o.value))
      for (const [a, row] of Object.entries(c.similarity ?? {})) {
        for (const b of [a, ...Object.keys(row)]) expect(offered.has(b), `${c.id}: ${b}`).toBe(true)
      }
    }
  })

  it.each(['mentor', 'mentee'] as const)('has unique ids in the %s form, labelled in fr, en and nl', (side) => {
    const form: IntakeForm = rules.forms[side]
    expect(form.sections.length).toBeGreaterThan(0)
    expect(duplicates(form.sections.map((s) => s.id))).toEqual([])
    expect(duplicates(formFields(form).map((f) => f.id))).toEqual([])
    for (const s of form.sections) expect(filled(s.title), s.id).toBe(true)
    for (const f of formFields(form)) {
      expect(filled(f.label), f.id).toBe(true)
      if (f.help) expect(filled(f.help), f.id).toBe(true)
      if (f.min !== undefined && f.max !== undefined) expect(f.min, f.id).toBeLessThanOrEqual(f.max)
    }
  })

  it.each(['mentor', 'mentee'] as const)('gives every choice field of the %s form distinct options labelled in fr, en and nl', (side) => {
    for (const f of formFields(rules.forms[side])) {
      if (f.kind === 'single-choice' || f.kind === 'multiple-choice') {
        expect(f.options?.length, f.id).toBeGreaterThan(1)
        expect(duplicates(f.options!.map((o) => o.value)), f.id).toEqual([])
        for (const o of f.options!) expect(filled(o.label), `${f.id}.${o.value}`).toBe(true)
      } else {
        expect(f.options, f.id).toBeUndefined()
      }
    }
  })

  it('uses ids and option values of the shape the rules’ schema accepts (packages/contracts rules.ts)', () => {
    const ruleId = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/
    const optionValue = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/
    for (const side of ['mentor', 'mentee'] as const) {
      for (const s of rules.forms[side].sections) expect(s.id).toMatch(ruleId)
      for (const f of formFields(rules.forms[side])) {
        expect(f.id).toMatch(ruleId)
        for (const o of f.options ?? []) expect(o.value, f.id).toMatch(optionValue)
      }
    }
    for (const x of [...rules.criteria, ...rules.outcomes, ...rules.eligibility]) expect(x.id).toMatch(ruleId)
    for (const c of rules.criteria) {
      if (c.kind === 'categorical') for (const [a, row] of Object.entries(c.similarity ?? {})) for (const b of [a, ...Object.keys(row)]) expect(b, c.id).toMatch(optionValue)
    }
  })

  it('has unique, labelled criteria, outcomes and eligibility items', () => {
    for (const list of [rules.criteria, rules.outcomes, rules.eligibility]) {
      expect(duplicates(list.map((x) => x.id))).toEqual([])
      for (const x of list) expect(filled(x.label), x.id).toBe(true)
    }
    for (const c of rules.criteria) expect(c.weight >= 0 && c.weight <= 10, c.id).toBe(true)
  })

  it('keeps the standard outcomes with their class and employment flag', () => {
    const byId = new Map(rules.outcomes.map((o) => [o.id, o]))
    for (const id of ['job', 'internship', 'training', 'studies', 'business-creation']) expect(byId.get(id)?.class, id).toBe('positive')
    for (const id of ['term-reached', 'dropout']) expect(byId.get(id)?.class, id).toBe('negative')
    expect(rules.outcomes.filter((o) => o.countsAsEmployment).map((o) => o.id).sort()).toEqual(['business-creation', 'job'])
  })

  it('has coherent cadences', () => {
    const c = rules.cadences
    expect(c.durationMonthsMin).toBeLessThanOrEqual(c.durationMonthsMax)
    for (const n of [c.durationMonthsMin, c.meetingsPerMonth, c.meetingMinutes, c.checkInEveryWeeks, c.peerMeetingEveryWeeks, c.proposalAnswerDays, c.firstMeetingWithinDays, c.mentorCapacity]) {
      expect(Number.isInteger(n) && n > 0).toBe(true)
    }
    expect(c.evaluationsAt.length).toBeGreaterThan(0)
  })

  it('has each template kind at most once, every e-mail with a subject, and balanced Liquid tags', () => {
    expect(duplicates(rules.templates.map((x) => x.kind))).toEqual([])
    for (const x of rules.templates) {
      expect(x.body.trim(), x.kind).not.toBe('')
      if (x.kind.startsWith('email-')) expect(x.subject?.trim(), x.kind).toBeTruthy()
      else expect(x.subject, x.kind).toBeUndefined()
      for (const text of [x.body, x.subject ?? '']) {
        expect(text.split('{{').length, x.kind).toBe(text.split('}}').length)
        expect(text.split('{%').length, x.kind).toBe(text.split('%}').length)
        expect((text.match(/{%\s*for\b/g) ?? []).length, x.kind).toBe((text.match(/{%\s*endfor\s*%}/g) ?? []).length)
      }
    }
  })
})

describe('the built-in methodologies', () => {
  it('are the three of the seeds, each with a name, a source and a description', () => {
    expect(methodologies.map((m) => m.id)).toEqual(['pls-mentoryou', 'cai-duo-n2wa', 'mentoring-belgium-baseline'])
    for (const m of methodologies) {
      expect(filled(m.name) && filled(m.description), m.id).toBe(true)
      expect(m.source).toMatch(/seed/)
    }
  })

  it.each(methodologies.map((m) => [m.id, m.rules] as const))('%s has every template kind exactly once', (_id, rules) => {
    expect(rules.templates.map((x) => x.kind).sort()).toEqual([...templateKinds].sort())
  })

  it('hand out a copy a programme may change without changing the methodology', () => {
    const copy = methodologyRules('pls-mentoryou')!
    copy.cadences.meetingsPerMonth = 4
    copy.criteria.pop()
    expect(methodologyRules('pls-mentoryou')!.cadences.meetingsPerMonth).toBe(2)
    expect(methodologyRules('pls-mentoryou')!.criteria).toHaveLength(8)
    expect(methodologyRules('nope')).toBeUndefined()
    methodologies[0]!.rules.forms.mentee.sections.pop()
    expect(methodologies[0]!.rules.forms.mentee.sections.map((x) => x.id)).toContain('interview')
    expect(methodologies[0]!.rules).toEqual(methodologyRules('pls-mentoryou'))
  })
})

describe('Pour la Solidarité — MentorYou', () => {
  const rules = methodologyRules('pls-mentoryou')!

  it('matches on the eight criteria of seed 000 with geography mandatory and weighted first', () => {
    expect(rules.criteria.map((c) => c.id)).toEqual(['geo', 'sector', 'function', 'path', 'age', 'languages', 'expectations', 'hobbies'])
    expect(rules.criteria.filter((c) => c.mandatory).map((c) => c.id)).toEqual(['geo'])
    const weights = rules.criteria.map((c) => c.weight)
    expect(weights).toEqual([...weights].sort((a, b) => b - a))
    expect(rules.criteria.find((c) => c.id === 'age')).toMatchObject({ menteeField: 'birthDate', mentorField: 'birthDate' })
  })

  it('names the fields that feed matching with the fixed ids and kinds', () => {
    for (const side of ['mentor', 'mentee'] as const) {
      const kinds = Object.fromEntries(['locality', 'sector', 'function', 'languages', 'hobbies', 'expectations', 'motivation', 'path'].map((id) => [id, findField(rules.forms[side], id)?.kind]))
      expect(kinds, side).toEqual({
        locality: 'locality', sector: 'single-choice', function: 'single-choice', languages: 'languages',
        hobbies: 'multiple-choice', expectations: 'long-text', motivation: 'long-text', path: 'long-text',
      })
    }
  })

  it('asks the four mentee conditions and the three mentor ones as blocking', () => {
    const blocking = (side: string) => rules.eligibility.filter((e) => e.side === side && e.blocking).map((e) => e.id)
    expect(blocking('mentee')).toEqual(['mentee-foreign-job-seeker-with-permit', 'mentee-gets-by-in-french', 'mentee-active-search', 'mentee-wants-mentor'])
    expect(blocking('mentor')).toEqual(['mentor-professionally-active', 'mentor-hours-per-month', 'mentor-meeting-space'])
  })

  it('runs six months, two meetings a month at the mentor’s workplace, a check-in every six weeks, training first', () => {
    expect(rules.cadences).toMatchObject({
      durationMonthsMax: 6, meetingsPerMonth: 2, meetingMinutes: 90, checkInEveryWeeks: 6, peerMeetingEveryWeeks: 8,
      firstMeetingPlace: 'mentor-workplace', trainingRequiredBeforeMatching: true,
    })
  })

  it('has a tripartite contract with the engagements of each party', () => {
    const contract = rules.templates.find((x) => x.kind === 'engagement-contract')!
    expect(contract.parties).toBe('tripartite')
    for (const part of ['Le·la mentor s’engage', 'Le·la mentee s’engage', '{{ organisation.name }} s’engage', 'recherche d’emploi active', 'pas de trouver un emploi']) {
      expect(contract.body).toContain(part)
    }
  })
})

describe('CAI — Duo N2WA', () => {
  const rules = methodologyRules('cai-duo-n2wa')!

  it('admits mentees on their asylum-seeker status, a blocking condition', () => {
    expect(rules.eligibility.find((e) => e.id === 'mentee-asylum-seeker')).toMatchObject({ side: 'mentee', blocking: true })
    expect(findField(rules.forms.mentee, 'asylumStatus')?.kind).toBe('single-choice')
  })

  it('signs a tripartite convention at a first meeting with staff, six months at most, two meetings a month', () => {
    expect(rules.templates.find((x) => x.kind === 'engagement-contract')).toMatchObject({ parties: 'tripartite' })
    expect(rules.templates.find((x) => x.kind === 'engagement-contract')!.body).toContain('Convention de mentorat')
    expect(rules.cadences).toMatchObject({ durationMonthsMax: 6, meetingsPerMonth: 2, firstMeetingPlace: 'neutral-with-staff' })
    expect(rules.cadences.evaluationsAt).toContain('after-3-months')
  })

  it('matches aspirations with expertise on the fixed field ids', () => {
    expect(rules.criteria.map((c) => c.id)).toEqual(expect.arrayContaining(['sector', 'function', 'expectations', 'motivation', 'path', 'geo', 'languages']))
    for (const side of ['mentor', 'mentee'] as const) {
      for (const [id, kind] of [['locality', 'locality'], ['sector', 'single-choice'], ['function', 'single-choice'], ['languages', 'languages'], ['hobbies', 'multiple-choice'], ['expectations', 'long-text'], ['motivation', 'long-text'], ['path', 'long-text']]) {
        expect(findField(rules.forms[side], id!)?.kind, `${side}.${id}`).toBe(kind)
      }
    }
  })
})

describe('Mentoring Belgium quality baseline', () => {
  const rules = methodologyRules('mentoring-belgium-baseline')!

  it('lasts at least six months with two contacts a month and a first meeting on neutral ground with staff', () => {
    expect(rules.cadences.durationMonthsMin).toBeGreaterThanOrEqual(6)
    expect(rules.cadences).toMatchObject({ meetingsPerMonth: 2, firstMeetingPlace: 'neutral-with-staff', trainingRequiredBeforeMatching: true })
  })

  it('matches on the criteria the paper names and asks for an interview and training before the start', () => {
    expect(rules.criteria.map((c) => c.id).sort()).toEqual(['age', 'availability', 'geo', 'goals', 'personality', 'sector'])
    expect(rules.eligibility.filter((e) => e.blocking).map((e) => e.id)).toEqual(expect.arrayContaining(['mentee-personal-interview', 'mentor-personal-interview', 'mentor-trained']))
  })

  it('has a mentor–mentee agreement with duration, contact frequency and an ethics charter', () => {
    const contract = rules.templates.find((x) => x.kind === 'engagement-contract')!
    expect(contract.parties).toBe('bipartite')
    for (const part of ['## Durée', '## Fréquence des contacts', '## Charte éthique', 'plus tôt']) expect(contract.body).toContain(part)
  })
})

describe('the demo data’s words', () => {
  // The distinct values of packages/local/src/seed/demo-people.ts (the core may not import the local platform).
  const sectors = ['Administration publique', 'Agriculture', 'Banque et assurances', 'Commerce', 'Communication', 'Comptabilité', 'Construction', 'Culture', 'Enseignement', 'Horeca', 'Industrie', 'Informatique', 'Logistique', 'Pharmacie', 'Santé', 'Social', 'Transport']
  const functions = ['Administrateur système', 'Agriculteur', 'Aide-comptable', 'Aide-soignante', 'Analyste financier', 'Animatrice', 'Assistante administrative', 'Assistante sociale', 'Attaché', 'Chargée de communication', 'Chauffeur', 'Chauffeur-livreur', 'Chef de chantier', 'Chef de cuisine', 'Chef de projet IT', 'Commis de cuisine', 'Comptable', 'Conducteur de travaux', 'Directrice d’école', 'Développeur', 'Développeur senior', 'Expert-comptable', 'Formatrice FLE', 'Gestionnaire de dossiers', 'Graphiste', 'Gérante de magasin', 'Gérante d’hôtel', 'Infirmière', 'Infirmière en chef', 'Ingénieur agronome', 'Institutrice', 'Magasinier', 'Maçon', 'Menuisier', 'Musicienne', 'Mécanicien', 'Médiatrice culturelle', 'Opérateur de production', 'Ouvrière agricole', 'Planificateur', 'Professeur de mathématiques', 'Responsable RH', 'Responsable de rayon', 'Responsable d’entrepôt', 'Responsable logistique', 'Responsable qualité', 'Serveur', 'Soudeur', 'Technicien de laboratoire', 'Technicien de maintenance', 'Technicien réseau', 'Technicienne agricole', 'Vendeur', 'Vendeuse', 'Éducatrice', 'Électricien']
  const hobbies = ['basket', 'bricolage', 'chasse', 'chorale', 'course à pied', 'couture', 'cricket', 'cuisine', 'danse', 'football', 'histoire', 'jardinage', 'jeux de société', 'jeux vidéo', 'lecture', 'marche', 'musique', 'mécanique', 'photographie', 'piano', 'pêche', 'randonnée', 'théâtre', 'voyages', 'vélo', 'yoga', 'échecs']
  const languages = ['allemand', 'amharique', 'anglais', 'arabe', 'bambara', 'dari', 'espagnol', 'français', 'hindi', 'igbo', 'italien', 'kabyle', 'kirundi', 'krio', 'kurde', 'lingala', 'néerlandais', 'pachto', 'persan', 'peul', 'polonais', 'roumain', 'russe', 'soussou', 'tigrinya', 'turc', 'ukrainien', 'wolof']
  // The vocabularies of packages/matching/bench/synthetic.ts: the option values, spaces written as hyphens (the
  // rules' schema allows no space in a value), and the options' English labels.
  const benchSectors = ['IT', 'healthcare', 'construction', 'logistics', 'retail', 'hospitality', 'finance', 'education', 'public administration', 'manufacturing', 'energy', 'social work', 'marketing', 'legal', 'agriculture', 'transport']
  const benchFunctions = ['developer', 'nurse', 'accountant', 'project manager', 'technician', 'sales', 'teacher', 'engineer', 'administrative assistant', 'cook', 'driver', 'HR officer', 'electrician', 'analyst', 'caregiver', 'warehouse operator']
  const benchHobbies = ['football', 'cooking', 'reading', 'music', 'hiking', 'cycling', 'photography', 'chess', 'gardening', 'dance', 'painting', 'swimming', 'cinema', 'volunteering', 'travel', 'yoga', 'running', 'theatre', 'gaming', 'crafts']

  it.each(methodologies.filter((m) => m.id !== 'mentoring-belgium-baseline').flatMap((m) => (['mentor', 'mentee'] as const).map((side) => [m.id, side, m.rules.forms[side]] as const)))(
    '%s %s form has an option for every demo sector, function and hobby', (_id, _side, form) => {
      const values = (id: string) => findField(form, id)!.options!.map((o) => o.value)
      for (const s of sectors) expect(choiceValueOf(findField(form, 'sector')!, s), s).toBeDefined()
      for (const f of functions) expect(choiceValueOf(findField(form, 'function')!, f, functionAliases), f).toBeDefined()
      for (const h of hobbies) expect(choiceValueOf(findField(form, 'hobbies')!, h), h).toBeDefined()
      for (const s of benchSectors) expect(choiceValueOf(findField(form, 'sector')!, s), s).toBe(s.replaceAll(' ', '-'))
      for (const f of benchFunctions) expect(choiceValueOf(findField(form, 'function')!, f), f).toBe(f.replaceAll(' ', '-'))
      for (const h of benchHobbies) expect(choiceValueOf(findField(form, 'hobbies')!, h), h).toBe(h)
      for (const id of ['sector', 'function', 'hobbies']) for (const v of values(id)) expect(v, id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/)
    },
  )

  it('maps labels and values, not near misses', () => {
    const sector = findField(methodologyRules('pls-mentoryou')!.forms.mentee, 'sector')!
    expect(choiceValueOf(sector, 'Banque et assurances')).toBe('finance')
    expect(choiceValueOf(sector, ' santé ')).toBe('healthcare')
    expect(choiceValueOf(sector, 'Gezondheidszorg')).toBe('healthcare')
    expect(choiceValueOf(sector, 'finance')).toBe('finance')
    expect(choiceValueOf(sector, 'Banque')).toBeUndefined()
    expect(choiceValueOf(sector, 'Infirmière en chef', functionAliases)).toBeUndefined()
    expect(choiceValueOf(sector, 'social work')).toBe('social-work')
    const fn = findField(methodologyRules('pls-mentoryou')!.forms.mentor, 'function')!
    expect(choiceValueOf(fn, 'Infirmière en chef', functionAliases)).toBe('nurse')
    expect(choiceValueOf(fn, 'Responsable RH', functionAliases)).toBe('HR-officer')
  })

  it('names every demo language with its ISO 639 code, three letters only for those without two', () => {
    for (const l of languages) expect(languageCodeOf(l), l).toMatch(/^[a-z]{2,3}$/)
    expect(['dari', 'kabyle', 'soussou', 'krio'].map(languageCodeOf)).toEqual(['prs', 'kab', 'sus', 'kri'])
    expect(languageCodeOf('tigrinya')).toBe('ti')
    expect(languageCodeOf('Néerlandais')).toBe('nl')
    expect(languageCodeOf('klingon')).toBeUndefined()
  })
})
