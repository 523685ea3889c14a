/**
 * Which partitions each set of credentials may reach, declared once: the CDK policies (`dynamodb:LeadingKeys`
 * conditions) and the local data client's emulated check are both built from these, so a bug that builds a key
 * outside its tenant fails in local tests the way IAM fails it on AWS.
 */

/**
 * The partition-key pattern of one organisation's items; on AWS the role's condition reads the orgId from the
 * session tag (`tenantLeadingKey('${aws:PrincipalTag/orgId}')`).
 *
 * @example
 * tenantLeadingKey('o1') // 'ORG#o1#*'
 */
export const tenantLeadingKey = (orgId: string): string => `ORG#${orgId}#*`

/**
 * The identity module's partitions: the platform items (and the operator's health records), and the three tenant partitions that change in the same
 * transaction as a platform item (an organisation's profile with its directory entry, members and the admin guard
 * with the users' membership index, the audit entry of an operator's appointment, a training organisation's
 * partnership with the partner organisation it creates). IAM cannot look past the
 * partition key, so these credentials reach those partitions of every organisation: they are used only by the
 * identity module and the membership and profile writes.
 */
export const platformLeadingKeys = [
  'USER#*', 'EMAIL#*', 'SUBJECT#*', 'SIGNIN#*', 'PLATFORM#ORGS', 'PLATFORM#HEALTH', 'PUBLICFORM#*', 'APPLYLIMIT#*', 'EVALUATION#*', 'NEWSLETTERLINK#*',
  'ORG#*#PROFILE', 'ORG#*#MEMBERS', 'ORG#*#ADMINS', 'ORG#*#AUDIT', 'ORG#*#PARTNERS',
] as const

/** The DynamoDB actions a data role is granted (no Scan: nothing needs the whole table). */
export const dataActions = [
  'dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem',
  'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem',
] as const

/**
 * IAM's `StringLike`: `*` is any run of characters, `?` any one character.
 *
 * @example
 * stringLike('ORG#*#MEMBERS', 'ORG#o1#MEMBERS') // true
 */
export function stringLike(pattern: string, value: string): boolean {
  let re = '^'
  for (const ch of pattern) re += ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`${re}$`, 's').test(value)
}

/**
 * Whether every partition key is allowed by the patterns (`ForAllValues:StringLike` on `dynamodb:LeadingKeys`).
 *
 * @example
 * leadingKeysAllowed([tenantLeadingKey('o1')], ['ORG#o2#PROGRAMMES']) // false
 */
export function leadingKeysAllowed(patterns: readonly string[], partitionKeys: readonly string[]): boolean {
  return partitionKeys.every((pk) => patterns.some((p) => stringLike(p, pk)))
}
