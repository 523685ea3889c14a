import type { MatchingPoolFilter, MatchingRun } from '@binome/contracts'

/** Whether a run may still change (the screen keeps polling it). @example isUnfinished(run) */
export function isUnfinished(run: Pick<MatchingRun, 'status'>): boolean {
  return run.status === 'queued' || run.status === 'running'
}

/**
 * Whether the screen keeps polling a run: while it is unfinished, then while the worker computes its alternatives' exact
 * losses (a completed run's `losses` is `computing` until they are `ready` or `partial`).
 *
 * @example isWatched({ status: 'completed', losses: 'computing' }) // true
 */
export function isWatched(run: Pick<MatchingRun, 'status' | 'losses'>): boolean {
  return isUnfinished(run) || (run.status === 'completed' && run.losses === 'computing')
}

/**
 * The pool limit a run is started with, from the form's fields: localities typed comma- or semicolon-separated, one
 * sector, the coordinator; undefined when nothing limits it (the whole pool).
 *
 * @example
 * poolBody({ localities: 'Liège; Namur', sector: '', coordinatorId: undefined }) // { localities: ['Liège', 'Namur'] }
 */
export function poolBody(v: { localities: string; sector: string; coordinatorId: string | undefined }): MatchingPoolFilter | undefined {
  const localities = v.localities.split(/[,;]/).map((s) => s.trim()).filter(Boolean)
  const pool: MatchingPoolFilter = {
    ...(localities.length && { localities }),
    ...(v.sector && { sectors: [v.sector] }),
    ...(v.coordinatorId && { coordinatorId: v.coordinatorId }),
  }
  return Object.keys(pool).length ? pool : undefined
}

/**
 * What a run's pool was limited to, as a short list for its heading ("Liège, Namur · Santé · people I interviewed").
 *
 * @example
 * poolParts({ sectors: ['health'] }, { sectorLabel: () => 'Santé', mine: false, words: (k) => k }) // 'Santé'
 */
export function poolParts(
  pool: MatchingPoolFilter,
  o: { sectorLabel: (value: string) => string; mine: boolean; words: (key: 'byMe' | 'byColleague') => string },
): string {
  return [
    pool.localities?.join(', '),
    pool.sectors?.map(o.sectorLabel).join(', '),
    pool.coordinatorId && o.words(o.mine ? 'byMe' : 'byColleague'),
  ].filter(Boolean).join(' · ')
}

/** A refused item longer than this is shortened where its error names it. */
const NAMED_ITEM = 30

/**
 * The error to show next to a pool field of the run form: the list's own (too many localities), else the first item
 * refused (a locality too long, or pasted with an invisible character), named so the reader knows which one; the
 * field-path keys are the form state's (`pool.localities`, `pool.localities.2`).
 *
 * @example
 * poolFieldError({ 'pool.localities.1': 'Au plus 100 caractères.' }, 'localities', ['Liège', 'Rue…'], (item, error) => `« ${item} » : ${error}`)
 * // '« Rue… » : Au plus 100 caractères.'
 */
export function poolFieldError(
  errors: Record<string, string>,
  field: 'localities' | 'sectors',
  sent: MatchingPoolFilter | undefined,
  named: (item: string, error: string) => string,
): string | undefined {
  const key = `pool.${field}`
  if (errors[key]) return errors[key]
  const first = Object.keys(errors)
    .map((k) => (k.startsWith(`${key}.`) ? Number(k.slice(key.length + 1)) : Number.NaN))
    .filter(Number.isInteger)
    .sort((a, b) => a - b)[0]
  if (first === undefined) return undefined
  const item = sent?.[field]?.[first]?.trim() ?? ''
  const shown = item.length > NAMED_ITEM ? `${item.slice(0, NAMED_ITEM - 1)}…` : item
  return shown ? named(shown, errors[`${key}.${first}`]!) : errors[`${key}.${first}`]
}
