import { exportFilesPrefix } from '@binome/core'

/**
 * Where the platform keeps the documents it makes (engagement contracts and their signed copies): the documents
 * bucket on AWS (`./aws/s3`), a folder under `DATA_DIR/documents/` locally (`@binome/local`). Every key starts with
 * the organisation's id, so one organisation's documents are one prefix (erasure, and any future confinement of the
 * credentials to it, work on that prefix) — except the results files for funders, `results-exports/<orgId>/…`, kept
 * under one prefix so that the bucket's lifecycle rule expires them (they hold no personal data and live 7 days).
 */
export interface DocumentStore {
  /** Writes (or replaces) the document at `key`. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>
  /** The document at `key`, or undefined when there is none. */
  get(key: string): Promise<Uint8Array | undefined>
  /** Deletes every document whose key starts with `prefix` (every stored version of it); how many were there. */
  deleteUnder(prefix: string): Promise<number>
}

// An id (`[A-Za-z0-9_-]`, as the contracts' `Id`) may start a segment; a dot may not (no `.`, `..` or hidden file).
const segment = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/

/**
 * Refuses a key that could leave its organisation's prefix or the local folder (`..`, an absolute path, odd
 * characters): keys are built by the platform from ids, never taken from a request as they are.
 *
 * @example
 * checkDocumentKey('o1/duos/d1/contract-v1.pdf') // 'o1/duos/d1/contract-v1.pdf'
 */
export function checkDocumentKey(key: string, { prefix = false } = {}): string {
  const parts = key.split('/')
  if (prefix && parts.at(-1) === '') parts.pop()
  if (parts.length < 2 || !parts.every((p) => segment.test(p) && p !== '..' && !p.includes('..'))) throw new RangeError(`not a document key: ${key}`)
  return key
}

/**
 * The keys of a duo's documents: its folder, and its contract's n-th version (`signed` is the copy with its
 * signature page).
 *
 * @example
 * documentKeys.contract('o1', 'd1', 2) // 'o1/duos/d1/contract-v2.pdf'
 */
export const documentKeys = {
  duo: (orgId: string, duoId: string) => checkDocumentKey(`${orgId}/duos/${duoId}/`, { prefix: true }),
  contract: (orgId: string, duoId: string, version: number, signed = false) =>
    checkDocumentKey(`${orgId}/duos/${duoId}/contract-v${version}${signed ? '-signed' : ''}.pdf`),
}

/**
 * One organisation's results files (`results-exports/<orgId>/…`): all the exports worker writes and the monitoring
 * API reads. On AWS the client behind it holds the tenant data role's credentials for that organisation, whose
 * policy reaches only that prefix; locally the same refusal is made in code (`confinedResultsFiles`).
 */
export type ResultsFileStore = Pick<DocumentStore, 'put' | 'get'>
/** The results files of an organisation, by its id. */
export type ResultsFiles = (orgId: string) => ResultsFileStore

/** A key outside the organisation's results files: on AWS, S3 answers AccessDenied to the tenant's credentials. */
export class ForeignDocumentKey extends Error {
  constructor(orgId: string, key: string) {
    super(`the results files of ${orgId} do not hold ${key}`)
    this.name = 'ForeignDocumentKey'
  }
}

/**
 * `store` confined to the results files of `orgId`: a key elsewhere (another organisation's file, a duo's contract)
 * is refused before the store is asked, as IAM refuses the tenant role on AWS, so a bug that builds a foreign key
 * fails in tests too.
 *
 * @example
 * await confinedResultsFiles('o1', documents).get('results-exports/o2/j1.pdf') // throws ForeignDocumentKey
 */
export function confinedResultsFiles(orgId: string, store: ResultsFileStore): ResultsFileStore {
  const prefix = `${exportFilesPrefix}${orgId}/`
  const mine = (key: string) => {
    if (!key.startsWith(prefix)) throw new ForeignDocumentKey(orgId, key)
    return checkDocumentKey(key)
  }
  return {
    put: async (key, bytes, contentType) => store.put(mine(key), bytes, contentType),
    get: async (key) => store.get(mine(key)),
  }
}
