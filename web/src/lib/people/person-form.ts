/**
 * The person form's values and what is sent: identity, a mentor's capacity, and the answers to the
 * programme's form; checked in the browser with the API's own schemas (the body's and the form's answers').
 */
import { answersSchema, CreatePerson, UpdatePerson, type IntakeForm, type Person, type PersonKind } from '@binome/contracts'
import { answerInputs, answersOf, type AnswerInputs } from './answers'

export interface PersonFormValues {
  firstName: string
  lastName: string
  email: string
  phone: string
  birthDate: string
  capacity: string
  answers: AnswerInputs
}

/** Empty values for a new person of a kind, or a person's current ones for the edit form. */
export function personFormValues(form: IntakeForm, person?: Person): PersonFormValues {
  return {
    firstName: person?.firstName ?? '',
    lastName: person?.lastName ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    birthDate: person?.birthDate ?? '',
    capacity: person?.capacity !== undefined ? String(person.capacity) : '',
    answers: answerInputs(form, person?.answers),
  }
}

const capacityOf = (kind: PersonKind, text: string) => {
  if (kind !== 'mentor' || text.trim() === '') return undefined
  const n = Number(text)
  return Number.isFinite(n) ? n : text
}

/** The body of a new person, and the schema that checks it in the browser (the API checks it again). */
export function createPersonInput(kind: PersonKind, form: IntakeForm, v: PersonFormValues) {
  const body = {
    kind, firstName: v.firstName, lastName: v.lastName, email: v.email, birthDate: v.birthDate,
    ...(v.phone.trim() && { phone: v.phone }),
    ...(capacityOf(kind, v.capacity) !== undefined && { capacity: capacityOf(kind, v.capacity) }),
    answers: answersOf(form, v.answers),
  }
  return { body, schema: CreatePerson.extend({ answers: answersSchema(form) }) }
}

/** The changes to a person read at `version`: identity, capacity and the answers (replaced as a whole). */
export function updatePersonInput(person: Person, form: IntakeForm, v: PersonFormValues) {
  const body = {
    version: person.version, firstName: v.firstName, lastName: v.lastName, email: v.email, birthDate: v.birthDate,
    phone: v.phone.trim(),
    ...(capacityOf(person.kind, v.capacity) !== undefined && { capacity: capacityOf(person.kind, v.capacity) }),
    answers: answersOf(form, v.answers),
  }
  return { body, schema: UpdatePerson.extend({ answers: answersSchema(form) }) }
}
