import * as z from 'zod'
import { locales, membershipRoles, membershipStatuses } from '@binome/core'
import type { Locale as CoreLocale, MembershipRole as CoreMembershipRole } from '@binome/core'
import { singleLineText } from './text'
import { lazySchema } from './lazy-schema'

/** An e-mail address, trimmed and lower-cased so that one person is one address. */
export const Email = /* @__PURE__ */ lazySchema(() => z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be a valid e-mail address' }))
  .transform((s) => s.toLowerCase()))

/** Identifiers are opaque, URL-safe strings. */
export const Id = /* @__PURE__ */ lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a valid identifier'))

export const IsoDate = /* @__PURE__ */ lazySchema(() => z.iso.date({ message: 'must be a date (YYYY-MM-DD)' }))
export const IsoDateTime = /* @__PURE__ */ lazySchema(() => z.iso.datetime({ offset: true }))

export const Locale = /* @__PURE__ */ lazySchema(() => z.enum(locales))
/** The core's type, under the schema's name, so that the web takes both from the contracts. */
export type Locale = CoreLocale
export const MembershipRole = /* @__PURE__ */ lazySchema(() => z.enum(membershipRoles))
export type MembershipRole = CoreMembershipRole
export const MembershipStatus = /* @__PURE__ */ lazySchema(() => z.enum(membershipStatuses))

/** Optimistic concurrency: every update names the version it was based on. */
export const Version = /* @__PURE__ */ lazySchema(() => z.number().int().min(1))

/** A person's name as typed into a form. */
export const Name = /* @__PURE__ */ lazySchema(() => singleLineText({ min: 1, max: 120 }))

/** Pagination query: an opaque cursor from the previous page and a page size. */
export const PageQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
}))
export type PageQuery = z.infer<typeof PageQuery>

/**
 * A page of a list; `nextCursor` is null on the last page.
 *
 * @example
 * const ProgrammePage = page(Programme)
 */
export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() })
}

