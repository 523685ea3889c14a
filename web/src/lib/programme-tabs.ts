import type { Action, MembershipRole } from '@binome/contracts'
import { allowed } from './permissions'

/**
 * One tab of a programme: its route (a folder under `programmes/[programmeId]/`, '' for the overview), the catalogue
 * key of its name, and the permission that lets a role see it.
 */
export interface ProgrammeTab {
  segment: string
  labelKey: `programmeTabs.${string}`
  action: Action
  /** Where the tab's link goes when the tab has pages of its own and no page at its root (Rules opens on its forms). */
  landing?: string
}

/**
 * The programme's tabs, in the order shown. A new screen is one line here (and its route folder); only tabs that
 * have a screen are listed, so readers never meet a "coming soon".
 */
export const programmeTabs: readonly ProgrammeTab[] = [
  { segment: '', labelKey: 'programmeTabs.overview', action: 'programmes.read' },
  { segment: 'people', labelKey: 'programmeTabs.people', action: 'people.read' },
  { segment: 'matching', labelKey: 'programmeTabs.matching', action: 'matching.read' },
  { segment: 'duos', labelKey: 'programmeTabs.duos', action: 'duos.read' },
  { segment: 'tracking', labelKey: 'programmeTabs.tracking', action: 'duos.read' },
  { segment: 'calendar', labelKey: 'programmeTabs.calendar', action: 'sessions.read' },
  { segment: 'results', labelKey: 'programmeTabs.results', action: 'results.read' },
  { segment: 'quality', labelKey: 'programmeTabs.quality', action: 'quality.read' },
  // Its own route per page (forms, criteria…) and none at its root: a root page would only redirect, and every route
  // adds to the list each first load carries.
  { segment: 'rules', labelKey: 'programmeTabs.rules', action: 'rules.update', landing: 'rules/forms' },
]

/** The tabs a role sees. @example visibleTabs('mentor').map((t) => t.segment) // [''] */
export function visibleTabs(role: MembershipRole | null | undefined): ProgrammeTab[] {
  return programmeTabs.filter((t) => allowed(role, t.action))
}

/** A programme's address, or one of its tabs'. @example programmePath('o', 'p', 'people') // '/orgs/o/programmes/p/people' */
export function programmePath(orgId: string, programmeId: string, segment = ''): string {
  const base = `/orgs/${encodeURIComponent(orgId)}/programmes/${encodeURIComponent(programmeId)}`
  return segment ? `${base}/${segment}` : base
}

/**
 * The tab a path is on: the one whose segment follows the programme's address (deeper pages of a tab belong to it).
 *
 * @example
 * currentTab('/orgs/o/programmes/p/matching', 'o', 'p')?.segment // 'matching'
 */
export function currentTab(pathname: string, orgId: string, programmeId: string): ProgrammeTab | undefined {
  const base = programmePath(orgId, programmeId)
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return undefined
  const segment = pathname.slice(base.length).split('/')[1] ?? ''
  return programmeTabs.find((t) => t.segment === segment)
}
