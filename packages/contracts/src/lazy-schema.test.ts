import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { lazySchema } from './lazy-schema'
import { onboardingRoutes } from './routes/onboarding'

describe('lazySchema', () => {
  it('builds the schema once, on its first use, and not when a schema composing it is declared', () => {
    let builds = 0
    const Id = lazySchema(() => (builds++, z.string().min(2)))
    const Params = lazySchema(() => z.strictObject({ id: Id }))
    expect(builds).toBe(0)
    expect(Params.safeParse({ id: 'ab' }).success).toBe(true)
    expect(Id.parse('abc')).toBe('abc')
    expect(builds).toBe(1)
  })

  it('stands in for the schema: zod classes, shape, spread and errors naming the field', () => {
    const Person = lazySchema(() => z.strictObject({ name: z.string(), age: z.number().int() }))
    expect(Person instanceof z.ZodObject).toBe(true)
    expect(Object.keys(Person.shape)).toEqual(['name', 'age'])
    expect(Object.keys(Person.extend({ email: z.email() }).shape)).toEqual(['name', 'age', 'email'])
    const result = Person.safeParse({ name: 'Ada', age: 'old' })
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]!.path).toEqual(['age'])
    expect(Object.keys(z.strictObject({ ...Person.shape }).shape)).toEqual(['name', 'age'])
  })

  it("a route's declared schemas validate as before", () => {
    const body = onboardingRoutes.createProgramme.request.body.content['application/json'].schema
    const result = body.safeParse({ name: '' })
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((i) => i.path[0])).toContain('name')
  })
})
