import { describe, expect, it } from 'vitest'
import {
  assertCanRefer, newNetworkPartner, newReferral, partnerVisibleFields, referralView, updateNetworkPartner, type NetworkPartnerDraft,
} from './network'
import { newPerson } from './people'
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
    kind: 'mentee', firstName: 'Meron', lastName: 'Gebremedhin', email: 'm@x.be', birthDate: '1993-11-02', status: 'applicant',
    referredBy: 'np1', answers: { sector: 'Santé', motivation: 'Reprendre mon métier', referredBy: 'Antenne Emploi' },
  }, { id: 'p1', orgId: 'o1', programmeId: 'pr1', rulesVersion: 2, now })

  it('a referral takes its partner from the person and keeps who and when', () => {
    expect(newReferral(person, '  Suivi depuis mars ', { userId: 'u9', now })).toEqual({
      orgId: 'o1', programmeId: 'pr1', personId: 'p1', networkPartnerId: 'np1', note: 'Suivi depuis mars', referredByUserId: 'u9', createdAt: now,
    })
    const { referredBy: _r, ...unreferred } = person
    expect(() => newReferral(unreferred, '', { userId: 'u9', now })).toThrow()
  })

  it('a partner sees where the person stands and only the answers whose visibility is partner', () => {
    expect([...partnerVisibleFields(form)]).toEqual(['referredBy'])
    const view = referralView({ ...person, status: 'enrolled', updatedAt: later }, newReferral(person, 'Note', { userId: 'u9', now }), form)
    expect(view).toEqual({
      personId: 'p1', firstName: 'Meron', lastName: 'Gebremedhin', status: 'enrolled', note: 'Note', referredAt: now, updatedAt: later,
      answers: { referredBy: 'Antenne Emploi' },
    })
    expect(view).not.toHaveProperty('email')
  })

  it('the form in force decides: a field narrowed to staff disappears from the partner’s view at once', () => {
    const narrowed: IntakeForm = { sections: [{ ...form.sections[0]!, fields: form.sections[0]!.fields.map((f) => ({ ...f, visibility: 'staff' as const })) }] }
    expect(referralView(person, newReferral(person, '', { userId: 'u9', now }), narrowed).answers).toEqual({})
  })
})
