import { eraseInvitee, notFound, staleVersion, type Session, type SessionInvitee } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { nextVersion, type Item, type Store } from '../store'
import type { TenantContext } from './context'

/**
 * `ORG#<o>#PROGRAMME#<programmeId>#SESSIONS`: a programme's sessions (`SESSION#<sessionId>`) and, right after each,
 * its invitees (`SESSION#<sessionId>#INVITEE#<personId>`). One query with the sort-key prefix `SESSION#<sessionId>`
 * reads a session with everyone invited and their attendance; the list reads the partition and keeps the sessions
 * (a session's invitees are bounded by its capacity, at most 500, and a programme holds a few dozen sessions a year).
 */
export const sessionEntity = defineTenantEntity({
  type: 'session',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#SESSIONS`,
  sort: (sessionId: string) => `SESSION#${safe(sessionId, 'sessionId')}`,
  keyOf: (s: Session) => [[s.programmeId], [s.id]] as const,
})

export const sessionInviteeEntity = defineTenantEntity({
  type: 'session-invitee',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#SESSIONS`,
  sort: (sessionId: string, personId: string) => `SESSION#${safe(sessionId, 'sessionId')}#INVITEE#${safe(personId, 'personId')}`,
  keyOf: (i: SessionInvitee) => [[i.programmeId], [i.sessionId, i.personId]] as const,
})

export interface SessionRecord {
  session: Session
  invitees: SessionInvitee[]
}

