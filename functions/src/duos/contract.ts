import { route } from '../shared/routes'
import { dayWords, localDay,
  addMonths, DomainError, duoLifecycle, forbidden, missingSignatures, notFound, requiredParties, sideIn, staleVersion,
  type Duo, type DuoSide, type DuoSignature, type Person, type SignatoryParty,
} from '@binome/core'
import { ContractDocument, MyContractSignature } from '@binome/contracts'
import { matchingRoutes as routes } from '@binome/contracts/routes/matching'
import type { TenantData, User } from '@binome/data'
import { templateInvalid } from '@binome/documents/problems'
import type { App } from '../shared/app'
import type { Deps } from '../shared/deps'
import { documentKeys } from '../shared/documents'
import { clientAddress } from '../shared/personal-data-audit'
import { sendProgrammeEmail } from '../shared/programme-email'
import { duoPortalLink, sendDuoStarted } from './mail'
import { duoView } from './routes'

/**
 * The engagement contract of a duo (issue 9): generated from the programme's `engagement-contract` template once
 * both sides validated the first meeting, rendered to PDF and kept in the documents bucket
 * (`<orgId>/duos/<duoId>/contract-v<revision>.pdf`), signed by the mentor and the mentee from their portal and by the
 * organisation (an admin or coordinator) when tripartite. Each signature records who, when, the client's address and
 * the SHA-256 of the exact PDF the signer was shown; the last one makes the duo active (the core's `sign` step), its
 * mentor and mentee are told (`email-duo-started`), and the signed copy, with its signature page, is kept beside the
 * contract. Every step goes through `duos.transition`.
 *
 * pdf-lib is loaded only when a contract is made or signed (`import()`), so the matching function's other requests
 * do not pay for it.
 */

const pdfModule = () => import('@binome/documents/contract')

const today = (deps: Pick<Deps, 'now'>) => localDay(deps.now())
const fullName = (p: Pick<Person, 'firstName' | 'lastName'>) => `${p.firstName} ${p.lastName}`.trim()
const filename = (duo: Duo, signed: boolean) => `contrat-${duo.id}-v${duo.contract!.revision}${signed ? '-signe' : ''}.pdf`

/** The duo's people, programme, organisation and rules: what the contract and its e-mails say. */
async function facts(tenant: TenantData, duo: Duo) {
  const [mentee, mentor, programme, org, current] = await Promise.all([
    tenant.people.get(duo.programmeId, 'mentee', duo.menteeId), tenant.people.get(duo.programmeId, 'mentor', duo.mentorId),
    tenant.programmes.get(duo.programmeId), tenant.organisation.get(), tenant.rules.current(duo.programmeId),
  ])
  return { mentee, mentor, programme, org, rules: current.rules }
}

/**
 * Renders the contract for a duo with the staff member who generates it as its coordinator (they sign for the
 * organisation when it is tripartite, unless a colleague does).
 */
async function render(deps: Deps, tenant: TenantData, duo: Duo, coordinator: User, startDate: string) {
  const f = await facts(tenant, duo)
  const template = f.rules.templates.find((t) => t.kind === 'engagement-contract')
  if (!template) throw new DomainError('no-contract-template', 'The programme has no engagement-contract template')
  const link = duoPortalLink(deps.appUrl, tenant.ctx.orgId, duo.id)
  const { renderContractPdf } = await pdfModule()
  const made = await renderContractPdf(template, {
    organisation: { name: f.org.name, contactEmail: f.org.contactEmail },
    programme: { name: f.programme.name, description: f.programme.description },
    mentor: f.mentor, mentee: f.mentee,
    coordinator: { fullName: coordinator.name, email: coordinator.email },
    cadences: f.rules.cadences,
    startDate, endDate: addMonths(startDate, f.rules.cadences.durationMonthsMax), durationMonths: f.rules.cadences.durationMonthsMax,
    issuedOn: today(deps), duoLink: link, signLink: link,
  }, f.org.locale)
  if (!made.ok) throw templateInvalid(made.problems)
  return { made, parties: template.parties ?? 'tripartite', ...f }
}

