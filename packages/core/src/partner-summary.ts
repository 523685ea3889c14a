/**
 * The monthly summary e-mail a referring partner receives (issue 10, "partners kept informed"; seeds 001 and 002):
 * the variables of the `email-partner-summary` template, made from `partnerMonthSummary`. A fact the programme does
 * not share never reaches the template (absent, not empty), so no programme's own template can print it; the
 * `shares` flags tell the template which paragraphs to write.
 */
import type { DuoState } from './duo'
import { monthIn } from './duo-life/dates'
import type { PartnerMonthSummary } from './partner-view'
import type { PartnerSharing } from './rules/programme-rules'
import type { Locale } from './roles'

/** Whether a programme tells its partners anything at all: with every fact switched off, no summary is sent. */
export const sharesAnything = (sharing: PartnerSharing): boolean => sharing.stage || sharing.meetings || sharing.outcome

/** A duo's stage as a partner reads it, in the organisation's language (typed against every state). */
const stageWords: Record<Locale, Record<DuoState, string>> = {
  fr: {
    proposed: 'binôme proposé', accepted: 'proposition acceptée', 'meeting-scheduled': 'première rencontre prévue', validated: 'binôme validé',
    signing: 'convention à signer', active: 'accompagnement en cours', paused: 'accompagnement en pause', refused: 'proposition refusée',
    expired: 'proposition expirée', declined: 'binôme non confirmé', cancelled: 'binôme annulé', closed: 'accompagnement terminé',
  },
  en: {
    proposed: 'duo proposed', accepted: 'proposal accepted', 'meeting-scheduled': 'first meeting planned', validated: 'duo confirmed',
    signing: 'agreement to sign', active: 'mentoring under way', paused: 'mentoring paused', refused: 'proposal refused',
    expired: 'proposal expired', declined: 'duo not confirmed', cancelled: 'duo cancelled', closed: 'mentoring ended',
  },
  nl: {
    proposed: 'duo voorgesteld', accepted: 'voorstel aanvaard', 'meeting-scheduled': 'eerste ontmoeting gepland', validated: 'duo bevestigd',
    signing: 'overeenkomst te tekenen', active: 'begeleiding loopt', paused: 'begeleiding gepauzeerd', refused: 'voorstel geweigerd',
    expired: 'voorstel verlopen', declined: 'duo niet bevestigd', cancelled: 'duo geannuleerd', closed: 'begeleiding beëindigd',
  },
}

const outcomeWords: Record<Locale, { positive: string; other: string; job: string }> = {
  fr: { positive: 'sortie positive', other: 'fin sans sortie positive', job: 'emploi' },
  en: { positive: 'positive exit', other: 'ended without a positive exit', job: 'job' },
  nl: { positive: 'positieve uitstroom', other: 'beëindigd zonder positieve uitstroom', job: 'werk' },
}

const noDuoWords: Record<Locale, string> = { fr: 'pas encore de binôme', en: 'no duo yet', nl: 'nog geen duo' }

/** One referred person's line in the e-mail. */
export interface PartnerSummaryLine {
  name: string
  /** The duo's stage in words (or that there is none yet); absent when stages are not shared. */
  stage?: string
  /** Meetings in the month; absent when meetings are not shared or there is no duo. */
  meetings?: number
  started: boolean
  closed: boolean
  /** How the duo ended, in words, when it closed in the month and outcomes are shared. */
  outcome?: string
}

/** The `summary` variable of the `email-partner-summary` template. */
export interface PartnerSummaryMail {
  /** The month as a letter names it, in the organisation's language: « février 2027 », « February 2027 ». */
  month: string
  partner: string
  referred: number
  newDuos: number
  shares: PartnerSharing
  meetings?: number
  closures?: number
  positiveOutcomes?: number
  people: PartnerSummaryLine[]
  /** The partner's referrals page. */
  link: string
}

/**
 * The template's `summary` for one partner and month, in the organisation's language.
 *
 * @example
 * partnerSummaryMail(partnerMonthSummary('2027-02', referred, sharing), sharing, { partner: 'Antenne Emploi', locale: 'fr', link })
 * // { month: 'février 2027', partner: 'Antenne Emploi', referred: 3, newDuos: 1, meetings: 4, people: [{ name: 'Amina Diallo', stage: 'accompagnement en cours', meetings: 2, ... }], ... }
 */
export function partnerSummaryMail(
  summary: PartnerMonthSummary, sharing: PartnerSharing, v: { partner: string; locale: Locale; link: string },
): PartnerSummaryMail {
  const people = summary.people.map((p): PartnerSummaryLine => {
    const o = p.closedInMonth ? p.duo?.outcome : undefined
    return {
      name: `${p.firstName} ${p.lastName}`.trim(),
      ...(sharing.stage && { stage: p.duo?.stage ? stageWords[v.locale][p.duo.stage] : noDuoWords[v.locale] }),
      ...(p.meetingsInMonth !== undefined && { meetings: p.meetingsInMonth }),
      started: p.started,
      closed: p.closedInMonth,
      ...(o && { outcome: o.outcomeClass === 'positive' ? `${outcomeWords[v.locale].positive}${o.countsAsEmployment ? ` (${outcomeWords[v.locale].job})` : ''}` : outcomeWords[v.locale].other }),
    }
  })
  return {
    month: monthIn(summary.month, v.locale),
    partner: v.partner, referred: summary.referred, newDuos: summary.newDuos, shares: { ...sharing },
    ...(summary.meetings !== undefined && { meetings: summary.meetings }),
    ...(summary.closures !== undefined && { closures: summary.closures }),
    ...(summary.positiveOutcomes !== undefined && { positiveOutcomes: summary.positiveOutcomes }),
    people, link: v.link,
  }
}
