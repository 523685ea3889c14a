/**
 * The sections of a person's export PDF, in the language asked. Loaded only when an export is made, with pdf-lib,
 * so the onboarding function's usual requests never load either.
 */
import { displayName, formFields, type ActionItem, type Application, type CheckIn, type ClosingInterview, type Duo, type DuoLogEntry, type DuoTimelineEntry, type FollowUp, type Intake, type JobSearchProgress, type IntakeForm, type Locale, type Organisation, type Person, type Programme, type SentMail, type TimelineEntry } from '@binome/core'
import { exportLabels } from '@binome/documents/export-labels'
import { personalDataPdf, type ExportSection } from '@binome/documents/personal-data-pdf'

const text = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : Array.isArray(v)
    ? v.map((x) => (typeof x === 'object' && x !== null ? Object.values(x).join(' ') : String(x))).join(', ')
    : typeof v === 'boolean' ? (v ? '✓' : '✗') : String(v)

/** One of the person's duos with what was written about it, as the export reads it. */
export interface ExportedDuo {
  duo: Duo; timeline: DuoTimelineEntry[]; intake: Intake | null; progress: JobSearchProgress | null; actions: ActionItem[]
  log: DuoLogEntry[]; checkIns: CheckIn[]; closingInterview: ClosingInterview | null; followUps: FollowUp[]
  evaluations: { moment: string; state: string; sentAt: string; answeredAt: string | null; answers: Record<string, unknown> | null }[]
}

/** A duo's sections: its dates and end, then each part of its life that holds anything. */
function duoSections(d: ExportedDuo, w: (typeof exportLabels)[Locale], names: ReadonlyMap<string, string>): ExportSection[] {
  const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '')
  const { duo } = d
  const c = duo.closure
  const head: ExportSection = {
    title: w.duo(names.get(duo.mentorId) ?? duo.mentorId, names.get(duo.menteeId) ?? duo.menteeId),
    lines: [
      [w.duoState, duo.state], [w.duoDates, `${day(duo.startDate)} – ${day(duo.plannedEndDate)}`],
      ...(c ? [[w.closure, [`${c.endDate} — ${c.outcomeId} (${c.decidedBy})`, c.reason].filter(Boolean).join('\n')] as [string, string]] : []),
      ...d.timeline.map((e): [string, string] => [`${day(e.at)} — ${e.event}`, [e.side, e.party, e.reason, e.meeting && `${e.meeting.startsAt} ${e.meeting.place}`].filter(Boolean).join(' ')]),
    ],
  }
  const parts: [string, [string, string][]][] = [
    [w.intake, d.intake ? [[w.intake, `${d.intake.strengths}\n${d.intake.weaknesses}`]] : []],
    [w.plan, d.actions.map((a): [string, string] => [`${a.goal} — ${a.status}`, [a.action, ...a.comments.map((cm) => `${day(cm.at)} ${cm.byName}: ${cm.text}`)].join('\n')])],
    [w.log, d.log.map((e): [string, string] => [`${e.date} — ${e.kind}${e.minutes ? ` (${e.minutes} min)` : ''}`, [e.place, e.workedOn, e.nextSteps].filter(Boolean).join('\n')])],
    [w.progress, d.progress ? [[w.progress, `${d.progress.applications} / ${d.progress.interviews} / ${d.progress.offers}\n${d.progress.note}`]] : []],
    [w.checkIns, d.checkIns.map((ci): [string, string] => [`${ci.date} — ${ci.channel} (${ci.byName})`, [ci.notes, ...ci.followUps].filter(Boolean).join('\n')])],
    [w.closingInterview, d.closingInterview ? [[`${d.closingInterview.startsAt} — ${d.closingInterview.state}`, [d.closingInterview.place, d.closingInterview.notes].filter(Boolean).join('\n')]] : []],
    [w.followUps, d.followUps.map((f): [string, string] => [`${f.date} — ${f.months}`, [f.situation, f.note].filter(Boolean).join('\n')])],
    [w.evaluations, d.evaluations.map((e): [string, string] => [`${e.moment} — ${e.state}`, [
      `${w.evaluationSent} ${day(e.sentAt)}`, e.answeredAt && `${w.evaluationAnswered} ${day(e.answeredAt)}`,
      ...Object.entries(e.answers ?? {}).map(([id, v]) => `${id}: ${text(v)}`),
    ].filter(Boolean).join('\n')])],
  ]
  return [head, ...parts.filter(([, lines]) => lines.length > 0).map(([title, lines]) => ({ title, lines }))]
}

