import * as z from 'zod'
import {
  AdminAppointment, AppointAdmin, ArchiveProgramme, CreateInvitation, CreateOrganisation, CreateProgramme, Id, Me, Member,
  CreatePerson, MemberPage, MyMembership, Organisation, OrganisationPage, PageQuery, PeopleQuery, Person, PersonSummaryPage, PreviewTemplate, Programme,
  ProgrammeListQuery, ProgrammePage, TemplatePreview, UpdateMember, UpdateOrganisation, UpdatePerson, UpdateProgramme, Version,
  AddFieldSession, ChecklistItemParams, CreatePartner, PartnerConfiguration, PartnerParams, PartnerSummaryPage, Partnership,
  UpdateChecklistItem,
  CreateNetworkPartner, CreateReferral, NetworkPartner, NetworkPartnerPage, NetworkPartnerParams, NetworkPartnerQuery,
  ReferralForm, ReferralPage, ReferralParams, ReferralView, ReferralViewPage, StaffReferralParams, UpdateNetworkPartner,
  AuditEntryPage, AuditQuery, ExportQuery, PersonalDataExport, AddNote, MoveStage, RecordInterview, StageCounts, StageCountsQuery, TimelineEntry, TimelinePage,
  PatchRules, RulesDiff, RulesDiffQuery, RulesVersion, RulesVersionPage, RulesVersionParams, SaveRules,
} from '../index'
import { OrgParams, ProgrammeParams, declare, errors, json, jsonBody, security } from './define'
import { onboardingEndpoints } from './endpoints'

export { onboardingPrefix } from './endpoints'

const MemberParams = z.strictObject({ orgId: Id, userId: Id })
const PersonParams = z.strictObject({ orgId: Id, programmeId: Id, personId: Id })

