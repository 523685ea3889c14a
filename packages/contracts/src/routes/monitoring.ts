import {
  ActionItem, ActionParams, ActionPlan, AlertHandling, AlertPage, AlertParams, AlertQuery, DigestChoiceReply, MyAlertPage, PageQuery, SaveDigestChoice, SnoozeAlert, CheckIn, CheckInList, CommentAction, CreateAction, CreateCheckIn,
  CreateLogEntry, DuoLifeParams, DuoLogEntry, DuoLogMonth, DuoLogQuery, IntakeReply, MoveAction, PlatformHealth, ProgressReply, QueueParams,
  OrganisationResultsReply, ProgrammeResultsReply, ResultsExport, ResultsExportQuery, CreateResultsExport, ExportJobParams, ResultsExportJob, ResultsQuery, OrganisationExportJobParams, QualityAudit, QualityAuditPdf, QualityAuditQuery, RedriveResult, SaveIntake, SaveProgress, SweepStatus, TrackingExport, TrackingExportQuery, TrackingPage, TrackingQuery,
  ClosingInterviewReply, FollowUp, FollowUpList, HoldClosingInterview, ProfileAnalysisQuery, ProfileAnalysisReply, RecordFollowUp, ScheduleClosingInterview,
} from '../index'
import { OrgParams, ProgrammeParams, declare, errors, json, jsonBody, security } from './define'
import { monitoringEndpoints } from './endpoints'

export { monitoringPrefix } from './endpoints'

