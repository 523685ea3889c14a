/** How people are named on screen, erased ones included (zod-free: the People tab's lists use it). */
/**
 * A person's name on screen; an erased person has none left, and is named by what happened to them (a link never
 * goes without words).
 *
 * @example
 * shownName({ firstName: '', lastName: '' }, 'Personne effacée') // 'Personne effacée'
 */
export function shownName(p: { firstName: string; lastName: string }, erased: string): string {
  return `${p.firstName} ${p.lastName}`.trim() || erased
}
