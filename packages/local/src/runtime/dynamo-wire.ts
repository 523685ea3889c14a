/**
 * Raw DynamoDB JSON-protocol calls to a local DynamoDB-compatible server (dynalite).
 *
 * The transaction emulation works at the wire level (JSON bodies in, JSON bodies out) so that the
 * client's own serializers and deserializers, including lib-dynamodb's marshalling, run unchanged.
 */

/** An attribute value or item in DynamoDB's wire JSON (`{ S: 'x' }`, `{ N: '1' }`, `{ B: '<base64>' }`, ...). */
export type WireAttributeValue = Record<string, unknown>
export type WireItem = Record<string, WireAttributeValue>

/** A DynamoDB error as the service puts it on the wire: `__type` plus message and extra fields. */
export class DynamoWireError extends Error {
  readonly type: string
  readonly body: Record<string, unknown>

  constructor(body: Record<string, unknown>) {
    const type = String(body.__type ?? 'InternalServerError')
    super(String(body.message ?? body.Message ?? type))
    this.type = type
    this.body = body
  }

  /** The short error name, e.g. `ConditionalCheckFailedException` for `com.amazonaws...#ConditionalCheckFailedException`. */
  get shortType(): string {
    return this.type.slice(this.type.lastIndexOf('#') + 1)
  }
}

/**
 * The body of a validation error exactly as DynamoDB sends it.
 *
 * @example
 * throw new DynamoWireError(validationErrorBody('Transaction request cannot include multiple operations on one item'))
 */
export function validationErrorBody(message: string): Record<string, unknown> {
  return { __type: 'com.amazon.coral.validate#ValidationException', message }
}

/**
 * Calls one DynamoDB operation on `endpoint` with a wire-JSON body and returns the parsed response body.
 * Throws {@link DynamoWireError} with the server's error body on a 4xx/5xx answer.
 *
 * @example
 * const { Item } = await callDynamo(endpoint, 'GetItem', { TableName: 'binome', Key: { PK: { S: 'a' }, SK: { S: 'b' } } })
 */
export async function callDynamo(
  endpoint: string,
  operation: string,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const amzDate = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '')
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': `DynamoDB_20120810.${operation}`,
      'x-amz-date': amzDate,
      // dynalite requires a well-formed SigV4 header but does not verify the signature.
      authorization: `AWS4-HMAC-SHA256 Credential=local/${amzDate.slice(0, 8)}/local/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=local`,
    },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  if (!response.ok) throw new DynamoWireError(parsed)
  return parsed
}
