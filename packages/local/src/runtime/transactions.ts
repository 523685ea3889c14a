/**
 * TransactWriteItems and TransactGetItems for a DynamoDB-compatible server that lacks them (dynalite),
 * with DynamoDB's semantics: every condition checked, all-or-nothing, per-item cancellation reasons,
 * serializable isolation within this process, and crash safety through an fsynced undo journal.
 *
 * It is a middleware placed right after the client's deserializer: it answers the two operations with the
 * same HTTP response DynamoDB would send, so the SDK's own deserializer builds the real
 * `TransactionCanceledException`, and lib-dynamodb's (un)marshalling runs unchanged.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { randomUUID } from 'node:crypto'
import { callDynamo, DynamoWireError, validationErrorBody, type WireItem } from './dynamo-wire'
import { ReadWriteLock } from './read-write-lock'
import { recoverJournals, restoreBeforeImages, writeJournal, type BeforeImage } from './transaction-journal'

/** DynamoDB's limit on the number of actions in one transaction. */
export const MAX_TRANSACTION_ITEMS = 100

// Plain item operations share the lock: dynalite makes each single-item write atomic under its own item lock, as
// DynamoDB does, so they need only wait for transactions (and tables' changes), never for one another.
const WRITE_OPERATIONS = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'])
const TABLE_OPERATIONS = new Set(['CreateTable', 'UpdateTable', 'DeleteTable'])
const READ_OPERATIONS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan'])

export interface TransactionEmulationOptions {
  /** Endpoint of the DynamoDB-compatible server, e.g. `http://127.0.0.1:8000`. */
  endpoint: string
  /** Folder for the undo journal; without it a crash mid-transaction cannot be rolled back (fine in memory). */
  journalDir?: string
  /**
   * Called after each write a transaction applies (index of the action). Only for crash tests, which
   * kill the process here to prove the journal rolls the half-applied transaction back.
   */
  afterTransactionWrite?: (actionIndex: number) => void | Promise<void>
}

/** What all clients of one endpoint in this process share: the lock, the journal, cached key schemas. */
interface EndpointState {
  lock: ReadWriteLock
  journalDir: string | undefined
  recovery: Promise<void> | undefined
  keySchemas: Map<string, Promise<string[]>>
  /** ClientRequestToken → fingerprint of the request it committed, for DynamoDB's 10-minute idempotency window. */
  committedTokens: Map<string, { fingerprint: string; expiresAt: number }>
}

/** How long DynamoDB remembers a transaction's ClientRequestToken. */
const IDEMPOTENCY_WINDOW_MS = 10 * 60_000

const endpointStates = new Map<string, EndpointState>()

const endpointKey = (endpoint: string) => endpoint.replace(/\/+$/, '')

function freshState(journalDir: string | undefined): EndpointState {
  return { lock: new ReadWriteLock(), journalDir, recovery: undefined, keySchemas: new Map(), committedTokens: new Map() }
}

function stateFor(endpoint: string, journalDir: string | undefined): EndpointState {
  const key = endpointKey(endpoint)
  let state = endpointStates.get(key)
  if (!state) {
    state = freshState(journalDir)
    endpointStates.set(key, state)
  } else if (journalDir && !state.journalDir) {
    state.journalDir = journalDir
  }
  return state
}

/**
 * Gives `endpoint` a fresh state (lock, journal folder, recovery, key schemas, committed tokens) for a server that has
 * just started listening there, and returns the function that drops it when that server stops. In one process a later
 * server may be given the same free port (a test run starts many platforms in one worker): without this it would
 * inherit the stopped server's journal folder, its finished recovery and its idempotency tokens.
 *
 * @example
 * const release = claimEndpoint(endpoint, join(dataDir, 'dynamodb-transactions'))
 * // ... serve ...
 * release() // after the server has closed
 */
export function claimEndpoint(endpoint: string, journalDir: string | undefined): () => void {
  const key = endpointKey(endpoint)
  const state = freshState(journalDir)
  endpointStates.set(key, state)
  return () => {
    // Only this server's state: a later server on the same port has claimed its own.
    if (endpointStates.get(key) === state) endpointStates.delete(key)
  }
}

