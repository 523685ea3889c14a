import { describe, expect, it } from 'vitest'
import type { EligibilityItem } from '@binome/contracts'
import { datedSteps, interviewInput, interviewValues, refusedItems, stepsFrom } from './pipeline'

const item = (id: string, side: 'mentor' | 'mentee', blocking = true): EligibilityItem =>
  ({ id, side, blocking, label: { fr: id, en: id, nl: id } }) as EligibilityItem

describe('the person’s pipeline on screen', () => {
  it('lists the dated steps in the pipeline’s order, whatever the order they were stored in', () => {
    expect(datedSteps({ interviewed: '2026-11-10T09:00:00Z', applied: '2026-11-01T09:00:00Z' }).map((s) => s.stage))
      .toEqual(['applied', 'interviewed'])
  })

  it('offers the steps of the core’s table for the side, the interview left to its form', () => {
    expect(stepsFrom('interviewed', 'mentee')).toEqual(['accept', 'refuse', 'close'])
    expect(stepsFrom('applied', 'mentee')).not.toContain('interview')
    expect(stepsFrom('accepted', 'mentor')).toContain('train')
    expect(stepsFrom('accepted', 'mentee')).not.toContain('train')
  })

  it('sends the ticked items only, with their evidence, and the duration as a number', () => {
    const items = [item('permit', 'mentee'), item('registered', 'mentee', false), item('employer', 'mentor')]
    const v = interviewValues({ kind: 'mentee' }, items, '2026-11-30')
    expect(Object.keys(v.checks)).toEqual(['permit', 'registered'])
    v.checks.permit = { result: 'unmet', evidence: ' Titre de séjour expiré ' }
    const { body, schema } = interviewInput({ version: 3 }, v)
    expect(body.checks).toEqual([{ itemId: 'permit', met: false, evidence: 'Titre de séjour expiré' }])
    expect(body.durationMinutes).toBe(60)
    expect(schema.safeParse(body).success).toBe(true)
    // A duration that is not a number is sent as typed, so the check names the field.
    const bad = interviewInput({ version: 3 }, { ...v, durationMinutes: 'une heure' })
    expect(bad.schema.safeParse(bad.body).error?.issues[0]?.path).toEqual(['durationMinutes'])
  })

  it('fills the form from a recorded interview', () => {
    const interview = {
      heldOn: '2026-11-20', interviewer: 'u', durationMinutes: 45, commitsToDuration: true, commitsToFrequency: false,
      expectations: 'Un emploi', notes: '', checks: [{ itemId: 'permit', met: true, evidence: 'Carte A' }],
    }
    const v = interviewValues({ kind: 'mentee', interview }, [item('permit', 'mentee')], '2026-11-30')
    expect(v).toMatchObject({ heldOn: '2026-11-20', durationMinutes: '45', commitsToDuration: true, checks: { permit: { result: 'met', evidence: 'Carte A' } } })
  })

  it('reads the items a refused acceptance names', () => {
    expect(refusedItems([{ path: 'checks.permit' }, { path: 'reason' }])).toEqual(['permit'])
  })
})