/** The stored contract of the duo's current revision, checked against the SHA-256 the duo recorded. */
async function storedContract(deps: Deps, tenant: TenantData, duo: Duo): Promise<Uint8Array> {
  if (!duo.contract) throw notFound('contract')
  const bytes = await deps.documents.get(documentKeys.contract(tenant.ctx.orgId, duo.id, duo.contract.revision))
  if (!bytes) throw notFound('contract')
  const { sha256Hex } = await pdfModule()
  // A document that is not the one every signer saw must never be shown or signed as if it were.
  if ((await sha256Hex(bytes)) !== duo.contract.sha256) throw new Error(`duo ${duo.id}: stored contract v${duo.contract.revision} does not match its SHA-256`)
  return bytes
}

/**
 * The signed copy of an active duo's contract: read from the bucket, or made (deterministically, from the contract
 * and its signatures) and kept if the write after the last signature did not happen.
 */
async function signedCopy(deps: Deps, tenant: TenantData, duo: Duo): Promise<Uint8Array> {
  const key = documentKeys.contract(tenant.ctx.orgId, duo.id, duo.contract!.revision, true)
  const kept = await deps.documents.get(key)
  if (kept) return kept
  const contract = await storedContract(deps, tenant, duo)
  const f = await facts(tenant, duo)
  const signatures = duo.signatures.filter((s) => s.sha256 === duo.contract!.sha256)
  const names = await signerNames(tenant, signatures, f)
  const { addSignaturePage } = await pdfModule()
  const signed = await addSignaturePage(
    contract, signatures.map((s) => ({ party: s.party, name: names.get(s) ?? '', at: s.at, clientAddress: s.clientAddress, sha256: s.sha256 })),
    f.org.locale, f.org.name,
  )
  await deps.documents.put(key, signed, 'application/pdf')
  return signed
}

/** Who signed, by name: the mentor and mentee from their person, the organisation's signatory from their membership. */
async function signerNames(tenant: TenantData, signatures: DuoSignature[], f: { mentor: Person; mentee: Person }) {
  const names = new Map<DuoSignature, string>()
  for (const s of signatures) {
    if (s.party === 'mentor') names.set(s, fullName(f.mentor))
    else if (s.party === 'mentee') names.set(s, fullName(f.mentee))
    else names.set(s, (await tenant.members.get(s.by))?.name ?? s.by)
  }
  return names
}

/** The file a reader is given: the contract to sign, or the signed copy once the duo is active. */
async function document(deps: Deps, tenant: TenantData, duo: Duo): Promise<ContractDocument> {
  if (!duo.contract) throw notFound('contract')
  const signed = duo.state === 'active'
  const bytes = signed ? await signedCopy(deps, tenant, duo) : await storedContract(deps, tenant, duo)
  const { sha256Hex } = await pdfModule()
  return ContractDocument.parse({
    duoId: duo.id, revision: duo.contract.revision, parties: duo.contract.parties, kind: signed ? 'signed' : 'contract',
    sha256: signed ? await sha256Hex(bytes) : duo.contract.sha256, contractSha256: duo.contract.sha256,
    filename: filename(duo, signed), contentType: 'application/pdf', base64: Buffer.from(bytes).toString('base64'),
  })
}

/**
 * One party signs the duo's current contract (the caller, for themselves or for the organisation), from the client
 * address of the request; the last signature makes the duo active, and its signed copy is kept. A signed copy that
 * cannot be written now is made again at its first download.
 */
async function sign(
  deps: Deps, tenant: TenantData, c: { env: unknown },
  x: { programmeId: string; duoId: string; version: number; sha256: string; party: SignatoryParty; by: string },
): Promise<Duo> {
  const event = { type: 'sign' as const, at: deps.now().toISOString(), by: x.by, party: x.party, clientAddress: clientAddress(c), sha256: x.sha256 }
  const { duo } = await tenant.duos.transition(x.programmeId, x.duoId, x.version, event, deps.newId)
  if (duo.state === 'active') {
    try {
      await signedCopy(deps, tenant, duo)
    } catch (error) {
      deps.logger.error('signed contract not kept; it is made again at its first download', { orgId: tenant.ctx.orgId, duoId: duo.id, error })
    }
    // The duo has started: its mentor and mentee are told (the signature is stored whatever the mail does).
    try {
      await sendDuoStarted(deps, tenant, { duo, ...(await facts(tenant, duo)) })
    } catch (error) {
      deps.logger.error('duo-started e-mails not sent', { orgId: tenant.ctx.orgId, duoId: duo.id, error })
    }
  }
  return duo
}

