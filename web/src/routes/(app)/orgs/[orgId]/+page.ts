import { redirect } from '@sveltejs/kit'
import type { Programme } from '@binome/contracts'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { settle } from '$lib/api/settle'
import { allItems, recentlyFinished, runMoment, seesDayWork, waitingForDecision, type DayWork, type Loaded, type ProgrammeRef } from '$lib/day-work'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** The combined result of per-programme loads: failed if any programme's load failed. */
function all<T>(parts: Loaded<T[]>[]): Loaded<T[]> {
  return parts.every((p) => p.ok) ? { ok: true, value: parts.flatMap((p) => (p.ok ? p.value : [])) } : { ok: false }
}

/**
 * The organisation's home: current programmes for everyone, members for staff, and the day's work for the roles
 * that do it. Each source of the day's work loads on its own, so one failure is said without hiding the rest.
 */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  const orgId = params.orgId
  // A trainer's day's work is the partners they onboard (design §6): that is their organisation's home.
  if (role === 'trainer') redirect(307, `/orgs/${encodeURIComponent(orgId)}/partners`)
  // A partner user's home is the people it referred and where each stands, with the form to refer someone (design §6).
  if (role === 'partner') redirect(307, `/orgs/${encodeURIComponent(orgId)}/referrals`)
  // A mentor's or mentee's home is their own duos: proposals, the first meeting, the contract to sign (design §6).
  if (role === 'mentor' || role === 'mentee') redirect(307, `/orgs/${encodeURIComponent(orgId)}/portal`)
  const [programmes, members] = await Promise.all([
    guard(api.listProgrammes(orgId, { include: 'current', limit: 100 }, { fetch }), url),
    allowed(role, 'members.read') ? guard(api.listMembers(orgId, { limit: 100 }, { fetch }), url) : null,
  ])
  if (!seesDayWork(role)) return { programmes, members, dayWork: null, digest: null }

  const ref = (p: Programme): ProgrammeRef => ({ id: p.id, name: p.name })
  const now = new Date()
  const alertsOfLastSweep = async (): Promise<[DayWork['sweep'], DayWork['alerts']]> => {
    const sweep = await settle(api.lastSweep(orgId, { fetch }), url)
    if (!sweep.ok) return [{ ok: false }, { ok: false }]
    const last = sweep.value.lastSweep
    if (!last) return [{ ok: true, value: null }, { ok: true, value: [] }]
    const alerts = await settle(
      // The caller's own: their duos' and the programmes', without those dismissed or snoozed, each duo's checked today.
      allItems((cursor) => api.listMyAlerts(orgId, { cursor, limit: 100 }, { fetch })),
      url,
    )
    return [{ ok: true, value: last }, alerts]
  }
  const [[sweep, alerts], runs, waiting] = await Promise.all([
    alertsOfLastSweep(),
    Promise.all(
      programmes.items.map(async (p) => {
        const loaded = await settle(allItems((cursor) => api.listRuns(orgId, p.id, { cursor, limit: 100 }, { fetch })), url)
        return loaded.ok ? { ok: true as const, value: recentlyFinished(loaded.value, now).map((run) => ({ programme: ref(p), run })) } : loaded
      }),
    ).then(all),
    Promise.all(
      programmes.items.map(async (p) => {
        const loaded = await settle(api.countPeopleByStage(orgId, p.id, {}, { fetch }), url)
        if (!loaded.ok) return loaded
        const applicants = waitingForDecision(loaded.value.counts)
        return { ok: true as const, value: applicants ? [{ programme: ref(p), applicants }] : [] }
      }),
    ).then(all),
  ])
  // Newest first across programmes, as within one.
  if (runs.ok) runs.value.sort((a, b) => runMoment(b.run).localeCompare(runMoment(a.run)))
  const dayWork: DayWork = { sweep, alerts, runs, waiting }
  // Whether the caller asked for the morning digest of their alerts (unknown if it cannot be read: the box is not shown).
  const digest = allowed(role, 'monitoring.read') ? await api.readDigestChoice(orgId, { fetch }).then((r) => r.daily, () => null) : null
  return { programmes, members, dayWork, digest }
}
