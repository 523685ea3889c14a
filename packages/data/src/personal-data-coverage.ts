/**
 * What a person's erasure (GDPR art. 17) does to each tenant entity, declared once, so that the next entity cannot be
 * forgotten: every type declared with `defineTenantEntity` must be here (tests/architecture/personal-data-coverage
 * scans the sources for the declarations and fails on one missing here, or on an entry nothing declares any more).
 *
 * - `erasedBy`: the tenant repositories' functions that rewrite or delete its items when a person is erased; the test
 *   checks that each exists and that the erasure (`functions/src/shared/erasure.ts`) calls it.
 * - `noPersonalData`: holds nothing that identifies a mentor or mentee (ids, counts, dates, the organisation's own
 *   words), with why.
 * - `knownGap`: holds a mentor's or mentee's personal data that erasure does NOT reach yet, with what is missing: an
 *   explicit debt, visible here and in the README, to be moved to `erasedBy` when fixed, never a silent omission.
 */
export type ErasureCoverage =
  | { erasedBy: readonly string[] }
  | { noPersonalData: string }
  | { knownGap: string }

export const tenantEntityCoverage: Readonly<Record<string, ErasureCoverage>> = {
  // The person and what is written about them.
  person: { erasedBy: ['people.erase'] },
  'person-name-token': { erasedBy: ['people.erase'] },
  'timeline-entry': { erasedBy: ['people.erase'] },
  application: { erasedBy: ['applications.erase'] },
  'applicant-claim': { erasedBy: ['applications.erase'] },
  'sent-mail': { erasedBy: ['mailLog.erase'] },
  'session-invitee': { erasedBy: ['sessions.erasePerson'] },
  'newsletter-subscription': { erasedBy: ['newsletters.erasePerson'] },
  // Their duos.
  duo: { erasedBy: ['duos.erasePerson'] },
  'duo-timeline-entry': { erasedBy: ['duos.erasePerson'] },
  'duo-tracking': { erasedBy: ['duos.erasePerson'] },
  'duo-intake': { erasedBy: ['duoLife.eraseDuo'] },
  'duo-progress': { erasedBy: ['duoLife.eraseDuo'] },
  'duo-action': { erasedBy: ['duoLife.eraseDuo'] },
  'duo-log-entry': { erasedBy: ['duoLife.eraseDuo'] },
  'duo-check-in': { erasedBy: ['duoLife.eraseDuo'] },
  'duo-closing-interview': { erasedBy: ['closing.eraseDuo'] },
  'duo-follow-up': { erasedBy: ['closing.eraseDuo'] },
  alert: { erasedBy: ['alerts.eraseDuo'] },
  evaluation: { erasedBy: ['evaluations.eraseDuo'] },
  'duo-result-facts': { noPersonalData: 'a duo\'s start and end days, outcome, meetings held and check-in days: the results\' facts, no name' },
  'evaluation-result-facts': { noPersonalData: 'an evaluation answered or not, and its overall satisfaction (1–5)' },
  'duo-result-facts-complete': { noPersonalData: 'a marker that a programme\'s result facts were filled in' },
  'results-export-job': { noPersonalData: 'a results file being made: programme, window, format, the staff user who asked, the file\'s key (its figures are anonymised)' },
  'duo-person': { noPersonalData: 'a person\'s open-duo count and duo ids' },
  'duo-ended-pair': { noPersonalData: 'two person ids: the pair is never proposed again' },
  'duo-reminder': { noPersonalData: 'a duo id and a month: a reminder was sent' },
  // Monitoring.
  'alert-handling': { noPersonalData: 'who (a staff user id) dismissed or snoozed an alert, and when' },
  'alert-digest-choice': { noPersonalData: 'a staff member\'s choice of digest' },
  'alert-digest-sent': { noPersonalData: 'a day, a staff user id and a programme id' },
  sweep: { noPersonalData: 'the daily sweep\'s record: counts and times' },
  usage: { noPersonalData: 'requests counted per organisation and member per minute' },
  // The organisation and its programmes: its own words and settings, nobody's file.
  organisation: { noPersonalData: 'the organisation\'s profile and settings' },
  programme: { noPersonalData: 'a programme\'s name, description and settings' },
  'rules-version': { noPersonalData: 'the programme\'s rules, forms and templates' },
  'public-form': { noPersonalData: 'whether applications are open, and the form link\'s token' },
  session: { noPersonalData: 'a session\'s own title, place and notes; who was invited is its invitees, erased above' },
  'session-start': { noPersonalData: 'a session\'s id and start, to read the upcoming sessions by' },
  'session-starts-complete': { noPersonalData: 'that a programme\'s sessions all have their entry at their start, and when' },
  newsletter: { noPersonalData: 'the staff\'s message and the counts of mentors reached' },
  'newsletter-delivery': { noPersonalData: 'a mentor id and whether their mail of one newsletter left (no address, name or text)' },
  'admin-guard': { noPersonalData: 'the staff user ids of the active admins' },
  'audit-entry': { noPersonalData: 'ids, actions and routes only (never a name); the tombstone of an erasure must stay (art. 5.2)' },
  partnership: { noPersonalData: 'a partnership between two organisations' },
  company: { noPersonalData: 'an employer and its business contact, which staff edit and delete; no mentor or mentee' },
  'partner-summary-sent': { noPersonalData: 'a month, a network partner id and a programme id: that month\'s summary was sent' },
  'network-partner': { noPersonalData: 'a referring or receiving service and its business contact; no mentor or mentee' },
  employment: { noPersonalData: 'a mentor id, a company id, the agreement and hours: the sponsorship report\'s facts, no name or words' },
  'matching-run': { noPersonalData: 'a run\'s settings, state and counts' },
  'matching-suggestion': { erasedBy: ['runs.erasePerson'] },
  'matching-unmatched': { erasedBy: ['runs.erasePerson'] },
  'matching-alternatives': { erasedBy: ['runs.erasePerson'] },
  'pair-rule': { erasedBy: ['pairRules.erasePerson'] },
  // Personal data erasure does not reach yet (issue 12): named here so that it is a visible debt, not an omission.
  // A mentor's or mentee's portal account: the membership here, the platform user (identity module) with it.
  member: { erasedBy: ['members.removeAt'] },
}

/**
 * What is wrong with the coverage for these declared entity types: a type declared but not in the list, and a type
 * in the list nothing declares any more (a stale entry hides nothing, but misleads).
 *
 * @example
 * coverageProblems(['person', 'pet-photo'], { person: { erasedBy: ['people.erase'] } })
 * // ['pet-photo: declared with defineTenantEntity but …']
 */
export function coverageProblems(declared: readonly string[], coverage: Readonly<Record<string, ErasureCoverage>>): string[] {
  const problems: string[] = []
  for (const type of new Set(declared)) {
    if (!Object.hasOwn(coverage, type)) {
      problems.push(`${type}: declared with defineTenantEntity but neither erased nor declared free of personal data (packages/data/src/personal-data-coverage.ts)`)
    }
  }
  for (const type of Object.keys(coverage)) if (!declared.includes(type)) problems.push(`${type}: listed in the erasure coverage but declared nowhere`)
  return problems
}
