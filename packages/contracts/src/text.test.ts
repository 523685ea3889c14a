import { describe, expect, it } from 'vitest'
import { AppointAdmin, CreateInvitation, CreateOrganisation, UpdateOrganisation } from './organisations'
import { CreateProgramme, UpdateProgramme } from './programmes'

/**
 * Every name and free-text field of every request refuses the same characters the same way: control characters,
 * lone UTF-16 surrogates (not encodable) and bidirectional overrides/isolates (which make text display as
 * something other than what it is, "Trojan Source" style). Ordinary text in any script passes, accents, Arabic
 * and right-to-left marks included.
 */
const fields: Array<[string, { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }, Record<string, unknown>, string]> = [
  ['CreateOrganisation.name', CreateOrganisation, { name: 'Mentorat Liège' }, 'name'],
  ['CreateOrganisation.admin.name', CreateOrganisation, { name: 'Mentorat Liège', admin: { email: 'a@b.be', name: 'Ana' } }, 'admin.name'],
  ['UpdateOrganisation.name', UpdateOrganisation, { name: 'Mentorat Liège', version: 1 }, 'name'],
  ['CreateInvitation.name', CreateInvitation, { email: 'a@b.be', name: 'Ana', role: 'mentor' }, 'name'],
  ['AppointAdmin.name', AppointAdmin, { email: 'a@b.be', name: 'Ana' }, 'name'],
  ['CreateProgramme.name', CreateProgramme, { name: 'Cohorte 2026' }, 'name'],
  ['CreateProgramme.description', CreateProgramme, { name: 'Cohorte 2026', description: 'Un programme.' }, 'description'],
  ['UpdateProgramme.name', UpdateProgramme, { name: 'Cohorte 2026', version: 1 }, 'name'],
  ['UpdateProgramme.description', UpdateProgramme, { description: 'Un programme.', version: 1 }, 'description'],
]

const setAt = (body: Record<string, unknown>, path: string, value: string): Record<string, unknown> => {
  const [head, ...rest] = path.split('.')
  if (rest.length === 0) return { ...body, [head!]: value }
  return { ...body, [head!]: setAt(body[head!] as Record<string, unknown>, rest.join('.'), value) }
}

const bad: Array<[string, string]> = [
  ['a NUL', 'Ana\u0000Bel'],
  ['a bell', 'Ana\u0007'],
  ['an escape (terminal colours)', '\u001b[31mAna'],
  ['a C1 control', 'Ana\u0085Bel'],
  ['DEL', 'Ana\u007f'],
  ['a right-to-left override', 'Ana \u202Egpj.exe'],
  ['a left-to-right embedding', '\u202AAna'],
  ['a first-strong isolate', 'Ana\u2068Bel\u2069'],
  ['a lone high surrogate', 'Ana\ud800'],
  ['a lone low surrogate', '\udc00Ana'],
]

describe('names and free text', () => {
  it.each(fields)('%s passes ordinary text in any script', (_label, schema, body, path) => {
    for (const ok of ['Zoë Ñúñez-Łukasik', 'محمد العلي', 'Ана 😀 Chen 陈', 'Aïcha\u200F Ben']) {
      expect(schema.safeParse(setAt(body, path, ok)).success, ok).toBe(true)
    }
  })

  for (const [label, schema, body, path] of fields) {
    it.each(bad)(`${label} refuses %s, naming the field`, (_what, value) => {
      const r = schema.safeParse(setAt(body, path, value))
      expect(r.success).toBe(false)
      expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path)
    })
  }

  it('free text keeps its line breaks and tabs; names do not take them', () => {
    expect(CreateProgramme.safeParse({ name: 'Cohorte', description: 'Ligne 1\nLigne 2\r\n\tretrait' }).success).toBe(true)
    expect(CreateProgramme.safeParse({ name: 'Cohorte\n2026' }).success).toBe(false)
    expect(CreateInvitation.safeParse({ email: 'a@b.be', name: 'Ana\tBel', role: 'mentor' }).success).toBe(false)
  })
})
