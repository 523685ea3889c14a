import { describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import { type DocumentTemplate } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import { addSignaturePage, contractVariables, renderContractPdf, sha256Hex, type ContractFacts, type SignatureLine } from './contract'
import { pdfText } from './pdf-text'
import { checkTemplate } from './check'

const rules = (id: string) => methodologyRules(id)!
const contractOf = (id: string): DocumentTemplate => rules(id).templates.find((t) => t.kind === 'engagement-contract')!

const facts = (over: Partial<ContractFacts> = {}): ContractFacts => ({
  organisation: { name: 'Pour la Solidarité', contactEmail: 'mentoryou@pourlasolidarite.be' },
  programme: { name: 'MentorYou 2027', description: 'Six mois vers l’emploi.' },
  mentor: { firstName: 'Sophie', lastName: 'Lambert', email: 'sophie.lambert@exemple.be', phone: null },
  mentee: { firstName: 'Amina', lastName: 'Diallo', email: 'amina.diallo@exemple.be' },
  coordinator: { fullName: 'Julie Martin', email: 'julie.martin@pourlasolidarite.be' },
  cadences: rules('pls-mentoryou').cadences,
  startDate: '2027-02-08', endDate: '2027-08-08', durationMonths: 6, issuedOn: '2027-02-05',
  duoLink: 'https://binome.example/orgs/o/portal/duos/d', signLink: 'https://binome.example/orgs/o/portal/duos/d',
  ...over,
})

const made = async (template: DocumentTemplate, f = facts()) => {
  const r = await renderContractPdf(template, f)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r
}
const allText = async (pdf: Uint8Array) => (await pdfText(pdf)).flat().join('\n')

describe('contractVariables', () => {
  it('hands the template every documented variable: the check passes on each methodology’s contract', () => {
    for (const id of ['pls-mentoryou', 'cai-duo-n2wa', 'mentoring-belgium-baseline']) expect(checkTemplate('engagement-contract', contractOf(id).body)).toEqual([])
  })

  it('lists the organisation among the parties only when tripartite, dates written dd/mm/yyyy', () => {
    expect(contractVariables(facts(), 'tripartite').contract.parties).toEqual([
      { role: 'Mentor', fullName: 'Sophie Lambert' }, { role: 'Mentoré·e', fullName: 'Amina Diallo' }, { role: 'Pour la Solidarité', fullName: 'Julie Martin' },
    ])
    const bi = contractVariables(facts(), 'bipartite')
    expect(bi.contract.parties.map((p) => p.fullName)).toEqual(['Sophie Lambert', 'Amina Diallo'])
    expect(bi.contract.tripartite).toBe(false)
    expect(bi.duo).toMatchObject({ startDate: '08/02/2027', endDate: '08/08/2027', durationMonths: 6 })
    expect(bi.cadences.firstMeetingPlace).toBe('sur le lieu de travail du mentor')
  })
})

describe('renderContractPdf', () => {
  it('renders the PLS contract into a PDF whose text says who, what and when', async () => {
    const r = await made(contractOf('pls-mentoryou'))
    expect(Buffer.from(r.pdf.subarray(0, 5)).toString()).toBe('%PDF-')
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(r.sha256).toBe(await sha256Hex(r.pdf))
    const text = await allText(r.pdf)
    expect(text).toContain('Contrat d’engagement — MentorYou 2027')
    expect(text).toContain('Sophie Lambert')
    expect(text).toContain('08/02/2027')
    expect(text).toContain('08/08/2027')
    expect(text).toContain('Mentoré·e : Amina Diallo, signature :')
    expect(text).toContain('Pour la Solidarité : Julie Martin, signature :')
    expect(text).toMatch(/Page 1 sur \d/)
    const doc = await PDFDocument.load(r.pdf)
    expect(doc.getTitle()).toBe('Contrat d’engagement — MentorYou 2027')
    expect(doc.getCreationDate()?.toISOString()).toBe('2027-02-05T00:00:00.000Z')
  })

  it('gives the same bytes, hence the same SHA-256, for the same template and facts', async () => {
    const a = await made(contractOf('pls-mentoryou'))
    const b = await made(contractOf('pls-mentoryou'))
    expect(b.sha256).toBe(a.sha256)
    expect(Buffer.from(b.pdf).equals(Buffer.from(a.pdf))).toBe(true)
  })

  it('changes the SHA-256 when a fact or the template changes', async () => {
    const base = (await made(contractOf('pls-mentoryou'))).sha256
    expect((await made(contractOf('pls-mentoryou'), facts({ startDate: '2027-02-09' }))).sha256).not.toBe(base)
    expect((await made(contractOf('pls-mentoryou'), facts({ mentee: { firstName: 'Amina', lastName: 'Dialo', email: 'a@exemple.be' } }))).sha256).not.toBe(base)
    const edited = { ...contractOf('pls-mentoryou'), body: `${contractOf('pls-mentoryou').body}\nArticle ajouté.` }
    expect((await made(edited)).sha256).not.toBe(base)
  })

  it('a bipartite contract names two signatories', async () => {
    const text = await allText((await made(contractOf('mentoring-belgium-baseline'))).pdf)
    expect(text).toContain('Sophie Lambert')
    expect(text).not.toContain('Julie Martin, signature')
  })

  it('writes characters the standard fonts cannot draw as code points instead of failing', async () => {
    const r = await made(contractOf('pls-mentoryou'), facts({ mentee: { firstName: 'ሰላም', lastName: 'تسفاي', email: 's@exemple.be' } }))
    expect(await allText(r.pdf)).toContain('U+1230U+120BU+121D')
  })

  it('a template that does not check is refused with its problems, not rendered', async () => {
    const r = await renderContractPdf({ kind: 'engagement-contract', parties: 'bipartite', body: 'Bonjour\n{{ mentor.nickname }}' }, facts())
    expect(r).toMatchObject({ ok: false, problems: [{ line: 2, problem: 'unknown-variable', name: 'mentor.nickname' }] })
  })
})

describe('addSignaturePage', () => {
  const signatures = (sha256: string): SignatureLine[] => [
    { party: 'mentor', name: 'Sophie Lambert', at: '2027-02-08T09:15:00.000Z', clientAddress: '203.0.113.7', sha256 },
    { party: 'mentee', name: 'Amina Diallo', at: '2027-02-08T10:02:30.000Z', clientAddress: '2001:db8::5', sha256 },
    { party: 'organisation', name: 'Julie Martin', at: '2027-02-09T08:00:00.000Z', clientAddress: '198.51.100.20', sha256 },
  ]

  it('keeps the contract’s pages and adds a page naming each signature: who, role, when, from where, which SHA-256', async () => {
    const contract = await made(contractOf('pls-mentoryou'))
    const signed = await addSignaturePage(contract.pdf, signatures(contract.sha256), 'fr', 'Pour la Solidarité')
    const before = await pdfText(contract.pdf)
    const after = await pdfText(signed)
    expect(after).toHaveLength(before.length + 1)
    expect(after.slice(0, before.length)).toEqual(before)
    const page = after.at(-1)!.join('\n')
    expect(page).toContain('Signatures électroniques')
    expect(page).toContain(contract.sha256)
    expect(page).toContain('Mentor — Signé par Sophie Lambert')
    expect(page).toContain('Mentoré·e — Signé par Amina Diallo')
    expect(page).toContain('Pour la Solidarité — Signé par Julie Martin')
    expect(page).toContain('Le 2027-02-08 10:02:30 UTC')
    expect(page).toContain('Adresse du client : 2001:db8::5')
    expect(page).toContain(`SHA-256 signé : ${contract.sha256}`)
    expect((await PDFDocument.load(signed, { updateMetadata: false })).getModificationDate()?.toISOString()).toBe('2027-02-09T08:00:00.000Z')
  })

  it('is stable for the same contract and signatures, and another signature makes another document', async () => {
    const contract = await made(contractOf('pls-mentoryou'))
    const a = await sha256Hex(await addSignaturePage(contract.pdf, signatures(contract.sha256)))
    expect(await sha256Hex(await addSignaturePage(contract.pdf, signatures(contract.sha256)))).toBe(a)
    const other = signatures(contract.sha256).map((s, i) => (i === 1 ? { ...s, clientAddress: '203.0.113.8' } : s))
    expect(await sha256Hex(await addSignaturePage(contract.pdf, other))).not.toBe(a)
  })

  it('speaks the reader’s language', async () => {
    const contract = await made(contractOf('pls-mentoryou'))
    const page = (await pdfText(await addSignaturePage(contract.pdf, signatures(contract.sha256), 'nl'))).at(-1)!.join('\n')
    expect(page).toContain('Elektronische handtekeningen')
    expect(page).toContain('Adres van de client: 203.0.113.7')
  })
})