/** The monitoring app's routes: what the daily sweep found, and the platform's health for the operator. */
export const monitoringRoutes = {
  listAlerts: declare({
    ...monitoringEndpoints.listAlerts, tags: ['Monitoring'], security, summary: 'Alerts raised by the daily sweep, oldest day first (or of one sweep day)',
    request: { params: OrgParams, query: AlertQuery },
    responses: { 200: json(AlertPage), ...errors(400, 401, 403, 404) },
    permission: 'monitoring.read',
  }),
  lastSweep: declare({
    ...monitoringEndpoints.lastSweep, tags: ['Monitoring'], security, summary: 'When the daily sweep last ran for the organisation',
    request: { params: OrgParams },
    responses: { 200: json(SweepStatus), ...errors(400, 401, 403, 404) },
    permission: 'monitoring.read',
  }),
  listMyAlerts: declare({
    ...monitoringEndpoints.listMyAlerts, tags: ['Monitoring'], security,
    summary: "The caller's alerts of the last sweep: their duos' (each checked again against the duo's line today, so a condition that ended is gone) and the programmes'; dismissed and snoozed ones left out",
    request: { params: OrgParams, query: PageQuery }, responses: { 200: json(MyAlertPage), ...errors(400, 401, 403, 404) },
    permission: 'monitoring.read',
  }),
  dismissAlert: declare({
    ...monitoringEndpoints.dismissAlert, tags: ['Monitoring'], security,
    summary: 'Dismiss an alert of the last sweep (recorded with who and when); it stays hidden while its condition lasts',
    request: { params: AlertParams }, responses: { 200: json(AlertHandling), ...errors(400, 401, 403, 404, 409) },
    permission: 'monitoring.handle',
  }),
  snoozeAlert: declare({
    ...monitoringEndpoints.snoozeAlert, tags: ['Monitoring'], security,
    summary: 'Snooze an alert of the last sweep until a later day (recorded with who and when)',
    request: { params: AlertParams, ...jsonBody(SnoozeAlert) }, responses: { 200: json(AlertHandling), ...errors(400, 401, 403, 404, 409) },
    permission: 'monitoring.handle',
  }),
  readDigestChoice: declare({
    ...monitoringEndpoints.readDigestChoice, tags: ['Monitoring'], security, summary: 'Whether the caller gets the daily digest of their alerts by e-mail',
    request: { params: OrgParams }, responses: { 200: json(DigestChoiceReply), ...errors(400, 401, 403, 404) },
    permission: 'monitoring.read',
  }),
  saveDigestChoice: declare({
    ...monitoringEndpoints.saveDigestChoice, tags: ['Monitoring'], security, summary: 'Choose whether to get the daily digest of one\'s alerts by e-mail (one per programme with alerts, each morning)',
    request: { params: OrgParams, ...jsonBody(SaveDigestChoice) }, responses: { 200: json(DigestChoiceReply), ...errors(400, 401, 403, 404) },
    permission: 'monitoring.read',
  }),
  platformHealth: declare({
    ...monitoringEndpoints.platformHealth, tags: ['Operations'], security,
    summary: 'Platform health without personal data: organisations, queues and dead letters, last sweep, errors (platform operator)',
    responses: { 200: json(PlatformHealth), ...errors(401, 403) },
    permission: 'operator',
  }),
  redriveQueue: declare({
    ...monitoringEndpoints.redriveQueue, tags: ['Operations'], security,
    summary: 'Send a queue\'s dead letters back to it, to be tried again (platform operator)',
    request: { params: QueueParams },
    responses: { 200: json(RedriveResult), ...errors(400, 401, 403) },
    permission: 'operator',
  }),
  readQualityAudit: declare({
    ...monitoringEndpoints.readQualityAudit, tags: ['Quality audit'], security,
    summary: "The programme audited against Mentoring Belgium's 23 criteria (seed 003) for a period: each criterion's verdict on its rules and on its recorded practice (met, partly, not met, no data) with the evidence, and, for staff, the people and duos behind each gap",
    request: { params: ProgrammeParams, query: QualityAuditQuery }, responses: { 200: json(QualityAudit), ...errors(400, 401, 403, 404) }, personalData: 'read',
    permission: 'quality.read',
  }),
  qualityAuditPdf: declare({
    ...monitoringEndpoints.qualityAuditPdf, tags: ['Quality audit'], security,
    summary: "The quality audit's one page as a PDF (base64): programme, organisation, period, the 23 criteria grouped with their verdicts and a line of evidence each, totals",
    request: { params: ProgrammeParams, query: QualityAuditQuery }, responses: { 200: json(QualityAuditPdf), ...errors(400, 401, 403, 404) },
    permission: 'quality.read',
  }),
  ...duoLifeRoutes(),
  readProgrammeResults: declare({
    ...monitoringEndpoints.readProgrammeResults, tags: ['Results'], security,
    summary: "A programme's results for a period or a cohort (the last 12 months by period by default): duos started, active, closed; positive exits and jobs with their counts; exits by outcome; median duration; meetings per month against the cadence; check-ins on time; evaluations answered and satisfaction",
    request: { params: ProgrammeParams, query: ResultsQuery }, responses: { 200: json(ProgrammeResultsReply), ...errors(400, 401, 403, 404) },
    permission: 'results.read',
  }),
  readOrganisationResults: declare({
    ...monitoringEndpoints.readOrganisationResults, tags: ['Results'], security,
    summary: "The organisation's results, every programme together and each apart, for a period or a cohort (same query and figures as a programme's)",
    request: { params: OrgParams, query: ResultsQuery }, responses: { 200: json(OrganisationResultsReply), ...errors(400, 401, 403, 404) },
    permission: 'results.read',
  }),
  exportProgrammeResults: declare({
    ...monitoringEndpoints.exportProgrammeResults, tags: ['Results'], security,
    summary: "A programme's results for funders as a file (base64), made in the request, in the language asked: format=xlsx (default; a sheet of figures — value, count, of — and one of exits by outcome, with the programme and the window), pdf (organisation, programme, period, generated day, the figures and their charts as bars with their numbers) or csv (one anonymised line a duo: numbered in the file, no name or id; the mentee's age band, sector and locality only where five or more share it, else '< 5'). Large programmes: the background exports (POST …/results/exports)",
    request: { params: ProgrammeParams, query: ResultsExportQuery }, responses: { 200: json(ResultsExport), ...errors(400, 401, 403, 404) },
    permission: 'results.read',
  }),
  createResultsExport: declare({
    ...monitoringEndpoints.createResultsExport, tags: ['Results'], security,
    summary: "Make a programme's results file in the background (large programmes): xlsx, pdf or csv as the export route makes them, for the window asked; 202 with the job, queued for the exports worker",
    request: { params: ProgrammeParams, ...jsonBody(CreateResultsExport) }, responses: { 202: json(ResultsExportJob, 'Queued'), ...errors(400, 401, 403, 404) },
    permission: 'results.read',
  }),
  readResultsExport: declare({
    ...monitoringEndpoints.readResultsExport, tags: ['Results'], security,
    summary: 'A background results export: its state (queued, running, done, failed) and progress (stage and percent); the file\'s name and size once done',
    request: { params: ExportJobParams }, responses: { 200: json(ResultsExportJob), ...errors(400, 401, 403, 404, 410) },
    permission: 'results.read',
  }),
  downloadResultsExport: declare({
    ...monitoringEndpoints.downloadResultsExport, tags: ['Results'], security,
    summary: "A done background export's file (base64); 409 wrong-state naming the job's state before; 410 export-expired once past its 7 days (the file is deleted)",
    request: { params: ExportJobParams }, responses: { 200: json(ResultsExport), ...errors(400, 401, 403, 404, 409, 410) },
    permission: 'results.read',
  }),
  // The organisation's files: staff (admins and coordinators) see every programme of their organisation, so the
  // same permission as a programme's; a programme's job is not reached through these routes, nor the reverse.
  createOrganisationResultsExport: declare({
    ...monitoringEndpoints.createOrganisationResultsExport, tags: ['Results'], security,
    summary: "Make the whole organisation's results file in the background: xlsx or pdf (the organisation's name and period, the figures of every programme together with a line per programme under them) or csv (every programme's duos anonymised, numbered in one file); 202 with the job",
    request: { params: OrgParams, ...jsonBody(CreateResultsExport) }, responses: { 202: json(ResultsExportJob, 'Queued'), ...errors(400, 401, 403, 404) },
    permission: 'results.read',
  }),
  readOrganisationResultsExport: declare({
    ...monitoringEndpoints.readOrganisationResultsExport, tags: ['Results'], security,
    summary: "An organisation's background results export: its state and progress; the file's name and size once done",
    request: { params: OrganisationExportJobParams }, responses: { 200: json(ResultsExportJob), ...errors(400, 401, 403, 404, 410) },
    permission: 'results.read',
  }),
  downloadOrganisationResultsExport: declare({
    ...monitoringEndpoints.downloadOrganisationResultsExport, tags: ['Results'], security,
    summary: "A done organisation's export's file (base64); 409 wrong-state naming the job's state before; 410 export-expired once past its 7 days",
    request: { params: OrganisationExportJobParams }, responses: { 200: json(ResultsExport), ...errors(400, 401, 403, 404, 409, 410) },
    permission: 'results.read',
  }),
}

