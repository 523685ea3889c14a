/**
 * The product's errors: one catalogue of stable reasons, each with its HTTP kind and the values it carries.
 *
 * The core, the data layer and the functions throw {@link DomainError} with a reason; the HTTP layer answers
 * `{ error: { code, reason, values?, message, details? } }`. `code` is the coarse HTTP kind (what a generic API
 * client branches on), `reason` the stable, language-free cause that interfaces say in their own language with
 * `values` (as monitoring alerts do with their `kind`). `message` is English, for logs and API users.
 */

/** The coarse kinds and their HTTP status. */
export const errorCodes = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  /** A public application form whose side is closed. */
  gone: 410,
  /**
   * Well-formed input that breaks a rule about the whole: a programme's rules whose parts disagree, a template that
   * does not compile, a person's answers that do not fit their programme's form.
   */
  unprocessable: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const

export type ErrorCode = keyof typeof errorCodes

/**
 * The things an error can be about, named without language (`not-found` with `{ entity: 'programme' }`). Names are
 * camelCase because interfaces choose their words with an ICU `select` on them, whose keys cannot hold a hyphen.
 */
export const errorEntities = ['organisation', 'programme', 'membership', 'person', 'matchingRun', 'user', 'rules', 'item', 'partnership', 'checklistItem', 'session', 'applicationForm', 'company', 'employment', 'networkPartner', 'duo', 'contract', 'evaluation'] as const
export type ErrorEntity = (typeof errorEntities)[number]

/**
 * Every reason an API call can fail, with its kind and the names of the values it carries. A new refusal adds
 * a line here and its words in the web's fr/en/nl catalogues (a test fails until all three have them).
 */
