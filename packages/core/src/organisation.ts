import type { Locale } from './roles'

export interface Organisation {
  id: string
  name: string
  locale: Locale
  contactEmail: string | null
  /**
   * How many months people are kept after their path ends (duo closed, refusal, withdrawal) before the daily
   * sweep anonymises them (GDPR storage limitation); 24 unless the admin sets it.
   */
  retentionMonths: number
  createdAt: string
  updatedAt: string
  version: number
}

export interface OrganisationDraft {
  name: string
  locale?: Locale
  contactEmail?: string | null
  retentionMonths?: number
}

/** The retention an organisation starts with: two years after a person's path ends. */
export const defaultRetentionMonths = 24

/**
 * A new organisation (a tenant), created by the platform operator or a trainer.
 *
 * @example
 * newOrganisation({ name: 'CAI — Duo N2WA' }, { id: 'o1', now: '2026-11-21T10:00:00Z' }).locale // 'fr'
 */
export function newOrganisation(draft: OrganisationDraft, ctx: { id: string; now: string }): Organisation {
  return {
    id: ctx.id,
    name: draft.name.trim(),
    locale: draft.locale ?? 'fr',
    contactEmail: draft.contactEmail ?? null,
    retentionMonths: draft.retentionMonths ?? defaultRetentionMonths,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
  }
}

/**
 * Applies an admin's changes to their organisation.
 *
 * @example
 * updateOrganisation(org, { name: 'PLS' }, now).version // org.version + 1
 */
export function updateOrganisation(
  current: Organisation,
  changes: Partial<OrganisationDraft>,
  now: string,
): Organisation {
  return {
    ...current,
    ...(changes.name !== undefined && { name: changes.name.trim() }),
    ...(changes.locale !== undefined && { locale: changes.locale }),
    ...(changes.contactEmail !== undefined && { contactEmail: changes.contactEmail }),
    ...(changes.retentionMonths !== undefined && { retentionMonths: changes.retentionMonths }),
    updatedAt: now,
    version: current.version + 1,
  }
}
