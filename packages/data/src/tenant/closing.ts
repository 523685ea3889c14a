import { eraseClosingInterview, eraseFollowUp, type ClosingInterview, type FollowUp } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Store } from '../store'
import type { TenantContext } from './context'

/**
 * The end of a duo after its closure (issue 11): its closing interview, one record beside the duo's life, and the
 * follow-ups of the mentee's situation 3 and 6 months after the end, kept in one partition per programme so that the
 * results (outcomes after the mentoring) read a programme's follow-ups with one query.
 */

/** `ORG#<orgId>#PROGRAMME#<programmeId>#DUO#<duoId>#LIFE` / `CLOSING`: read with the rest of the duo's life. */
export const closingInterviewEntity = defineTenantEntity({
  type: 'duo-closing-interview',
  partition: (programmeId: string, duoId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#DUO#${safe(duoId, 'duoId')}#LIFE`,
  sort: () => 'CLOSING',
  keyOf: (i: ClosingInterview) => [[i.programmeId, i.duoId], []] as const,
})

/** `ORG#<orgId>#PROGRAMME#<programmeId>#FOLLOW-UPS` / `DUO#<duoId>#M<months>`: a duo's are one prefix, a programme's the partition. */
export const followUpEntity = defineTenantEntity({
  type: 'duo-follow-up',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#FOLLOW-UPS`,
  sort: (duoId: string, months: number) => `DUO#${safe(duoId, 'duoId')}#M${months}`,
  keyOf: (f: FollowUp) => [[f.programmeId], [f.duoId, f.months]] as const,
})

/**
 * The closing interviews and follow-ups of an organisation's duos.
 *
 * @example
 * await tenant.closing.saveInterview(next)
 * const followUps = await tenant.closing.followUpsOfProgramme('p1') // for the results' outcomes after the duo
 */
export function closingRepo(store: Store, ctx: TenantContext) {
  const interviews = closingInterviewEntity.in(store, ctx.orgId)
  const followUps = followUpEntity.in(store, ctx.orgId)
  return {
    interview: (programmeId: string, duoId: string): Promise<ClosingInterview | undefined> => interviews.get([programmeId, duoId], []),
    /** A first record is created (409 `already-exists` if someone else scheduled it first), a later one replaced at its version. */
    saveInterview: (value: ClosingInterview): Promise<void> =>
      value.version === 1 ? interviews.create(value, 'item') : interviews.replace(value, 'item'),

    /** A duo's follow-ups, the 3 months' first. */
    followUps: (programmeId: string, duoId: string): Promise<FollowUp[]> => followUps.all([programmeId], `DUO#${safe(duoId, 'duoId')}#`),
    /** Every follow-up of a programme (two a closed duo at most): the mentees' situations after the mentoring. */
    followUpsOfProgramme: (programmeId: string): Promise<FollowUp[]> => followUps.all([programmeId]),
    /** Records a follow-up once (409 `already-exists` for the same duo and months). */
    recordFollowUp: (value: FollowUp): Promise<void> => followUps.create(value, 'item'),

    /**
     * A person's erasure, in their duo's end: the closing interview and the follow-ups without their words (see the
     * core's `eraseClosingInterview`), each at its next version; the situations recorded stay (they are outcomes).
     */
    async eraseDuo(programmeId: string, duoId: string): Promise<void> {
      const [interview, recorded] = await Promise.all([interviews.get([programmeId, duoId], []), followUps.all([programmeId], `DUO#${safe(duoId, 'duoId')}#`)])
      await store.putMany([
        ...(interview ? [interviews.putOwnRequest({ ...eraseClosingInterview(interview), version: interview.version + 1 })] : []),
        ...recorded.map((f) => followUps.putOwnRequest({ ...eraseFollowUp(f), version: f.version + 1 })),
      ])
    },
  }
}