/** The onboarding app's routes: the signed-in user, organisations, members and invitations, programmes, people. */
export const onboardingRoutes = {
  me: declare({
    ...onboardingEndpoints.me, tags: ['Me'], security, summary: 'Who I am and the organisations I belong to or am invited to',
    responses: { 200: json(Me), ...errors(401) },
    permission: 'signed-in',
  }),
  acceptInvitation: declare({
    ...onboardingEndpoints.acceptInvitation, tags: ['Me'], security, summary: 'Accept an invitation',
    request: { params: z.strictObject({ orgId: Id }) },
    responses: { 200: json(MyMembership), ...errors(401, 403, 404, 409) },
    permission: 'signed-in',
  }),

  listOrganisations: declare({
    ...onboardingEndpoints.listOrganisations, tags: ['Organisations'], security, summary: 'List all organisations (platform operator)',
    request: { query: PageQuery },
    responses: { 200: json(OrganisationPage), ...errors(400, 401, 403) },
    permission: 'operator',
  }),
  createOrganisation: declare({
    ...onboardingEndpoints.createOrganisation, tags: ['Organisations'], security,
    summary: 'Create an organisation, optionally inviting its first admin (platform operator)',
    request: { ...jsonBody(CreateOrganisation) },
    responses: { 201: json(Organisation, 'Created'), ...errors(400, 401, 403, 409, 413) },
    permission: 'operator',
  }),
  readOrganisation: declare({
    ...onboardingEndpoints.readOrganisation, tags: ['Organisations'], security, summary: 'Read an organisation (members)',
    request: { params: OrgParams },
    responses: { 200: json(Organisation), ...errors(401, 403, 404) },
    permission: 'organisation.read',
  }),
  updateOrganisation: declare({
    ...onboardingEndpoints.updateOrganisation, tags: ['Organisations'], security, summary: 'Update your organisation (admin)',
    request: { params: OrgParams, ...jsonBody(UpdateOrganisation) },
    responses: { 200: json(Organisation), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'organisation.update',
  }),

  listMembers: declare({
    ...onboardingEndpoints.listMembers, tags: ['Members'], security, summary: 'List members and pending invitations',
    request: { params: OrgParams, query: PageQuery },
    responses: { 200: json(MemberPage), ...errors(400, 401, 403, 404) },
    permission: 'members.read',
  }),
  invite: declare({
    ...onboardingEndpoints.invite, tags: ['Members'], security, summary: 'Invite someone by e-mail with a role (admin)',
    request: { params: OrgParams, ...jsonBody(CreateInvitation) },
    responses: { 201: json(Member, 'Invited'), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'members.invite',
  }),
  updateMember: declare({
    ...onboardingEndpoints.updateMember, tags: ['Members'], security, summary: "Change a member's role (admin)",
    request: { params: MemberParams, ...jsonBody(UpdateMember) },
    responses: { 200: json(Member), ...errors(400, 401, 403, 404, 409) },
    permission: 'members.update',
  }),
  removeMember: declare({
    ...onboardingEndpoints.removeMember, tags: ['Members'], security, summary: 'Remove a member or withdraw an invitation (admin)',
    request: { params: MemberParams, query: z.strictObject({ version: z.coerce.number().pipe(Version) }) },
    responses: { 204: { description: 'Removed' }, ...errors(400, 401, 403, 404, 409) },
    permission: 'members.update',
  }),

  listProgrammes: declare({
    ...onboardingEndpoints.listProgrammes, tags: ['Programmes'], security, summary: "List the organisation's programmes",
    request: { params: OrgParams, query: ProgrammeListQuery },
    responses: { 200: json(ProgrammePage), ...errors(400, 401, 403, 404) },
    permission: 'programmes.read',
  }),
  createProgramme: declare({
    ...onboardingEndpoints.createProgramme, tags: ['Programmes'], security,
    summary: 'Create a programme; its rules start from a methodology template, a copy of another programme of the organisation (404 if unknown), or blank',
    request: { params: OrgParams, ...jsonBody(CreateProgramme) },
    responses: { 201: json(Programme, 'Created'), ...errors(400, 401, 403, 404, 413) },
    permission: 'programmes.write',
  }),
  readProgramme: declare({
    ...onboardingEndpoints.readProgramme, tags: ['Programmes'], security, summary: 'Read a programme',
    request: { params: ProgrammeParams },
    responses: { 200: json(Programme), ...errors(400, 401, 403, 404) },
    permission: 'programmes.read',
  }),
  updateProgramme: declare({
    ...onboardingEndpoints.updateProgramme, tags: ['Programmes'], security,
    summary: 'Update a programme (send the version you read; a stale version gets 409)',
    request: { params: ProgrammeParams, ...jsonBody(UpdateProgramme) },
    responses: { 200: json(Programme), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'programmes.write',
  }),
  archiveProgramme: declare({
    ...onboardingEndpoints.archiveProgramme, tags: ['Programmes'], security,
    summary: 'Archive a programme (read-only afterwards, kept for reporting)',
    request: { params: ProgrammeParams, ...jsonBody(ArchiveProgramme) },
    responses: { 200: json(Programme), ...errors(400, 401, 403, 404, 409) },
    permission: 'programmes.write',
  }),

  listPeople: declare({
    ...onboardingEndpoints.listPeople, tags: ['People'], security,
    summary: "List a programme's mentors and mentees by name: filter by side, stage, search words (name, e-mail), locality, sector, language, referring partner (staff only)",
    request: { params: ProgrammeParams, query: PeopleQuery },
    responses: { 200: json(PersonSummaryPage), ...errors(400, 401, 403, 404) },
    permission: 'people.read',
    personalData: 'read',
  }),
  createPerson: declare({
    ...onboardingEndpoints.createPerson, tags: ['People'], security,
    summary: "Enter a mentor or a mentee: identity and answers to the programme's current form for their kind (422 invalid-answers names each `answers.<fieldId>`)",
    request: { params: ProgrammeParams, ...jsonBody(CreatePerson) },
    responses: { 201: json(Person, 'Created'), ...errors(400, 401, 403, 404, 409, 413, 422) },
    permission: 'people.write',
    personalData: 'change',
  }),
  readPerson: declare({
    ...onboardingEndpoints.readPerson, tags: ['People'], security, summary: 'Read a mentor or a mentee with their answers (staff only)',
    request: { params: PersonParams },
    responses: { 200: json(Person), ...errors(400, 401, 403, 404) },
    permission: 'people.read',
    personalData: 'read',
  }),
  updatePerson: declare({
    ...onboardingEndpoints.updatePerson, tags: ['People'], security,
    summary: "Change a person (send the version you read; a stale version gets 409); answers sent replace the previous ones and are checked against the programme's current form",
    request: { params: PersonParams, ...jsonBody(UpdatePerson) },
    responses: { 200: json(Person), ...errors(400, 401, 403, 404, 409, 413, 422) },
    permission: 'people.write',
    personalData: 'change',
  }),
  searchAudit: declare({
    ...onboardingEndpoints.searchAudit, tags: ['Audit'], security,
    summary: "Search the organisation's audit log, newest first: who read or changed whose personal data (route, role, from where), and the operator's interventions (admins)",
    request: { params: OrgParams, query: AuditQuery },
    responses: { 200: json(AuditEntryPage), ...errors(400, 401, 403, 404) },
    permission: 'audit.read',
  }),
  countPeopleByStage: declare({
    ...onboardingEndpoints.countPeopleByStage, tags: ['People'], security,
    summary: "How many people are at each stage of the pipeline (the board's column heads), with the list's filters",
    request: { params: ProgrammeParams, query: StageCountsQuery },
    responses: { 200: json(StageCounts), ...errors(400, 401, 403, 404) },
    permission: 'people.read',
  }),
  movePersonStage: declare({
    ...onboardingEndpoints.movePersonStage, tags: ['People'], security,
    summary: 'Move a person along the pipeline: inform, interview, accept (needs the interview, blocking items met), refuse (with a reason; a mentee may be referred to a network partner), train (mentors), ready (a trained mentor when the programme requires it), close, reopen',
    request: { params: PersonParams, ...jsonBody(MoveStage) },
    responses: { 200: json(Person), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'people.write',
    personalData: 'change',
  }),
  recordInterview: declare({
    ...onboardingEndpoints.recordInterview, tags: ['People'], security,
    summary: "Record the individual interview with the programme's eligibility checklist ticked; a person not yet interviewed moves to `interviewed`",
    request: { params: PersonParams, ...jsonBody(RecordInterview) },
    responses: { 200: json(Person), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'people.write',
    personalData: 'change',
  }),
  readTimeline: declare({
    ...onboardingEndpoints.readTimeline, tags: ['People'], security,
    summary: "A person's timeline, newest first: every change (who, when, before, after), stage, interview and note",
    request: { params: PersonParams, query: PageQuery },
    responses: { 200: json(TimelinePage), ...errors(400, 401, 403, 404) },
    permission: 'people.read',
    personalData: 'read',
  }),
  exportPerson: declare({
    ...onboardingEndpoints.exportPerson, tags: ['People'], security,
    summary: "Everything the platform holds about a person (identity, answers, stage, interview, decision, timeline, who read or changed it), as JSON and as a PDF in the asked language — the GDPR right of access (admins)",
    request: { params: PersonParams, query: ExportQuery },
    responses: { 200: json(PersonalDataExport), ...errors(400, 401, 403, 404) },
    permission: 'people.export',
    personalData: 'read',
  }),
  addPersonNote: declare({
    ...onboardingEndpoints.addPersonNote, tags: ['People'], security, summary: "Add a note to a person's timeline",
    request: { params: PersonParams, ...jsonBody(AddNote) },
    responses: { 201: json(TimelineEntry, 'Created'), ...errors(400, 401, 403, 404, 413) },
    permission: 'people.write',
    personalData: 'change',
  }),

  previewTemplate: declare({
    ...onboardingEndpoints.previewTemplate, tags: ['Programmes'], security,
    summary: "Render a document template with its kind's sample values (the template editor's preview); a template that does not parse, or names an unknown variable, filter or tag, or exceeds a limit, is a 422 naming each line",
    request: { params: ProgrammeParams, ...jsonBody(PreviewTemplate) },
    responses: { 200: json(TemplatePreview), ...errors(400, 401, 403, 404, 413, 422) },
    // Who may write the programme's templates may preview them.
    permission: 'programmes.write',
  }),
  // Methodology transfer: the partners a training organisation onboards, stored in ITS partition. The partner's
  // configuration is read through the partnership; nothing here reaches the partner's people.
  listPartners: declare({
    ...onboardingEndpoints.listPartners, tags: ['Partners'], security,
    summary: 'The partners this training organisation onboards, with their progress (trainer)',
    request: { params: OrgParams, query: PageQuery },
    responses: { 200: json(PartnerSummaryPage), ...errors(400, 401, 403, 404) },
    permission: 'partners.read',
  }),
  createPartner: declare({
    ...onboardingEndpoints.createPartner, tags: ['Partners'], security,
    summary: 'Create a partner organisation from a methodology template and invite its first admin (trainer)',
    request: { params: OrgParams, ...jsonBody(CreatePartner) },
    responses: { 201: json(Partnership, 'Created'), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'partners.write',
  }),
  readPartner: declare({
    ...onboardingEndpoints.readPartner, tags: ['Partners'], security, summary: 'A partner with its onboarding checklist (trainer)',
    request: { params: PartnerParams },
    responses: { 200: json(Partnership), ...errors(400, 401, 403, 404) },
    permission: 'partners.read',
  }),
  updateChecklistItem: declare({
    ...onboardingEndpoints.updateChecklistItem, tags: ['Partners'], security,
    summary: "Change an item of a partner's checklist: status, dates, notes (send the partnership's version; stale gets 409)",
    request: { params: ChecklistItemParams, ...jsonBody(UpdateChecklistItem) },
    responses: { 200: json(Partnership), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'partners.write',
  }),
  addFieldSession: declare({
    ...onboardingEndpoints.addFieldSession, tags: ['Partners'], security,
    summary: "Add a field follow-up session to a partner's checklist (send the partnership's version)",
    request: { params: PartnerParams, ...jsonBody(AddFieldSession) },
    responses: { 201: json(Partnership, 'Added'), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'partners.write',
  }),
  readPartnerConfiguration: declare({
    ...onboardingEndpoints.readPartnerConfiguration, tags: ['Partners'], security,
    summary: "A partner's configuration, read-only: its organisation and programmes' settings, never its people (trainer)",
    request: { params: PartnerParams },
    responses: { 200: json(PartnerConfiguration), ...errors(400, 401, 403, 404) },
    permission: 'partners.read',
  }),
  readRules: declare({
    ...onboardingEndpoints.readRules, tags: ['Rules'], security,
    summary: "The programme's rules in force (forms, criteria, eligibility, cadences, outcomes, templates) with their version",
    request: { params: ProgrammeParams },
    responses: { 200: json(RulesVersion), ...errors(400, 401, 403, 404) },
    permission: 'rules.read',
  }),
  saveRules: declare({
    ...onboardingEndpoints.saveRules, tags: ['Rules'], security,
    summary: 'Save the whole rules as a new version (send the version you read; 409 if stale, 422 naming what does not hold together)',
    request: { params: ProgrammeParams, ...jsonBody(SaveRules) },
    responses: { 200: json(RulesVersion, 'Saved as a new version'), ...errors(400, 401, 403, 404, 409, 413, 422) },
    permission: 'rules.update',
  }),
  patchRules: declare({
    ...onboardingEndpoints.patchRules, tags: ['Rules'], security,
    summary: 'Save some parts of the rules as a new version, the others kept; the whole result is checked (409 if stale, 422)',
    request: { params: ProgrammeParams, ...jsonBody(PatchRules) },
    responses: { 200: json(RulesVersion, 'Saved as a new version'), ...errors(400, 401, 403, 404, 409, 413, 422) },
    permission: 'rules.update',
  }),
  listRulesVersions: declare({
    ...onboardingEndpoints.listRulesVersions, tags: ['Rules'], security,
    summary: "The history of the programme's rules, newest first: version, who, when, note (without the rules)",
    request: { params: ProgrammeParams, query: PageQuery },
    responses: { 200: json(RulesVersionPage), ...errors(400, 401, 403, 404) },
    permission: 'rules.read',
  }),
  readRulesVersion: declare({
    ...onboardingEndpoints.readRulesVersion, tags: ['Rules'], security, summary: 'One saved version of the rules',
    request: { params: RulesVersionParams },
    responses: { 200: json(RulesVersion), ...errors(400, 401, 403, 404) },
    permission: 'rules.read',
  }),
  diffRules: declare({
    ...onboardingEndpoints.diffRules, tags: ['Rules'], security,
    summary: 'What changed between two versions of the rules, as readable paths (`criteria[sector].weight`)',
    request: { params: ProgrammeParams, query: RulesDiffQuery },
    responses: { 200: json(RulesDiff), ...errors(400, 401, 403, 404) },
    permission: 'rules.read',
  }),

  // The organisation's local network ("partenaires ISP"): staff keep the list; partner users refer job seekers.
  listNetworkPartners: declare({
    ...onboardingEndpoints.listNetworkPartners, tags: ['Network'], security,
    summary: "The organisation's network partners (local services that refer job seekers or receive people the programme cannot take), optionally of one kind or only the active ones (staff)",
    request: { params: OrgParams, query: NetworkPartnerQuery },
    responses: { 200: json(NetworkPartnerPage), ...errors(400, 401, 403, 404) },
    permission: 'network.read',
  }),
  createNetworkPartner: declare({
    ...onboardingEndpoints.createNetworkPartner, tags: ['Network'], security,
    summary: 'Add a network partner (admins and coordinators)',
    request: { params: OrgParams, ...jsonBody(CreateNetworkPartner) },
    responses: { 201: json(NetworkPartner, 'Created'), ...errors(400, 401, 403, 404, 413) },
    permission: 'network.write',
  }),
  readNetworkPartner: declare({
    ...onboardingEndpoints.readNetworkPartner, tags: ['Network'], security, summary: 'One network partner (staff)',
    request: { params: NetworkPartnerParams },
    responses: { 200: json(NetworkPartner), ...errors(400, 401, 403, 404) },
    permission: 'network.read',
  }),
  updateNetworkPartner: declare({
    ...onboardingEndpoints.updateNetworkPartner, tags: ['Network'], security,
    summary: 'Change a network partner, or make it inactive (send the version you read; a stale version gets 409)',
    request: { params: NetworkPartnerParams, ...jsonBody(UpdateNetworkPartner) },
    responses: { 200: json(NetworkPartner), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'network.write',
  }),
  referralForm: declare({
    ...onboardingEndpoints.referralForm, tags: ['Referrals'], security,
    summary: "The programme's mentee form a partner user fills to refer a job seeker, with the partner it refers for (partner)",
    request: { params: ProgrammeParams },
    responses: { 200: json(ReferralForm), ...errors(400, 401, 403, 404) },
    permission: 'referrals.partner',
  }),
  createReferral: declare({
    ...onboardingEndpoints.createReferral, tags: ['Referrals'], security,
    summary: "Refer a job seeker to the programme: identity, answers to the mentee form (422 invalid-answers names each `answers.<fieldId>`) and a note; they start at the first stage (`applied`), referred by the caller's network partner (partner)",
    request: { params: ProgrammeParams, ...jsonBody(CreateReferral) },
    responses: { 201: json(ReferralView, 'Referred'), ...errors(400, 401, 403, 404, 409, 413, 422) },
    permission: 'referrals.partner',
    personalData: 'change',
  }),
  listReferrals: declare({
    ...onboardingEndpoints.listReferrals, tags: ['Referrals'], security,
    summary: "The people the caller's network partner referred to the programme, the stage each reached and when, with only the answers partners may see (partner)",
    request: { params: ProgrammeParams, query: PageQuery },
    responses: { 200: json(ReferralViewPage), ...errors(400, 401, 403, 404) },
    permission: 'referrals.partner',
    personalData: 'read',
  }),
  readReferral: declare({
    ...onboardingEndpoints.readReferral, tags: ['Referrals'], security,
    summary: "One person the caller's network partner referred (404 for anyone else) (partner)",
    request: { params: ReferralParams },
    responses: { 200: json(ReferralView), ...errors(400, 401, 403, 404) },
    permission: 'referrals.partner',
    personalData: 'read',
  }),
  listPartnerReferrals: declare({
    ...onboardingEndpoints.listPartnerReferrals, tags: ['Referrals'], security,
    summary: 'The people one network partner referred to the programme, the stage each reached, with its notes (staff)',
    request: { params: StaffReferralParams, query: PageQuery },
    responses: { 200: json(ReferralPage), ...errors(400, 401, 403, 404) },
    permission: 'people.read',
    personalData: 'read',
  }),

  // Outside `/orgs/{orgId}/…`, whose guard admits the organisation's own members only.
  appointAdmin: declare({
    ...onboardingEndpoints.appointAdmin, tags: ['Recovery'], security,
    summary: 'Appoint an admin of an organisation that has lost its own (platform operator; recorded in its audit log)',
    request: { params: OrgParams, ...jsonBody(AppointAdmin) },
    responses: { 200: json(AdminAppointment, 'Appointed'), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'operator',
  }),
}
