import type { MembershipIndexEntry, User } from './identity-types'

/** The signed-in caller: their user and every membership (active or invited), read from one partition. */
export interface WhoAmI {
  user: User
  memberships: MembershipIndexEntry[]
}

/**
 * How long a warm container trusts a cached who-you-are: 30 s. A membership change made in this container
 * invalidates at once; one made elsewhere (another function or container) reaches this one within the bound.
 * 30 s keeps a removed member's residual access shorter than a page's worth of clicks, while the burst of
 * requests one screen fires (3–6 calls within a second or two) costs a single identity read.
 */
export const whoAmITtlMs = 30_000

/** Entries kept per container; beyond it the oldest is dropped, so memory stays bounded however many users call. */
const maxEntries = 5_000

/**
 * The per-container cache of who-you-are, keyed by the issuer's `sub`, with an expiry on a clock handed in.
 * The `sub` → user binding never changes once made, so it is kept as long as the entry is; the memberships are
 * re-read after {@link whoAmITtlMs}.
 */
export class WhoAmICache {
  private readonly bySubject = new Map<string, { value: WhoAmI; expiresAt: number }>()
  private readonly bindings = new Map<string, string>()

  constructor(private readonly ttlMs = whoAmITtlMs) {}

  get(sub: string, nowMs: number): WhoAmI | undefined {
    const hit = this.bySubject.get(sub)
    if (!hit) return undefined
    if (hit.expiresAt <= nowMs) {
      this.bySubject.delete(sub)
      return undefined
    }
    return hit.value
  }

  /** The user id a `sub` was bound to, if this container has seen it. */
  boundUser(sub: string): string | undefined {
    return this.bindings.get(sub)
  }

  set(sub: string, value: WhoAmI, nowMs: number): void {
    bounded(this.bySubject, sub, { value, expiresAt: nowMs + this.ttlMs })
    bounded(this.bindings, sub, value.user.id)
  }

  /** Forgets a user's cached memberships (after a membership write in this container). */
  forgetUser(userId: string): void {
    for (const [sub, entry] of this.bySubject) if (entry.value.user.id === userId) this.bySubject.delete(sub)
  }
}

function bounded<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key)
  map.set(key, value)
  if (map.size > maxEntries) map.delete(map.keys().next().value as string)
}
