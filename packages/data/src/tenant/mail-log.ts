import type { SentMail } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Store } from '../store'
import type { TenantContext } from './context'

/**
 * `ORG#<orgId>#PROGRAMME#<programmeId>#PERSON#<personId>#MAILS` / `MAIL#<sentAt>#<mailId>`: the e-mails sent to one
 * person, one partition a person (beside, not inside, their timeline's partition, which is read whole), oldest first.
 */
export const sentMailEntity = defineTenantEntity({
  type: 'sent-mail',
  partition: (programmeId: string, personId: string) =>
    `PROGRAMME#${safe(programmeId, 'programmeId')}#PERSON#${safe(personId, 'personId')}#MAILS`,
  sort: (sentAt: string, mailId: string) => `MAIL#${safe(sentAt, 'sentAt')}#${safe(mailId, 'mailId')}`,
  keyOf: (m: SentMail) => [[m.programmeId, m.personId], [m.sentAt, m.id]] as const,
})

/** The per-person mail log: what the platform sent to whom and when (never the body). */
export function mailLogRepo(store: Store, ctx: TenantContext) {
  const mails = sentMailEntity.in(store, ctx.orgId)
  return {
    /** Records a mail the mailer accepted. */
    record(m: SentMail): Promise<void> {
      return mails.create(m, 'item')
    },
    /** One page of a person's mails, newest first. */
    page(programmeId: string, personId: string, opts: { limit: number; cursor?: string | undefined }) {
      return mails.page([programmeId, personId], { ...opts, descending: true })
    },
    /** Every mail sent to a person, oldest first (the access export). */
    ofPerson(programmeId: string, personId: string): Promise<SentMail[]> {
      return mails.all([programmeId, personId])
    },
    /**
     * Deletes every record of a person's mails (erasure): their address and the subjects (which may name them) are
     * personal data, and nothing in them is a fact a report needs. Safe to run again.
     */
    async erase(programmeId: string, personId: string): Promise<number> {
      const all = await mails.all([programmeId, personId])
      for (const m of all) await store.delete(sentMailEntity.for(ctx.orgId).key([m.programmeId, m.personId], [m.sentAt, m.id]))
      return all.length
    },
  }
}