/**
 * Rolls back any transaction a crashed process left half-applied (see {@link TransactionEmulationOptions.journalDir}).
 * Runs once per endpoint and process; later calls return the same promise.
 *
 * @example
 * await recoverTransactions({ endpoint, journalDir: join(dataDir, 'dynamodb-transactions') })
 */
export function recoverTransactions(options: Pick<TransactionEmulationOptions, 'endpoint' | 'journalDir'>): Promise<void> {
  return recoverOnce(stateFor(options.endpoint, options.journalDir), options.endpoint)
}

function recoverOnce(state: EndpointState, endpoint: string): Promise<void> {
  state.recovery ??= state.journalDir
    ? state.lock.exclusive(async () => {
        await recoverJournals(state.journalDir!, endpoint)
      })
    : Promise.resolve()
  return state.recovery
}

/**
 * The endpoint's lock, exposed so that the local platform can quiesce writes (e.g. before a snapshot).
 *
 * @example
 * await lockFor(dynamo.endpoint).exclusive(async () => copyDataFolder())
 */
export function lockFor(endpoint: string): ReadWriteLock {
  return stateFor(endpoint, undefined).lock
}

/**
 * Makes this process's lock of `endpoint` defer to another's: a worker thread of the local platform writes to the same
 * dynalite as the main thread, so its requests must queue behind the main thread's transactions (and theirs behind
 * its requests), as one DynamoDB table isolates them.
 *
 * @example
 * delegateEndpointLock(endpoint, { exclusive: (work) => viaParent('exclusive', work), shared: (work) => viaParent('shared', work) })
 */
export function delegateEndpointLock(endpoint: string, lock: Pick<ReadWriteLock, 'exclusive' | 'shared'>): void {
  Object.assign(stateFor(endpoint, undefined).lock, { exclusive: lock.exclusive.bind(lock), shared: lock.shared.bind(lock) })
}

export interface HttpRequestLike {
  headers: Record<string, string>
  body?: unknown
}

interface HttpResponseLike {
  statusCode: number
  reason?: string
  headers: Record<string, string>
  body: Uint8Array
}

type WireNext = (args: { request: unknown }) => Promise<{ output: unknown; response: unknown }>
type ClientMiddleware = Parameters<DynamoDBClient['middlewareStack']['addRelativeTo']>[0]

/**
 * Adds the transaction emulation (and the lock it relies on: a transaction runs alone; every other item operation
 * shares the lock) to a DynamoDB client.
 * Works for `DynamoDBDocumentClient.from(client)` too, since document commands run on this stack.
 *
 * @example
 * const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } })
 * addTransactionEmulation(client, { endpoint, journalDir })
 * await DynamoDBDocumentClient.from(client).send(new TransactWriteCommand({ TransactItems: [...] }))
 */
export function addTransactionEmulation(client: DynamoDBClient, options: TransactionEmulationOptions): void {
  const state = stateFor(options.endpoint, options.journalDir)
  const middleware = (next: WireNext) => async (args: { request: unknown }) => {
    const request = args.request as HttpRequestLike
    const operation = targetOperation(request)
    // The state this client was made with, not a lookup by endpoint: after its server stops, the endpoint's state is gone.
    await recoverOnce(state, options.endpoint)
    if (operation === 'TransactWriteItems' || operation === 'TransactGetItems') {
      const body = parseRequestBody(request)
      const answer = await answerWire(() =>
        operation === 'TransactWriteItems'
          ? state.lock.exclusive(() => transactWriteItems(options, state, body))
          : state.lock.shared(() => transactGetItems(options, state, body)),
      )
      return { output: {}, response: answer }
    }
    if (operation && TABLE_OPERATIONS.has(operation)) return state.lock.exclusive(() => next(args))
    if (operation && (WRITE_OPERATIONS.has(operation) || READ_OPERATIONS.has(operation))) return state.lock.shared(() => next(args))
    return next(args)
  }
  client.middlewareStack.addRelativeTo(middleware as unknown as ClientMiddleware, {
    name: 'localTransactionEmulation',
    relation: 'after',
    toMiddleware: 'deserializerMiddleware',
    override: true,
  })
}

/** The DynamoDB operation of a signed request, from its `X-Amz-Target` header. */
export function targetOperation(request: HttpRequestLike): string | undefined {
  const header = Object.entries(request.headers ?? {}).find(([name]) => name.toLowerCase() === 'x-amz-target')
  return header?.[1].split('.')[1]
}

