/**
 * The sections of a person's export PDF, in the language asked. Loaded only when an export is made, with pdf-lib,
 * so the onboarding function's usual requests never load either.
 */
import {
  answerIn, brusselsToUtc, dayIn, dayOf, displayName, evaluationForm, findField, formFields, localDay, wallClockWords,
  type ActionItem, type AnswerValue, type Application, type CheckIn, type ClosingInterview, type Duo, type DuoLogEntry, type DuoTimelineEntry,
  type FieldChange, type FollowUp, type FormField, type Intake, type JobSearchProgress, type Locale, type Organisation, type Person, type Programme,
  type ProgrammeRules, type SentMail, type TimelineEntry,
} from '@binome/core'
import { codeWords, wordOf, type CodeWords } from '@binome/documents/code-words'
import { exportLabels } from '@binome/documents/export-labels'
import { personalDataPdf, type ExportSection } from '@binome/documents/personal-data-pdf'

/** One of the person's duos with what was written about it, as the export reads it. */
export interface ExportedDuo {
  duo: Duo; timeline: DuoTimelineEntry[]; intake: Intake | null; progress: JobSearchProgress | null; actions: ActionItem[]
  log: DuoLogEntry[]; checkIns: CheckIn[]; closingInterview: ClosingInterview | null; followUps: FollowUp[]
  /** The person's own questionnaires (`side` is theirs: the other side's answers are the other side's). */
  evaluations: { moment: string; side?: string; state: string; sentAt: string; answeredAt: string | null; answers: Record<string, unknown> | null }[]
}

/** How the export writes in the reader's language: its labels, the codes' words, days, meeting times, stored values. */
interface Writer {
  locale: Locale
  w: (typeof exportLabels)[Locale]
  c: CodeWords
  /** A day, or the day of an instant, as the reader writes days; '' when not set. */
  day: (isoOrDay: string | null | undefined) => string
  /** An instant as a day and an hour on a Brussels clock, as the invitation to that meeting said it. */
  when: (instant: string) => string
  /** A stored value as text: yes or no for a boolean, a list joined. */
  text: (v: unknown) => string
  /** A form's answer as the screens say it: the option's label, a day as a day, yes or no. */
  answer: (field: FormField | undefined, v: unknown) => string
}

function writer(locale: Locale): Writer {
  const w = exportLabels[locale]
  const c = codeWords[locale]
  const day = (iso: string | null | undefined) => (iso ? dayIn(dayOf(iso), locale) : '')
  // An instant the clock cannot read (a record from before the checks) is printed as stored rather than failing the export.
  const when = (instant: string) =>
    Number.isNaN(Date.parse(instant)) ? instant : w.meetingAt(dayIn(localDay(instant), locale), wallClockWords(instant).time)
  const text = (v: unknown): string =>
    v === undefined || v === null ? '' : typeof v === 'string' ? v : typeof v === 'boolean' ? (v ? c.yes : c.no) : Array.isArray(v)
      ? v.map((x) => (typeof x === 'object' && x !== null ? Object.values(x).map(text).join(' ') : text(x))).join(', ')
      : String(v)
  const answer = (field: FormField | undefined, v: unknown) => {
    if (!field || v === undefined || v === null || typeof v === 'boolean') return text(v)
    if (field.kind === 'date' && typeof v === 'string') return day(v)
    return answerIn(field, v as AnswerValue, locale)
  }
  return { locale, w, c, day, when, text, answer }
}

