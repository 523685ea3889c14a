import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * Spreadsheet imports as coordinators bring them: a French Excel's CSV (BOM, semicolons, CRLF, blank lines, Excel
 * serial dates and dd/mm/yyyy, accents), an older Excel's Windows-1252 CSV with commas, and an XLSX whose headers
 * sit under merged group cells. Dry run first, then the import, then the same file again.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
const base = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
let existingEmail = ''

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  existingEmail = (await coordinator.get(`${base}/people?kind=mentee&limit=1`)).body.items[0].email
})
afterAll(() => p.stop())

type Summary = { id: string; email: string; firstName: string; lastName: string; kind: string; stage: string }
/** Every person of one side, as the list shows them (all pages). */
async function people(kind = 'mentee'): Promise<Summary[]> {
  const all: Summary[] = []
  let cursor: string | undefined
  do {
    const page = (await coordinator.get(`${base}/people?kind=${kind}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body
    all.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return all
}
/** The whole record of the person of the programme with this e-mail (the list shows only a summary). */
async function personByEmail(email: string, kind = 'mentee') {
  const found = (await people(kind)).find((x) => x.email === email)
  expect(found, email).toBeDefined()
  return (await coordinator.get(`${base}/people/${found!.id}`)).body
}

function upload(file: File, fields: Record<string, string>, programme = PLS_PROGRAMME) {
  const form = new FormData()
  form.set('file', file)
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  return coordinator.request('POST', `/api/onboarding/orgs/${PLS}/programmes/${programme}/imports`, form)
}

const header = [
  'Prénom', 'NOM', 'Courriel', 'Date de naissance', 'Woongemeente', 'Target sector', 'Fonction visée', 'Langues parlées et niveau',
  'Permis de travail', 'Inscrit chez Actiris', 'Parcours professionnel et privé', 'Motivation à entrer dans le mentorat',
  'Attentes vis-à-vis du mentorat', 'Remarques',
]
const person = (first: string, last: string, email: string, birth: string | number, locality: string, sector: string, fn = 'Infirmier·ère') =>
  [first, last, email, String(birth), locality, sector, fn, '"fr C1, ar natif"', 'oui', 'Oui', '"Infirmière au Maroc; équivalence en cours"', 'Retrouver un emploi', 'Un réseau', '']

/** The rows of the messy file, by the line the spreadsheet shows them on. */
const messyLines = () => [
  header,
  person('Amina', 'El Idrissi', 'Amina.ElIdrissi@exemple.be', 33039, 'Schaerbeek', 'Santé'),
  [],
  person('Yonas', 'Tesfaye', 'yonas.tesfaye@exemple.be', '15/06/1990', 'Anderlecht', 'logistique', 'Magasinier·ère'),
  person('Élodie', 'Mbuyi', 'elodie.mbuyi@exemple.be', '03/02/1988', 'Ixelles', ''),
  person('Rahel', 'Haile', 'rahel.haile@exemple.be', '31/02/1991', 'Etterbeek', 'Santé'),
  person('Omar', 'Saïdi', 'omar.saidi@exemple.be', '1985-11-30', 'Sint-Nergens', 'Santé'),
  person('Sara', 'Ahmadi', 'sara.ahmadi@exemple.be', '12/12/1992', 'Molenbeek-Saint-Jean', 'Astronautique'),
  person('Amina', 'El Idrissi', 'AMINA.ELIDRISSI@EXEMPLE.BE', 33039, 'Schaerbeek', 'Santé'),
  person('Déjà', 'Là', existingEmail, '01/01/1990', 'Schaerbeek', 'Santé'),
  [], [],
]
const messyCsv = () => new File(['\uFEFF' + messyLines().map((l) => l.join(';')).join('\r\n')], 'candidatures-2026.csv', { type: 'text/csv' })
/** What the coordinator sets in the mapping step: the two columns the proposal could not name. */
const editedMapping = { 'Permis de travail': 'workPermit', 'Inscrit chez Actiris': 'jobSeekerRegistered' }

describe('importing mentees from a spreadsheet', () => {
  it('proposes a mapping from the headers (ids and labels in fr/en/nl, accents and case ignored)', async () => {
    const res = await upload(messyCsv(), { side: 'mentee', dryRun: 'true' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.headers).toEqual(header)
    expect(res.body.mapping).toMatchObject({
      Prénom: 'firstName', NOM: 'lastName', Courriel: 'email', 'Date de naissance': 'birthDate', Woongemeente: 'locality',
      'Target sector': 'sector', 'Fonction visée': 'function', 'Langues parlées et niveau': 'languages',
      'Parcours professionnel et privé': 'path', 'Motivation à entrer dans le mentorat': 'motivation',
      'Attentes vis-à-vis du mentorat': 'expectations', 'Permis de travail': null, 'Inscrit chez Actiris': null, Remarques: null,
    })
    expect(res.body.fields.find((f: { id: string }) => f.id === 'workPermit')).toMatchObject({ required: true, label: { fr: expect.any(String) } })
    // Unmapped required fields make every row invalid: the web's mapping step is there for that.
    expect(res.body.counts.valid).toBe(0)
  })

  it('a dry run reports every row’s problems and writes nothing', async () => {
    const before = (await people()).length
    const proposed = (await upload(messyCsv(), { side: 'mentee' })).body.mapping
    const res = await upload(messyCsv(), { side: 'mentee', dryRun: 'true', mapping: JSON.stringify({ ...proposed, ...editedMapping }) })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const byRow = Object.fromEntries(res.body.rows.map((r: { row: number; status: string; errors: { field: string; code: string }[] }) =>
      [r.row, [r.status, ...r.errors.map((e) => `${e.field}:${e.code}`)]]))
    expect(byRow).toEqual({
      2: ['valid'],
      4: ['valid'],
      5: ['invalid', 'sector:required'],
      6: ['invalid', 'birthDate:not-a-date'],
      7: ['invalid', 'locality:unknown-locality'],
      8: ['invalid', 'sector:not-a-choice'],
      9: ['duplicate', 'email:duplicate-in-file'],
      10: ['duplicate', 'email:duplicate-existing'],
    })
    expect(res.body.counts).toEqual({ rows: 8, valid: 2, invalid: 4, duplicates: 2, written: 0 })
    expect(res.body.dryRun).toBe(true)
    expect((await people()).length).toBe(before)
  })

  it('the import writes the valid rows, reports the rest, and the same file again writes nobody twice', async () => {
    const before = await people()
    // A sent mapping is the whole mapping: the proposal with the two columns it could not name.
    const mapping = JSON.stringify({
      Prénom: 'firstName', NOM: 'lastName', Courriel: 'email', 'Date de naissance': 'birthDate', Woongemeente: 'locality', 'Target sector': 'sector',
      'Fonction visée': 'function', 'Langues parlées et niveau': 'languages', ...editedMapping,
      'Parcours professionnel et privé': 'path', 'Motivation à entrer dans le mentorat': 'motivation', 'Attentes vis-à-vis du mentorat': 'expectations', Remarques: null,
    })
    const first = await upload(messyCsv(), { side: 'mentee', dryRun: 'false', mapping })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.counts).toEqual({ rows: 8, valid: 2, invalid: 4, duplicates: 2, written: 2 })
    expect(first.body.rows.filter((r: { status: string }) => r.status === 'written').map((r: { row: number }) => r.row)).toEqual([2, 4])
    const after = await people()
    expect(after.length).toBe(before.length + 2)
    const amina = await personByEmail('amina.elidrissi@exemple.be')
    expect(amina).toMatchObject({ firstName: 'Amina', birthDate: '1990-06-15', stage: 'applied' })
    expect(amina.status).toBeUndefined()
    expect(amina.answers).toMatchObject({
      locality: 'Schaerbeek', sector: 'healthcare', function: 'nurse', workPermit: true, jobSeekerRegistered: true,
      languages: [{ code: 'fr', level: 'C1' }, { code: 'ar', level: 'native' }], path: 'Infirmière au Maroc; équivalence en cours',
    })
    expect(await personByEmail('yonas.tesfaye@exemple.be')).toMatchObject({ birthDate: '1990-06-15', answers: { sector: 'logistics' } })
    // Where the person came from is on their timeline, by whom imported them.
    const timeline = (await coordinator.get(`${base}/people/${amina.id}/timeline`)).body.items
    expect(timeline).toEqual([expect.objectContaining({ kind: 'created', source: 'import', by: expect.any(String), personId: amina.id })])
    // The board's counters include the imported people at `applied`.
    expect((await coordinator.get(`${base}/people?kind=mentee&stage=applied&limit=100`)).body.items.map((x: Summary) => x.email))
      .toEqual(expect.arrayContaining(['amina.elidrissi@exemple.be', 'yonas.tesfaye@exemple.be']))

    const again = await upload(messyCsv(), { side: 'mentee', dryRun: 'false', mapping })
    expect(again.status).toBe(200)
    expect(again.body.counts).toEqual({ rows: 8, valid: 0, invalid: 4, duplicates: 4, written: 0 })
    expect(again.body.rows.find((r: { row: number }) => r.row === 2).errors).toEqual([{ field: 'email', code: 'duplicate-existing', message: expect.any(String) }])
    expect((await people()).length).toBe(before.length + 2)
  })

  it('reads a Windows-1252 CSV with commas (an older Excel’s export), accents intact', async () => {
    const lines = [
      'Prénom,Nom,E-mail,Né le,Commune de domicile,Secteur,Fonction visée,Langues,Permis de travail,Chercheur d\'emploi inscrit,Parcours,Motivation,Attentes',
      'Élodie,Mbuyi-Kéré,elodie.kere@exemple.be,03/02/1988,Liège,Santé,Aide-soignant·e,"fr C2, ln natif",oui,non,Aide-soignante à Kinshasa,Travailler dans les soins,Connaître les codes',
    ]
    const bytes = Buffer.from(lines.join('\r\n'), 'latin1')
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const mapping = JSON.stringify({
      Prénom: 'firstName', Nom: 'lastName', 'E-mail': 'email', 'Né le': 'birthDate', 'Commune de domicile': 'locality', Secteur: 'sector',
      'Fonction visée': 'function', Langues: 'languages', 'Permis de travail': 'workPermit', "Chercheur d'emploi inscrit": 'jobSeekerRegistered',
      Parcours: 'path', Motivation: 'motivation', Attentes: 'expectations',
    })
    const res = await upload(new File([bytes], 'export-ancien.csv'), { side: 'mentee', dryRun: 'false', mapping })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.headers[0]).toBe('Prénom')
    expect(res.body.counts, JSON.stringify(res.body.rows)).toMatchObject({ valid: 1, written: 1 })
    const elodie = await personByEmail('elodie.kere@exemple.be')
    expect(elodie).toMatchObject({ firstName: 'Élodie', lastName: 'Mbuyi-Kéré', answers: { locality: 'Liège', function: 'caregiver', jobSeekerRegistered: false } })
  })

  it('reads an XLSX built with Excel dates and a merged group line over its headers', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Candidatures')
    sheet.addRow(['Identité', '', '', 'Date de naissance', 'Profil'])
    sheet.addRow(['Prénom', 'Nom', 'Adresse e-mail', '', 'Commune de domicile', 'Secteur d’activités visé', 'Fonction visée', 'Langues parlées et niveau', 'Permis de travail', 'Inscrit·e chez Actiris', 'Parcours', 'Motivation', 'Attentes'])
    sheet.mergeCells('A1:C1')
    sheet.mergeCells('D1:D2')
    sheet.mergeCells('E1:M1')
    sheet.addRow(['Tesfay', 'Gebremedhin', { text: 'tesfay.g@exemple.be', hyperlink: 'mailto:tesfay.g@exemple.be' }, new Date(Date.UTC(1993, 8, 21)), 'Saint-Gilles', 'Horeca', 'Cuisinier·ère', 'ti native; en B1', 'Oui', 'Oui', 'Cuisinier en Érythrée', 'Ouvrir un restaurant', 'Des contacts'])
    sheet.addRow([])
    sheet.addRow(['Nour', 'Al-Khatib', 'nour.alkhatib@exemple.be', 34700, 'Jette', 'Pharmacie', 'Technicien·ne de laboratoire', 'ar natif, fr B2', 'Non', 'Oui', 'Pharmacienne à Alep', 'Faire reconnaître mon diplôme', 'Un stage'])
    const xlsx = new File([new Uint8Array(await workbook.xlsx.writeBuffer())], 'candidatures.xlsx')
    const mapping = { 'Inscrit·e chez Actiris': 'jobSeekerRegistered', Parcours: 'path', Motivation: 'motivation', Attentes: 'expectations', 'Permis de travail': 'workPermit' }
    const proposed = await upload(xlsx, { side: 'mentee' })
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200)
    expect(proposed.body.dryRun).toBe(true)
    expect(proposed.body.headers).toEqual(['Prénom', 'Nom', 'Adresse e-mail', 'Date de naissance', 'Commune de domicile', 'Secteur d’activités visé', 'Fonction visée', 'Langues parlées et niveau', 'Permis de travail', 'Inscrit·e chez Actiris', 'Parcours', 'Motivation', 'Attentes'])
    const full = JSON.stringify({ ...proposed.body.mapping, ...mapping })
    const res = await upload(xlsx, { side: 'mentee', dryRun: 'false', mapping: full })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.rows.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([[3, 'written'], [5, 'written']])
    expect(await personByEmail('tesfay.g@exemple.be')).toMatchObject({ birthDate: '1993-09-21', answers: { sector: 'hospitality', languages: [{ code: 'ti', level: 'native' }, { code: 'en', level: 'B1' }] } })
    expect(await personByEmail('nour.alkhatib@exemple.be')).toMatchObject({ birthDate: '1995-01-01', answers: { workPermit: false, sector: 'pharmacy' } })
  })

  it('imports mentors against the mentor form, headers given as field ids (an export of another tool)', async () => {
    const lines = [
      'firstName,lastName,email,phone,birthDate,professionalStatus,employer,sector,function,path,locality,meetingSpace,hoursPerMonth,languages,motivation,expectations',
      'Els,Peeters,els.peeters@hopital.be,+32 470 12 34 56,1969-04-02,Salarié·e,CHU Saint-Pierre,healthcare,Infirmier·ère,Vingt-cinq ans à l’hôpital,Bruxelles,ja,"6,5",nl native; fr C2,Transmettre,Accompagner',
    ]
    const res = await upload(new File([lines.join('\n')], 'mentors.csv'), { side: 'mentor', dryRun: 'false' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(Object.values(res.body.mapping).every((v) => v !== null)).toBe(true)
    expect(res.body.counts, JSON.stringify(res.body.rows)).toMatchObject({ rows: 1, valid: 1, written: 1 })
    expect(await personByEmail('els.peeters@hopital.be', 'mentor')).toMatchObject({
      kind: 'mentor', capacity: 1, answers: { professionalStatus: 'employee', meetingSpace: true, hoursPerMonth: 6.5, locality: 'Bruxelles' },
    })
  })

  it('another tenant’s programme: 404, nothing read or written', async () => {
    const res = await upload(messyCsv(), { side: 'mentee', dryRun: 'false' }, CAI_PROGRAMME)
    expect(res.status).toBe(404)
    expect(res.body.error.reason).toBe('not-found')
  })
})
