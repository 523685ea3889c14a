import { describe, expect, it } from 'vitest'
import {
  assertCanRefer, assertReceives, newNetworkPartner, partnerVisibleFields, referralView, updateNetworkPartner, type NetworkPartnerDraft,
} from './network'
import { newPerson, withStage } from './people'
import { moveStage } from './pipeline'
import { can } from './permissions'
import type { IntakeForm } from './rules/forms'

const now = '2026-11-30T10:00:00.000Z'
const later = '2026-12-01T09:00:00.000Z'
const draft: NetworkPartnerDraft = {
  name: 'Antenne Emploi Schaerbeek', kinds: ['refers'], services: 'Job coaching', locality: 'Schaerbeek', contactName: 'Rachid Ouali',
  contactEmail: 'r@antenne.demo', contactPhone: '', website: '', active: true,
}
const t = (s: string) => ({ fr: s, en: s, nl: s })
const form: IntakeForm = {
  sections: [{
    id: 's', title: t('S'), fields: [
      { id: 'sector', kind: 'short-text', label: t('Secteur'), required: true, visibility: 'proposal' },
      { id: 'motivation', kind: 'long-text', label: t('Motivation'), required: true, visibility: 'staff' },
      { id: 'referredBy', kind: 'short-text', label: t('Orienté par'), required: false, visibility: 'partner' },
    ],
  }],
}

describe('network partners', () => {
  it('a new partner is active, at version 1, with its kinds once each and in order', () => {
    const p = newNetworkPartner({ ...draft, kinds: ['receives', 'refers', 'receives'] }, { id: 'np1', orgId: 'o1', now })
    expect(p).toMatchObject({ id: 'np1', orgId: 'o1', kinds: ['refers', 'receives'], active: true, version: 1, createdAt: now })
  })

  it('a partner has at least one kind, at creation and after a change', () => {
    expect(() => newNetworkPartner({ ...draft, kinds: [] }, { id: 'np1', orgId: 'o1', now }))
      .toThrow(expect.objectContaining({ reason: 'validation', details: [expect.objectContaining({ path: 'kinds' })] }))
    const p = newNetworkPartner(draft, { id: 'np1', orgId: 'o1', now })
    expect(() => updateNetworkPartner(p, { kinds: [] }, later)).toThrow(expect.objectContaining({ reason: 'validation' }))
    const changed = updateNetworkPartner(p, { active: false, name: undefined }, later)
    expect(changed).toMatchObject({ active: false, name: draft.name, updatedAt: later, version: 1 })
  })

  it('only an active partner that refers people may refer', () => {
    const p = newNetworkPartner(draft, { id: 'np1', orgId: 'o1', now })
    expect(() => assertCanRefer(p)).not.toThrow()
    expect(() => assertCanRefer({ ...p, active: false })).toThrow(expect.objectContaining({ code: 'forbidden' }))
    expect(() => assertCanRefer({ ...p, kinds: ['receives'] })).toThrow(expect.objectContaining({ code: 'forbidden' }))
  })

  it('a refused mentee is referred only to an active partner that receives people, else the error names referredTo', () => {
    const receiving = newNetworkPartner({ ...draft, kinds: ['receives'] }, { id: 'np2', orgId: 'o1', now })
    expect(() => assertReceives(receiving)).not.toThrow()
    const refused = expect.objectContaining({ reason: 'validation', details: [expect.objectContaining({ path: 'referredTo' })] })
    expect(() => assertReceives(undefined)).toThrow(refused)
    expect(() => assertReceives({ ...receiving, active: false })).toThrow(refused)
    expect(() => assertReceives(newNetworkPartner(draft, { id: 'np1', orgId: 'o1', now }))).toThrow(refused)
  })

  it('staff keep the network; only partner users refer', () => {
    expect(can('coordinator', 'network.write')).toBe(true)
    expect(can('partner', 'network.read')).toBe(false)
    expect(can('partner', 'referrals.partner')).toBe(true)
    expect(can('coordinator', 'referrals.partner')).toBe(false)
    expect(can('trainer', 'network.read')).toBe(false)
  })
})

describe('referrals', () => {
  const person = newPerson({
    kind: 'mentee', firstName: 'Meron', lastName: 'Gebremedhin', email: 'm@x.be', birthDate: '1993-11-02',
    referredBy: 'np1', answers: { sector: 'Santé', motivation: 'Reprendre mon métier', referredBy: 'Antenne Emploi' },
  }, { id: 'p1', orgId: 'o1', programmeId: 'pr1', rulesVersion: 2, form, now })

  it('a partner sees the stage the person reached and when, and only the answers whose visibility is partner', () => {
    expect([...partnerVisibleFields(form)]).toEqual(['referredBy'])
    const ctx = { side: 'mentee' as const, now: later, by: 'u1', eligibility: [], trainingRequired: false }
    const informed = withStage(person, moveStage(person.stage, 'inform', ctx), later)
    const view = referralView(informed, 'Note', form)
    expect(view).toEqual({
      personId: 'p1', firstName: 'Meron', lastName: 'Gebremedhin', stage: 'informed', stageDate: later, note: 'Note', referredAt: now,
      updatedAt: later, answers: { referredBy: 'Antenne Emploi' },
    })
    expect(view).not.toHaveProperty('email')
    expect(view).not.toHaveProperty('decision')
  })

  it('the form in force decides: a field narrowed to staff disappears from the partner’s view at once', () => {
    const narrowed: IntakeForm = { sections: [{ ...form.sections[0]!, fields: form.sections[0]!.fields.map((f) => ({ ...f, visibility: 'staff' as const })) }] }
    expect(referralView(person, '', narrowed).answers).toEqual({})
  })
})
