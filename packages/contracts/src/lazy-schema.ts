/**
 * Schemas built on first use (issue 13). Every exported zod schema of the contracts is declared as
 * `lazySchema(() => z.…)`: importing the contracts builds none of them, and a function builds a route's schemas when a
 * request first reaches the route (its validator parses) or when something reads them (the OpenAPI generator, a
 * test). Building every route's schemas at module load was a quarter of a Lambda bundle's cold import.
 *
 * The value is a transparent stand-in for the schema: every property read, `instanceof` (zod's traits), spread,
 * `Object.keys` is forwarded to the schema, built once by `build`. Composing lazy schemas inside another lazy schema
 * (`z.object({ id: Id })`, `Person.extend(...)`) builds nothing until the outer schema is itself used. A stand-in is not
 * the schema object itself (`===` differs, a `WeakMap` keyed by one does not find the other): give `.meta()` or a
 * registry the schema inside `build`, never the stand-in.
 *
 * @example
 * export const Id = lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/))
 * Id.parse('abc') // built here, on this first use
 */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined
  const real = (): T => (schema ??= build())
  // The proxy's own target only mirrors the schema's non-configurable properties, as Proxy's invariants require.
  const target = {} as T
  return new Proxy(target, {
    get: (_, key) => Reflect.get(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key)
      if (descriptor && !descriptor.configurable && !Reflect.getOwnPropertyDescriptor(target, key)) Reflect.defineProperty(target, key, descriptor)
      return descriptor
    },
  })
}
