/**
 * Roles a user may hold in one organisation (one role per organisation).
 * The platform operator is not a membership role: it is a platform-level flag on the user.
 */
export const membershipRoles = ['trainer', 'admin', 'coordinator', 'mentor', 'mentee', 'partner'] as const
export type MembershipRole = (typeof membershipRoles)[number]

/** Roles that belong to the organisation's staff (they see the programme's people). A trainer never does. */
export const staffRoles: readonly MembershipRole[] = ['admin', 'coordinator']

export const membershipStatuses = ['invited', 'active'] as const
export type MembershipStatus = (typeof membershipStatuses)[number]

/** The interface languages; French first. */
export const locales = ['fr', 'en', 'nl'] as const
export type Locale = (typeof locales)[number]
