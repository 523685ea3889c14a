/**
 * A form's reactive state — field errors, the message shown above it, "busy" while it is sent — and its submit,
 * shared by every form of the app so that they all check, explain and move focus the same way.
 */
import { tick } from 'svelte'
import { get } from 'svelte/store'
import { _ } from '../i18n'
import { describeFailure } from '../api/handling'
import { clearStatus, runAction, submitForm, type FocusMoment, type FormStatus, type SubmitSteps } from './submission'
import { focusFirstError, type FieldErrors, type SafeParser } from './validate'

export interface FormStateOptions {
  /** Show "fix the fields" when the check fails (default true). */
  explainInvalid?: boolean
  /**
   * Where focus goes after a failed check or a refused submission. By default: the first invalid field of `form`
   * (or its alert when no field is marked), once the errors are on screen.
   */
  focus?: (moment: FocusMoment, errors: FieldErrors) => void | Promise<void>
}

/** Reactive form state; see `createFormState`. */
export class FormState implements FormStatus {
  errors = $state<FieldErrors>({})
  failure = $state<string | null>(null)
  conflict = $state(false)
  success = $state<string | null>(null)
  busy = $state(false)
  /** The form element (`bind:this={state.form}`), where the default focus looks for the first invalid field. */
  form = $state<HTMLFormElement | undefined>()

  readonly #steps: SubmitSteps

  constructor(options: FormStateOptions = {}) {
    const explain = options.explainInvalid ?? true
    this.#steps = {
      invalidMessage: () => (explain ? get(_)('errors.fixFields') : null),
      describe: describeFailure,
      focus:
        options.focus ??
        (async (_moment, errors) => {
          // The fields only carry aria-invalid once the errors are rendered.
          await tick()
          focusFirstError(this.form, errors)
        }),
    }
  }

  /** Forgets the last errors and messages (a cancelled form, a reload). */
  clear(): void {
    clearStatus(this)
  }

  /**
   * Checks `values` against `schema`, then sends them with `send` (which also does whatever follows success).
   * @returns true when `send` completed.
   */
  submit<T>(schema: SafeParser<T>, values: unknown, send: (data: T) => Promise<unknown>): Promise<boolean> {
    return submitForm(this, schema, values, send, this.#steps)
  }

  /**
   * Runs a button's action (no fields): clears the messages, and shows the API's refusal and whether it was stale.
   * @returns true when `action` completed.
   */
  act(action: () => Promise<unknown>): Promise<boolean> {
    return runAction(this, action, describeFailure)
  }
}

/**
 * The state of one form, or of a page's message region: `errors`, `failure`, `conflict`, `success`, `busy`, and
 * `submit(schema, values, send)` which does validation → focus → API → failure mapping.
 *
 * @example
 * const invite = createFormState()
 * async function send(event: SubmitEvent) {
 *   event.preventDefault()
 *   await invite.submit(CreateInvitation, values, async (body) => {
 *     await api.invite(orgId, body)
 *     invite.success = $_('members.invited', { values: { name: body.name, email: body.email } })
 *   })
 * }
 * // <form novalidate onsubmit={send} bind:this={invite.form}> <Notice message={invite.failure} /> …
 * //   <Field error={invite.errors.email} …/> <button disabled={invite.busy}>…</button>
 */
export function createFormState(options?: FormStateOptions): FormState {
  return new FormState(options)
}
