/** One difference between two versions of a programme's rules, at a readable path such as `criteria[sector].weight`. */
export interface RulesChange {
  path: string
  change: 'added' | 'removed' | 'changed'
  before?: unknown
  after?: unknown
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Items of a list with ids (fields, criteria, outcomes...) are compared by id, so that a reorder is not a rewrite. */
function keyOf(item: unknown): string | undefined {
  if (!isObject(item)) return undefined
  if (typeof item.id === 'string') return item.id
  if (typeof item.kind === 'string' && typeof item.body === 'string') return item.kind
  return undefined
}

function walk(path: string, a: unknown, b: unknown, out: RulesChange[]): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    const keyed = [...a, ...b].every((x) => keyOf(x) !== undefined)
    if (keyed) {
      const before = new Map(a.map((x) => [keyOf(x)!, x]))
      const after = new Map(b.map((x) => [keyOf(x)!, x]))
      for (const [k, x] of before) {
        if (!after.has(k)) out.push({ path: `${path}[${k}]`, change: 'removed', before: x })
        else walk(`${path}[${k}]`, x, after.get(k), out)
      }
      for (const [k, x] of after) if (!before.has(k)) out.push({ path: `${path}[${k}]`, change: 'added', after: x })
      const order = (m: Map<string, unknown>, other: Map<string, unknown>) => [...m.keys()].filter((k) => other.has(k))
      if (order(before, after).join('\u0000') !== order(after, before).join('\u0000')) {
        out.push({ path: `${path}#order`, change: 'changed', before: order(before, after), after: order(after, before) })
      }
      return
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, change: 'changed', before: a, after: b })
    return
  }
  if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(a)) {
      const p = path ? `${path}.${k}` : k
      if (!(k in b)) out.push({ path: p, change: 'removed', before: a[k] })
      else walk(p, a[k], b[k], out)
    }
    for (const k of Object.keys(b)) if (!(k in a)) out.push({ path: path ? `${path}.${k}` : k, change: 'added', after: b[k] })
    return
  }
  if (a !== b) out.push({ path, change: 'changed', before: a, after: b })
}

/**
 * The differences between two versions of a programme's rules (or any part of them), as readable paths. Lists of
 * items with an id are matched by id; a reorder is one `#order` change.
 *
 * @example
 * diffRules({ cadences: { meetingsPerMonth: 2 } }, { cadences: { meetingsPerMonth: 3 } })
 * // [{ path: 'cadences.meetingsPerMonth', change: 'changed', before: 2, after: 3 }]
 */
export function diffRules(a: unknown, b: unknown): RulesChange[] {
  const out: RulesChange[] = []
  walk('', a, b, out)
  return out
}
