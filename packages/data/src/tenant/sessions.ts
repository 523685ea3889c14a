import { alreadyExists, eraseInvitee, notFound, staleVersion, type Session, type SessionInvitee } from '@binome/core'
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

/** A session's entry at its start: what the upcoming sessions are read by. */
export interface SessionStart {
  programmeId: string
  sessionId: string
  startsAtUtc: string
}

/**
 * `ORG#<o>#PROGRAMME#<programmeId>#SESSION-STARTS`: one small entry per session, sorted by its start
 * (`START#<startsAtUtc>#SESSION#<sessionId>`), written in the same transaction as the session and moved with it when it
 * is rescheduled. The sessions partition is sorted by id, with every invitee after its session: reading the upcoming
 * sessions there read (and billed) every past session and every invitation of the programme. From these entries, the
 * upcoming ones are one query from now on, then the sessions and the reader's own invitations by key.
 */
export const sessionStartEntity = defineTenantEntity({
  type: 'session-start',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#SESSION-STARTS`,
  sort: (startsAtUtc: string, sessionId: string) => `START#${safe(startsAtUtc, 'startsAtUtc')}#SESSION#${safe(sessionId, 'sessionId')}`,
  keyOf: (e: SessionStart) => [[e.programmeId], [e.startsAtUtc, e.sessionId]] as const,
})

/** Where the entries of the sessions starting at `utc` or later begin: every such entry's sort key is at least this. */
export const sessionStartsFrom = (utc: string): string => `START#${safe(utc, 'startsAtUtc')}`

/**
 * Says that every session of the programme has its entry at its start. Programmes whose sessions were written before
 * the entries existed have none: their first upcoming read reads the sessions partition as before and writes the
 * entries, then this. Its key sorts after every entry, so the query of the upcoming entries reads it too.
 */
export const sessionStartsCompleteEntity = defineTenantEntity({
  type: 'session-starts-complete',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#SESSION-STARTS`,
  sort: () => 'STARTS-COMPLETE',
  keyOf: (m: { programmeId: string; completedAt: string }) => [[m.programmeId], []] as const,
})

export interface SessionRecord {
  session: Session
  invitees: SessionInvitee[]
}

/** A programme's information sessions and trainings with their invitees. */
export function sessionsRepo(store: Store, ctx: TenantContext) {
  const sessions = sessionEntity.in(store, ctx.orgId)
  const invitees = sessionInviteeEntity.in(store, ctx.orgId)
  const starts = sessionStartEntity.for(ctx.orgId)
  const complete = sessionStartsCompleteEntity.for(ctx.orgId)

  const startOf = (s: Session): SessionStart => ({ programmeId: s.programmeId, sessionId: s.id, startsAtUtc: s.startsAtUtc })
  const startKey = (e: SessionStart) => starts.key([e.programmeId], [e.startsAtUtc, e.sessionId])
  /** The session's entry at its start, written whatever is there (the entry follows its session). */
  const putStart = (s: Session) => store.putItem(startKey(startOf(s)), starts.type, startOf(s))
  /** A rescheduled session's entry moves: the old one out, the new one in, in the session's own transaction. */
  const moveStart = (before: Session, after: Session) =>
    before.startsAtUtc === after.startsAtUtc ? [] : [store.removeItem(startKey(startOf(before))), putStart(after)]

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

  /** The person's own invitations to these sessions, by key in one batch get (a hundred keys a call). */
  const withMine = async (programmeId: string, personId: string, found: Session[]): Promise<SessionRecord[]> => {
    if (!found.length) return []
    const mine = new Map((await store.getMany(found.map((s) => invitees.entity.key([programmeId], [s.id, personId]))))
      .map((raw) => invitees.entity.parse(raw)).map((i) => [i.sessionId, i]))
    return found.map((session) => {
      const invitee = mine.get(session.id)
      return { session, invitees: invitee ? [invitee] : [] }
    })
  }

  const isWanted = (s: Session, now: string, kind: Session['kind'] | undefined) =>
    s.state === 'scheduled' && s.startsAtUtc >= now && (!kind || s.kind === kind)

  /**
   * A programme written before the entries at their start: reads its sessions partition as before (DynamoDB filters
   * the upcoming sessions out of every session and invitation), writes every session's entry, then says it is
   * complete. Safe to run twice or beside a write: entries are put whatever is there, and a stale one (a session
   * rescheduled meanwhile) is skipped by the reader, which checks each entry against its session.
   */
  const indexStarts = async (programmeId: string, now: string): Promise<void> => {
    const all = (await store.allRaw(sessions.entity.partition(programmeId), 'SESSION#', { where: {
      expression: '#type = :session', names: { '#type': 'type' }, values: { ':session': sessionEntity.type },
    } })).map((raw) => sessions.entity.parse(raw))
    await store.putMany(all.map((s) => ({ key: startKey(startOf(s)), type: starts.type, value: startOf(s) })))
    const marker = { programmeId, completedAt: now }
    await store.put(complete.key([programmeId], []), complete.type, marker)
  }

  /**
   * The upcoming scheduled sessions (of `kind` when given), each with `personId`'s own invitation when they have one
   * and no one else's: the entries at their start from `now` on (DynamoDB reads no past session and no invitation),
   * then the sessions and the person's invitations to them by key. A programme without its entries yet gets them
   * first (`indexStarts`).
   *
   * @example
   * await tenant.sessions.upcoming(programmeId, 'mentor-01', now.toISOString(), 'peer-meeting') // [{ session, invitees: [] | [mine] }]
   */
  const upcoming = async (programmeId: string, personId: string, now: string, kind?: Session['kind']): Promise<SessionRecord[]> => {
    const fromNow = () => store.allRaw(starts.partition(programmeId), undefined, { from: sessionStartsFrom(now) })
    let raws = await fromNow()
    if (!raws.some((raw) => raw.type === complete.type)) {
      await indexStarts(programmeId, now)
      raws = await fromNow()
    }
    const entries = raws.filter((raw) => raw.type === starts.type).map((raw) => starts.parse(raw))
    const ids = [...new Set(entries.map((e) => e.sessionId))]
    const found = (await store.getMany(ids.map((id) => sessions.entity.key([programmeId], [id])))).map((raw) => sessions.entity.parse(raw))
    // An entry left at a session's former start (a first indexing beside a reschedule) names a session read once here,
    // and kept only if it is still to come.
    const wanted = found.filter((s) => isWanted(s, now, kind)).sort((a, b) => a.startsAtUtc.localeCompare(b.startsAtUtc) || a.id.localeCompare(b.id))
    return withMine(programmeId, personId, wanted)
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
      await store.transact([sessions.newItem(session), putStart(session)], alreadyExists('session'))
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
      await store.transact(series.flatMap((s) => [sessions.newItem(s), putStart(s)]), staleVersion('session'))
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
      const moved = moveStart(current.session, next)
      if (moved.length) await store.transact([sessions.replaceItem(next), ...moved], staleVersion('session'))
      else await sessions.replace(next, 'session')
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
        ...(next.session !== current.session ? [sessions.replaceItem(next.session), ...moveStart(current.session, next.session)] : []),
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
