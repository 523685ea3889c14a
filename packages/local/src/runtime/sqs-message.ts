/**
 * SQS message rules shared by the in-process queue and the SDK routing: body validation, message attribute
 * validation and conversion, and the MD5 digests SQS returns (of the body and of the message attributes).
 */
import { createHash } from 'node:crypto'
import type { SQSMessageAttributes } from 'aws-lambda'

/** SQS's maximum message size (body plus attributes), 1 MiB since August 2025. */
export const MAX_MESSAGE_BYTES = 1024 * 1024

/** A message attribute as `SendMessageCommand` takes it. */
export interface MessageAttributeInput {
  DataType: string
  StringValue?: string
  BinaryValue?: Uint8Array
}

/** An SQS-style error: `name` is the SQS error code, e.g. `InvalidParameterValue`. */
export class SqsInputError extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
    this.name = code
  }
}

// Characters SQS accepts in a body: #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF.
const INVALID_BODY_CHARACTER = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

/**
 * Checks a body the way SQS does; throws {@link SqsInputError} naming the problem.
 *
 * @example
 * validateBody('{"programmeId":"p1"}') // passes; validateBody('') throws MissingParameter
 */
export function validateBody(body: unknown): asserts body is string {
  if (typeof body !== 'string' || body.length === 0) {
    throw new SqsInputError('MissingParameter', 'The request must contain the parameter MessageBody (a non-empty string).')
  }
  if (INVALID_BODY_CHARACTER.test(body)) {
    throw new SqsInputError('InvalidMessageContents', 'MessageBody contains characters outside the allowed set.')
  }
}

/**
 * Checks attributes and the total size; throws {@link SqsInputError} naming the attribute at fault.
 *
 * @example
 * validateMessageAttributes(body, { orgId: { DataType: 'String', StringValue: 'org-1' } })
 */
export function validateMessageAttributes(body: string, attributes: Record<string, MessageAttributeInput>): void {
  let size = Buffer.byteLength(body)
  const names = Object.keys(attributes)
  if (names.length > 10) throw new SqsInputError('InvalidParameterValue', `A message can carry at most 10 message attributes, got ${names.length}.`)
  for (const name of names) {
    const attribute = attributes[name]!
    if (!/^[A-Za-z0-9_.-]{1,256}$/.test(name) || /^(aws\.|amazon\.)/i.test(name) || name.startsWith('.') || name.endsWith('.') || name.includes('..')) {
      throw new SqsInputError('InvalidParameterValue', `Message attribute name '${name}' is invalid.`)
    }
    const type = attribute?.DataType
    if (typeof type !== 'string' || !/^(String|Number|Binary)(\.[^\s]+)?$/.test(type)) {
      throw new SqsInputError('InvalidParameterValue', `Message attribute '${name}' must have a DataType of String, Number or Binary (optionally with a .suffix).`)
    }
    const isBinary = type.startsWith('Binary')
    if (isBinary ? !(attribute.BinaryValue instanceof Uint8Array) : typeof attribute.StringValue !== 'string') {
      throw new SqsInputError('InvalidParameterValue', `Message attribute '${name}' of type ${type} must have a ${isBinary ? 'BinaryValue' : 'StringValue'}.`)
    }
    if (type.startsWith('Number') && !Number.isFinite(Number(attribute.StringValue))) {
      throw new SqsInputError('InvalidParameterValue', `Message attribute '${name}' of type Number must hold a number.`)
    }
    size += Buffer.byteLength(name) + Buffer.byteLength(type) + (isBinary ? attribute.BinaryValue!.byteLength : Buffer.byteLength(attribute.StringValue!))
  }
  if (size > MAX_MESSAGE_BYTES) {
    throw new SqsInputError('InvalidParameterValue', `The message is ${size} bytes; SQS accepts at most ${MAX_MESSAGE_BYTES}.`)
  }
}

/**
 * MD5 of the body, hex, as SQS returns it in `MD5OfMessageBody` and Lambda in `md5OfBody`.
 *
 * @example
 * md5OfBody('hello') // '5d41402abc4b2a76b9719d911017c592'
 */
export function md5OfBody(body: string): string {
  return createHash('md5').update(body, 'utf8').digest('hex')
}

/**
 * MD5 of the message attributes per SQS's documented algorithm: attributes sorted by name, each encoded as
 * length-prefixed name, length-prefixed type, a transport byte (1 string, 2 binary) and the length-prefixed value.
 *
 * @example
 * md5OfMessageAttributes({ orgId: { DataType: 'String', StringValue: 'org-1' } }) // 32 hex digits
 */
export function md5OfMessageAttributes(attributes: Record<string, MessageAttributeInput>): string | undefined {
  const names = Object.keys(attributes).sort()
  if (names.length === 0) return undefined
  const hash = createHash('md5')
  const lengthPrefixed = (bytes: Uint8Array) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(bytes.byteLength)
    hash.update(length)
    hash.update(bytes)
  }
  for (const name of names) {
    const attribute = attributes[name]!
    lengthPrefixed(Buffer.from(name, 'utf8'))
    lengthPrefixed(Buffer.from(attribute.DataType, 'utf8'))
    if (attribute.DataType.startsWith('Binary')) {
      hash.update(Buffer.from([2]))
      lengthPrefixed(attribute.BinaryValue!)
    } else {
      hash.update(Buffer.from([1]))
      lengthPrefixed(Buffer.from(attribute.StringValue!, 'utf8'))
    }
  }
  return hash.digest('hex')
}

/**
 * Converts attributes from the SendMessage shape to the shape Lambda puts in an `SQSRecord`.
 *
 * @example
 * toRecordAttributes({ n: { DataType: 'Number', StringValue: '7' } })
 * // { n: { stringValue: '7', stringListValues: [], binaryListValues: [], dataType: 'Number' } }
 */
export function toRecordAttributes(attributes: Record<string, MessageAttributeInput>): SQSMessageAttributes {
  return Object.fromEntries(Object.entries(attributes).map(([name, attribute]) => [name, {
    ...(attribute.DataType.startsWith('Binary')
      ? { binaryValue: Buffer.from(attribute.BinaryValue!).toString('base64') }
      : { stringValue: attribute.StringValue! }),
    stringListValues: [],
    binaryListValues: [],
    dataType: attribute.DataType,
  }]))
}