/** A duo's sections: its dates and end, then each part of its life that holds anything. */
function duoSections(d: ExportedDuo, x: Writer, rules: ProgrammeRules, names: ReadonlyMap<string, string>): ExportSection[] {
  const { w, c, day, when, locale } = x
  const { duo } = d
  const end = duo.closure
  const outcome = (id: string) => {
    const o = rules.outcomes.find((e) => e.id === id)
    return (o && (o.label[locale] || o.label.fr)) || id
  }
  const head: ExportSection = {
    title: w.duo(names.get(duo.mentorId) ?? duo.mentorId, names.get(duo.menteeId) ?? duo.menteeId),
    lines: [
      [w.duoState, wordOf(c.duoStates, duo.state)], [w.duoDates, `${day(duo.startDate)} – ${day(duo.plannedEndDate)}`],
      ...(end ? [[w.closure, [`${day(end.endDate)} — ${outcome(end.outcomeId)} (${w.decidedBy(wordOf(c.deciders, end.decidedBy))})`, end.reason].filter(Boolean).join('\n')] as [string, string]] : []),
      ...d.timeline.map((e): [string, string] => [
        // As the duo page says a step: its word, then which side or party took it.
        [`${day(e.at)} — ${wordOf(c.duoEvents, e.event)}`, e.side && `(${wordOf(c.sides, e.side)})`, e.party && `(${wordOf(c.parties, e.party)})`].filter(Boolean).join(' '),
        [e.reason, e.meeting && `${when(e.meeting.startsAt)} — ${e.meeting.place} (${wordOf(c.placeKinds, e.meeting.placeKind)})`].filter(Boolean).join('\n'),
      ]),
    ],
  }
  const evaluationField = (side: string | undefined, id: string) =>
    side === 'mentor' || side === 'mentee' ? findField(evaluationForm(rules, side), id) : undefined
  const closing = d.closingInterview
  const parts: [string, [string, string][]][] = [
    [w.intake, d.intake ? [[w.intake, `${d.intake.strengths}\n${d.intake.weaknesses}`]] : []],
    [w.plan, d.actions.map((a): [string, string] => [`${a.goal} — ${wordOf(c.actionStatuses, a.status)}`, [a.action, ...a.comments.map((cm) => `${day(cm.at)} ${cm.byName}${w.colon}${cm.text}`)].join('\n')])],
    [w.log, d.log.map((e): [string, string] => [`${day(e.date)} — ${wordOf(c.contacts, e.channel)}${e.minutes ? ` (${w.minutes(e.minutes)})` : ''}`, [e.place, e.workedOn, e.nextSteps].filter(Boolean).join('\n')])],
    [w.progress, d.progress ? [
      [w.applicationsSent, String(d.progress.applications)], [w.jobInterviews, String(d.progress.interviews)], [w.offers, String(d.progress.offers)],
      ...(d.progress.note ? [[w.note, d.progress.note] as [string, string]] : []),
    ] : []],
    [w.checkIns, d.checkIns.map((ci): [string, string] => [`${day(ci.date)} — ${wordOf(c.checkInChannels, ci.channel)} (${ci.byName})`, [ci.notes, ...ci.followUps].filter(Boolean).join('\n')])],
    // The closing interview's time is a Brussels wall time as typed (YYYY-MM-DDTHH:mm), read as its invitation reads it.
    [w.closingInterview, closing ? [[`${when(brusselsToUtc(closing.startsAt) ?? closing.startsAt)} — ${wordOf(c.closingStates, closing.state)}`, [
      closing.heldOn && `${w.heldOn} ${day(closing.heldOn)}`, closing.place, closing.notes,
    ].filter(Boolean).join('\n')]] : []],
    [w.followUps, d.followUps.map((f): [string, string] => [`${day(f.date)} — ${w.followUpAfter(f.months)}`, [wordOf(c.situations, f.situation), f.note].filter(Boolean).join('\n')])],
    [w.evaluations, d.evaluations.map((e): [string, string] => [`${wordOf(c.evaluationMoments, e.moment)} — ${wordOf(c.evaluationStates, e.state)}`, [
      `${w.evaluationSent} ${day(e.sentAt)}`, e.answeredAt && `${w.evaluationAnswered} ${day(e.answeredAt)}`,
      ...Object.entries(e.answers ?? {}).map(([id, v]) => {
        const field = evaluationField(e.side, id)
        return `${field?.label[locale] ?? id}${w.colon}${x.answer(field, v)}`
      }),
    ].filter(Boolean).join('\n')])],
  ]
  return [head, ...parts.filter(([, lines]) => lines.length > 0).map(([title, lines]) => ({ title, lines }))]
}

/** A line of the person's history: what happened as its screen says it, then what it changed. */
function historyLine(e: TimelineEntry, x: Writer, rules: ProgrammeRules, kind: Person['kind']): [string, string] {
  const { w, c, day } = x
  const move = e.stage && c.timeline.stage(wordOf(c.personStages, e.stage.from), wordOf(c.personStages, e.stage.to))
  const what: Record<TimelineEntry['kind'], string> = {
    created: wordOf(c.timeline.created, e.source ?? 'staff'), edited: c.timeline.edited, stage: move || e.kind, interview: c.timeline.interview,
    note: w.note, 'consent-withdrawn': c.timeline.consentWithdrawn,
  }
  return [
    `${day(e.at)} — ${wordOf(what, e.kind)}${e.by ? ` (${w.by} ${e.by})` : ''}`,
    [e.kind !== 'stage' && move, e.decision?.reason, e.note, ...(e.changes ?? []).map((ch) => changeLine(ch, x, rules.forms[kind]))].filter(Boolean).join('\n'),
  ]
}

/** One field's change with the field's label and both values in the reader's words (an answer by the form's label). */
function changeLine(ch: FieldChange, x: Writer, form: ProgrammeRules['forms'][Person['kind']]): string {
  const { w } = x
  const field = ch.field.startsWith('answers.') ? findField(form, ch.field.slice('answers.'.length)) : undefined
  const identity: Record<string, string> = { firstName: w.firstName, lastName: w.lastName, email: w.email, phone: w.phone, birthDate: w.birthDate }
  const value = (v: unknown) => (v === undefined ? '—' : ch.field === 'birthDate' && typeof v === 'string' ? x.day(v) : x.answer(field, v))
  return `${field ? field.label[x.locale] : wordOf(identity, ch.field)}${w.colon}${value(ch.before)} → ${value(ch.after)}`
}

