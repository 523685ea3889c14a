import {
  sessionEndUtc, wallClockWords, type Locale, type Organisation, type ProgrammeRules, type SentMail, type Session, type SessionInvitee,
  type SessionTopic, type TemplateKind,
} from '@binome/core'
import type { TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import { calendarFileNames, invitationCalendar, sessionInvitation } from '../shared/calendar'
import { sendProgrammeEmail } from '../shared/programme-email'

/**
 * The invitation to an information session, a training or a peer meeting: the programme's own e-mail template for the session's
 * kind (`email-information-session`, `email-training-session`, `email-peer-meeting`), with the session as a calendar file (.ics, built
 * with the maintained `ics` library) that mail clients offer to add to the recipient's calendar.
 */

/** The topics in the organisation's language, as the e-mail lists them (seed 003's words). */
const topicWords: Record<Locale, Record<SessionTopic, string>> = {
  fr: {
    'who-can-take-part': 'Qui peut participer', 'role-and-expectations': 'Le rôle et les attentes de chacun·e',
    'content-benefits-challenges': 'Le contenu, les avantages et les défis du programme', 'voluntary-nature': 'Le caractère volontaire de l’engagement',
    'mentoring-definition': 'La définition du mentorat', 'programme-objectives': 'Les objectifs du programme',
    'mentee-public': 'Le public mentee et ses spécificités', 'framework-and-stages': 'Le cadre, la méthodologie et les étapes de la relation',
    'relational-commitments': 'Les engagements relationnels et les attentes', 'relationship-limits': 'Les limites de la relation',
    'mentor-attitude-and-tasks': 'L’attitude et les tâches du/de la mentor·e', 'ethics-and-safety': 'L’éthique et la sécurité',
    'available-tools': 'Les outils disponibles',
    'experience-sharing': 'Le partage d’expériences', 'difficult-situations': 'Les situations difficiles rencontrées',
    'job-market-news': 'Les nouvelles du marché de l’emploi', 'intercultural-communication': 'La communication interculturelle',
    'continuing-training': 'La formation continue des mentors',
  },
  en: {
    'who-can-take-part': 'Who can take part', 'role-and-expectations': 'The role and what is expected',
    'content-benefits-challenges': 'The programme’s content, benefits and challenges', 'voluntary-nature': 'The voluntary nature of the commitment',
    'mentoring-definition': 'What mentoring is', 'programme-objectives': 'The programme’s objectives',
    'mentee-public': 'The mentees and their specific situation', 'framework-and-stages': 'The framework, method and stages of the relationship',
    'relational-commitments': 'Commitments and expectations in the relationship', 'relationship-limits': 'The limits of the relationship',
    'mentor-attitude-and-tasks': 'The mentor’s attitude and tasks', 'ethics-and-safety': 'Ethics and safety',
    'available-tools': 'The tools available',
    'experience-sharing': 'Sharing experiences', 'difficult-situations': 'Difficult situations met',
    'job-market-news': 'News of the job market', 'intercultural-communication': 'Intercultural communication',
    'continuing-training': 'Continuing training of the mentors',
  },
  nl: {
    'who-can-take-part': 'Wie kan deelnemen', 'role-and-expectations': 'De rol en de verwachtingen',
    'content-benefits-challenges': 'De inhoud, voordelen en uitdagingen van het programma', 'voluntary-nature': 'Het vrijwillige karakter van het engagement',
    'mentoring-definition': 'Wat mentoring is', 'programme-objectives': 'De doelstellingen van het programma',
    'mentee-public': 'De mentees en hun specifieke situatie', 'framework-and-stages': 'Het kader, de methode en de fasen van de relatie',
    'relational-commitments': 'Engagementen en verwachtingen in de relatie', 'relationship-limits': 'De grenzen van de relatie',
    'mentor-attitude-and-tasks': 'De houding en taken van de mentor', 'ethics-and-safety': 'Ethiek en veiligheid',
    'available-tools': 'De beschikbare tools',
    'experience-sharing': 'Ervaringen delen', 'difficult-situations': 'Moeilijke situaties',
    'job-market-news': 'Nieuws van de arbeidsmarkt', 'intercultural-communication': 'Interculturele communicatie',
    'continuing-training': 'Permanente vorming van de mentoren',
  },
}

/** Each kind of session's e-mail template. */
const templateOf = {
  information: 'email-information-session',
  training: 'email-training-session',
  'peer-meeting': 'email-peer-meeting',
} as const satisfies Record<Session['kind'], TemplateKind>

/**
 * Invites one invitee by e-mail, from the programme's template of the session's kind (`email-information-session`, `email-peer-meeting`,
 * `email-training-session`), with the calendar file attached. The invitations are committed: the sender logs a
 * failure and records the mail in the invitee's mail log.
 *
 * @example
 * await inviteByMail(deps, tenant, { session, invitee, org, rules: current.rules })
 */
export function inviteByMail(
  deps: Pick<Deps, 'mailer' | 'logger' | 'now' | 'newId'>, tenant: TenantData,
  v: { session: Session; invitee: SessionInvitee; org: Organisation; rules: ProgrammeRules },
): Promise<SentMail | undefined> {
  const { session, invitee, org } = v
  const start = wallClockWords(session.startsAtUtc)
  const end = wallClockWords(sessionEndUtc(session))
  const kind = templateOf[session.kind]
  // Named in the language the mail is written in (the organisation's).
  const fileName = `${calendarFileNames[org.locale][session.kind]}.ics`
  return sendProgrammeEmail(deps, tenant, {
    kind,
    programmeId: session.programmeId, rules: v.rules, subject: session.title,
    person: { id: invitee.personId, firstName: invitee.firstName, lastName: invitee.lastName, email: invitee.email },
    variables: {
      session: {
        title: session.title, date: start.date, startTime: start.time, endTime: end.time, durationMinutes: session.durationMinutes,
        place: session.place, videoLink: session.videoLink, topics: session.topics.map((t) => topicWords[org.locale][t]),
      },
    },
    attachments: async (text) => [{ fileName, contentType: 'text/calendar; charset=UTF-8; method=REQUEST', content: await invitationCalendar(sessionInvitation(session, invitee, org, text)) }],
  })
}
