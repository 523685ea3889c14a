import * as z from 'zod'
import { personKinds, personStatuses, type Person as PersonEntity } from '@binome/core'
import { Id, IsoDateTime, Version, page } from './common'

export const Person = z.object({
  id: Id,
  programmeId: Id,
  kind: z.enum(personKinds),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  birthYear: z.number().int(),
  locality: z.string(),
  postalCode: z.string(),
  sector: z.string(),
  function: z.string(),
  languages: z.array(z.string()),
  hobbies: z.array(z.string()),
  expectations: z.string(),
  motivation: z.string(),
  path: z.string(),
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
