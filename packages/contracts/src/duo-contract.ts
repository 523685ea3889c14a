import * as z from 'zod'
import { contractParties, duoStates, signatoryParties } from '@binome/core'
import { Id, IsoDate, IsoDateTime, Version } from './common'
import { lazySchema } from './lazy-schema'

/** The SHA-256 of a document's exact bytes, in lowercase hexadecimal. */
export const DocumentSha256 = /* @__PURE__ */ lazySchema(() => z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hexadecimal'))

/**
 * Generate (or generate again) a duo's engagement contract from the programme's template (send the version you
 * read). `startDate` is the planned first day the contract states (today when absent); the planned end follows from
 * the rules' longest duration. A new document voids the signatures given on an earlier one.
 */
export const GenerateContract = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version,
  startDate: IsoDate.optional(),
}))
export type GenerateContract = z.infer<typeof GenerateContract>

/**
 * A signature: the duo's version as read, and the SHA-256 of the exact PDF the signer was shown (the one the
 * download answered with); another document's is refused with 409 `document-changed`.
 */
export const SignContract = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version,
  sha256: DocumentSha256,
}))
export type SignContract = z.infer<typeof SignContract>

/**
 * A duo's contract as a file: the document to sign while signatures are awaited (`contract`), the signed copy with
 * its signature page once the duo is active (`signed`). `sha256` is of these bytes; `contractSha256` is what every
 * party signs (the same as `sha256` for the document to sign).
 */
export const ContractDocument = /* @__PURE__ */ lazySchema(() => z.object({
  duoId: Id,
  revision: z.number().int().min(1),
  parties: z.enum(contractParties),
  kind: z.enum(['contract', 'signed']),
  sha256: DocumentSha256,
  contractSha256: DocumentSha256,
  filename: z.string(),
  contentType: z.literal('application/pdf'),
  base64: z.string(),
}))
export type ContractDocument = z.infer<typeof ContractDocument>

/**
 * Where a mentor's or mentee's own contract stands after they signed: their side, the duo's state and version, the
 * contract they signed, who signed it when (never by whom or from where) and who is still to sign.
 */
export const MyContractSignature = /* @__PURE__ */ lazySchema(() => z.object({
  duoId: Id,
  side: z.enum(['mentor', 'mentee']),
  state: z.enum(duoStates),
  version: Version,
  revision: z.number().int().min(1),
  sha256: DocumentSha256,
  signed: z.array(z.object({ party: z.enum(signatoryParties), at: IsoDateTime })),
  missing: z.array(z.enum(signatoryParties)),
  startDate: IsoDate.nullable(),
  plannedEndDate: IsoDate.nullable(),
}))
export type MyContractSignature = z.infer<typeof MyContractSignature>

/** A duo of the caller's own (a mentor or mentee), by id. */
export const MyDuoParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, duoId: Id }))
