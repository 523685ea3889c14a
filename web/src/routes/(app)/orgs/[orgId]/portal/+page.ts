import { get } from 'svelte/store'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { settle } from '$lib/api/settle'
import { locale } from '$lib/i18n'
import type { Locale } from '@binome/contracts'
import type { PageLoad } from './$types'

/**
 * A mentor's or mentee's own duos, newest proposal first, with the mentee's sheet in the reader's language; for a
 * mentor, the upcoming peer meetings of their programme (a mentee's account is refused them: the section is left out);
 * for both, the upcoming sessions they are invited to (a failure leaves that section out, never the duos).
 */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const [duos, peerMeetings, sessions] = await Promise.all([
    guard(api.listMyDuos(params.orgId, get(locale) as Locale, { fetch }), url),
    settle(api.listMyPeerMeetings(params.orgId, { fetch }), url),
    settle(api.listMySessions(params.orgId, { fetch }), url),
  ])
  return {
    duos: duos.items,
    peerMeetings: peerMeetings.ok ? peerMeetings.value.items : null,
    // A mentor's peer meetings are listed (and offer their file) in their own section.
    sessions: sessions.ok ? sessions.value.items.filter((s) => !(peerMeetings.ok && s.kind === 'peer-meeting')) : null,
  }
}
