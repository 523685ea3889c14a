import * as z from 'zod'
import { languageLevels, personKinds, personStatuses, type Person as PersonEntity } from '@binome/core'
import { Email, Id, IsoDate, IsoDateTime, Name, Version, page } from './common'
import { singleLineText } from './text'

/** One answer as stored: its shape depends on the field's kind in the programme's form (see ./answers). */
export const StoredAnswer = z.union([
  z.string(), z.number(), z.boolean(), z.array(z.string()),
  z.array(z.object({ code: z.string(), level: z.enum(languageLevels) })),
])

export const Person = z.object({
  id: Id,
  programmeId: Id,
  kind: z.enum(personKinds),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string().optional(),
  birthDate: IsoDate,
  answers: z.record(z.string(), StoredAnswer),
  rulesVersion: z.number().int().min(1),
  capacity: z.number().int().optional(),
  referredBy: z.string().optional(),
  status: z.enum(personStatuses),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<Omit<PersonEntity, 'orgId'>>
export type Person = z.infer<typeof Person>
export const PersonPage = page(Person)

export const PeopleQuery = z.strictObject({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  kind: z.enum(personKinds).optional(),
})
export type PeopleQuery = z.infer<typeof PeopleQuery>

/** A phone number as typed; an empty one means none. */
export const PhoneNumber = z.union([z.literal(''), z.string().trim().max(32).regex(/^\+?[0-9 ().\/-]{6,}$/, 'must be a phone number')])

/**
 * The answers as sent: an object of answers by field id. Their shapes are checked against the programme's current
 * form for the person's kind (`answersSchema`), a 422 `invalid-answers` naming each wrong `answers.<fieldId>`.
 */
const AnswersBody = z.record(z.string().max(64), z.unknown()).refine((a) => Object.keys(a).length <= 200, 'has too many answers')

const identity = {
  firstName: Name,
  lastName: Name,
  email: Email,
  phone: PhoneNumber.optional(),
  birthDate: IsoDate,
}

/** A new mentor or mentee: identity, answers to the programme's form, and for a mentor how many mentees at once. */
export const CreatePerson = z.strictObject({
  kind: z.enum(personKinds),
  ...identity,
  answers: AnswersBody,
  capacity: z.number().int().min(1).max(10).optional(),
  referredBy: singleLineText({ min: 1, max: 120 }).optional(),
  status: z.enum(['applicant', 'enrolled']).default('applicant'),
})
export type CreatePerson = z.infer<typeof CreatePerson>

/** Changes to a person (send the version you read). Answers, when sent, replace the previous ones as a whole. */
export const UpdatePerson = z.strictObject({
  version: Version,
  firstName: Name.optional(),
  lastName: Name.optional(),
  email: Email.optional(),
  phone: PhoneNumber.optional(),
  birthDate: IsoDate.optional(),
  answers: AnswersBody.optional(),
  capacity: z.number().int().min(1).max(10).optional(),
  referredBy: singleLineText({ min: 1, max: 120 }).optional(),
  status: z.enum(personStatuses).optional(),
})
export type UpdatePerson = z.infer<typeof UpdatePerson>
