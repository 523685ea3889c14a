import { DomainError, type ErrorEntity } from './errors'

/** One event of a lifecycle: the states it may happen in and the state it leads to. */
export interface Transition<S extends string> {
  from: readonly S[]
  to: S
}

/** A state machine as data: every event with where it may start and where it ends. */
export interface Lifecycle<S extends string, E extends string> {
  /** Which entity this is, as errors name it. */
  readonly entity: ErrorEntity
  readonly states: readonly S[]
  readonly initial: S
  readonly transitions: Readonly<Record<E, Transition<S>>>
  /** The state after `event`, or a 409 naming the current state when the event is illegal there. */
  next(current: S, event: E): S
  /** Whether `event` may happen in `current`. */
  allows(current: S, event: E): boolean
  /** The events that may happen in `current` (what a screen offers). */
  eventsFrom(current: S): E[]
}

/**
 * Declares a lifecycle as a transition table, like the permission table: handlers and workers ask it for the next
 * state instead of writing their own `if`s.
 *
 * @example
 * const door = defineLifecycle({
 *   entity: 'item', states: ['open', 'closed'], initial: 'closed',
 *   transitions: { open: { from: ['closed'], to: 'open' }, close: { from: ['open'], to: 'closed' } },
 * })
 * door.next('closed', 'open') // 'open'
 * door.next('open', 'open')   // throws a 409 (wrong-state): "The item cannot open while it is open"
 */
export function defineLifecycle<const S extends string, const E extends string>(def: {
  entity: ErrorEntity
  states: readonly S[]
  initial: NoInfer<S>
  transitions: Record<E, Transition<NoInfer<S>>>
}): Lifecycle<S, E> {
  const events = Object.keys(def.transitions) as E[]
  const allows = (current: S, event: E) => def.transitions[event].from.includes(current)
  return {
    ...def,
    allows,
    eventsFrom: (current) => events.filter((e) => allows(current, e)),
    next(current, event) {
      if (!allows(current, event)) {
        throw new DomainError('wrong-state', `The ${def.entity} cannot ${event} while it is ${current}`, {
          values: { entity: def.entity, state: current },
        })
      }
      return def.transitions[event].to
    },
  }
}
