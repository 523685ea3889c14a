import { ContractDocument, DuoParams, DuoView, GenerateContract, MyContractSignature, MyDuoParams, SignContract } from '../index'
import { declare, errors, json, jsonBody, security } from './define'
import { contractEndpoints } from './endpoints'

const tags = ['Duos']

/**
 * A duo's engagement contract (mounted in the matching app, beside the duos): generated from the programme's
 * template once both sides validated the first meeting, read as the exact PDF (with its SHA-256) and signed by each
 * party it names; the last signature makes the duo active.
 */
export const contractRoutes = {
  generateContract: declare({
    ...contractEndpoints.generateContract, tags, security,
    summary: "Generate the duo's engagement contract from the programme's template (again: a new version, earlier signatures void); the mentor and mentee are told",
    request: { params: DuoParams, ...jsonBody(GenerateContract) },
    responses: { 201: json(DuoView, 'Generated'), ...errors(400, 401, 403, 404, 409, 422) },
    permission: 'duos.write',
    personalData: 'change',
  }),
  readContract: declare({
    ...contractEndpoints.readContract, tags, security,
    summary: "The duo's contract as a PDF (base64) with its SHA-256: the document to sign, or the signed copy with its signature page once active",
    request: { params: DuoParams },
    responses: { 200: json(ContractDocument), ...errors(400, 401, 403, 404) },
    permission: 'duos.read',
    personalData: 'read',
  }),
  signContractForOrganisation: declare({
    ...contractEndpoints.signContractForOrganisation, tags, security,
    summary: "Sign the duo's tripartite contract for the organisation, with the SHA-256 of the PDF read (409 document-changed, already-recorded, wrong-state)",
    request: { params: DuoParams, ...jsonBody(SignContract) },
    responses: { 200: json(DuoView), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.write',
    personalData: 'change',
  }),
  readMyContract: declare({
    ...contractEndpoints.readMyContract, tags: ['Portal'], security,
    summary: "My duo's contract (a mentor or mentee): the PDF to read and sign, with its SHA-256, or the signed copy once active; another person's duo is not found",
    request: { params: MyDuoParams },
    responses: { 200: json(ContractDocument), ...errors(400, 401, 403, 404) },
    permission: 'duos.take-part',
  }),
  signMyContract: declare({
    ...contractEndpoints.signMyContract, tags: ['Portal'], security,
    summary: "Sign my duo's contract as its mentor or mentee, with the SHA-256 of the PDF read (409 document-changed, already-recorded, wrong-state, stale-version)",
    request: { params: MyDuoParams, ...jsonBody(SignContract) },
    responses: { 200: json(MyContractSignature), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.take-part',
  }),
}
