/**
 * What the organisation's audit log records: the operator's interventions, and every read or change of people's
 * personal data (GDPR accountability). Entries name users and people by id only; `person.erased` is the tombstone an
 * erasure leaves (on request or by the retention sweep: `facts.reason`).
 */
export const auditActions = ['admin.appointed-by-operator', 'personal-data.read', 'personal-data.change', 'person.erased'] as const
export type AuditAction = (typeof auditActions)[number]