/**
 * A started duo's life: `duos.life` lets staff and mentors and mentees in; the handlers let a mentor or mentee reach
 * only their own duo (another is 404). Check-ins are the staff's own notes (`duos.read`, `duos.write`).
 */
function duoLifeRoutes() {
  const tags = ['Duo life']
  const life = { tags, security, personalData: 'read' as const }
  const change = { tags, security, personalData: 'change' as const }
  return {
    readIntake: declare({
      ...monitoringEndpoints.readIntake, ...life, summary: "The duo's in-take: the strengths and weaknesses of the job search (null before it is written)",
      request: { params: DuoLifeParams }, responses: { 200: json(IntakeReply), ...errors(400, 401, 403, 404) }, permission: 'duos.life',
    }),
    saveIntake: declare({
      ...monitoringEndpoints.saveIntake, ...change, summary: 'Write or rewrite the in-take (send the version you read; none the first time)',
      request: { params: DuoLifeParams, ...jsonBody(SaveIntake) }, responses: { 200: json(IntakeReply), ...errors(400, 401, 403, 404, 409) }, permission: 'duos.life',
    }),
    listActions: declare({
      ...monitoringEndpoints.listActions, ...life, summary: "The duo's action plan with its summary (done, open, overdue, by kind of support)",
      request: { params: DuoLifeParams }, responses: { 200: json(ActionPlan), ...errors(400, 401, 403, 404) }, permission: 'duos.life',
    }),
    createAction: declare({
      ...monitoringEndpoints.createAction, ...change, summary: 'Add an action to the plan (goal, action, kind of support, owner, due date)',
      request: { params: DuoLifeParams, ...jsonBody(CreateAction) }, responses: { 201: json(ActionItem, 'Created'), ...errors(400, 401, 403, 404, 409) }, permission: 'duos.life',
    }),
    moveAction: declare({
      ...monitoringEndpoints.moveAction, ...change, summary: "Move an action along its lifecycle (start, complete, drop, reopen) at the version read",
      request: { params: ActionParams, ...jsonBody(MoveAction) }, responses: { 200: json(ActionItem), ...errors(400, 401, 403, 404, 409) }, permission: 'duos.life',
    }),
    commentAction: declare({
      ...monitoringEndpoints.commentAction, ...change, summary: 'Comment on an action at the version read',
      request: { params: ActionParams, ...jsonBody(CommentAction) }, responses: { 200: json(ActionItem), ...errors(400, 401, 403, 404, 409) }, permission: 'duos.life',
    }),
    readLog: declare({
      ...monitoringEndpoints.readLog, ...life, summary: "One month of the meetings and contacts log (this month by default) with every month's count against the cadence",
      request: { params: DuoLifeParams, query: DuoLogQuery }, responses: { 200: json(DuoLogMonth), ...errors(400, 401, 403, 404) }, permission: 'duos.life',
    }),
    addLogEntry: declare({
      ...monitoringEndpoints.addLogEntry, ...change, summary: 'Log a meeting or a contact in one call (day, channel, length, what was worked on, next steps)',
      request: { params: DuoLifeParams, ...jsonBody(CreateLogEntry) }, responses: { 201: json(DuoLogEntry, 'Logged'), ...errors(400, 401, 403, 404, 409) }, permission: 'duos.life',
    }),
    readProgress: declare({
      ...monitoringEndpoints.readProgress, ...life, summary: "The mentee's job-search progress, when they record it (applications, interviews, offers)",
      request: { params: DuoLifeParams }, responses: { 200: json(ProgressReply), ...errors(400, 401, 403, 404) }, permission: 'duos.life',
    }),
    saveProgress: declare({
      ...monitoringEndpoints.saveProgress, ...change, summary: "Record the mentee's job-search progress (the mentee or staff; send the version you read)",
      request: { params: DuoLifeParams, ...jsonBody(SaveProgress) }, responses: { 200: json(ProgressReply), ...errors(400, 401, 403, 404, 409) }, permission: 'duos.life',
    }),
    listCheckIns: declare({
      ...monitoringEndpoints.listCheckIns, ...life, summary: "The staff's check-ins with the duo, when each side's next one is due, and the open risk",
      request: { params: DuoLifeParams }, responses: { 200: json(CheckInList), ...errors(400, 401, 403, 404) }, permission: 'duos.read',
    }),
    addCheckIn: declare({
      ...monitoringEndpoints.addCheckIn, ...change, summary: 'Record a check-in with one side or both (channel, notes, mood, risk, follow-ups)',
      request: { params: DuoLifeParams, ...jsonBody(CreateCheckIn) }, responses: { 201: json(CheckIn, 'Recorded'), ...errors(400, 401, 403, 404, 409) }, permission: 'duos.write',
    }),
    readClosingInterview: declare({
      ...monitoringEndpoints.readClosingInterview, ...life,
      summary: "The duo's closing interview (null before it is scheduled) with the programme's canvas for staff; the duo's own mentor and mentee see its day, time and place only",
      request: { params: DuoLifeParams }, responses: { 200: json(ClosingInterviewReply), ...errors(400, 401, 403, 404) }, permission: 'duos.life',
    }),
    scheduleClosingInterview: declare({
      ...monitoringEndpoints.scheduleClosingInterview, ...change,
      summary: 'Schedule the closing interview of an active or closed duo, or move it while not held (send the version you read; none the first time); both sides get the invitation with its calendar file',
      request: { params: DuoLifeParams, ...jsonBody(ScheduleClosingInterview) }, responses: { 200: json(ClosingInterviewReply), ...errors(400, 401, 403, 404, 409) }, permission: 'duos.write',
    }),
    holdClosingInterview: declare({
      ...monitoringEndpoints.holdClosingInterview, ...change, summary: 'Record that the closing interview took place (its day, not after today) with the notes taken on the canvas',
      request: { params: DuoLifeParams, ...jsonBody(HoldClosingInterview) }, responses: { 200: json(ClosingInterviewReply), ...errors(400, 401, 403, 404, 409) }, permission: 'duos.write',
    }),
    listFollowUps: declare({
      ...monitoringEndpoints.listFollowUps, ...life, summary: "The follow-ups 3 and 6 months after the duo's end: each due date, whether it is upcoming, due or recorded, and the mentee's situation recorded",
      request: { params: DuoLifeParams }, responses: { 200: json(FollowUpList), ...errors(400, 401, 403, 404) }, permission: 'duos.read',
    }),
    recordFollowUp: declare({
      ...monitoringEndpoints.recordFollowUp, ...change, summary: "Record the mentee's situation at the follow-up 3 or 6 months after a closed duo's end (once each)",
      request: { params: DuoLifeParams, ...jsonBody(RecordFollowUp) }, responses: { 201: json(FollowUp, 'Recorded'), ...errors(400, 401, 403, 404, 409) }, permission: 'duos.write',
    }),
    readProfileAnalysis: declare({
      ...monitoringEndpoints.readProfileAnalysis, tags: ['Results'], security,
      summary: "The yearly analysis of the profiles of the mentors and mentees whose duo lived in the year (age bands, sectors, languages, localities, referring partners) and the mentees' outcomes by group; groups under five shown as '< 5'",
      request: { params: ProgrammeParams, query: ProfileAnalysisQuery }, responses: { 200: json(ProfileAnalysisReply), ...errors(400, 401, 403, 404) }, permission: 'results.read',
    }),
    readTracking: declare({
      ...monitoringEndpoints.readTracking, ...life,
      summary: "One page of the programme's tracking table: a line a duo with its counts against the cadence, check-ins due, risk, what needs attention today and its colour; filtered and sorted within the page",
      request: { params: ProgrammeParams, query: TrackingQuery }, responses: { 200: json(TrackingPage), ...errors(400, 401, 403, 404) }, permission: 'duos.read',
    }),
    exportTracking: declare({
      ...monitoringEndpoints.exportTracking, ...life,
      summary: "The whole tracking table as an XLSX file (base64): the same lines, filters and sort as the screen, headers in the language asked, dates as dates, colours coloured",
      request: { params: ProgrammeParams, query: TrackingExportQuery }, responses: { 200: json(TrackingExport), ...errors(400, 401, 403, 404) }, permission: 'duos.read',
    }),
  }
}