export const errorReasons = {
  'bad-request': { code: 'bad_request', values: [] },
  'invalid-json': { code: 'bad_request', values: [] },
  validation: { code: 'validation_failed', values: [] },
  'end-before-start': { code: 'validation_failed', values: ['startDate', 'endDate'] },
  /** A person's answers do not fit their programme's form; `details` name each field as `answers.<fieldId>`. */
  'invalid-answers': { code: 'unprocessable', values: [] },
  'sign-in-required': { code: 'unauthorized', values: [] },
  'sign-in-code-invalid': { code: 'unauthorized', values: [] },
  forbidden: { code: 'forbidden', values: [] },
  'not-a-member': { code: 'forbidden', values: [] },
  'role-not-allowed': { code: 'forbidden', values: [] },
  'operator-only': { code: 'forbidden', values: [] },
  'no-invitation': { code: 'forbidden', values: [] },
  'not-found': { code: 'not_found', values: ['entity'] },
  'no-such-route': { code: 'not_found', values: [] },
  'stale-version': { code: 'conflict', values: ['entity'] },
  'already-exists': { code: 'conflict', values: ['entity'] },
  'already-member': { code: 'conflict', values: [] },
  'already-invited': { code: 'conflict', values: [] },
  'invitation-already-accepted': { code: 'conflict', values: [] },
  'last-admin': { code: 'conflict', values: [] },
  'programme-archived': { code: 'conflict', values: [] },
  'applications-closed': { code: 'gone', values: [] },
  /** An evaluation's personal link past its expiry (or expired by the sweep): nothing can be read or answered. */
  'link-expired': { code: 'gone', values: ['expiresAt'] },
  /** A results export past its retention: its file was deleted (the day it stopped being available). */
  'export-expired': { code: 'gone', values: ['expiredAt'] },
  /** An evaluation questionnaire is answered once. */
  'already-answered': { code: 'conflict', values: [] },
  'programme-already-archived': { code: 'conflict', values: [] },
  /** A partnership holds at most so many field follow-up sessions. */
  'too-many-sessions': { code: 'conflict', values: ['max'] },
  /** Inviting more people than a session's places left. */
  'session-full': { code: 'conflict', values: ['capacity', 'left'] },
  /** Attendance of a session that has not started yet. */
  'session-not-started': { code: 'conflict', values: ['startsAt'] },
  /** A mentor registering for, or cancelling, a peer meeting that has started. */
  'session-started': { code: 'conflict', values: ['startsAt'] },
  /** A mentor cancelling a registration they never made. */
  'not-registered': { code: 'conflict', values: [] },
  /** A company still named by mentors' employments cannot be deleted (their records would point nowhere). */
  'company-in-use': { code: 'conflict', values: ['mentors'] },
  /** Only a mentor has an employer (skills sponsorship); `details` name `personId`. */
  'not-a-mentor': { code: 'unprocessable', values: [] },
  /** A programme's rules whose parts disagree (duplicate ids, a choice field without options...); `details` name each place. */
  'rules-invalid': { code: 'unprocessable', values: [] },
  /** A matching criterion reads a form field that is missing or of a kind it cannot read; `details` name each criterion. */
  'criterion-field': { code: 'unprocessable', values: ['criterion', 'side', 'field'] },
  /** A lifecycle refuses the event in the entity's current state (the state is one of that lifecycle's). */
  'wrong-state': { code: 'conflict', values: ['entity', 'state'] },
  /** A step that has its time: a proposal expires after its deadline, a first meeting is judged once it has taken place. */
  'too-early': { code: 'conflict', values: ['at'] },
  /** A side's verdict or a party's signature is given once. */
  'already-recorded': { code: 'conflict', values: ['party'] },
  /** A signature on another document than the duo's current contract (it was generated again since it was shown). */
  'document-changed': { code: 'conflict', values: [] },
  /** A contract asked of a programme whose rules have no engagement-contract template. */
  'no-contract-template': { code: 'conflict', values: [] },
  /** A proposal names a person already in an open duo (`details` name each `pairs.<n>`). */
  'in-open-duo': { code: 'conflict', values: ['side'] },
  /** A proposal would give a mentor more open duos than their capacity. */
  'mentor-at-capacity': { code: 'conflict', values: ['capacity'] },
  /** A proposal names a pair whose earlier duo ended (refused, expired, declined, cancelled) or that the coordinator excluded. */
  'pair-excluded': { code: 'conflict', values: [] },
  /** Acceptance needs the individual interview recorded first. */
  'interview-required': { code: 'conflict', values: [] },
  /** Acceptance with blocking eligibility items not met at the interview; `details` name each `checks.<itemId>`. */
  'eligibility-not-met': { code: 'conflict', values: ['count'] },
  /** The mentor training is for mentors. */
  'mentors-only': { code: 'conflict', values: [] },
  /** The programme requires mentors to attend a training before they can be matched. */
  'training-required': { code: 'conflict', values: [] },
  /** The person's data was erased: nothing about them can be changed any more. */
  'person-erased': { code: 'conflict', values: [] },
  /** A document template does not parse or names what its kind does not have; `details` name each line. */
  'template-invalid': { code: 'unprocessable', values: [] },
  'payload-too-large': { code: 'payload_too_large', values: [] },
  /** An import's file holds no header or no data row. */
  'import-empty': { code: 'unprocessable', values: [] },
  /** An import's file is neither a CSV text nor an XLSX workbook that can be read (an old .xls, a PDF, a damaged file). */
  'import-unreadable': { code: 'unprocessable', values: [] },
  /** An import's file has more rows than one request reads; split it. */
  'import-too-many-rows': { code: 'payload_too_large', values: ['max', 'rows'] },
  'unsupported-media-type': { code: 'unsupported_media_type', values: [] },
  'too-many-attempts': { code: 'rate_limited', values: [] },
  'usage-limit': { code: 'rate_limited', values: ['scope', 'retryAfterSeconds'] },
  /** Too many public applications from one e-mail address or one client this hour. */
  'application-limit': { code: 'rate_limited', values: ['scope', 'retryAfterSeconds'] },
  internal: { code: 'internal', values: ['requestId'] },
  unavailable: { code: 'unavailable', values: [] },
  starting: { code: 'unavailable', values: [] },
  'matching-unavailable': { code: 'unavailable', values: [] },
  /** A completed run's alternatives with their losses are still being computed: ask again in a moment. */
  'losses-computing': { code: 'conflict', values: [] },
  /** A lock on a pair would lock its mentee twice (`mentee-locked`) or its mentor past their capacity (`mentor-full`). */
  'lock-conflict': { code: 'conflict', values: ['rule'] },
} as const satisfies Record<string, { code: ErrorCode; values: readonly string[] }>

export type ErrorReason = keyof typeof errorReasons

