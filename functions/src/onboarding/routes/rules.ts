import { route } from '../../shared/routes'
import {
  DomainError, checkRules, diffRules, staleVersion,
  type ProgrammeRules, type RulesVersion,
} from '@binome/core'
import type { ProgrammeStart } from '@binome/contracts'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { TenantData } from '@binome/data'
import { templateInvalid } from '@binome/documents/problems'
import type { App } from '../../shared/app'

/**
 * Refuses rules that do not hold together (the core's checks: 422 `rules-invalid` / `criterion-field`), then rules
 * whose document templates do not compile (422 `template-invalid`, each problem at `templates[<index>].body` or
 * `.subject` with its line). `prefix` is where the rules sit in the body, so that paths name its fields. The template
 * checker (LiquidJS) is loaded by the first save, not at cold start.
 */
async function validateRules(rules: ProgrammeRules, prefix: string): Promise<void> {
  checkRules(rules, prefix)
  const { checkTemplates } = await import('@binome/documents')
  const problems = checkTemplates(rules.templates)
  if (problems.length > 0) throw templateInvalid(problems, prefix)
}

async function writableProgramme(tenant: TenantData, programmeId: string) {
  const p = await tenant.programmes.get(programmeId)
  if (p.status === 'archived') throw new DomainError('programme-archived', 'An archived programme cannot be changed')
  return p
}

/**
 * The first rules of a new programme and where they came from. A copy takes the rules in force of another programme
 * of the same organisation (another organisation's is not found: the tenant's data holds only its own).
 */
export async function startingRules(
  tenant: TenantData, start: ProgrammeStart,
): Promise<{ rules: ProgrammeRules; origin: NonNullable<RulesVersion['origin']> }> {
  // The methodologies' rules and standard e-mails (~110 KB of minified code) load with a new programme, not at cold start.
  const methodologies = () => import('@binome/core/methodologies')
  switch (start.from) {
    case 'template': {
      const rules = (await methodologies()).methodologyRules(start.templateId)
      // The contract only lets known ids through; this guards a template list that shrank since.
      if (!rules) throw new DomainError('validation', 'Unknown methodology template', { details: [{ path: 'start.templateId', reason: 'not-a-choice', message: 'is not a known template' }] })
      return { rules, origin: { kind: 'template', from: start.templateId } }
    }
    case 'copy':
      return { rules: (await tenant.rules.current(start.programmeId)).rules, origin: { kind: 'copy', from: start.programmeId } }
    case 'blank':
      return { rules: (await methodologies()).blankRules(), origin: { kind: 'blank' } }
  }
}

/** A programme's rules: the version in force, saving all or some parts as a new version, the history and differences. */
export function registerRules(app: App) {
  app.openapi(route(routes.readRules), async (c) => {
    return c.json(await c.var.tenant.rules.current(c.req.valid('param').programmeId), 200)
  })

  app.openapi(route(routes.saveRules), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId } = c.req.valid('param')
    const body = c.req.valid('json')
    await writableProgramme(tenant, programmeId)
    await validateRules(body.rules, 'rules.')
    const saved = await tenant.rules.save(programmeId, body.version, body.rules, { by: user.id, now: deps.now().toISOString(), note: body.note ?? '' })
    return c.json(saved, 200)
  })

  app.openapi(route(routes.patchRules), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId } = c.req.valid('param')
    const { version, note, ...parts } = c.req.valid('json')
    await writableProgramme(tenant, programmeId)
    const current = await tenant.rules.current(programmeId)
    // The parts left out are kept from the version the editor read, never from a newer one.
    if (current.version !== version) throw staleVersion('rules')
    const rules: ProgrammeRules = { ...current.rules }
    for (const [part, value] of Object.entries(parts)) if (value !== undefined) (rules as unknown as Record<string, unknown>)[part] = value
    await validateRules(rules, '')
    const saved = await tenant.rules.save(programmeId, version, rules, { by: user.id, now: deps.now().toISOString(), note: note ?? '' })
    return c.json(saved, 200)
  })

  app.openapi(route(routes.listRulesVersions), async (c) => {
    return c.json(await c.var.tenant.rules.history(c.req.valid('param').programmeId, c.req.valid('query')), 200)
  })

  app.openapi(route(routes.readRulesVersion), async (c) => {
    const { programmeId, version } = c.req.valid('param')
    await c.var.tenant.programmes.get(programmeId)
    return c.json(await c.var.tenant.rules.get(programmeId, version), 200)
  })

  app.openapi(route(routes.diffRules), async (c) => {
    const { programmeId } = c.req.valid('param')
    const { from, to } = c.req.valid('query')
    await c.var.tenant.programmes.get(programmeId)
    const [a, b] = await Promise.all([c.var.tenant.rules.get(programmeId, from), c.var.tenant.rules.get(programmeId, to)])
    return c.json({ from, to, changes: diffRules(a.rules, b.rules) }, 200)
  })
}
