import { randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import {
  DomainError, applicantForm, applicationsClosed, newPerson, newPublicForm, notFound, openApplications, privacyNotice, staleVersion,
  type Application, type Person, type PersonKind, type Programme, type PublicForm, type RulesVersion,
} from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import { systemContext, type TenantData } from '@binome/data'
import type { App } from '../../shared/app'
import type { Deps } from '../../shared/deps'
import type { AppEnv } from '../../shared/env'
import { sideNames } from '../../shared/messages'
import { sendProgrammeEmail } from '../../shared/programme-email'
import { route } from '../../shared/routes'
import { checkedAnswers } from '../answers'
import { createdEntry } from './people'

/** A public link's secret: 24 random bytes, base64url (32 characters), never derived from an id. */
const newToken = () => randomBytes(24).toString('base64url')

const settings = ({ orgId: _orgId, ...form }: PublicForm) => form

/**
 * The client's address, for the per-client limit: API Gateway's source IP on AWS, the socket's peer locally. Headers
 * such as X-Forwarded-For are not read: anyone can write them.
 */
function clientAddress(c: Context<AppEnv>): string {
  const env = c.env as { requestContext?: { http?: { sourceIp?: string } }; incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? 'unknown'
}

interface OpenForm {
  tenant: TenantData
  form: PublicForm
  programme: Programme
  current: RulesVersion
}

/**
 * The programme a public token leads to, read with the organisation's own confined credentials once the platform link
 * named it: 404 for a token nobody published (or whose form now holds another token), 410 when the programme is
 * archived or no side (or not the side asked for) is open.
 */
async function openForm(deps: Deps, token: string, side?: PersonKind): Promise<OpenForm> {
  const link = await deps.data.publicForms.resolve(token)
  if (!link) throw notFound('applicationForm')
  const tenant = deps.data.forTenant(systemContext(link.orgId))
  const form = await tenant.applications.form(link.programmeId)
  if (!form || form.token !== token) throw notFound('applicationForm')
  const programme = await tenant.programmes.get(link.programmeId)
  const open = side ? form.open[side] : form.open.mentor || form.open.mentee
  if (!open || programme.status === 'archived') throw applicationsClosed()
  return { tenant, form, programme, current: await tenant.rules.current(link.programmeId) }
}

/**
 * Public application forms: staff publish a programme's forms at an unguessable link and open or close each side;
 * anyone with the link applies without an account. An application is checked against the side's current form
 * (422 naming `answers.<fieldId>`), counted against hourly limits per address and per client, recorded with its
 * consent, and acknowledged by e-mail. A known address creates no second person and is answered exactly like a new
 * one; the repeat is kept beside the person for staff.
 */
export function registerApplications(app: App) {
  app.openapi(route(routes.readPublicForm), async (c) => {
    const { programmeId } = c.req.valid('param')
    await c.var.tenant.programmes.get(programmeId) // 404 for another tenant's programme id
    const form = await c.var.tenant.applications.form(programmeId)
    if (!form) throw notFound('applicationForm')
    return c.json(settings(form), 200)
  })

  app.openapi(route(routes.updatePublicForm), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const { version, ...open } = c.req.valid('json')
    const programme = await tenant.programmes.get(programmeId)
    if (programme.status === 'archived') throw new DomainError('programme-archived', 'The programme is archived')
    const now = deps.now().toISOString()
    const existing = await tenant.applications.form(programmeId)
    if (existing) {
      if (version === undefined) throw staleVersion('applicationForm')
      return c.json(settings(await tenant.applications.updateForm(programmeId, version, (f) => openApplications(f, open, now))), 200)
    }
    const form = openApplications(newPublicForm({ orgId: tenant.ctx.orgId, programmeId, token: newToken(), now }), open, now)
    // The platform link first: a link whose form was never written leads nowhere (its form does not name it).
    await deps.data.publicForms.link({ token: form.token, orgId: form.orgId, programmeId })
    await tenant.applications.createForm(form)
    return c.json(settings(form), 200)
  })

  app.openapi(route(routes.readApplicationForm), async (c) => {
    const { token } = c.req.valid('param')
    const { tenant, form, programme, current } = await openForm(c.var.deps, token)
    const org = await tenant.organisation.get()
    const forms = current.rules.forms
    return c.json({
      organisation: { name: org.name },
      programme: { name: programme.name, description: programme.description },
      // What staff fill in (a referral, the selection interview) is not asked of the applicant.
      forms: { ...(form.open.mentor && { mentor: applicantForm(forms.mentor) }), ...(form.open.mentee && { mentee: applicantForm(forms.mentee) }) },
      privacy: privacyNotice(current.rules),
    }, 200)
  })

  app.openapi(route(routes.apply), async (c) => {
    const { deps } = c.var
    const { token } = c.req.valid('param')
    const { side, locale, consent, website, answers: sent, ...identity } = c.req.valid('json')
    const { tenant, programme, current } = await openForm(deps, token, side)
    const received = c.json({ received: true as const }, 202)
    // A field no person sees: whoever filled it is a robot, answered as if it had succeeded, and nothing is written.
    if (website) return received
    const now = deps.now()
    await deps.data.publicForms.countApplication(now, identity.email, clientAddress(c), deps.applicationLimits)
    const answers = await checkedAnswers(applicantForm(current.rules.forms[side]), sent)
    const notice = privacyNotice(current.rules)
    // The notice changed while the page was open: the page shows the new one and sends again, keeping what was typed.
    if (consent.noticeVersion !== notice.version) throw staleVersion('applicationForm')
    const at = now.toISOString()
    const programmeId = programme.id
    const application = (personId: string, repeat: boolean): Application => ({
      id: deps.newId(), orgId: tenant.ctx.orgId, programmeId, personId, kind: side, locale, receivedAt: at,
      consent: { purpose: 'application', noticeVersion: notice.version, rulesVersion: current.version, locale, givenAt: at },
      repeat,
      ...(repeat && { submitted: { ...identity, ...(identity.phone ? { phone: identity.phone } : {}), answers } }),
    })
    const repeatOf = async (personId: string) => tenant.applications.recordRepeat(application(personId, true))
    const claim = await tenant.applications.claimOf(programmeId, identity.email)
    let personId: string
    if (claim) {
      personId = claim.personId
      await repeatOf(personId)
    } else {
      const { phone, ...rest } = identity
      const person: Person = newPerson({ ...rest, ...(phone && { phone }), kind: side, answers }, {
        id: deps.newId(), orgId: tenant.ctx.orgId, programmeId, rulesVersion: current.version, form: current.rules.forms[side], now: at,
      })
      personId = person.id
      try {
        await tenant.applications.recordFirst(person, createdEntry(deps, person, undefined, 'application'), application(person.id, false))
      } catch (e) {
        // The same address sent twice at once: the other request created the person; this one is its repeat.
        if (!(e instanceof DomainError) || e.code !== 'conflict') throw e
        const winner = await tenant.applications.claimOf(programmeId, identity.email)
        if (!winner) throw e
        personId = winner.personId
        await repeatOf(personId)
      }
    }
    // The acknowledgement, in the applicant's language, names them as they just wrote (a repeat may spell it anew).
    await sendProgrammeEmail(deps, tenant, {
      kind: 'email-application-received', programmeId, rules: current.rules,
      person: { id: personId, firstName: identity.firstName, lastName: identity.lastName, email: identity.email },
      variables: { side: sideNames[locale][side], locale },
    })
    return received
  })
}