/** A programme's information sessions and trainings with their invitees. */
export function sessionsRepo(store: Store, ctx: TenantContext) {
  const sessions = sessionEntity.in(store, ctx.orgId)
  const invitees = sessionInviteeEntity.in(store, ctx.orgId)

  /** Splits one query's items into sessions and invitees, each read through its own declaration. */
  const read = (raws: Item[]) => {
    const out: SessionRecord[] = []
    for (const raw of raws) {
      if (raw.type === sessionEntity.type) out.push({ session: sessions.entity.parse(raw), invitees: [] })
      else {
        const invitee = invitees.entity.parse(raw)
        const owner = out.at(-1)
        // Invitees sort right after their session; one without it would be a half-written item, never shown.
        if (owner && owner.session.id === invitee.sessionId) owner.invitees.push(invitee)
      }
    }
    return out
  }

  const get = async (programmeId: string, sessionId: string): Promise<SessionRecord> => {
    const raws = await store.allRaw(sessions.entity.partition(programmeId), sessions.entity.key([programmeId], [sessionId]).SK)
    const found = read(raws).find((r) => r.session.id === sessionId)
    if (!found) throw notFound('session')
    return found
  }

  /**
   * The upcoming scheduled sessions (of `kind` when given), each with `personId`'s own invitation when they have one
   * and no one else's (the portal's peer meetings, which a mentor not invited may join): DynamoDB sends back the
   * partition's scheduled sessions starting from `now` on, not the invitees of every session (a filter), then one
   * batch get reads the person's own invitee items to those.
   *
   * @example
   * await tenant.sessions.upcoming(programmeId, 'mentor-01', now.toISOString(), 'peer-meeting') // [{ session, invitees: [] | [mine] }]
   */
  const upcoming = async (programmeId: string, personId: string, now: string, kind?: Session['kind']): Promise<SessionRecord[]> => {
    const found = (await store.allRaw(sessions.entity.partition(programmeId), 'SESSION#', { where: {
      expression: `#type = :session AND #state = :scheduled AND #startsAtUtc >= :now${kind ? ' AND #kind = :kind' : ''}`,
      names: { '#type': 'type', '#state': 'state', '#startsAtUtc': 'startsAtUtc', ...(kind && { '#kind': 'kind' }) },
      values: { ':session': sessionEntity.type, ':scheduled': 'scheduled' satisfies Session['state'], ':now': now, ...(kind && { ':kind': kind }) },
    } })).map((raw) => sessions.entity.parse(raw))
    if (!found.length) return []
    const mine = new Map((await store.getMany(found.map((s) => invitees.entity.key([programmeId], [s.id, personId]))))
      .map((raw) => invitees.entity.parse(raw)).map((i) => [i.sessionId, i]))
    return found.map((session) => {
      const invitee = mine.get(session.id)
      return { session, invitees: invitee ? [invitee] : [] }
    })
  }

  return {
    get,
    /** Every session of the programme with its invitees. */
    async all(programmeId: string): Promise<SessionRecord[]> {
      return read(await store.allRaw(sessions.entity.partition(programmeId)))
    },
    upcoming,
    /**
     * The upcoming scheduled sessions `personId` is invited to, each with that person's invitation only (the portal's
     * « Mes séances »), read as `upcoming` reads them.
     *
     * @example
     * await tenant.sessions.upcomingFor(programmeId, 'mentee-01', now.toISOString()) // [{ session, invitees: [mine] }]
     */
    async upcomingFor(programmeId: string, personId: string, now: string): Promise<SessionRecord[]> {
      return (await upcoming(programmeId, personId, now)).filter((r) => r.invitees.length > 0)
    },
    async create(session: Session): Promise<void> {
      await sessions.create(session, 'session')
    },
    /**
     * A series of sessions with their invitees, all or nothing for the reader: the invitees first, in batches (an
     * invitee without its session is never shown, see `read`), then every session in one transaction that makes the
     * whole series visible at once. A failure before that transaction leaves nothing on the calendar.
     *
     * @example
     * await tenant.sessions.createSeries(planned.sessions, planned.invitees)
     */
    async createSeries(series: Session[], invited: SessionInvitee[]): Promise<void> {
      await store.putMany(invited.map((i) => invitees.putRequest([i.programmeId], [i.sessionId, i.personId], i)))
      await store.transact(series.map((s) => sessions.newItem(s)), staleVersion('session'))
    },
    /**
     * Changes a session read at `expectedVersion`; 409 `stale-version` if it changed since.
     *
     * @example
     * await tenant.sessions.update(programmeId, sessionId, body.version, (s) => updateSession(s, changes, now))
     */
    async update(programmeId: string, sessionId: string, expectedVersion: number, change: (current: SessionRecord) => Session): Promise<Session> {
      const current = await get(programmeId, sessionId)
      const next = nextVersion(current.session, expectedVersion, () => change(current), 'session')
      await sessions.replace(next, 'session')
      return next
    },
    /**
     * Writes a change computed from the session as read (`change` gets the session and its invitees): the session
     * at its new version and each new or changed invitee, in one transaction, so the count of invitees and the
     * invitees never disagree and two coordinators inviting at once cannot pass the capacity (the second gets 409).
     */
    async apply(
      programmeId: string, sessionId: string,
      change: (current: SessionRecord) => { session: Session; invitees: SessionInvitee[] },
    ): Promise<SessionRecord & { changed: SessionInvitee[] }> {
      const current = await get(programmeId, sessionId)
      const next = change(current)
      const items = [
        ...(next.session !== current.session ? [sessions.replaceItem(next.session)] : []),
        ...next.invitees.map((i) => (i.version === 1 ? invitees.newItem(i) : invitees.replaceItem(i))),
      ]
      if (items.length) await store.transact(items, staleVersion('session'))
      const byId = new Map(current.invitees.map((i) => [i.personId, i]))
      for (const i of next.invitees) byId.set(i.personId, i)
      return { session: next.session, invitees: [...byId.values()], changed: next.invitees }
    },
    /**
     * Removes an erased person's names and e-mail from every session they were invited to (the partition holds a
     * few dozen sessions a year). Each invitee moves to a new version, so an attendance written from an older read
     * is refused rather than bringing them back. Safe to run again.
     */
    async erasePerson(programmeId: string, personId: string): Promise<void> {
      const theirs = read(await store.allRaw(sessions.entity.partition(programmeId))).flatMap((r) => r.invitees)
        .filter((i) => i.personId === personId && (i.firstName || i.lastName || i.email))
      await store.putMany(theirs.map((i) => invitees.putRequest([programmeId], [i.sessionId, personId], { ...eraseInvitee(i), version: i.version + 1 })))
    },
  }
}
