import * as z from 'zod'
import { personKinds, type Application as CoreApplication } from '@binome/core'
import { Id, IsoDate, IsoDateTime, Locale } from './common'
import { lazySchema } from './lazy-schema'

/**
 * An application received through a public form and the consent that came with it, as the right of access shows it.
 * Kept apart from ./applications (which reads the people's schemas) so that the people's export can use it.
 */
export const ApplicationRecord = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  programmeId: Id,
  personId: Id,
  kind: z.enum(personKinds),
  locale: Locale,
  receivedAt: IsoDateTime,
  consent: z.object({
    purpose: z.literal('application'),
    noticeVersion: z.number().int().min(0),
    rulesVersion: z.number().int().min(1),
    locale: Locale,
    givenAt: IsoDateTime,
    withdrawnAt: IsoDateTime.optional(),
  }),
  repeat: z.boolean(),
  submitted: z.object({
    firstName: z.string(), lastName: z.string(), email: z.string(), phone: z.string().optional(), birthDate: IsoDate,
    answers: z.record(z.string(), z.unknown()),
  }).optional(),
}) satisfies z.ZodType<Omit<CoreApplication, 'orgId'>>)
export type ApplicationRecord = z.infer<typeof ApplicationRecord>

/** A person's consents, one per application received (staff read them on the person's page). */
export const ConsentList = /* @__PURE__ */ lazySchema(() => z.object({ items: z.array(ApplicationRecord.omit({ submitted: true })) }))
export type ConsentList = z.infer<typeof ConsentList>

/** The withdrawal of a person's consent, on the version of the person the staff member saw. */
export const WithdrawConsent = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: z.number().int().min(1) }))
export type WithdrawConsent = z.infer<typeof WithdrawConsent>
