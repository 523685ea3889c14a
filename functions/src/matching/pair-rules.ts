import { route } from '../shared/routes'
import { checkLock, DomainError, notFound, setPairRule } from '@binome/core'
import { matchingRoutes as routes } from '@binome/contracts/routes/matching'
import type { TenantData } from '@binome/data'
import type { App } from '../shared/app'

/** The programme, refusing an archived one: its pairs are no longer matched. */
async function openProgramme(tenant: TenantData, programmeId: string) {
  const programme = await tenant.programmes.get(programmeId)
  if (programme.status === 'archived') throw new DomainError('programme-archived', 'An archived programme cannot be matched')
  return programme
}

/**
 * The coordinator's pair rules (exclude, lock, the subjective bonus or malus with its note), which every later run
 * applies: a re-run is a new run that reads them.
 */
export function registerPairRules(app: App) {
  app.openapi(route(routes.listPairRules), async (c) => {
    const { programmeId } = c.req.valid('param')
    await c.var.tenant.programmes.get(programmeId)
    return c.json(await c.var.tenant.pairRules.page(programmeId, c.req.valid('query')), 200)
  })

  app.openapi(route(routes.putPairRule), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, menteeId, mentorId } = c.req.valid('param')
    const { version, ...input } = c.req.valid('json')
    await openProgramme(tenant, programmeId)
    // Both must be this programme's people, each on their side (404 otherwise, as for any id of someone else's).
    const [, mentor] = await Promise.all([tenant.people.get(programmeId, 'mentee', menteeId), tenant.people.get(programmeId, 'mentor', mentorId)])
    const previous = await tenant.pairRules.get(programmeId, menteeId, mentorId)
    if (version === undefined && previous) {
      throw new DomainError('already-exists', 'This pair already has a rule; send its version to change it', { values: { entity: 'item' } })
    }
    if (version !== undefined && !previous) throw notFound('item')
    if (version !== undefined && previous && previous.version !== version) {
      throw new DomainError('stale-version', 'The pair rule was changed by someone else; reload it and try again', { values: { entity: 'item' } })
    }
    const rule = setPairRule({ programmeId, menteeId, mentorId }, input, { userId: user.id, now: deps.now().toISOString() }, previous)
    if (rule.kind === 'lock') checkLock(await tenant.pairRules.all(programmeId), rule, mentor.capacity ?? 1)
    await tenant.pairRules.put(rule)
    return c.json(rule, 200)
  })

  app.openapi(route(routes.deletePairRule), async (c) => {
    const { programmeId, menteeId, mentorId } = c.req.valid('param')
    await openProgramme(c.var.tenant, programmeId)
    await c.var.tenant.pairRules.remove(programmeId, menteeId, mentorId, c.req.valid('query').version)
    return c.body(null, 204)
  })
}