/** The JSON body of a request, in DynamoDB's wire format. */
export function parseRequestBody(request: HttpRequestLike): Record<string, unknown> {
  const body = request.body
  // The SDK may hand a Uint8Array subclass that warns when used as a string, hence the explicit decode.
  const text = typeof body === 'string' ? body : body instanceof Uint8Array ? new TextDecoder().decode(body) : '{}'
  return JSON.parse(text || '{}') as Record<string, unknown>
}

/** Turns a result or a DynamoDB error into the HTTP response DynamoDB would send. */
async function answerWire(work: () => Promise<Record<string, unknown>>): Promise<HttpResponseLike> {
  try {
    return wireResponse(200, await work())
  } catch (error) {
    if (error instanceof DynamoWireError) return wireResponse(400, error.body)
    throw error
  }
}

function wireResponse(statusCode: number, body: Record<string, unknown>): HttpResponseLike {
  return {
    statusCode,
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': randomUUID() },
    body: Buffer.from(JSON.stringify(body)),
  }
}

type ActionKind = 'Put' | 'Update' | 'Delete' | 'ConditionCheck'
const ACTION_KINDS: ActionKind[] = ['Put', 'Update', 'Delete', 'ConditionCheck']

interface TransactAction {
  kind: ActionKind | 'Get'
  /** The action's parameters as sent (TableName, Key or Item, expressions...). */
  params: Record<string, unknown>
  tableName: string
  key: WireItem
}

interface CancellationReason {
  Code: string
  Message?: string
  Item?: WireItem
}

/** Validates the request shape the way DynamoDB does and resolves each action's table and key. */
async function readActions(
  options: TransactionEmulationOptions,
  state: EndpointState,
  body: Record<string, unknown>,
  listField: 'TransactItems',
  kinds: readonly string[],
): Promise<TransactAction[]> {
  const list = body[listField]
  if (!Array.isArray(list) || list.length === 0) {
    throw new DynamoWireError(validationErrorBody(
      `1 validation error detected: Value at '${uncap(listField)}' failed to satisfy constraint: Member must have length greater than or equal to 1`,
    ))
  }
  if (list.length > MAX_TRANSACTION_ITEMS) {
    throw new DynamoWireError(validationErrorBody(
      `1 validation error detected: Value at '${uncap(listField)}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_TRANSACTION_ITEMS}`,
    ))
  }
  const actions: TransactAction[] = []
  const seen = new Set<string>()
  for (const [index, entry] of list.entries()) {
    const present = kinds.filter((kind) => entry && typeof entry === 'object' && (entry as Record<string, unknown>)[kind] != null)
    if (present.length !== 1) {
      throw new DynamoWireError(validationErrorBody(
        `TransactItems[${index}] must contain exactly one of ${kinds.join(', ')}`,
      ))
    }
    const kind = present[0] as TransactAction['kind']
    const params = (entry as Record<string, Record<string, unknown>>)[kind]!
    const tableName = params.TableName
    if (typeof tableName !== 'string' || tableName === '') {
      throw new DynamoWireError(validationErrorBody(`TransactItems[${index}].${kind}.TableName is required`))
    }
    const keyNames = await keySchemaOf(options.endpoint, state, tableName)
    const source = (kind === 'Put' ? params.Item : params.Key) as WireItem | undefined
    if (!source || typeof source !== 'object') {
      throw new DynamoWireError(validationErrorBody(`TransactItems[${index}].${kind}.${kind === 'Put' ? 'Item' : 'Key'} is required`))
    }
    const key: WireItem = {}
    for (const name of keyNames) {
      const value = source[name]
      if (!value) {
        throw new DynamoWireError(validationErrorBody(
          kind === 'Put'
            ? `One or more parameter values were invalid: Missing the key ${name} in the item`
            : 'The provided key element does not match the schema',
        ))
      }
      key[name] = value
    }
    const identity = `${tableName}\u0000${JSON.stringify(keyNames.map((name) => key[name]))}`
    if (seen.has(identity)) {
      throw new DynamoWireError(validationErrorBody('Transaction request cannot include multiple operations on one item'))
    }
    seen.add(identity)
    actions.push({ kind, params, tableName, key })
  }
  return actions
}