/**
 * The PDF of an export: identity, path, interview, answers (with the form's labels), the applications with their
 * consent (the notice's text as the applicant read it), timeline, e-mails sent, the duos with their life, audit trail.
 */
export async function generatePdf(x: {
  locale: Locale; person: Person; timeline: TimelineEntry[]; mails: SentMail[]; auditTrail: { at: string; actorId: string; action: string; facts: Record<string, string> }[]
  form: IntakeForm; organisation: Organisation; programme: Programme; exportedAt: string
  applications: (Application & { notice: string })[]
  duos: ExportedDuo[]; names: ReadonlyMap<string, string>
  newsletter: { subscribed: boolean; optedOutAt: string | null } | null
}): Promise<Uint8Array> {
  const w = exportLabels[x.locale]
  const p = x.person
  const day = (iso: string) => iso.slice(0, 10)
  const sections: ExportSection[] = [
    { title: w.identity, lines: [[w.firstName, p.firstName], [w.lastName, p.lastName], [w.email, p.email], [w.phone, p.phone ?? ''], [w.birthDate, p.birthDate]] },
    {
      title: w.pipeline, lines: [
        [w.stage, p.stage], ...Object.entries(p.stageDates).map(([s, at]): [string, string] => [`${w.since} (${s})`, day(at ?? '')]),
        ...(p.decision ? [[w.decision, `${p.decision.outcome} — ${day(p.decision.at)}`] as [string, string]] : []),
        ...(p.decision?.reason ? [[w.reason, p.decision.reason] as [string, string]] : []),
        ...(p.decision?.referredTo ? [[w.referredTo, p.decision.referredTo] as [string, string]] : []),
      ],
    },
    ...(p.interview ? [{ title: w.interview, lines: Object.entries(p.interview).map(([k, v]): [string, string] => [k, k === 'checks' ? (v as { itemId: string; met: boolean }[]).map((c) => `${c.itemId}: ${c.met ? '✓' : '✗'}`).join('\n') : text(v)]) }] : []),
    { title: w.answers, lines: formFields(x.form).filter((f) => p.answers[f.id] !== undefined).map((f): [string, string] => [f.label[x.locale], text(p.answers[f.id])]) },
    ...(x.applications.length > 0 ? [{
      title: w.applications, lines: x.applications.map((a): [string, string] => [
        `${w.received} ${day(a.receivedAt)}${a.repeat ? ` (${w.repeat})` : ''}`,
        [
          `${w.consentGiven} ${day(a.consent.givenAt)} — ${w.notice} ${a.consent.noticeVersion} (${a.consent.locale})`,
          a.consent.withdrawnAt && `${w.consentWithdrawn} ${day(a.consent.withdrawnAt)}`,
          a.notice,
          a.submitted && `${w.submitted}: ${a.submitted.firstName} ${a.submitted.lastName}, ${a.submitted.email}${a.submitted.phone ? `, ${a.submitted.phone}` : ''}, ${a.submitted.birthDate}`,
        ].filter(Boolean).join('\n'),
      ]),
    }] : []),
    {
      title: w.timeline, lines: x.timeline.map((e): [string, string] => [
        `${day(e.at)} — ${e.kind}${e.by ? ` (${w.by} ${e.by})` : ''}`,
        [e.stage && `${e.stage.from} → ${e.stage.to}`, e.decision?.reason, e.note, ...(e.changes ?? []).map((ch) => `${ch.field}: ${text(ch.before)} → ${text(ch.after)}`)].filter(Boolean).join('\n'),
      ]),
    },
    ...(x.mails.length > 0 ? [{
      title: w.mails, lines: x.mails.map((m): [string, string] => [`${day(m.sentAt)} — ${m.kind}`, `${m.subject}\n${w.mailTo} ${m.to}`]),
    }] : []),
    ...x.duos.flatMap((d) => duoSections(d, w, x.names)),
    ...(x.newsletter ? [{
      title: w.newsletter, lines: [[w.newsletter, x.newsletter.optedOutAt ? `${w.unsubscribedOn} ${day(x.newsletter.optedOutAt)}` : w.subscribed] as [string, string]],
    }] : []),
    { title: w.audit, lines: x.auditTrail.map((e): [string, string] => [`${day(e.at)} — ${e.action} (${w.by} ${e.actorId})`, `${w.route}: ${e.facts.route ?? ''}`]) },
  ]
  return personalDataPdf(w.title(displayName(p)), w.subtitle(x.organisation.name, x.programme.name, day(x.exportedAt)), sections)
}
