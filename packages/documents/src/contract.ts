/**
 * The engagement contract of a duo: the programme's `engagement-contract` template rendered with the duo's facts,
 * laid out as a PDF, fingerprinted (SHA-256 of the exact bytes each signer is shown), then, once signed, the same
 * bytes with a signature page added. Pure: no clock (every date is handed in), no file, no network.
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import { dayWords, type Cadences, type DocumentTemplate, type Locale } from '@binome/core'
import { contractLabels } from './contract-labels'
import { flow, margin } from './pdf-layout'
import type { TemplateProblem } from './problems'
import { renderTemplate } from './render'

/** A person as the contract names them. */
export interface ContractPerson {
  firstName: string
  lastName: string
  email: string
  phone?: string | null
}

/** Everything a contract says about its duo; days are `yyyy-mm-dd`. */
export interface ContractFacts {
  organisation: { name: string; contactEmail?: string | null }
  programme: { name: string; description: string }
  mentor: ContractPerson
  mentee: ContractPerson
  /** The staff member who follows the duo; signs for the organisation in a tripartite contract. */
  coordinator: { fullName: string; email: string; phone?: string | null }
  cadences: Cadences
  /** Planned first and last day of the duo (the last from the rules' longest duration). */
  startDate: string
  endDate: string
  durationMonths: number
  /** The day the contract is issued: its date, and the PDF's creation date (so the same facts give the same bytes). */
  issuedOn: string
  duoLink: string
  signLink: string
}

/** The parties who sign, in signing order. */
export const contractParties = (parties: 'bipartite' | 'tripartite') =>
  (parties === 'tripartite' ? ['mentor', 'mentee', 'organisation'] : ['mentor', 'mentee']) as ('mentor' | 'mentee' | 'organisation')[]

/** `2027-02-01` → `01/02/2027`, as templates receive dates. */
const fullName = (p: ContractPerson) => `${p.firstName} ${p.lastName}`
const person = (p: ContractPerson) => ({ firstName: p.firstName, lastName: p.lastName, fullName: fullName(p), email: p.email, phone: p.phone ?? null })

/**
 * The programme's cadences as templates receive them (the first meeting's place in words).
 *
 * @example
 * cadenceVariables(rules.cadences, 'fr').firstMeetingPlace // 'sur le lieu de travail du mentor'
 */
export function cadenceVariables(c: Cadences, locale: Locale = 'fr') {
  return {
    durationMonthsMin: c.durationMonthsMin, durationMonthsMax: c.durationMonthsMax, meetingsPerMonth: c.meetingsPerMonth,
    meetingMinutes: c.meetingMinutes, checkInEveryWeeks: c.checkInEveryWeeks, peerMeetingEveryWeeks: c.peerMeetingEveryWeeks,
    proposalAnswerDays: c.proposalAnswerDays, firstMeetingWithinDays: c.firstMeetingWithinDays,
    firstMeetingPlace: contractLabels[locale].place[c.firstMeetingPlace], trainingRequiredBeforeMatching: c.trainingRequiredBeforeMatching,
  }
}

/**
 * The `engagement-contract` variables for a duo.
 *
 * @example
 * contractVariables(facts, 'tripartite').contract.parties // [{ role: 'Mentor', fullName: 'Sophie Lambert' }, …]
 */
export function contractVariables(f: ContractFacts, parties: 'bipartite' | 'tripartite', locale: Locale = 'fr') {
  const w = contractLabels[locale]
  const names = { mentor: [w.mentor, fullName(f.mentor)], mentee: [w.mentee, fullName(f.mentee)], organisation: [f.organisation.name, f.coordinator.fullName] }
  return {
    organisation: { name: f.organisation.name, contactEmail: f.organisation.contactEmail ?? null },
    programme: { name: f.programme.name, description: f.programme.description },
    mentor: person(f.mentor),
    mentee: person(f.mentee),
    coordinator: { fullName: f.coordinator.fullName, email: f.coordinator.email, phone: f.coordinator.phone ?? null },
    duo: { startDate: dayWords(f.startDate), endDate: dayWords(f.endDate), durationMonths: f.durationMonths, link: f.duoLink },
    cadences: cadenceVariables(f.cadences, locale),
    contract: {
      tripartite: parties === 'tripartite',
      parties: contractParties(parties).map((p) => ({ role: names[p][0], fullName: names[p][1] })),
      date: dayWords(f.issuedOn),
      signLink: f.signLink,
    },
  }
}

/**
 * The SHA-256 of bytes, in lower-case hex (Web Crypto, so the package still imports no Node built-in).
 *
 * @example
 * await sha256Hex(new TextEncoder().encode('abc')) // 'ba7816bf…'
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Midnight UTC of a day: the PDF's fixed dates, so its bytes depend on the facts only. */
const at = (dayOrInstant: string) => new Date(dayOrInstant.length === 10 ? `${dayOrInstant}T00:00:00Z` : dayOrInstant)