/** Tells the mentor and the mentee that the contract awaits their signature (the organisation signs from the app). */
async function announce(deps: Deps, tenant: TenantData, duo: Duo, r: Awaited<ReturnType<typeof render>>) {
  const signLink = duoPortalLink(deps.appUrl, tenant.ctx.orgId, duo.id)
  const issued = today(deps)
  for (const [role, person] of [['mentor', r.mentor], ['mentee', r.mentee]] as const) {
    if (!requiredParties(duo.contract!.parties).includes(role)) continue
    await sendProgrammeEmail(deps, tenant, {
      kind: 'email-contract-to-sign', programmeId: duo.programmeId, rules: r.rules, person,
      variables: {
        role, mentor: { fullName: fullName(r.mentor) }, mentee: { fullName: fullName(r.mentee) },
        contract: { revision: duo.contract!.revision, date: dayWords(issued), signLink },
      },
    })
  }
}

/**
 * The caller's own duo (a mentor or mentee) and their side in it, through the person their account is (never from
 * the request); another person's duo is not found, as if it did not exist.
 */
async function myDuo(tenant: TenantData, duoId: string): Promise<{ duo: Duo; side: DuoSide }> {
  const m = await tenant.members.require(tenant.ctx.userId)
  if (!m.personId || !m.programmeId) throw forbidden('Your account is not tied to a mentor or mentee of a programme')
  const duo = await tenant.duos.get(m.programmeId, duoId)
  const side = sideIn(duo, m.personId)
  if (!side) throw notFound('duo')
  return { duo, side }
}

/** The contract routes: staff generate it, read it and sign it for the organisation; its mentor and mentee read and sign their own. */
export function registerContract(app: App) {
  app.openapi(route(routes.generateContract), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const body = c.req.valid('json')
    const duo = await tenant.duos.get(programmeId, duoId)
    if (duo.version !== body.version) throw staleVersion('duo')
    // Refused before anything is rendered or stored when the duo is not there yet (or any more).
    duoLifecycle.next(duo.state, 'contract-generated')
    const r = await render(deps, tenant, duo, user, body.startDate ?? today(deps))
    const revision = (duo.contract?.revision ?? 0) + 1
    // The document first: a duo never names a contract that is not stored. A write left by a refused step is
    // replaced by the next generation of that revision.
    await deps.documents.put(documentKeys.contract(tenant.ctx.orgId, duo.id, revision), r.made.pdf, 'application/pdf')
    const { duo: next } = await tenant.duos.transition(programmeId, duoId, body.version, {
      type: 'contract-generated', at: deps.now().toISOString(), by: user.id, documentId: `contract-v${revision}`, sha256: r.made.sha256, parties: r.parties,
    }, deps.newId)
    await announce(deps, tenant, next, r)
    return c.json(await duoView(tenant, next), 201)
  })

  app.openapi(route(routes.readContract), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    return c.json(await document(deps, tenant, await tenant.duos.get(programmeId, duoId)), 200)
  })

  app.openapi(route(routes.signContractForOrganisation), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const { version, sha256 } = c.req.valid('json')
    const duo = await sign(deps, tenant, c, { programmeId, duoId, version, sha256, party: 'organisation', by: user.id })
    return c.json(await duoView(tenant, duo), 200)
  })

  app.openapi(route(routes.readMyContract), async (c) => {
    const { deps, tenant } = c.var
    const { duo } = await myDuo(tenant, c.req.valid('param').duoId)
    return c.json(await document(deps, tenant, duo), 200)
  })

  app.openapi(route(routes.signMyContract), async (c) => {
    const { deps, tenant, user } = c.var
    const { duo, side } = await myDuo(tenant, c.req.valid('param').duoId)
    const { version, sha256 } = c.req.valid('json')
    const signed = await sign(deps, tenant, c, { programmeId: duo.programmeId, duoId: duo.id, version, sha256, party: side, by: user.id })
    const contract = signed.contract!
    return c.json(MyContractSignature.parse({
      duoId: signed.id, side, state: signed.state, version: signed.version, revision: contract.revision, sha256: contract.sha256,
      signed: signed.signatures.filter((s) => s.sha256 === contract.sha256).map((s) => ({ party: s.party, at: s.at })),
      missing: missingSignatures(signed), startDate: signed.startDate, plannedEndDate: signed.plannedEndDate,
    }), 200)
  })
}
