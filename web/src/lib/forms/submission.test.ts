/** The submit steps shared by every form, run on a plain status object with the page's parts stubbed. */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CreateInvitation } from '@binome/contracts'
import type { ActionFailure } from '../api/handling'
import { setupI18n } from '../i18n'
import { clearStatus, runAction, submitForm, type FormStatus, type SubmitSteps } from './submission'

beforeAll(() => setupI18n())

const fresh = (): FormStatus => ({ errors: { old: 'x' }, failure: 'old', conflict: true, success: 'old', busy: false })
const refused = (status: number, fields: Record<string, string> = {}, reason = status === 409 ? 'stale-version' : 'validation'): ActionFailure => ({
  status, code: 'c', reason, message: `refused ${status}`, fields, stale: reason === 'stale-version',
})
const steps = (over: Partial<SubmitSteps> = {}): SubmitSteps => ({
  invalidMessage: () => 'fix the fields',
  describe: () => refused(400),
  focus: vi.fn(),
  ...over,
})
const valid = { email: 'ada@example.org', name: 'Ada', role: 'mentee' }

describe('clearStatus', () => {
  it('forgets errors and every message', () => {
    const s = fresh()
    clearStatus(s)
    expect(s).toEqual({ errors: {}, failure: null, conflict: false, success: null, busy: false })
  })
})

describe('submitForm', () => {
  it('shows the errors, says "fix the fields" and moves focus when the check fails, without sending', async () => {
    const s = fresh()
    const send = vi.fn()
    const st = steps()
    expect(await submitForm(s, CreateInvitation, { ...valid, email: '' }, send, st)).toBe(false)
    expect(send).not.toHaveBeenCalled()
    expect(Object.keys(s.errors)).toEqual(['email'])
    expect(s.failure).toBe('fix the fields')
    expect(s).toMatchObject({ conflict: false, success: null, busy: false })
    expect(st.focus).toHaveBeenCalledWith('invalid', s.errors)
  })

  it('can fail the check quietly, for forms without a message of their own', async () => {
    const s = fresh()
    await submitForm(s, CreateInvitation, {}, vi.fn(), steps({ invalidMessage: () => null }))
    expect(s.failure).toBeNull()
    expect(Object.keys(s.errors).length).toBeGreaterThan(0)
  })

  it('sends the checked values, busy until send (and what follows it) is done', async () => {
    const s = fresh()
    let busyDuring = false
    const ok = await submitForm(
      s,
      CreateInvitation,
      valid,
      async (body) => {
        busyDuring = s.busy
        expect(body).toEqual(valid)
        s.success = 'sent'
      },
      steps(),
    )
    expect(ok).toBe(true)
    expect(busyDuring).toBe(true)
    expect(s).toEqual({ errors: {}, failure: null, conflict: false, success: 'sent', busy: false })
  })

  it('shows a refusal next to the fields it names, says whether the thing was stale, and moves focus', async () => {
    const s = fresh()
    const st = steps({ describe: () => refused(409, { email: 'taken' }) })
    const ok = await submitForm(s, CreateInvitation, valid, () => Promise.reject(new Error('no')), st)
    expect(ok).toBe(false)
    expect(s).toEqual({ errors: { email: 'taken' }, failure: 'refused 409', conflict: true, success: null, busy: false })
    expect(st.focus).toHaveBeenCalledWith('refused', { email: 'taken' })
  })

  it('is still busy while focus moves, so the button is not enabled before the errors are announced', async () => {
    const s = fresh()
    let busyWhileFocusing: boolean | null = null
    await submitForm(s, CreateInvitation, valid, () => Promise.reject(new Error('no')), steps({ focus: () => void (busyWhileFocusing = s.busy) }))
    expect(busyWhileFocusing).toBe(true)
    expect(s.busy).toBe(false)
  })
})

describe('runAction', () => {
  it('clears the messages and lets the action say it succeeded', async () => {
    const s = fresh()
    expect(await runAction(s, async () => void (s.success = 'done'), () => refused(500))).toBe(true)
    expect(s).toMatchObject({ errors: {}, failure: null, conflict: false, success: 'done' })
  })

  it('shows the refusal and a stale version (reload offered), without field errors', async () => {
    const s = fresh()
    expect(await runAction(s, () => Promise.reject(new Error('no')), () => refused(409, { name: 'x' }))).toBe(false)
    expect(s).toMatchObject({ errors: {}, failure: 'refused 409', conflict: true, success: null })
  })

  it('a 409 from a rule (last admin) says the rule and offers no reload', async () => {
    const s = fresh()
    expect(await runAction(s, () => Promise.reject(new Error('no')), () => refused(409, {}, 'last-admin'))).toBe(false)
    expect(s).toMatchObject({ failure: 'refused 409', conflict: false })
    const f = fresh()
    await submitForm(f, CreateInvitation, valid, () => Promise.reject(new Error('no')), steps({ describe: () => refused(409, {}, 'already-invited') }))
    expect(f).toMatchObject({ failure: 'refused 409', conflict: false })
  })
})