/** The values each reason carries; `entity` is always one of {@link errorEntities}. */
export type ErrorValues<R extends ErrorReason> = {
  [K in (typeof errorReasons)[R]['values'][number]]: K extends 'entity' ? ErrorEntity : string | number
}

/**
 * Why one field is wrong, language-free; `values` carry the limit (`{ min: 2 }`) where there is one.
 * Shared by the API's field issues and the web's own checks, so that both are said with the same words.
 */
export const fieldReasons = [
  'required',
  'too-short',
  'too-long',
  'too-small',
  'too-big',
  'not-an-email',
  'not-a-date',
  'not-a-number',
  'not-an-integer',
  'not-a-choice',
  'bad-format',
  'wrong-type',
  'unknown-field',
  'end-before-start',
  'invalid-cursor',
  /** Control characters, bidi overrides or lone surrogates in a name or a text (see ./text.ts). */
  'unsafe-text',
  /** A locality the Belgian gazetteer does not know (answers of kind `locality`). */
  'unknown-locality',
  /** A blocking eligibility item that the interview did not tick as met. */
  'blocking-not-met',
  'invalid',
] as const
export type FieldReason = (typeof fieldReasons)[number]

/** One problem with one field of the input. `path` is the field, e.g. `"name"` or `"admin.email"`; `message` is English. */
export interface FieldIssue {
  path: string
  reason: FieldReason
  message: string
  values?: Record<string, string | number>
}

/** What a reason needs besides its message: its values when it declares some, and field issues for validation. */
type ErrorExtras<R extends ErrorReason> = (typeof errorReasons)[R]['values'] extends readonly []
  ? [extras?: { details?: FieldIssue[] }]
  : [extras: { values: ErrorValues<R>; details?: FieldIssue[] }]

/**
 * An error with a stable reason (and its values) that interfaces can say in the reader's language.
 *
 * @example
 * throw new DomainError('last-admin', 'The organisation must keep at least one active admin')
 * throw new DomainError('not-found', 'Programme not found', { values: { entity: 'programme' } })
 */
export class DomainError<R extends ErrorReason = ErrorReason> extends Error {
  readonly reason: R
  readonly code: ErrorCode
  readonly values?: Record<string, string | number>
  readonly details?: FieldIssue[]

  constructor(reason: R, message: string, ...[extras]: ErrorExtras<R>) {
    super(message)
    this.name = 'DomainError'
    this.reason = reason
    this.code = errorReasons[reason].code
    const x = extras as { values?: Record<string, string | number>; details?: FieldIssue[] } | undefined
    if (x?.values !== undefined) this.values = x.values
    if (x?.details !== undefined) this.details = x.details
  }

  get status(): number {
    return errorCodes[this.code]
  }
}

const entityWords: Record<ErrorEntity, string> = {
  organisation: 'The organisation',
  programme: 'The programme',
  membership: 'The membership',
  person: 'The person',
  matchingRun: 'The matching run',
  session: 'The session',
  user: 'The user',
  rules: "The programme's rules",
  item: 'The item',
  partnership: 'The partnership',
  checklistItem: 'The checklist item',
  applicationForm: 'The application form',
  company: 'The company',
  employment: "The mentor's employment",
  networkPartner: 'The network partner',
  duo: 'The duo',
  contract: "The duo's engagement contract",
  evaluation: 'The evaluation questionnaire',
}

/** Shorthands for the errors every entity has. */
export const notFound = (entity: ErrorEntity) =>
  new DomainError('not-found', `${entityWords[entity]} was not found`, { values: { entity } })
/** Someone else changed the thing since it was read: reloading shows their change. */
export const staleVersion = (entity: ErrorEntity) =>
  new DomainError('stale-version', `${entityWords[entity]} was changed by someone else; reload it and try again`, {
    values: { entity },
  })
export const alreadyExists = (entity: ErrorEntity) =>
  new DomainError('already-exists', `${entityWords[entity]} already exists`, { values: { entity } })
type ForbiddenReason = { [R in ErrorReason]: (typeof errorReasons)[R]['code'] extends 'forbidden' ? R : never }[ErrorReason]
/** @example throw forbidden('Your role does not allow this', 'role-not-allowed') */
export const forbidden = (message = 'You do not have access to this', reason: ForbiddenReason = 'forbidden') =>
  new DomainError(reason, message)
