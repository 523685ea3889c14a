/**
 * An object whose every property is made by its factory on the first read, then kept as a plain value: what a
 * caller never reads is never made.
 *
 * @example
 * const t = builtOnFirstUse({ people: () => peopleRepo(store, ctx), duos: () => duosRepo(store, ctx) })
 * await t.people.get('p1') // builds the people repository only
 */
export function builtOnFirstUse<F extends Record<string, () => unknown>>(factories: F): { [K in keyof F]: ReturnType<F[K]> } {
  const target = {} as { [K in keyof F]: ReturnType<F[K]> }
  for (const [name, make] of Object.entries(factories)) {
    Object.defineProperty(target, name, {
      enumerable: true,
      configurable: true,
      get() {
        const value = make()
        Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: true })
        return value
      },
    })
  }
  return target
}
