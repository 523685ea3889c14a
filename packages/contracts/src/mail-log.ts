import * as z from 'zod'
import { templateKinds, type SentMail as SentMailEntity } from '@binome/core'
import { Id, IsoDateTime, page } from './common'
import { lazySchema } from './lazy-schema'

/** One e-mail the platform sent to a person: which template, its subject, the address, when (never the body). */
export const SentMail = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  programmeId: Id,
  personId: Id,
  kind: z.enum(templateKinds),
  subject: z.string(),
  to: z.string(),
  sentAt: IsoDateTime,
}) satisfies z.ZodType<Omit<SentMailEntity, 'orgId'>>)
export type SentMail = z.infer<typeof SentMail>
export const SentMailPage = /* @__PURE__ */ lazySchema(() => page(SentMail))