/**
 * The PDF of an export: identity, path, interview, answers (with the form's labels), the applications with their
 * consent (the notice's text as the applicant read it), timeline, e-mails sent, the duos with their life, audit trail.
 * Days, codes and answers are written in the language asked, with the screens' words; a code without words (a record
 * older or newer than this code) is printed as it is stored.
 */
export async function generatePdf(x: {
  locale: Locale; person: Person; timeline: TimelineEntry[]; mails: SentMail[]; auditTrail: { at: string; actorId: string; action: string; facts: Record<string, string> }[]
  rules: ProgrammeRules; organisation: Organisation; programme: Programme; exportedAt: string
  applications: (Application & { notice: string })[]
  duos: ExportedDuo[]; names: ReadonlyMap<string, string>
  newsletter: { subscribed: boolean; optedOutAt: string | null } | null
}): Promise<Uint8Array> {
  const out = writer(x.locale)
  const { w, c, day } = out
  const p = x.person
  const form = x.rules.forms[p.kind]
  const eligibility = (id: string) => x.rules.eligibility.find((i) => i.id === id)?.label[x.locale] ?? id
  const sections: ExportSection[] = [
    { title: w.identity, lines: [[w.firstName, p.firstName], [w.lastName, p.lastName], [w.email, p.email], [w.phone, p.phone ?? ''], [w.birthDate, day(p.birthDate)]] },
    {
      title: w.pipeline, lines: [
        [w.stage, wordOf(c.personStages, p.stage)], ...Object.entries(p.stageDates).map(([s, at]): [string, string] => [wordOf(c.personStages, s), day(at)]),
        ...(p.decision ? [[w.decision, `${wordOf(c.decisions, p.decision.outcome)} — ${day(p.decision.at)}`] as [string, string]] : []),
        ...(p.decision?.reason ? [[w.reason, p.decision.reason] as [string, string]] : []),
        ...(p.decision?.referredTo ? [[w.referredTo, p.decision.referredTo] as [string, string]] : []),
      ],
    },
    ...(p.interview ? [{
      title: w.interview, lines: Object.entries(p.interview).map(([k, v]): [string, string] => [wordOf(w.interviewFields, k),
        k === 'checks' ? (v as { itemId: string; met: boolean }[]).map((ch) => `${eligibility(ch.itemId)}${w.colon}${ch.met ? w.met : w.notMet}`).join('\n')
          : k === 'heldOn' && typeof v === 'string' ? day(v) : out.text(v)]),
    }] : []),
    { title: w.answers, lines: formFields(form).filter((f) => p.answers[f.id] !== undefined).map((f): [string, string] => [f.label[x.locale], out.answer(f, p.answers[f.id])]) },
    ...(x.applications.length > 0 ? [{
      title: w.applications, lines: x.applications.map((a): [string, string] => [
        `${w.received} ${day(a.receivedAt)}${a.repeat ? ` (${w.repeat})` : ''}`,
        [
          `${w.consentGiven} ${day(a.consent.givenAt)} — ${w.notice} ${a.consent.noticeVersion} (${wordOf(c.languages, a.consent.locale)})`,
          a.consent.withdrawnAt && `${w.consentWithdrawn} ${day(a.consent.withdrawnAt)}`,
          a.notice,
          a.submitted && `${w.submitted}${w.colon}${a.submitted.firstName} ${a.submitted.lastName}, ${a.submitted.email}${a.submitted.phone ? `, ${a.submitted.phone}` : ''}, ${day(a.submitted.birthDate)}`,
        ].filter(Boolean).join('\n'),
      ]),
    }] : []),
    { title: w.timeline, lines: x.timeline.map((e) => historyLine(e, out, x.rules, p.kind)) },
    ...(x.mails.length > 0 ? [{
      title: w.mails, lines: x.mails.map((m): [string, string] => [`${day(m.sentAt)} — ${wordOf(c.mailKinds, m.kind)}`, `${m.subject}\n${w.mailTo} ${m.to}`]),
    }] : []),
    ...x.duos.flatMap((d) => duoSections(d, out, x.rules, x.names)),
    ...(x.newsletter ? [{
      title: w.newsletter, lines: [[w.newsletter, x.newsletter.optedOutAt ? `${w.unsubscribedOn} ${day(x.newsletter.optedOutAt)}` : w.subscribed] as [string, string]],
    }] : []),
    { title: w.audit, lines: x.auditTrail.map((e): [string, string] => [`${day(e.at)} — ${wordOf(c.auditActions, e.action)} (${w.by} ${e.actorId})`, `${w.route}${w.colon}${e.facts.route ?? ''}`]) },
  ]
  return personalDataPdf(w.title(displayName(p)), w.subtitle(x.organisation.name, x.programme.name, day(x.exportedAt)), sections)
}
