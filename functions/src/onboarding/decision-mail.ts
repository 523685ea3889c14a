import type { Person, ProgrammeRules } from '@binome/core'
import type { TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import { sideNames } from '../shared/messages'
import { sendProgrammeEmail } from '../shared/programme-email'

/**
 * Tells a candidate the decision after their interview (seed 003), from the programme's `email-decision` template in
 * the organisation's language, with a refused mentee's onward referral named. The decision is already stored: the
 * sender logs a failure and never undoes it, and never mails an erased person.
 *
 * @example
 * await tellDecision(deps, tenant, { person: next, programmeId, rules: current.rules })
 */
export async function tellDecision(
  deps: Pick<Deps, 'mailer' | 'logger' | 'now' | 'newId'>, tenant: TenantData, v: { person: Person; programmeId: string; rules: ProgrammeRules },
): Promise<void> {
  const { person, programmeId, rules } = v
  const decision = person.decision
  if (!decision) return
  const [partner, org] = await Promise.all([
    decision.referredTo ? tenant.networkPartners.find(decision.referredTo) : undefined, tenant.organisation.get(),
  ])
  await sendProgrammeEmail(deps, tenant, {
    kind: 'email-decision', programmeId, rules, person,
    variables: {
      // In the language the e-mail is written in (the organisation's), as the template names the side.
      side: sideNames[org.locale][person.kind],
      decision: { accepted: decision.outcome === 'accepted', reason: decision.reason ?? '', referredTo: partner?.name ?? '' },
    },
  })
}
