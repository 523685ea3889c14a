/**
 * The steps every form in the app takes when it is submitted, written against a plain status object so that they
 * run (and are tested) without Svelte or a browser. `form-state.svelte.ts` wraps them in reactive state.
 */
import type { ActionFailure } from '../api/handling'
import { validate, type FieldErrors, type SafeParser } from './validate'

/** What a form shows about its last submission. */
export interface FormStatus {
  errors: FieldErrors
  failure: string | null
  /** Someone else changed the thing since it was read (a stale version), so the screen offers a reload. */
  conflict: boolean
  success: string | null
  busy: boolean
}

/** When focus has to move: after the check in the browser failed, or after the API refused the submission. */
export type FocusMoment = 'invalid' | 'refused'

/** What the steps need from the page: the wording and the focus are the page's business, not theirs. */
export interface SubmitSteps {
  /** The sentence shown when the check fails ("fix the fields"), or null to show none. */
  invalidMessage: () => string | null
  /** Explains a failed API call; `describeFailure` in the app. */
  describe: (e: unknown) => ActionFailure
  /** Moves focus to what the reader must fix; awaited so that focus lands before the form is usable again. */
  focus: (moment: FocusMoment, errors: FieldErrors) => void | Promise<void>
}

/**
 * Forgets what the last submission or action said, before the next one speaks.
 *
 * @example
 * clearStatus(status) // errors {}, failure null, conflict false, success null
 */
export function clearStatus(status: FormStatus): void {
  status.errors = {}
  status.failure = null
  status.conflict = false
  status.success = null
}

/**
 * Shows a failed API call on the status: its sentence, its field errors, and whether the thing was stale.
 *
 * @example
 * try { await api.archiveProgramme(...) } catch (e) { showFailure(status, describeFailure(e)) }
 */
export function showFailure(status: FormStatus, failure: ActionFailure): void {
  status.errors = failure.fields
  status.failure = failure.message
  status.conflict = failure.stale
}

/**
 * Submits a form: clears the last messages, checks the values against the schema (on failure: shows the errors and
 * moves focus, sends nothing), then sends while `busy`; a refusal from the API is shown next to the fields it
 * names, with its sentence, and focus moves again. `send` holds everything that follows a successful call (update
 * the list, say "saved", navigate), so that a failure in any of it is explained the same way and `busy` lasts
 * until it is done.
 *
 * @returns true when `send` completed, false when the check failed or the call was refused.
 * @example
 * const ok = await submitForm(status, CreateInvitation, values, (body) => api.invite(orgId, body), steps)
 */
export async function submitForm<T>(
  status: FormStatus,
  schema: SafeParser<T>,
  values: unknown,
  send: (data: T) => Promise<unknown>,
  steps: SubmitSteps,
): Promise<boolean> {
  clearStatus(status)
  const checked = validate(schema, values)
  if (!checked.ok) {
    status.errors = checked.errors
    status.failure = steps.invalidMessage()
    await steps.focus('invalid', status.errors)
    return false
  }
  status.busy = true
  try {
    await send(checked.data)
    return true
  } catch (e) {
    showFailure(status, steps.describe(e))
    await steps.focus('refused', status.errors)
    return false
  } finally {
    status.busy = false
  }
}

/**
 * Runs an action that has no fields of its own (a button: change a role, archive): clears the last messages, and
 * when the API refuses, shows its sentence and whether the thing was stale.
 *
 * @returns true when `action` completed.
 * @example
 * await runAction(status, async () => { await api.removeMember(...); status.success = '…' }, describeFailure)
 */
export async function runAction(
  status: FormStatus,
  action: () => Promise<unknown>,
  describe: (e: unknown) => ActionFailure,
): Promise<boolean> {
  clearStatus(status)
  try {
    await action()
    return true
  } catch (e) {
    const f = describe(e)
    status.failure = f.message
    status.conflict = f.stale
    return false
  }
}
