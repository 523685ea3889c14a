import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { DomainError } from '@binome/core'
import type { DataConfig } from './client'
import { signInCodeEntity, type SignInCode } from './identity-entities'

const failedCondition = (e: unknown) => (e as { name?: string }).name === 'ConditionalCheckFailedException'

/**
 * Sign-in codes of the local issuer, with limits that hold under concurrency because DynamoDB checks them in the
 * write itself: a code is (re)issued only if none fresher than the resend window exists, and every try at a code
 * first claims one of its tries with a conditional increment — so however many guesses arrive at once, at most
 * `maxAttempts` of them are ever compared with the code.
 */
export function signInCodes(cfg: DataConfig) {
  const key = (email: string) => signInCodeEntity.key([email], [])
  return {
    /** The current code of an address, if one is still valid (the local issuer's tries counter included). */
    async current(email: string, nowSeconds: number): Promise<SignInCode | undefined> {
      const out = await cfg.doc.send(new GetCommand({ TableName: cfg.tableName, Key: key(email), ConsistentRead: true }))
      if (!out.Item) return undefined
      const { issuedAt: _issued, ...item } = out.Item
      const code = signInCodeEntity.parse(item)
      // dynalite has no TTL, and DynamoDB's TTL deletes lazily: an expired code is absent everywhere.
      return code.expiresAt > nowSeconds ? code : undefined
    },

    /**
     * Stores a new code unless the current one was issued less than `resendAfterSeconds` ago and is still valid;
     * returns whether it was stored (and so is to be mailed).
     */
    async issue(code: SignInCode, opts: { nowSeconds: number; resendAfterSeconds: number }): Promise<boolean> {
      try {
        await cfg.doc.send(
          new PutCommand({
            TableName: cfg.tableName,
            Item: { ...key(code.email), type: signInCodeEntity.type, ...code, issuedAt: opts.nowSeconds },
            ConditionExpression:
              'attribute_not_exists(PK) OR attribute_not_exists(issuedAt) OR issuedAt <= :resendFrom OR expiresAt <= :now',
            ExpressionAttributeValues: { ':resendFrom': opts.nowSeconds - opts.resendAfterSeconds, ':now': opts.nowSeconds },
          }),
        )
        return true
      } catch (e) {
        if (failedCondition(e)) return false
        throw e
      }
    },

    /**
     * Claims one try at the current code: the code with its new try count, `'locked'` when its tries are used up,
     * or undefined when there is no valid code.
     */
    async claimAttempt(email: string, opts: { nowSeconds: number; maxAttempts: number }): Promise<SignInCode | 'locked' | undefined> {
      try {
        const out = await cfg.doc.send(
          new UpdateCommand({
            TableName: cfg.tableName,
            Key: key(email),
            UpdateExpression: 'ADD attempts :one',
            ConditionExpression: 'attribute_exists(PK) AND expiresAt > :now AND attempts < :max',
            ExpressionAttributeValues: { ':one': 1, ':now': opts.nowSeconds, ':max': opts.maxAttempts },
            ReturnValues: 'ALL_NEW',
          }),
        )
        const { PK: _pk, SK: _sk, type: _t, issuedAt: _i, ...code } = out.Attributes ?? {}
        return code as unknown as SignInCode
      } catch (e) {
        if (!failedCondition(e)) throw e
        const out = await cfg.doc.send(new GetCommand({ TableName: cfg.tableName, Key: key(email), ConsistentRead: true }))
        const item = out.Item as SignInCode | undefined
        return item && item.expiresAt > opts.nowSeconds && item.attempts >= opts.maxAttempts ? 'locked' : undefined
      }
    },

    /** Consumes a code once: a second use of the same code fails. */
    async consume(email: string, codeHash: string): Promise<void> {
      try {
        await cfg.doc.send(
          new DeleteCommand({
            TableName: cfg.tableName,
            Key: key(email),
            ConditionExpression: 'codeHash = :h',
            ExpressionAttributeValues: { ':h': codeHash },
          }),
        )
      } catch (e) {
        if (failedCondition(e)) throw new DomainError('sign-in-code-invalid', 'This code is no longer valid; ask for a new one')
        throw e
      }
    },
  }
}
export type SignInCodes = ReturnType<typeof signInCodes>
