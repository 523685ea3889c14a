import {
  addFieldSession, invite, newOrganisation, newPartnership, newProgramme, updateChecklistItem, type Partnership,
} from '@binome/core'
import { templateRules } from '@binome/core/methodologies'
import type { Data, User } from '@binome/data'

/**
 * Methodology transfer in the demo (seed 000, "Formation au mentorat"): a training organisation whose trainer
 * onboards two partners, one well along (admin accepted, tools handed over, first stages trained, a first programme
 * set up) and one just started (admin still invited, the tools' handover planned).
 */
export const trainingOrganisation = { id: 'pls-formation', name: 'Pour la Solidarité — Formation au mentorat' }
export const demoPartners = [
  { id: 'tremplin-charleroi', name: 'Tremplin Charleroi', admin: { id: 'direction-tremplin', email: 'direction@tremplin-charleroi.demo', name: 'Nadia Benali' } },
  { id: 'mentorat-verviers', name: 'Mentorat Verviers', admin: { id: 'coordination-verviers', email: 'coordination@mentorat-verviers.demo', name: 'Luc Hermans' } },
] as const

/**
 * Seeds the training organisation (the demo trainer its trainer) and its two partners. Called once, from
 * `seedDemoData`, on an empty store.
 */
export async function seedDemoPartners(data: Data, opts: { now: Date; trainer: User }): Promise<void> {
  const now = opts.now.toISOString()
  const day = (offset: number) => new Date(opts.now.getTime() + offset * 86_400_000).toISOString().slice(0, 10)
  const { trainer } = opts
  const training = newOrganisation({ name: trainingOrganisation.name, locale: 'fr', contactEmail: 'formation@pls.demo' }, { id: trainingOrganisation.id, now })
  const trainerMembership = { ...invite({ orgId: training.id, userId: trainer.id, email: trainer.email, name: trainer.name, role: 'trainer' }, null, now), status: 'active' as const, joinedAt: now }
  await data.identity.createOrganisation(training, { membership: trainerMembership })
  const tenant = data.forTenant({ orgId: training.id, userId: trainer.id, role: 'trainer' })

  const progress: ((p: Partnership) => Partnership)[] = [
    (p) => {
      let q = updateChecklistItem(p, 'tools', { doneDate: day(-40), notes: 'Farde du mentor, fiche mentee, guide du premier entretien et tableau de suivi remis.' }, now)
      q = updateChecklistItem(q, 'tools-training', { doneDate: day(-33), notes: 'Demi-journée avec l’équipe (3 personnes).' }, now)
      q = updateChecklistItem(q, 'stage-recruitment', { doneDate: day(-26) }, now)
      q = updateChecklistItem(q, 'stage-selection', { doneDate: day(-19), notes: 'Grille d’éligibilité adaptée au public local.' }, now)
      q = updateChecklistItem(q, 'stage-matching', { plannedDate: day(6) }, now)
      q = updateChecklistItem(q, 'field-1', { plannedDate: day(20), notes: 'Premier entretien de matching accompagné sur place.' }, now)
      return addFieldSession(q, { plannedDate: day(50) }, now)
    },
    (p) => updateChecklistItem(p, 'tools', { plannedDate: day(9), notes: 'Envoi des outils après la signature de la convention.' }, now),
  ]

  for (const [i, partner] of demoPartners.entries()) {
    const org = newOrganisation({ name: partner.name, locale: 'fr' }, { id: partner.id, now })
    const admin: User = { id: partner.admin.id, email: partner.admin.email, name: partner.admin.name, platformRole: null, createdAt: now, version: 1 }
    const invited = invite({ orgId: org.id, userId: admin.id, email: admin.email, name: admin.name, role: 'admin' }, trainer.id, now)
    // The first partner's admin has accepted; the second's invitation still waits.
    const membership = i === 0 ? { ...invited, status: 'active' as const, joinedAt: now } : invited
    const partnership = progress[i]!(newPartnership(
      { partnerOrgId: org.id, partnerName: org.name, methodologyId: i === 0 ? 'pls-mentoryou' : 'mentoring-belgium-baseline', admin: { userId: admin.id, email: admin.email, name: admin.name } },
      { orgId: training.id, userId: trainer.id, now },
    ))
    await data.identity.createOrganisation(org, { membership, newUser: admin }, [tenant.partners.newItem(partnership)])
    if (i === 0) {
      // The configuration the trainer reads: a first programme, set up by the partner's admin.
      const partnerTenant = data.forTenant({ orgId: org.id, userId: admin.id, role: 'admin' })
      await partnerTenant.programmes.create(
        newProgramme(
          { name: 'Mentorat Charleroi 2027', description: 'Mentorat pour l’emploi à Charleroi, sur la méthode MentorYou.', startDate: day(30) },
          { id: 'charleroi-2027', orgId: org.id, now },
        ),
        templateRules('pls-mentoryou')!,
        { kind: 'template', from: 'pls-mentoryou' },
      )
    }
  }
}
