import type { DuoEvent } from '@binome/core'
import { systemContext } from '@binome/data'
import type { Platform } from '@binome/local'

/**
 * Walks a proposed duo to its start through the data layer's one transition, as the portal and contract routes do:
 * accepted on 2 March 2030, first meeting on the 3rd (where the programme's rules want it), validated by both sides,
 * contract generated and signed by all three parties; active from 5 March 2030. Steps already taken are skipped.
 * Returns the active duo.
 *
 * @example
 * const duo = await activateDuo(p, PLS, PLS_PROGRAMME, proposed.id)
 * duo.startDate // '2030-03-05'
 */
export async function activateDuo(p: Pick<Platform, 'deps'>, orgId: string, programmeId: string, duoId: string) {
  const tenant = p.deps.data.forTenant(systemContext(orgId))
  const { rules } = await tenant.rules.current(programmeId)
  const placeKind = rules.cadences.firstMeetingPlace
  const sha256 = 'a'.repeat(64)
  const events: DuoEvent[] = [
    { type: 'accept', at: '2030-03-02T10:00:00.000Z', by: 'u' },
    {
      type: 'schedule-meeting', at: '2030-03-02T11:00:00.000Z', by: 'u', startsAt: '2030-03-03T13:00:00.000Z', place: 'Rue Royale 10',
      placeKind, ...(placeKind === 'neutral-with-staff' && { staffMemberId: 'u' }),
    },
    { type: 'validate', at: '2030-03-03T16:00:00.000Z', by: 'u', side: 'mentor' },
    { type: 'validate', at: '2030-03-03T16:00:00.000Z', by: 'u', side: 'mentee' },
    { type: 'contract-generated', at: '2030-03-04T09:00:00.000Z', by: 'u', documentId: 'doc-1', sha256, parties: 'tripartite' },
    { type: 'sign', at: '2030-03-04T10:00:00.000Z', by: 'u', party: 'mentor', clientAddress: '127.0.0.1', sha256 },
    { type: 'sign', at: '2030-03-04T10:00:00.000Z', by: 'u', party: 'mentee', clientAddress: '127.0.0.1', sha256 },
    { type: 'sign', at: '2030-03-05T10:00:00.000Z', by: 'u', party: 'organisation', clientAddress: '127.0.0.1', sha256 },
  ]
  for (const event of events) {
    const duo = await tenant.duos.get(programmeId, duoId)
    if (duo.state === 'active') break
    await tenant.duos.transition(programmeId, duoId, duo.version, event, p.deps.newId)
  }
  const duo = await tenant.duos.get(programmeId, duoId)
  if (duo.state !== 'active') throw new Error(`duo ${duoId} did not become active (${duo.state})`)
  return duo
}
