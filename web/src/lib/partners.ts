import type { ChecklistKind, MethodStage } from '@binome/contracts'

type Translate = (key: string, opts?: { values?: Record<string, string | number> }) => string

/**
 * The name of a checklist item in the reader's language: its kind, the stage it trains on, or its session number.
 *
 * @example
 * checklistItemLabel({ id: 'stage-matching', kind: 'stage-training', stage: 'matching' }, t) // 'Formation : Matching'
 */
export function checklistItemLabel(item: { id: string; kind: ChecklistKind; stage: MethodStage | null }, t: Translate): string {
  if (item.kind === 'stage-training' && item.stage) {
    return t('partners.item.stage', { values: { stage: t(`partners.stage.${item.stage}`) } })
  }
  if (item.kind === 'field-follow-up') return t('partners.item.field', { values: { n: sessionNumber(item.id) } })
  return t(`partners.kind.${item.kind}`)
}

/** The number of a field follow-up session, from its id (`field-3` → 3). */
export function sessionNumber(itemId: string): number {
  return Number(itemId.slice('field-'.length)) || 1
}

/** The progress as a whole percentage (0 when the checklist is empty). */
export function percent(progress: { done: number; total: number }): number {
  return progress.total ? Math.round((progress.done / progress.total) * 100) : 0
}

/** A partner's page, or the overview. */
export function partnersPath(orgId: string, partnerId?: string): string {
  const base = `/orgs/${encodeURIComponent(orgId)}/partners`
  return partnerId ? `${base}/${encodeURIComponent(partnerId)}` : base
}
