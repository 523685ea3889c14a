import { standardEmail, type Person, type ProgrammeRules } from '@binome/core'
import { renderTemplate } from '@binome/documents'
import type { TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import { sideNames } from '../shared/messages'

/**
 * Tells a candidate the decision after their interview (seed 003), from the programme's `email-decision` template
 * (the standard one when the rules predate it), with a refused mentee's onward referral named. The decision is
 * already stored: a template that no longer renders or a mail failure is logged, never undoes it. An erased person is
 * never mailed (they have no address left).
 *
 * @example
 * await tellDecision(deps, tenant, { person: next, programmeId, rules: current.rules })
 */
export async function tellDecision(
  deps: Pick<Deps, 'mailer' | 'logger'>, tenant: TenantData, v: { person: Person; programmeId: string; rules: ProgrammeRules },
): Promise<void> {
  const { person, programmeId } = v
  const decision = person.decision
  if (!decision || !person.email) return
  const template = v.rules.templates.find((t) => t.kind === 'email-decision') ?? standardEmail('email-decision')
  if (!template) return
  const [org, programme, partner] = await Promise.all([
    tenant.organisation.get(), tenant.programmes.get(programmeId),
    decision.referredTo ? tenant.networkPartners.find(decision.referredTo) : Promise.resolve(undefined),
  ])
  const out = renderTemplate('email-decision', template.body, {
    organisation: { name: org.name, contactEmail: org.contactEmail },
    programme: { name: programme.name, description: programme.description },
    recipient: { firstName: person.firstName, lastName: person.lastName, fullName: `${person.firstName} ${person.lastName}`, email: person.email },
    side: sideNames.fr[person.kind],
    decision: { accepted: decision.outcome === 'accepted', reason: decision.reason ?? '', referredTo: partner?.name ?? '' },
  }, template.subject)
  if (!out.ok) {
    deps.logger.error('decision e-mail not rendered', { orgId: org.id, programmeId, problems: out.problems })
    return
  }
  try {
    await deps.mailer.send({ to: person.email, subject: out.renderedSubject ?? programme.name, text: out.rendered })
  } catch (error) {
    deps.logger.error('decision e-mail not sent', { orgId: org.id, programmeId, error })
  }
}
