import * as z from 'zod'
import { personKinds, type PublicForm as CorePublicForm } from '@binome/core'
import { Email, IsoDate, IsoDateTime, Locale, Name, Version } from './common'
import { PhoneNumber } from './people'
import { IntakeForm, PrivacyNotice } from './rules'
import { lazySchema } from './lazy-schema'

/** A public form's token: 32 url-safe characters (192 random bits). */
export const PublicFormToken = /* @__PURE__ */ lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'must be an application link token'))
export const PublicFormParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ token: PublicFormToken }))

/** A programme's public form as staff see it: its token (the web builds the links from it) and which sides are open. */
export const PublicFormSettings = /* @__PURE__ */ lazySchema(() => z.object({
  programmeId: z.string(),
  token: PublicFormToken,
  open: z.object({ mentor: z.boolean(), mentee: z.boolean() }),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<Omit<CorePublicForm, 'orgId'>>)
export type PublicFormSettings = z.infer<typeof PublicFormSettings>

/** Opens or closes each side; the first change publishes the form with a new token. `version` once it exists. */
export const UpdatePublicForm = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version.optional(),
  mentor: z.boolean().optional(),
  mentee: z.boolean().optional(),
}).refine((b) => b.mentor !== undefined || b.mentee !== undefined, { message: 'must open or close at least one side' }))

/** What an applicant's page shows: the organisation and programme, the open sides' forms, the privacy notice. */
export const PublicFormView = /* @__PURE__ */ lazySchema(() => z.object({
  organisation: z.object({ name: z.string() }),
  programme: z.object({ name: z.string(), description: z.string() }),
  forms: z.object({ mentor: IntakeForm.optional(), mentee: IntakeForm.optional() }),
  privacy: PrivacyNotice,
}))

/**
 * An application as the public page sends it: the side, the language the page was read in, identity, answers to the
 * side's form (checked against it: 422 `invalid-answers` naming `answers.<fieldId>`), the consent to the notice of
 * the version shown, and `website`, a field people never see (a robot that fills it is answered as if it succeeded).
 */
export const ApplicationBody = /* @__PURE__ */ lazySchema(() => z.strictObject({
  side: z.enum(personKinds),
  locale: Locale,
  firstName: Name,
  lastName: Name,
  email: Email,
  phone: PhoneNumber.optional(),
  birthDate: IsoDate,
  answers: z.record(z.string().max(64), z.unknown()).refine((a) => Object.keys(a).length <= 200, 'has too many answers'),
  consent: z.strictObject({ accepted: z.literal(true, { message: 'must be accepted' }), noticeVersion: z.number().int().min(0) }),
  website: z.string().max(200).optional(),
}))
export type ApplicationBody = z.infer<typeof ApplicationBody>

/** The same answer whoever applied, new or known: it never says whether the address was already in the programme. */
export const ApplicationReceived = /* @__PURE__ */ lazySchema(() => z.object({ received: z.literal(true) }))
