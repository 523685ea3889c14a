/**
 * The form builder's operations on an intake form, as pure functions: each returns a new form and leaves the one
 * it was given alone, so that the screen keeps the saved form to compare with and a test needs no browser.
 *
 * Ids are stable: a field's id (what answers are stored under and criteria point to) and an option's value (what
 * is stored and matched) are made once, from the first label, and never follow later edits of the label.
 */
import type { ChoiceOption, FieldKind, FormField, FormSection, IntakeForm, LocalizedText } from '@binome/contracts'

/** The field kinds whose answers are one of a list of options. */
export const choiceKinds: readonly FieldKind[] = ['single-choice', 'multiple-choice']

export const isChoiceKind = (kind: FieldKind): boolean => choiceKinds.includes(kind)

/** An empty text in the three languages. */
export const blankText = (): LocalizedText => ({ fr: '', en: '', nl: '' })

/**
 * A readable id made from a label, unique among `taken`: lower case, ASCII, words joined by '-', starting with a
 * letter.
 *
 * @example
 * slugId('Secteur d’activité', new Set(['secteur-d-activite'])) // 'secteur-d-activite-2'
 */
export function slugId(label: string, taken: ReadonlySet<string>, fallback = 'field'): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/g, '') || fallback
  // Ids start with a letter (the contracts' rule id): "2e langue" becomes "field-2e-langue".
  const id = /^[a-z]/.test(base) ? base : `${fallback}-${base}`
  if (!taken.has(id)) return id
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`
}

/** Every id used in a form: its sections' and its fields'. Field ids must be unique across the whole form. */
export function formIds(form: IntakeForm): Set<string> {
  const ids = new Set<string>()
  for (const s of form.sections) {
    ids.add(s.id)
    for (const f of s.fields) ids.add(f.id)
  }
  return ids
}

function mapSection(form: IntakeForm, sectionId: string, change: (s: FormSection) => FormSection): IntakeForm {
  if (!form.sections.some((s) => s.id === sectionId)) throw new Error(`no section "${sectionId}"`)
  return { ...form, sections: form.sections.map((s) => (s.id === sectionId ? change(s) : s)) }
}

/**
 * Moves the item at `index` by `delta` places (−1 up, +1 down); the list is unchanged when it would leave it.
 *
 * @example
 * move(['a', 'b', 'c'], 2, -1) // ['a', 'c', 'b']
 */
export function move<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items]
  const out = [...items]
  const [item] = out.splice(index, 1)
  out.splice(to, 0, item as T)
  return out
}

/**
 * Adds a section at the end, with an id made from its French title.
 *
 * @example
 * addSection(form, { fr: 'Parcours', en: 'Background', nl: 'Achtergrond' }).sections.at(-1)?.id // 'parcours'
 */
export function addSection(form: IntakeForm, title: LocalizedText): IntakeForm {
  const id = slugId(title.fr || title.en || title.nl, formIds(form), 'section')
  return { ...form, sections: [...form.sections, { id, title, fields: [] }] }
}

/** Changes a section's title (its id stays). */
export function renameSection(form: IntakeForm, sectionId: string, title: LocalizedText): IntakeForm {
  return mapSection(form, sectionId, (s) => ({ ...s, title }))
}

/** Moves a section up (−1) or down (+1). */
export function moveSection(form: IntakeForm, sectionId: string, delta: number): IntakeForm {
  const index = form.sections.findIndex((s) => s.id === sectionId)
  return { ...form, sections: move(form.sections, index, delta) }
}

/** Removes a section and its fields. */
export function removeSection(form: IntakeForm, sectionId: string): IntakeForm {
  return { ...form, sections: form.sections.filter((s) => s.id !== sectionId) }
}

/**
 * A new field of a kind, labelled, with an id unique in the form; choice fields start with no options, numbers with
 * no bounds. Staff-only and optional until the admin says otherwise: the safe defaults.
 *
 * @example
 * newField(form, 'single-choice', { fr: 'Secteur', en: 'Sector', nl: 'Sector' }).id // 'secteur'
 */
export function newField(form: IntakeForm, kind: FieldKind, label: LocalizedText): FormField {
  const id = slugId(label.fr || label.en || label.nl, formIds(form))
  return { id, kind, label, required: false, visibility: 'staff', ...(isChoiceKind(kind) ? { options: [] } : {}) }
}

/**
 * Adds a new field at the end of a section.
 * @returns the new form and the new field's id (the screen moves focus to it).
 */
export function addField(form: IntakeForm, sectionId: string, kind: FieldKind, label: LocalizedText): { form: IntakeForm; id: string } {
  const field = newField(form, kind, label)
  return { form: mapSection(form, sectionId, (s) => ({ ...s, fields: [...s.fields, field] })), id: field.id }
}

/** Where a field is: its section's index and its own index in it. */
export function locateField(form: IntakeForm, fieldId: string): { section: number; index: number } | undefined {
  for (let section = 0; section < form.sections.length; section++) {
    const index = (form.sections[section] as FormSection).fields.findIndex((f) => f.id === fieldId)
    if (index >= 0) return { section, index }
  }
  return undefined
}

/**
 * Changes a field. The id cannot change here (answers and criteria point to it); changing the kind to a non-choice
 * kind drops the options, to a choice kind starts an empty list, and bounds are kept for numbers only.
 */
export function updateField(form: IntakeForm, fieldId: string, change: Partial<Omit<FormField, 'id'>>): IntakeForm {
  const at = locateField(form, fieldId)
  if (!at) throw new Error(`no field "${fieldId}"`)
  return {
    ...form,
    sections: form.sections.map((s, i) =>
      i !== at.section
        ? s
        : {
            ...s,
            fields: s.fields.map((f) => {
              if (f.id !== fieldId) return f
              const next: FormField = { ...f, ...change, id: f.id }
              if (!isChoiceKind(next.kind)) delete next.options
              else next.options ??= []
              if (next.kind !== 'number') {
                delete next.min
                delete next.max
              }
              return next
            }),
          },
    ),
  }
}

/**
 * Moves a field up (−1) or down (+1). At the top of a section it goes to the end of the section above, at the
 * bottom to the start of the one below, so that the up and down buttons alone reach every place in the form.
 *
 * @example
 * moveField(form, 'sector', -1)
 */
export function moveField(form: IntakeForm, fieldId: string, delta: -1 | 1): IntakeForm {
  const at = locateField(form, fieldId)
  if (!at) throw new Error(`no field "${fieldId}"`)
  const sections = form.sections.map((s) => ({ ...s, fields: [...s.fields] }))
  const here = sections[at.section] as FormSection
  const to = at.index + delta
  if (to >= 0 && to < here.fields.length) {
    here.fields = move(here.fields, at.index, delta)
    return { ...form, sections }
  }
  const neighbour = sections[at.section + delta]
  if (!neighbour) return form
  const [field] = here.fields.splice(at.index, 1)
  if (delta < 0) neighbour.fields.push(field as FormField)
  else neighbour.fields.unshift(field as FormField)
  return { ...form, sections }
}

/** Whether a field can move up or down at all (the buttons are disabled when not). */
export function canMoveField(form: IntakeForm, fieldId: string, delta: -1 | 1): boolean {
  const at = locateField(form, fieldId)
  if (!at) return false
  const firstPlace = at.section === 0 && at.index === 0
  const last = form.sections.length - 1
  const lastPlace = at.section === last && at.index === (form.sections[last] as FormSection).fields.length - 1
  return delta < 0 ? !firstPlace : !lastPlace
}

/** Removes a field. */
export function removeField(form: IntakeForm, fieldId: string): IntakeForm {
  return { ...form, sections: form.sections.map((s) => ({ ...s, fields: s.fields.filter((f) => f.id !== fieldId) })) }
}

function fieldOf(form: IntakeForm, fieldId: string): FormField {
  const at = locateField(form, fieldId)
  if (!at) throw new Error(`no field "${fieldId}"`)
  return (form.sections[at.section] as FormSection).fields[at.index] as FormField
}

/**
 * Adds an option to a choice field; its value is made once from the label and is unique in the field.
 *
 * @example
 * addOption(form, 'sector', { fr: 'Santé', en: 'Health', nl: 'Gezondheid' }) // option value 'sante'
 */
export function addOption(form: IntakeForm, fieldId: string, label: LocalizedText): IntakeForm {
  const field = fieldOf(form, fieldId)
  const options = field.options ?? []
  const value = slugId(label.fr || label.en || label.nl, new Set(options.map((o) => o.value)), 'option')
  return updateField(form, fieldId, { options: [...options, { value, label }] })
}

/** Changes an option's label; its value stays. */
export function relabelOption(form: IntakeForm, fieldId: string, value: string, label: LocalizedText): IntakeForm {
  const options = (fieldOf(form, fieldId).options ?? []).map((o): ChoiceOption => (o.value === value ? { ...o, label } : o))
  return updateField(form, fieldId, { options })
}

/** Moves an option up (−1) or down (+1). */
export function moveOption(form: IntakeForm, fieldId: string, value: string, delta: -1 | 1): IntakeForm {
  const options = fieldOf(form, fieldId).options ?? []
  return updateField(form, fieldId, { options: move(options, options.findIndex((o) => o.value === value), delta) })
}

/** Removes an option. */
export function removeOption(form: IntakeForm, fieldId: string, value: string): IntakeForm {
  return updateField(form, fieldId, { options: (fieldOf(form, fieldId).options ?? []).filter((o) => o.value !== value) })
}

/**
 * A text in the reader's language, else French, else whatever is there.
 *
 * @example
 * say({ fr: 'Secteur', en: '', nl: 'Sector' }, 'en') // 'Secteur'
 */
export function say(text: LocalizedText | undefined, locale: string): string {
  if (!text) return ''
  return (text as unknown as Record<string, string>)[locale] || text.fr || text.en || text.nl || ''
}
