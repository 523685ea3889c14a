import { DomainError, notFound, staleVersion, type Company, type Employment } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { nextVersion, type Store } from '../store'
import type { TenantContext } from './context'

/** `ORG#<orgId>#COMPANIES` / `COMPANY#<companyId>`: the employers of the organisation's mentors, across programmes. */
export const companyEntity = defineTenantEntity({
  type: 'company',
  partition: () => 'COMPANIES',
  sort: (companyId: string) => `COMPANY#${safe(companyId, 'companyId')}`,
  keyOf: (c: Company) => [[], [c.id]] as const,
})

/**
 * `ORG#<orgId>#EMPLOYMENTS` / `PROGRAMME#<programmeId>#PERSON#<personId>`: a mentor's employer and management's
 * agreement, one per mentor and programme, beside the person's own item (which it does not change). One partition
 * for the whole organisation because every read of a company needs its mentors across programmes, and the
 * sponsorship report needs every employment anyway: one Query serves both (filtered by company in code; an
 * organisation has at most a few hundred employed mentors). A per-company index would be added here if that grew.
 */
export const employmentEntity = defineTenantEntity({
  type: 'employment',
  partition: () => 'EMPLOYMENTS',
  sort: (programmeId: string, personId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#PERSON#${safe(personId, 'personId')}`,
  keyOf: (e: Employment) => [[], [e.programmeId, e.personId]] as const,
})

/** The organisation's companies and its mentors' employments. */
export function companiesRepo(store: Store, ctx: TenantContext) {
  const companies = companyEntity.in(store, ctx.orgId)
  const employments = employmentEntity.in(store, ctx.orgId)
  const get = async (companyId: string): Promise<Company> => {
    const c = await companies.get([], [companyId])
    if (!c) throw notFound('company')
    return c
  }
  const allEmployments = () => employments.all([])
  return {
    get,
    page(opts: { limit: number; cursor?: string | undefined }) {
      return companies.page([], opts)
    },
    all: () => companies.all([]),
    create(c: Company): Promise<void> {
      if (c.orgId !== ctx.orgId) throw notFound('organisation')
      return companies.create(c, 'company')
    },
    /** Changes a company read at `expectedVersion`; 409 `stale-version` if it changed since. */
    async update(companyId: string, expectedVersion: number, change: (current: Company) => Company): Promise<Company> {
      const next = nextVersion(await get(companyId), expectedVersion, change, 'company')
      await companies.replace(next, 'company')
      return next
    },
    /**
     * Deletes a company at `expectedVersion`; 409 `company-in-use` while employments name it (delete or move them
     * first). Not atomic with an employment being set at that moment: that write checks the company exists first,
     * and a dangling one reads as "unknown company" on the mentor's panel, never as another organisation's.
     */
    async remove(companyId: string, expectedVersion: number): Promise<void> {
      const current = await get(companyId)
      if (current.version !== expectedVersion) throw staleVersion('company')
      const mentors = (await allEmployments()).filter((e) => e.companyId === companyId).length
      if (mentors > 0) {
        throw new DomainError('company-in-use', 'Mentors are still recorded as employed by this company', { values: { mentors } })
      }
      await store.delete(companyEntity.for(ctx.orgId).key([], [companyId]), expectedVersion, 'company')
    },
    employments: {
      all: allEmployments,
      ofCompany: async (companyId: string) => (await allEmployments()).filter((e) => e.companyId === companyId),
      get: (programmeId: string, personId: string) => employments.get([], [programmeId, personId]),
      /**
       * Records a mentor's employment: created when `expectedVersion` is absent (409 `already-exists` if one is
       * there), else replaced at that version (409 `stale-version`).
       */
      async put(
        programmeId: string, personId: string, expectedVersion: number | undefined,
        change: (current: Employment | undefined) => Employment,
      ): Promise<Employment> {
        if (expectedVersion === undefined) {
          const next = change(undefined)
          await employments.create(next, 'employment')
          return next
        }
        const current = await employments.get([], [programmeId, personId])
        if (!current) throw notFound('employment')
        const next = nextVersion(current, expectedVersion, (c) => change(c), 'employment')
        await employments.replace(next, 'employment')
        return next
      },
      async remove(programmeId: string, personId: string, expectedVersion: number): Promise<void> {
        const current = await employments.get([], [programmeId, personId])
        if (!current) throw notFound('employment')
        if (current.version !== expectedVersion) throw staleVersion('employment')
        await store.delete(employmentEntity.for(ctx.orgId).key([], [programmeId, personId]), expectedVersion, 'employment')
      },
    },
  }
}
