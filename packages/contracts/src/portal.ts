import * as z from 'zod'
import {
  duoSides, duoStates, firstMeetingPlaces, portalDuoActions, signatoryParties, type PortalDuo as PortalDuoEntity,
} from '@binome/core'
import { Id, IsoDate, IsoDateTime, Locale, Version } from './common'
import { freeText } from './text'
import { lazySchema } from './lazy-schema'

/**
 * A mentor's or mentee's own duos in their portal (the core's ./duo-portal.ts): what their side sees of each step,
 * and what they may do now. Their person comes from their account (its membership), never from the request.
 */
const Outcome = /* @__PURE__ */ lazySchema(() => z.enum(['validated', 'declined']))

export const PortalDuo = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  programmeId: Id,
  side: z.enum(duoSides),
  state: z.enum(duoStates),
  proposedAt: IsoDateTime,
  answerDeadline: IsoDateTime,
  answer: z.object({ outcome: z.enum(['accepted', 'refused']), reason: z.string().optional(), at: IsoDateTime }).nullable(),
  meeting: z.object({ startsAt: IsoDateTime, durationMinutes: z.number().int(), place: z.string(), placeKind: z.enum(firstMeetingPlaces) }).nullable(),
  verdicts: z.object({
    mine: z.object({ outcome: Outcome, reason: z.string().optional(), at: IsoDateTime }).nullable(),
    theirs: z.object({ outcome: Outcome, at: IsoDateTime }).nullable(),
  }),
  contract: z.object({
    sha256: z.string(), revision: z.number().int(), parties: z.enum(['bipartite', 'tripartite']),
    signed: z.array(z.object({ party: z.enum(signatoryParties), at: IsoDateTime })),
  }).nullable(),
  startDate: IsoDate.nullable(),
  plannedEndDate: IsoDate.nullable(),
  endedAt: IsoDateTime.nullable(),
  version: Version,
  actions: z.array(z.enum(portalDuoActions)),
}) satisfies z.ZodType<PortalDuoEntity>)

/** The mentee's profile sheet as a mentor reads it: the first name, age, locality and only the answers shown to a proposal's other side. */
export const PortalProfileSheet = /* @__PURE__ */ lazySchema(() => z.object({
  firstName: z.string(),
  age: z.number().int().nullable(),
  locality: z.string().nullable(),
  answers: z.array(z.object({ section: z.string(), question: z.string(), answer: z.string() })),
}))

/** A duo in the portal with the programme's name and the other person as the reader may know them. */
export const PortalDuoView = /* @__PURE__ */ lazySchema(() => PortalDuo.extend({
  programmeName: z.string(),
  /** For the mentor: the mentee's profile sheet, in the reader's language. */
  menteeSheet: PortalProfileSheet.optional(),
  /** For the mentee: the mentor's first name, once they accepted. */
  mentorFirstName: z.string().optional(),
}))
export type PortalDuoView = z.infer<typeof PortalDuoView>
export const PortalDuoList = /* @__PURE__ */ lazySchema(() => z.object({ items: z.array(PortalDuoView) }))

export const PortalDuoParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, duoId: Id }))
/** The language of the profile sheet's labels (the reader's); the organisation's by default. */
export const PortalQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({ locale: Locale.optional() }))

const Reason = /* @__PURE__ */ lazySchema(() => freeText({ max: 2000 }))

/** The mentor's own answer to a proposal (send the version you read); a refusal states its reason. */
export const AnswerMyProposal = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version, answer: z.enum(['accept', 'refuse']), reason: Reason.optional() }))
export type AnswerMyProposal = z.infer<typeof AnswerMyProposal>

/** One's own verdict on the first meeting ("feeling ok / pas ok"); a decline states its reason. */
export const GiveMyVerdict = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version, verdict: z.enum(['validate', 'decline']), reason: Reason.optional() }))
export type GiveMyVerdict = z.infer<typeof GiveMyVerdict>
