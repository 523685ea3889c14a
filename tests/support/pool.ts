import { personFacets, type Person, type PersonStage } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import { systemContext, type Data } from '@binome/data'
import { caiMentees, caiMentors, demoAnswers, plsMentees, plsMentors, type DemoProfile } from '@binome/local'

/**
 * A programme-sized pool of enrolled people for scale tests, under the PLS method's rules: the demo profiles
 * (Brussels and Namur), each repeated under other names, so that the matching engine sees realistic localities,
 * sectors, languages and texts.
 *
 * @example
 * await writePool(p.deps.data, { orgId: PLS, programmeId, perSide: 2000, now: new Date() })
 */
export async function writePool(
  data: Data, opts: { orgId: string; programmeId: string; perSide: number; now: Date; stage?: (kind: Person['kind'], i: number) => PersonStage },
): Promise<void> {
  const tenant = data.forTenant(systemContext(opts.orgId))
  // The PLS method's rules in force (its forms and eight criteria, geography mandatory), whatever the programme
  // started from; the people answer its forms as the people routes would have accepted them.
  const current = await tenant.rules.current(opts.programmeId)
  const { version: rulesVersion, rules } = await tenant.rules.save(opts.programmeId, current.version, methodologyRules('pls-mentoryou')!, {
    by: 'pool', now: opts.now.toISOString(), note: 'PLS method for the pool',
  })
  const mentors = [...plsMentors, ...caiMentors]
  const mentees = [...plsMentees, ...caiMentees]
  const firstNames = [...new Set([...mentors, ...mentees].map((p) => p.firstName))]
  const lastNames = [...new Set([...mentors, ...mentees].map((p) => p.lastName))]
  const now = opts.now.toISOString()
  const person = (kind: Person['kind'], profiles: DemoProfile[], i: number): Person => {
    const d = profiles[i % profiles.length]!
    // Every first name with every last name before any pair comes back (a few thousand people), mentors shifted.
    const n = i + (kind === 'mentor' ? 7 : 0)
    const firstName = firstNames[n % firstNames.length]!
    const lastName = lastNames[(Math.floor(n / firstNames.length) + n) % lastNames.length]!
    const stage = opts.stage?.(kind, i) ?? 'ready'
    const answers = {
      ...demoAnswers(d, kind, rules.forms[kind], i),
      // One mentee in forty typed a place the gazetteer does not know, as happens on paper forms.
      ...(kind === 'mentee' && i % 40 === 39 && { locality: 'Sint-Nergens' }),
    }
    return {
      id: `${kind}-${String(i).padStart(5, '0')}`, orgId: opts.orgId, programmeId: opts.programmeId, kind, firstName, lastName,
      email: `${kind}.${i}@pool.example`, birthDate: `${d.birthYear - (i % 9)}-0${1 + (i % 9)}-1${i % 10}`,
      answers,
      rulesVersion, ...(kind === 'mentor' && { capacity: 1 }), stage, stageDates: { [stage]: now }, facets: personFacets(answers, rules.forms[kind]),
      createdAt: now, updatedAt: now, version: 1,
    }
  }
  const all = [
    ...Array.from({ length: opts.perSide }, (_, i) => person('mentor', mentors, i)),
    ...Array.from({ length: opts.perSide }, (_, i) => person('mentee', mentees, i)),
  ]
  // In batches, as an import writes them.
  await tenant.people.createMany(all.map((person) => ({ person })))
}
