/**
 * The sections of a person's export PDF, in the language asked. Loaded only when an export is made, with pdf-lib,
 * so the onboarding function's usual requests never load either.
 */
import { displayName, formFields, type Application, type IntakeForm, type Locale, type Organisation, type Person, type Programme, type SentMail, type TimelineEntry } from '@binome/core'
import { exportLabels } from '@binome/documents/export-labels'
import { personalDataPdf, type ExportSection } from '@binome/documents/personal-data-pdf'

const text = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : Array.isArray(v)
    ? v.map((x) => (typeof x === 'object' && x !== null ? Object.values(x).join(' ') : String(x))).join(', ')
    : typeof v === 'boolean' ? (v ? '✓' : '✗') : String(v)

/**
 * The PDF of an export: identity, path, interview, answers (with the form's labels), the applications with their
 * consent (the notice's text as the applicant read it), timeline, e-mails sent, audit trail.
 */
export async function generatePdf(x: {
  locale: Locale; person: Person; timeline: TimelineEntry[]; mails: SentMail[]; auditTrail: { at: string; actorId: string; action: string; facts: Record<string, string> }[]
  form: IntakeForm; organisation: Organisation; programme: Programme; exportedAt: string
  applications: (Application & { notice: string })[]
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
    { title: w.audit, lines: x.auditTrail.map((e): [string, string] => [`${day(e.at)} — ${e.action} (${w.by} ${e.actorId})`, `${w.route}: ${e.facts.route ?? ''}`]) },
  ]
  return personalDataPdf(w.title(displayName(p)), w.subtitle(x.organisation.name, x.programme.name, day(x.exportedAt)), sections)
}
