import { createHash } from 'node:crypto'
import { notFound, withdrawConsent, type Application, type Person, type PersonKind, type PublicForm, type TimelineEntry } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { nextVersion, type Store } from '../store'
import type { TenantContext } from './context'
import { peopleRepo } from './people'

/**
 * An e-mail address as a key part: its SHA-256, so that no address (which may hold a `#`) is written into a key, and
 * the key says nothing to whoever reads the table.
 */
export const addressKey = (email: string): string => createHash('sha256').update(email.trim().toLowerCase()).digest('hex')

/** `<p>PUBLICFORMS` / `PROGRAMME#<programmeId>`: a programme's public form (its token, which sides are open). */
export const publicFormEntity = defineTenantEntity({
  type: 'public-form',
  partition: () => 'PUBLICFORMS',
  sort: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}`,
  keyOf: (f: PublicForm) => [[], [f.programmeId]] as const,
})

/**
 * `<p>PROGRAMME#<programmeId>#APPLICATIONS` / `PERSON#<personId>#<receivedAt>#<applicationId>`: each application
 * received through the public form, with its consent; a person's applications are one prefix query (to show them on
 * their record, or to withdraw their consent).
 */
export const applicationEntity = defineTenantEntity({
  type: 'application',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#APPLICATIONS`,
  sort: (personId: string, receivedAt: string, id: string) => `PERSON#${safe(personId, 'personId')}#${safe(receivedAt, 'receivedAt')}#${safe(id, 'applicationId')}`,
  keyOf: (a: Application) => [[a.programmeId], [a.personId, a.receivedAt, a.id]] as const,
})

/** Who applied with an address, whatever the side. */
export interface ApplicantClaim {
  programmeId: string
  addressHash: string
  personId: string
  kind: PersonKind
}

/**
 * `<p>PROGRAMME#<programmeId>#APPLICANTS` / `EMAIL#<sha-256 of the address>`: an address is claimed once per
 * programme, in the same transaction that creates the person, so two applications sent at once create one person.
 */
export const applicantClaimEntity = defineTenantEntity({
  type: 'applicant-claim',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#APPLICANTS`,
  sort: (addressHash: string) => `EMAIL#${safe(addressHash, 'addressHash')}`,
  keyOf: (c: ApplicantClaim) => [[c.programmeId], [c.addressHash]] as const,
})

/** A programme's public form and the applications it received. */
export function applicationsRepo(store: Store, ctx: TenantContext) {
  const forms = publicFormEntity.in(store, ctx.orgId)
  const applications = applicationEntity.in(store, ctx.orgId)
  const claims = applicantClaimEntity.in(store, ctx.orgId)
  const people = peopleRepo(store, ctx)
  const own = <T extends { orgId: string }>(x: T) => {
    if (x.orgId !== ctx.orgId) throw notFound('organisation')
    return x
  }
  return {
    /** The programme's public form, if one was ever published. */
    form(programmeId: string): Promise<PublicForm | undefined> {
      return forms.get([], [programmeId])
    },
    createForm(form: PublicForm): Promise<void> {
      return forms.create(own(form), 'applicationForm')
    },
    /** Changes the form read at `expectedVersion`; 409 if it changed since. */
    async updateForm(programmeId: string, expectedVersion: number, change: (f: PublicForm) => PublicForm): Promise<PublicForm> {
      const current = await forms.get([], [programmeId])
      if (!current) throw notFound('applicationForm')
      const next = nextVersion(current, expectedVersion, change, 'applicationForm')
      await forms.replace(next, 'applicationForm')
      return next
    },
    /** Who already applied (or was registered through the form) with this address in the programme. */
    claimOf(programmeId: string, email: string): Promise<ApplicantClaim | undefined> {
      return claims.get([programmeId], [addressKey(email)])
    },
    /**
     * A first application: the person (with their name tokens, stage counter and `created` timeline entry, through
     * the people's own creation), the claim on their address and the application, in one transaction.
     * 409 `already-exists` when the address was claimed meanwhile (the caller then records a repeat).
     */
    async recordFirst(person: Person, created: TimelineEntry, application: Application): Promise<void> {
      own(person)
      own(application)
      const claim: ApplicantClaim = { programmeId: person.programmeId, addressHash: addressKey(person.email), personId: person.id, kind: person.kind }
      await people.create(person, created, [claims.newItem(claim), applications.newItem(application)])
    },
    /** A later application with an address already claimed: kept beside the person, who is left unchanged. */
    recordRepeat(application: Application): Promise<void> {
      return applications.create(own(application), 'item')
    },
    /**
     * Forgets what a person's applications hold about them (right to erasure): each keeps its consent record (which
     * notice, in which language, when: the proof of what was agreed, naming no one) and loses what a repeat sent; the
     * claim on their address goes, so that the address may apply afresh instead of landing on the erased person.
     * `email` is the person's, read before their own erasure; running it again changes nothing more.
     */
    async erase(programmeId: string, personId: string, email: string): Promise<void> {
      const held = await applications.all([programmeId], `PERSON#${safe(personId, 'personId')}#`)
      const repeats = held.filter((a) => a.submitted !== undefined)
      await store.putMany(repeats.map(({ submitted: _s, ...a }) => applications.putRequest([a.programmeId], [a.personId, a.receivedAt, a.id], a)))
      const claim = email ? await claims.get([programmeId], [addressKey(email)]) : undefined
      if (claim?.personId === personId) await store.delete(claims.entity.key([programmeId], [claim.addressHash]))
    },
    /**
     * Records the withdrawal of every consent a person gave with their applications (the first withdrawal's date
     * stays); the records themselves are kept, as the proof of what was agreed and when it ended.
     */
    async withdrawConsents(programmeId: string, personId: string, now: string): Promise<Application[]> {
      const held = await applications.all([programmeId], `PERSON#${safe(personId, 'personId')}#`)
      const withdrawn = held.map((a) => ({ ...a, consent: withdrawConsent(a.consent, now) }))
      const changed = withdrawn.filter((a, n) => a.consent !== held[n]!.consent)
      await store.putMany(changed.map((a) => applications.putRequest([a.programmeId], [a.personId, a.receivedAt, a.id], a)))
      return withdrawn
    },
    /** A person's applications (and their consents), oldest first. */
    ofPerson(programmeId: string, personId: string): Promise<Application[]> {
      return applications.all([programmeId], `PERSON#${safe(personId, 'personId')}#`)
    },
  }
}

export type ApplicationsRepo = ReturnType<typeof applicationsRepo>