/**
 * Lays a rendered contract out on A4 pages: `# ` a title, `## ` a heading, `- ` a bullet, a blank line a paragraph
 * break (the light Markdown the programmes' templates are written in); every page is numbered.
 */
async function layout(text: string, title: string, issuedOn: string, locale: Locale): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.setTitle(title)
  doc.setCreator('Binôme')
  doc.setProducer('Binôme (pdf-lib)')
  doc.setCreationDate(at(issuedOn))
  doc.setModificationDate(at(issuedOn))
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const { write, gap, need } = flow(doc)
  for (const line of text.split('\n')) {
    if (!line.trim()) gap(6)
    else if (line.startsWith('# ')) write(line.slice(2), bold, 16), gap(4)
    else if (line.startsWith('## ')) gap(6), need(40), write(line.slice(3), bold, 12)
    else if (/^\s*[-*] /.test(line)) write(line.replace(/^\s*[-*] /, ''), regular, 10, 14, '•')
    else write(line, regular, 10)
  }
  const pages = doc.getPages()
  pages.forEach((page, i) => {
    const label = contractLabels[locale].page(i + 1, pages.length)
    page.drawText(label, { x: page.getWidth() - margin - regular.widthOfTextAtSize(label, 8), y: margin / 2, size: 8, font: regular, color: rgb(0.4, 0.4, 0.4) })
  })
  return doc.save()
}

/** A contract made: its PDF, that PDF's SHA-256, and the text it was rendered to. */
export type ContractPdf = { ok: true; pdf: Uint8Array; sha256: string; text: string } | { ok: false; problems: TemplateProblem[] }

/**
 * Renders the programme's engagement contract for a duo to a PDF. The same template and facts always give the same
 * bytes (hence the same SHA-256); any change to either gives another document.
 *
 * @example
 * const made = await renderContractPdf(rules.templates.find((t) => t.kind === 'engagement-contract')!, facts)
 * if (made.ok) await documents.put(`${orgId}/duos/${duoId}/contract-v1.pdf`, made.pdf)
 */
export async function renderContractPdf(template: DocumentTemplate, facts: ContractFacts, locale: Locale = 'fr'): Promise<ContractPdf> {
  const parties = template.parties ?? 'tripartite'
  const rendered = renderTemplate('engagement-contract', template.body, contractVariables(facts, parties, locale))
  if (!rendered.ok) return rendered
  const title = rendered.rendered.split('\n').find((l) => l.startsWith('# '))?.slice(2) ?? facts.programme.name
  const pdf = await layout(rendered.rendered, title, facts.issuedOn, locale)
  return { ok: true, pdf, sha256: await sha256Hex(pdf), text: rendered.rendered }
}

/** One electronic signature as the signature page shows it. */
export interface SignatureLine {
  party: 'mentor' | 'mentee' | 'organisation'
  /** Who signed, by name (for the organisation: the staff member who signed for it). */
  name: string
  /** When, as an ISO instant. */
  at: string
  clientAddress: string
  /** The SHA-256 of the document the signer was shown. */
  sha256: string
}

/**
 * The signed contract: the contract's own pages, unchanged, followed by a signature page naming, for each
 * signature, who signed, in which role, when, from which client address, and the SHA-256 they signed, beside the
 * SHA-256 of the contract itself. Its modification date is the last signature's, so the bytes depend on the
 * contract and the signatures only.
 *
 * @example
 * const signed = await addSignaturePage(contract, [{ party: 'mentor', name: 'Sophie Lambert', at: '2027-02-08T10:00:00.000Z', clientAddress: '203.0.113.7', sha256 }], 'fr', 'MentorYou')
 */
export async function addSignaturePage(pdf: Uint8Array, signatures: SignatureLine[], locale: Locale = 'fr', organisationName = ''): Promise<Uint8Array> {
  const w = contractLabels[locale]
  const documentSha256 = await sha256Hex(pdf)
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const last = signatures.map((s) => s.at).sort().at(-1)
  if (last) doc.setModificationDate(at(last))
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const { write, gap, need } = flow(doc)
  write(w.signatures, bold, 16)
  gap(4)
  write(w.intro, regular, 10)
  gap(8)
  write(w.signedDocument, bold, 10)
  write(documentSha256, regular, 9)
  const role = { mentor: w.mentor, mentee: w.mentee, organisation: organisationName || w.signatures }
  for (const s of signatures) {
    gap(10)
    need(80)
    write(`${role[s.party]} — ${w.signedBy} ${s.name}`, bold, 11)
    write(`${w.at} ${s.at.slice(0, 10)} ${s.at.slice(11, 19)} UTC`, regular, 10, 12)
    write(`${w.from} ${s.clientAddress}`, regular, 10, 12)
    write(`${w.hash} ${s.sha256}`, regular, 9, 12)
  }
  return doc.save()
}