function uncap(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

function keySchemaOf(endpoint: string, state: EndpointState, tableName: string): Promise<string[]> {
  let schema = state.keySchemas.get(tableName)
  if (!schema) {
    schema = callDynamo(endpoint, 'DescribeTable', { TableName: tableName }).then((answer) => {
      const table = answer.Table as { KeySchema: Array<{ AttributeName: string; KeyType: string }> }
      // HASH first, then RANGE, whatever order the server lists them in.
      return [...table.KeySchema].sort((a, b) => a.KeyType.localeCompare(b.KeyType)).map((k) => k.AttributeName)
    })
    schema.catch(() => state.keySchemas.delete(tableName))
    state.keySchemas.set(tableName, schema)
  }
  return schema
}

/**
 * The items as they are before the transaction, read in one BatchGetItem a hundred keys (a transaction's limit):
 * one call instead of one a key, as every request's writes go through here.
 */
async function readBeforeImages(endpoint: string, actions: TransactAction[]): Promise<BeforeImage[]> {
  const found = new Map<string, WireItem>()
  const identity = (tableName: string, key: WireItem) => `${tableName}\u0000${JSON.stringify(Object.entries(key).sort(([a], [b]) => a.localeCompare(b)))}`
  const byTable = new Map<string, WireItem[]>()
  for (const action of actions) byTable.set(action.tableName, [...(byTable.get(action.tableName) ?? []), action.key])
  let request: Record<string, { Keys: WireItem[]; ConsistentRead: true }> = Object.fromEntries(
    [...byTable].map(([tableName, keys]) => [tableName, { Keys: keys, ConsistentRead: true as const }]),
  )
  for (let attempt = 0; Object.keys(request).length > 0; attempt++) {
    if (attempt > 8) throw new Error('the local DynamoDB left keys unprocessed after 8 retries')
    const answer = await callDynamo(endpoint, 'BatchGetItem', { RequestItems: request })
    for (const [tableName, items] of Object.entries((answer.Responses ?? {}) as Record<string, WireItem[]>)) {
      const keyNames = Object.keys(byTable.get(tableName)![0]!)
      for (const item of items) found.set(identity(tableName, Object.fromEntries(keyNames.map((k) => [k, item[k]!]))), item)
    }
    request = (answer.UnprocessedKeys ?? {}) as typeof request
  }
  return actions.map((action) => ({ TableName: action.tableName, Key: action.key, Item: found.get(identity(action.tableName, action.key)) ?? null }))
}

/** Keeps only the names and values a condition uses, as the server rejects unused ones. */
function conditionParams(params: Record<string, unknown>): Record<string, unknown> {
  const condition = String(params.ConditionExpression)
  const used = new Set(condition.match(/[#:][A-Za-z0-9_]+/g) ?? [])
  const pick = (map: unknown) => {
    if (!map || typeof map !== 'object') return undefined
    const kept = Object.fromEntries(Object.entries(map).filter(([token]) => used.has(token)))
    return Object.keys(kept).length > 0 ? kept : undefined
  }
  return {
    ConditionExpression: condition,
    ExpressionAttributeNames: pick(params.ExpressionAttributeNames),
    ExpressionAttributeValues: pick(params.ExpressionAttributeValues),
  }
}

/**
 * Evaluates an action's condition without changing data: a conditional rewrite of the unchanged item, or a
 * conditional delete of the absent item. The server evaluates the condition exactly as it would for the real write.
 */
async function checkCondition(endpoint: string, action: TransactAction, before: BeforeImage): Promise<CancellationReason> {
  if (action.params.ConditionExpression == null) return { Code: 'None' }
  const condition = conditionParams(action.params)
  try {
    if (before.Item) await callDynamo(endpoint, 'PutItem', { TableName: action.tableName, Item: before.Item, ...condition })
    else await callDynamo(endpoint, 'DeleteItem', { TableName: action.tableName, Key: action.key, ...condition })
    return { Code: 'None' }
  } catch (error) {
    if (error instanceof DynamoWireError && error.shortType === 'ConditionalCheckFailedException') {
      const reason: CancellationReason = { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }
      if (action.params.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' && before.Item) reason.Item = before.Item
      return reason
    }
    throw error
  }
}

/** Every action's cancellation reason, in order, checked on the items as they are before the transaction. */
async function allReasons(endpoint: string, actions: TransactAction[], before: BeforeImage[]): Promise<CancellationReason[]> {
  const reasons: CancellationReason[] = []
  for (const [index, action] of actions.entries()) reasons.push(await checkCondition(endpoint, action, before[index]!))
  return reasons
}

function cancellation(reasons: CancellationReason[]): DynamoWireError {
  return new DynamoWireError({
    __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
    message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
    CancellationReasons: reasons,
  })
}

const WRITE_OPERATION_OF: Record<Exclude<ActionKind, 'ConditionCheck'>, string> = {
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
}

/** TransactWriteItems, run under the endpoint's exclusive lock. */
async function transactWriteItems(
  options: TransactionEmulationOptions,
  state: EndpointState,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const { endpoint } = options
  const actions = await readActions(options, state, body, 'TransactItems', ACTION_KINDS)
  const token = typeof body.ClientRequestToken === 'string' ? body.ClientRequestToken : undefined
  const fingerprint = JSON.stringify(body.TransactItems)
  if (token && isAlreadyCommitted(state, token, fingerprint)) return {}
  const before = await readBeforeImages(endpoint, actions)
  // Bare condition checks first: they write nothing, and a failed one spares the writes and their rollback.
  const checks = actions.map((action, index) => ({ action, index })).filter(({ action }) => action.kind === 'ConditionCheck')
  for (const { action, index } of checks) {
    if ((await checkCondition(endpoint, action, before[index]!)).Code !== 'None') throw cancellation(await allReasons(endpoint, actions, before))
  }

  // Each write carries its own condition, which the server evaluates on the item as it was before the transaction
  // (no two actions touch one item, and the exclusive lock keeps every other request out until the end). On a failed
  // condition the writes already made are undone and every action's reason is worked out, as DynamoDB reports them.
  const writes = actions.map((action, index) => ({ action, index })).filter(({ action }) => action.kind !== 'ConditionCheck')
  const writtenImages = writes.map(({ index }) => before[index]!)
  const finishJournal = state.journalDir ? await writeJournal(state.journalDir, writtenImages) : async () => {}
  try {
    for (const { action, index } of writes) {
      const { ReturnValuesOnConditionCheckFailure: _ignored, ...params } = action.params
      await callDynamo(endpoint, WRITE_OPERATION_OF[action.kind as keyof typeof WRITE_OPERATION_OF], params)
      await options.afterTransactionWrite?.(index)
    }
  } catch (error) {
    // A failed condition, or an item-level error (e.g. a type mismatch in an update), cancels the whole transaction.
    await restoreBeforeImages(endpoint, writtenImages)
    await finishJournal()
    if (error instanceof DynamoWireError && error.shortType === 'ConditionalCheckFailedException') {
      throw cancellation(await allReasons(endpoint, actions, before))
    }
    throw error
  }
  await finishJournal()
  if (token) state.committedTokens.set(token, { fingerprint, expiresAt: Date.now() + IDEMPOTENCY_WINDOW_MS })
  return {}
}

/**
 * A retry with the token of a transaction committed within the window succeeds without writing again;
 * the same token with different actions is refused, as DynamoDB does.
 */
function isAlreadyCommitted(state: EndpointState, token: string, fingerprint: string): boolean {
  const now = Date.now()
  for (const [known, entry] of state.committedTokens) if (entry.expiresAt <= now) state.committedTokens.delete(known)
  const committed = state.committedTokens.get(token)
  if (!committed) return false
  if (committed.fingerprint !== fingerprint) {
    throw new DynamoWireError({
      __type: 'com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException',
      message: 'The request uses the same client token as a previous, but non-identical request.',
    })
  }
  return true
}

/** TransactGetItems, run under the endpoint's shared lock so that no transaction is seen half-applied. */
async function transactGetItems(
  options: TransactionEmulationOptions,
  state: EndpointState,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const actions = await readActions(options, state, body, 'TransactItems', ['Get'])
  const responses = await Promise.all(actions.map(async (action) => {
    const { TableName, Key, ProjectionExpression, ExpressionAttributeNames } = action.params
    const answer = await callDynamo(options.endpoint, 'GetItem', { TableName, Key, ProjectionExpression, ExpressionAttributeNames, ConsistentRead: true })
    return answer.Item ? { Item: answer.Item } : {}
  }))
  return { Responses: responses }
}
