import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { permissions } from '@binome/core'
import { successSchema, type RouteDeclaration } from '@binome/contracts/routes'
import { matchingRoutes } from '@binome/contracts/routes/matching'
import { monitoringRoutes } from '@binome/contracts/routes/monitoring'
import { onboardingRoutes } from '@binome/contracts/routes/onboarding'
import { appPrefixes, builders, type AppName } from '../src/api'
import type { Deps } from '../src/shared/deps'
import { routeDefinitions } from '../src/shared/routes'

const declared: Record<AppName, Record<string, RouteDeclaration>> = {
  onboarding: onboardingRoutes, matching: matchingRoutes, monitoring: monitoringRoutes,
}
const key = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`

describe('route declarations', () => {
  for (const name of Object.keys(appPrefixes) as AppName[]) {
    it(`${name}: every registered route is declared, and every declaration is registered, once`, () => {
      const registered = (routeDefinitions.get(builders[name]({} as Deps)) ?? []).map(key).sort()
      const declarations = Object.values(declared[name]).map(key).sort()
      expect(registered).toEqual(declarations)
      expect(new Set(declarations).size).toBe(declarations.length)
    })

    it(`${name}: every declaration names a permission the platform knows and one success answer`, () => {
      for (const route of Object.values(declared[name])) {
        expect(route.permission === 'operator' || route.permission === 'signed-in' || route.permission === 'public' || route.permission in permissions, key(route)).toBe(true)
        expect(successSchema(route).status, key(route)).toBeLessThan(300)
      }
    })
  }

  it('the registered definitions carry no permission into the OpenAPI document', () => {
    for (const name of Object.keys(appPrefixes) as AppName[]) {
      for (const definition of routeDefinitions.get(builders[name]({} as Deps)) ?? []) expect(definition).not.toHaveProperty('permission')
    }
  })

  it('handlers no longer check roles themselves: the declaration does', () => {
    const dirs = ['../src/onboarding', '../src/onboarding/routes', '../src/matching', '../src/monitoring']
    for (const dir of dirs) {
      const folder = new URL(dir, import.meta.url).pathname
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
        const text = readFileSync(join(folder, file), 'utf8')
        expect(text, file).not.toMatch(/\ballow\(c,|platformRole !== 'operator'|createRoute\(/)
      }
    }
  })

  it("each app imports only its own app's declarations (so each Lambda bundles only its own)", () => {
    const apps = { onboarding: ['../src/onboarding', '../src/onboarding/routes'], matching: ['../src/matching'], monitoring: ['../src/monitoring'] }
    for (const [name, dirs] of Object.entries(apps)) {
      for (const dir of dirs) {
        const folder = new URL(dir, import.meta.url).pathname
        for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
          const imported = [...readFileSync(join(folder, file), 'utf8').matchAll(/@binome\/contracts\/routes\/(\w+)/g)].map((m) => m[1])
          for (const app of imported) expect(app, `${dir}/${file}`).toBe(name)
        }
      }
    }
  })
})
