import { retentionCutoff, retentionDue, staleVersion, type Person } from '@binome/core'
import type { TenantData } from '@binome/data'
import type { Deps } from './deps'
import { documentKeys } from './documents'

/** What an erasure needs: the clock and ids, the documents, and the identity module and directory for a portal account. */
export type ErasureDeps = Pick<Deps, 'now' | 'newId' | 'documents' | 'data' | 'directory'>

/** Why a person was erased, kept in the audit log's tombstone. */
export type ErasureReason = 'request' | 'retention'

/**
 * Erases a person everywhere the platform holds their data (see the core's `erasePerson` for what stays; the records
 * of the e-mails sent to them are deleted, and so are their duos' documents: the contracts name them and carry their
 * signature; their duos' evaluations keep ratings and dates without words, and their own links stop working; their
 * newsletter subscription loses its unsubscribe link; their portal account goes (see `erasePortalAccount`); the matching runs' results and the pair rules' notes lose their
 * name and words), then leaves a tombstone in the audit log: who, when, which person (by id),
 * why. Safe to run again on an erased person: it finishes what an interrupted erasure left.
 *
 * @example
 * await erasePersonEverywhere(tenant, deps, { programmeId, personId, version: 4, reason: 'request', from: '203.0.113.7' })
 */
export async function erasePersonEverywhere(
  tenant: TenantData, deps: ErasureDeps,
  req: { programmeId: string; personId: string; version?: number | undefined; reason: ErasureReason; from?: string },
): Promise<Person> {
  const now = deps.now().toISOString()
  // Their applications first, while the person still holds the address their claim is keyed by (a retry after a
  // failure in between finds it again); a stale version is refused before anything is touched.
  const person = await tenant.people.find(req.programmeId, req.personId)
  if (!person.erasedAt && req.version !== undefined && req.version !== person.version) throw staleVersion('person')
  await tenant.applications.erase(req.programmeId, req.personId, person.email)
  // Before the person too: a retry still finds their duos, and their name as the duos' lines and alerts wrote it.
  const name = `${person.firstName} ${person.lastName}`.trim()
  for (const duo of await tenant.duos.ofPerson(req.programmeId, req.personId)) {
    const side = duo.menteeId === req.personId ? 'mentee' : 'mentor'
    await deps.documents.deleteUnder(documentKeys.duo(tenant.ctx.orgId, duo.id))
    await tenant.duos.erasePerson(req.programmeId, duo.id, side)
    await tenant.duoLife.eraseDuo(req.programmeId, duo.id, side, name)
    await tenant.closing.eraseDuo(req.programmeId, duo.id)
    await tenant.alerts.eraseDuo(duo.id, side, name)
    await tenant.evaluations.eraseDuo(req.programmeId, duo.id, side)
  }
  // Matching copied their name (and words the engine explained a pair with) into every run that saw them, and a
  // coordinator's note on a pair may name them: before the person, so that a retry still knows the name to look for.
  await tenant.runs.erasePerson(req.programmeId, req.personId)
  await tenant.pairRules.erasePerson(req.programmeId, req.personId, [person.firstName, person.lastName, name])
  // The person as read above: the transaction's version condition still refuses a change made since.
  const erased = await tenant.people.erase(person, req.version, now)
  await tenant.sessions.erasePerson(req.programmeId, req.personId)
  await tenant.mailLog.erase(req.programmeId, req.personId)
  await tenant.newsletters.erasePerson(req.programmeId, req.personId, now)
  await erasePortalAccount(tenant, deps, req.programmeId, req.personId)
  await tenant.audit.append({
    id: deps.newId(), at: now, actorId: tenant.ctx.userId, actorKind: tenant.ctx.role === 'system' ? 'system' : 'member',
    action: 'person.erased', subjectPersonId: req.personId, programmeId: req.programmeId,
    facts: { reason: req.reason, kind: erased.kind, stage: erased.stage, ...(req.from && { from: req.from }) },
  })
  return erased
}

/**
 * A mentor's or mentee's portal account goes with them: this organisation's membership tied to the person (with its
 * copy of their e-mail and name) and its entry in the user's own index, then the user — the profile, the e-mail and
 * `sub` links, a pending sign-in code, and the issuer's own user (Cognito on AWS) — unless the same user still
 * belongs to another organisation (a staff member elsewhere, a mentor of two programmes' organisations): that
 * organisation's account is not this one's to erase, so only this organisation's membership goes.
 */
async function erasePortalAccount(tenant: TenantData, deps: ErasureDeps, programmeId: string, personId: string): Promise<void> {
  const accounts = (await tenant.members.all()).filter((m) => m.personId === personId && m.programmeId === programmeId)
  for (const m of accounts) {
    await tenant.members.removeAt(m.userId, m.version)
    const email = await deps.data.identity.eraseUserWithoutMemberships(m.userId)
    if (email) await deps.directory.removeUser(email)
  }
}

/** A person the retention sweep will anonymise, with when. */
export interface RetentionCandidate {
  programmeId: string
  programmeName: string
  person: Awaited<ReturnType<TenantData['people']['endedBefore']>>[number]
  endedAt: string
  dueAt: string
}

/**
 * The people of an organisation whose data is due for anonymisation by `until` (the retention set by the admin after
 * the end of their path), soonest first.
 *
 * @example
 * await retentionCandidates(tenant, new Date()) // the ones the next sweep anonymises
 */
export async function retentionCandidates(tenant: TenantData, until: Date): Promise<RetentionCandidate[]> {
  const { retentionMonths } = await tenant.organisation.get()
  const cutoff = retentionCutoff(retentionMonths, until)
  const out: RetentionCandidate[] = []
  for (const programme of await tenant.programmes.all()) {
    for (const person of await tenant.people.endedBefore(programme.id, cutoff)) {
      const dueAt = retentionDue(person, retentionMonths)
      if (dueAt) out.push({ programmeId: programme.id, programmeName: programme.name, person, endedAt: person.stageDates[person.stage]!, dueAt })
    }
  }
  return out.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0))
}

/**
 * The retention step of the daily sweep: anonymises every person of the organisation past their retention period.
 *
 * @example
 * await anonymiseDue(tenant, deps) // 3
 */
export async function anonymiseDue(tenant: TenantData, deps: ErasureDeps): Promise<number> {
  const due = await retentionCandidates(tenant, deps.now())
  for (const c of due) await erasePersonEverywhere(tenant, deps, { programmeId: c.programmeId, personId: c.person.id, reason: 'retention' })
  return due.length
}
