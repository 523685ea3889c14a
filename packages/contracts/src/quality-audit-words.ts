import type { AuditCriterionId, AuditGroup, AuditVerdict, FirstMeetingPlace, Locale } from '@binome/core'
import { percentSign } from './vocabulary'

/**
 * The quality audit's words in French, English and Dutch, held once for the screen (the programme's Quality tab) and
 * the one-page PDF, so both say the same: each criterion's title and seed 003's requirement in a sentence, the
 * groups, the verdicts, and the evidence put in words from the core's language-free values.
 */
type Vars = Record<string, string | number>
type Phrase = (v: Vars) => string

interface AuditWords {
  groups: Record<AuditGroup, string>
  verdicts: Record<AuditVerdict, string>
  criteria: Record<AuditCriterionId, { title: string; text: string }>
  noData: string
  places: Record<FirstMeetingPlace, string>
  yes: string
  no: string
  sources: Record<string, string>
  rules: Partial<Record<AuditCriterionId, Phrase>>
  practice: Partial<Record<AuditCriterionId, Phrase>>
  /** The practice phrase of the criteria that count people or duos against a total. */
  share: Partial<Record<AuditCriterionId, Phrase>>
}

const pct = (v: Vars, locale: Locale = 'fr') => (v.percent !== undefined ? ` (${v.percent}${percentSign(locale)})` : '')
const list = (v: string | number | undefined) => String(v ?? '').split(',').filter((s) => s !== '')

const fr: AuditWords = {
  groups: {
    'mentor-recruitment': 'Recrutement et sélection des mentors', 'mentee-recruitment': 'Recrutement et sélection des mentoré·es',
    'matching-and-start': 'Matching et démarrage du binôme', 'duo-support': 'Accompagnement des binômes', 'end-and-evaluation': 'Fin et évaluation',
  },
  verdicts: { met: 'Respecté', partly: 'Partiellement', 'not-met': 'Non respecté', 'no-data': 'Pas de données' },
  criteria: {
    'mentor-information-session': { title: 'Session d’information des mentors', text: 'Une session d’information dit qui peut être mentor, son rôle, le contenu, les avantages et défis du programme et le caractère volontaire de l’engagement.' },
    'mentor-recruitment-strategy': { title: 'Stratégie de recrutement des mentors', text: 'Le programme dispose d’une stratégie de recrutement des mentors.' },
    'mentor-personal-interview': { title: 'Entretien personnel avec le mentor', text: 'Au moins un entretien personnel : engagement dans la durée et la fréquence, attentes réalistes, compétences.' },
    'mentor-decision-communicated': { title: 'Inscription confirmée ou refus motivé (mentors)', text: 'Le programme confirme l’inscription ou communique le motif du refus.' },
    'mentor-training-before-start': { title: 'Formation des mentors avant le début', text: 'Les mentors sont formés avant le début de la relation, sur les neuf sujets du référentiel.' },
    'mentee-recruitment-network': { title: 'Recrutement diversifié et réseau de partenaires', text: 'Une stratégie de recrutement diversifiée et un réseau de partenaires locaux qui orientent vers le programme.' },
    'mentee-information-session': { title: 'Session d’information des mentoré·es', text: 'Une session d’information dit qui peut devenir mentoré·e, le contenu, les avantages et défis et la nature volontaire de la relation.' },
    'mentee-personal-interview': { title: 'Entretien personnel avec le ou la mentoré·e', text: 'Au moins un entretien personnel : engagement, adéquation des attentes et des besoins avec les objectifs du programme.' },
    'mentee-decision-communicated': { title: 'Inscription confirmée ou refus motivé (mentoré·es)', text: 'Le programme confirme l’inscription ou communique le motif du refus.' },
    'mentee-referred-onwards': { title: 'Orientation des mentoré·es non retenu·es', text: 'Les mentoré·es qui n’entrent pas dans le programme sont orienté·es vers un soutien plus approprié.' },
    'best-fit-clear-criteria': { title: 'Meilleure adéquation sur des critères clairs', text: 'Le matching cherche la meilleure adéquation selon des critères clairs (disponibilité, localisation, âge, métier, objectif…).' },
    'matching-by-staff': { title: 'Matching par l’équipe', text: 'Le matching est réalisé par l’équipe opérationnelle.' },
    'first-meeting-neutral-with-staff': { title: 'Première rencontre en lieu neutre avec l’équipe', text: 'La première rencontre a lieu dans un lieu neutre, en présence d’une personne de l’équipe.' },
    'match-validated-by-both': { title: 'Matching validé ou non par les deux', text: 'Après la première rencontre, le mentor et le ou la mentoré·e valident ou non le binôme.' },
    'engagement-contract': { title: 'Convention d’engagement', text: 'Une convention entre mentor et mentoré·e fixe la durée, la fréquence des contacts, la charte éthique…' },
    'minimum-six-months': { title: 'Durée minimale de 6 mois', text: 'Le programme dure au moins six mois.' },
    'two-contacts-a-month': { title: 'Au moins deux contacts par mois', text: 'Le programme fixe un minimum de deux contacts par mois entre mentor et mentoré·e.' },
    'followed-by-staff': { title: 'Suivi par une personne de l’équipe', text: 'Chaque binôme est suivi par une personne fixe de l’association, qui contacte régulièrement les deux côtés.' },
    'support-material': { title: 'Matériel de soutien', text: 'Le programme fournit du matériel de soutien : lignes directrices, outils, processus, carte sociale…' },
    'peer-exchange-and-training': { title: 'Échanges entre mentors et formation continue', text: 'Les mentors peuvent participer à des ateliers d’échange et à une formation continue.' },
    'final-meeting': { title: 'Dernière rencontre', text: 'Au terme de la relation, une dernière rencontre en face à face (ou en ligne).' },
    'evaluation-at-end': { title: 'Évaluation au terme du binôme', text: 'Une évaluation au terme du binôme : effets de la relation et satisfaction des participant·es.' },
    'early-end-possible': { title: 'Fin anticipée possible', text: 'Le programme permet de mettre fin à la relation de manière anticipée.' },
  },
  noData: 'Rien à juger sur la période',
  places: { 'neutral-with-staff': 'en lieu neutre avec l’équipe', 'mentor-workplace': 'sur le lieu de travail du mentor', free: 'au choix du binôme' },
  yes: 'oui', no: 'non',
  sources: { application: 'candidatures', referral: 'orientations par un partenaire', staff: 'saisies par l’équipe', import: 'imports' },
  rules: {
    'mentor-training-before-start': (v) => (v.trainingRequiredBeforeMatching === 'true' ? 'Formation exigée avant le matching' : 'Formation non exigée avant le matching'),
    'best-fit-clear-criteria': (v) => `${v.criteria} critères de matching`,
    'first-meeting-neutral-with-staff': (v) => `Première rencontre ${fr.places[v.firstMeetingPlace as FirstMeetingPlace] ?? v.firstMeetingPlace}`,
    'engagement-contract': (v) => (v.parties ? 'Modèle de convention d’engagement' : 'Pas de modèle de convention d’engagement'),
    'minimum-six-months': (v) => `Durée minimale : ${v.durationMonthsMin} mois`,
    'two-contacts-a-month': (v) => `${v.meetingsPerMonth} rencontres par mois prévues`,
    'followed-by-staff': (v) => `Suivi par l’équipe toutes les ${v.checkInEveryWeeks} semaines`,
    'support-material': (v) => `Guide de première rencontre : ${v.firstMeetingGuide === 'true' ? 'oui' : 'non'} ; fiche profil du mentoré : ${v.menteeProfileSheet === 'true' ? 'oui' : 'non'}`,
    'peer-exchange-and-training': (v) => (Number(v.peerMeetingEveryWeeks) > 0 ? `Rencontres entre mentors toutes les ${v.peerMeetingEveryWeeks} semaines` : 'Pas de rencontres entre mentors prévues'),
    'final-meeting': (v) => (v.verdict === 'met' ? 'Modèle d’entretien de clôture' : 'Pas de modèle d’entretien de clôture'),
    'evaluation-at-end': (v) => (v.verdict === 'met' ? 'Évaluation en fin de binôme, questionnaire de chaque côté' : v.verdict === 'partly' ? 'Évaluation en fin de binôme, questionnaire manquant' : 'Pas d’évaluation en fin de binôme'),
    'early-end-possible': () => 'Fin anticipée possible, avec son motif',
  },
  practice: {
    'mentor-information-session': (v) => `${v.held} session(s) d’information ; ${v.topicsCovered} sujets sur ${v.topicsRequired} couverts`,
    'mentee-information-session': (v) => `${v.held} session(s) d’information ; ${v.topicsCovered} sujets sur ${v.topicsRequired} couverts`,
    'mentor-training-before-start': (v) => `${Number(v.peopleTotal) > 0 ? `${v.peopleDone} mentors sur ${v.peopleTotal} formés avant leur premier binôme` : 'Aucun premier binôme de mentor sur la période'} ; ${v.sessionsHeld} formation(s), ${v.sessionsTopicsCovered} sujets sur ${v.sessionsTopicsRequired} couverts`,
    'peer-exchange-and-training': (v) => (v.total === undefined ? `${v.held} rencontre entre mentors sur la période` : `${v.held} rencontre(s) entre mentors ; ${v.done} mentors actifs sur ${v.total} y ont participé${pct(v)}`),
  },
  share: {
    'mentor-personal-interview': (v) => `${v.done} mentors sur ${v.total} reçus en entretien avant leur premier binôme${pct(v)}`,
    'mentor-decision-communicated': (v) => `${v.done} refus de mentors sur ${v.total} avec leur motif${pct(v)}`,
    'mentee-personal-interview': (v) => `${v.done} mentoré·es sur ${v.total} reçu·es en entretien avant leur premier binôme${pct(v)}`,
    'mentee-decision-communicated': (v) => `${v.done} refus de mentoré·es sur ${v.total} avec leur motif${pct(v)}`,
    'mentee-referred-onwards': (v) => `${v.done} mentoré·es refusé·es sur ${v.total} orienté·es vers un partenaire${pct(v)}`,
    'best-fit-clear-criteria': (v) => `${v.done} binômes sur ${v.total} issus d’un matching sur les critères${pct(v)}`,
    'matching-by-staff': (v) => `${v.done} binômes sur ${v.total} proposés par l’équipe${pct(v)}`,
    'first-meeting-neutral-with-staff': (v) => `${v.done} premières rencontres sur ${v.total} en lieu neutre avec l’équipe${pct(v)}`,
    'match-validated-by-both': (v) => `${v.done} binômes sur ${v.total} validés ou non par les deux après la première rencontre${pct(v)}`,
    'engagement-contract': (v) => `${v.done} binômes validés sur ${v.total} avec la convention signée${pct(v)}`,
    'minimum-six-months': (v) => `${v.done} binômes démarrés sur ${v.total} prévus pour au moins 6 mois${pct(v)}`,
    'two-contacts-a-month': (v) => `${v.done} mois sur ${v.total} au rythme de rencontres prévu${pct(v)}`,
    'followed-by-staff': (v) => `${v.done} binômes sur ${v.total} sans suivi en retard${pct(v)}`,
    'final-meeting': (v) => `${v.done} binômes terminés sur ${v.total} avec une dernière rencontre${pct(v)}`,
    'evaluation-at-end': (v) => `${v.done} binômes terminés sur ${v.total} avec une évaluation${pct(v)}`,
    'early-end-possible': (v) => `${v.done} fins anticipées sur ${v.total} avec leur motif${pct(v)}`,
  },
}

const en: AuditWords = {
  groups: {
    'mentor-recruitment': 'Recruiting and selecting mentors', 'mentee-recruitment': 'Recruiting and selecting mentees',
    'matching-and-start': 'Matching and the duo’s start', 'duo-support': 'Supporting duos', 'end-and-evaluation': 'End and evaluation',
  },
  verdicts: { met: 'Met', partly: 'Partly met', 'not-met': 'Not met', 'no-data': 'No data' },
  criteria: {
    'mentor-information-session': { title: 'Information session for mentors', text: 'An information session tells who can be a mentor, their role, the programme’s content, benefits and challenges, and that the commitment is voluntary.' },
    'mentor-recruitment-strategy': { title: 'Mentor recruitment strategy', text: 'The programme has a strategy to recruit mentors.' },
    'mentor-personal-interview': { title: 'Personal interview with the mentor', text: 'At least one personal interview: commitment to the duration and frequency, realistic expectations, skills.' },
    'mentor-decision-communicated': { title: 'Registration confirmed or refusal explained (mentors)', text: 'The programme confirms the registration or gives the reason for a refusal.' },
    'mentor-training-before-start': { title: 'Mentors trained before the start', text: 'Mentors are trained before the relationship starts, on the nine subjects of the framework.' },
    'mentee-recruitment-network': { title: 'Diverse recruitment and a partner network', text: 'A diverse recruitment strategy and a network of local partners who refer people to the programme.' },
    'mentee-information-session': { title: 'Information session for mentees', text: 'An information session tells who can become a mentee, the content, benefits and challenges, and that the relationship is voluntary.' },
    'mentee-personal-interview': { title: 'Personal interview with the mentee', text: 'At least one personal interview: commitment, and whether the mentee’s expectations and needs fit the programme’s goals.' },
    'mentee-decision-communicated': { title: 'Registration confirmed or refusal explained (mentees)', text: 'The programme confirms the registration or gives the reason for a refusal.' },
    'mentee-referred-onwards': { title: 'Mentees not taken referred onwards', text: 'Mentees who do not enter the programme are referred to better-suited support.' },
    'best-fit-clear-criteria': { title: 'Best fit on clear criteria', text: 'Matching looks for the best fit on clear criteria (availability, location, age, occupation, goal…).' },
    'matching-by-staff': { title: 'Matching by staff', text: 'Matching is done by the operational team.' },
    'first-meeting-neutral-with-staff': { title: 'First meeting on neutral ground with staff', text: 'The first meeting takes place on neutral ground, with a member of staff present.' },
    'match-validated-by-both': { title: 'Match validated or not by both', text: 'After the first meeting, the mentor and the mentee confirm the duo or not.' },
    'engagement-contract': { title: 'Engagement agreement', text: 'An agreement between mentor and mentee sets the duration, the frequency of contacts, the ethical charter…' },
    'minimum-six-months': { title: 'At least six months', text: 'The programme lasts at least six months.' },
    'two-contacts-a-month': { title: 'At least two contacts a month', text: 'The programme sets a minimum of two contacts a month between mentor and mentee.' },
    'followed-by-staff': { title: 'Followed by a member of staff', text: 'Each duo is followed by one staff member who contacts both sides regularly.' },
    'support-material': { title: 'Support material', text: 'The programme provides support material: guidelines, tools, processes, a social map…' },
    'peer-exchange-and-training': { title: 'Mentors’ exchanges and continuing training', text: 'Mentors can take part in exchange workshops and continuing training.' },
    'final-meeting': { title: 'Final meeting', text: 'At the end of the relationship, a last face-to-face meeting (online allowed).' },
    'evaluation-at-end': { title: 'Evaluation at the end of the duo', text: 'An evaluation at the end of the duo: the relationship’s effects and the participants’ satisfaction.' },
    'early-end-possible': { title: 'Ending early is possible', text: 'The programme lets a mentoring relationship end early.' },
  },
  noData: 'Nothing to judge in the period',
  places: { 'neutral-with-staff': 'on neutral ground with staff', 'mentor-workplace': 'at the mentor’s workplace', free: 'where the duo chooses' },
  yes: 'yes', no: 'no',
  sources: { application: 'applications', referral: 'partner referrals', staff: 'entered by staff', import: 'imports' },
  rules: {
    'mentor-training-before-start': (v) => (v.trainingRequiredBeforeMatching === 'true' ? 'Training required before matching' : 'Training not required before matching'),
    'best-fit-clear-criteria': (v) => `${v.criteria} matching criteria`,
    'first-meeting-neutral-with-staff': (v) => `First meeting ${en.places[v.firstMeetingPlace as FirstMeetingPlace] ?? v.firstMeetingPlace}`,
    'engagement-contract': (v) => (v.parties ? 'Engagement agreement template' : 'No engagement agreement template'),
    'minimum-six-months': (v) => `Minimum duration: ${v.durationMonthsMin} months`,
    'two-contacts-a-month': (v) => `${v.meetingsPerMonth} meetings a month planned`,
    'followed-by-staff': (v) => `Staff check-in every ${v.checkInEveryWeeks} weeks`,
    'support-material': (v) => `First meeting guide: ${v.firstMeetingGuide === 'true' ? 'yes' : 'no'}; mentee profile sheet: ${v.menteeProfileSheet === 'true' ? 'yes' : 'no'}`,
    'peer-exchange-and-training': (v) => (Number(v.peerMeetingEveryWeeks) > 0 ? `Mentors’ peer meetings every ${v.peerMeetingEveryWeeks} weeks` : 'No mentors’ peer meetings planned'),
    'final-meeting': (v) => (v.verdict === 'met' ? 'Closing interview template' : 'No closing interview template'),
    'evaluation-at-end': (v) => (v.verdict === 'met' ? 'Evaluation at the end, a questionnaire for each side' : v.verdict === 'partly' ? 'Evaluation at the end, a questionnaire missing' : 'No evaluation at the end'),
    'early-end-possible': () => 'Ending early is possible, with its reason',
  },
  practice: {
    'mentor-information-session': (v) => `${v.held} information session(s); ${v.topicsCovered} of ${v.topicsRequired} topics covered`,
    'mentee-information-session': (v) => `${v.held} information session(s); ${v.topicsCovered} of ${v.topicsRequired} topics covered`,
    'mentor-training-before-start': (v) => `${Number(v.peopleTotal) > 0 ? `${v.peopleDone} of ${v.peopleTotal} mentors trained before their first duo` : 'No mentor’s first duo in the period'}; ${v.sessionsHeld} training(s), ${v.sessionsTopicsCovered} of ${v.sessionsTopicsRequired} subjects covered`,
    'peer-exchange-and-training': (v) => (v.total === undefined ? `${v.held} mentors’ peer meeting in the period` : `${v.held} mentors’ peer meeting(s); ${v.done} of ${v.total} active mentors took part${pct(v, 'en')}`),
  },
  share: {
    'mentor-personal-interview': (v) => `${v.done} of ${v.total} mentors interviewed before their first duo${pct(v, 'en')}`,
    'mentor-decision-communicated': (v) => `${v.done} of ${v.total} mentors’ refusals with their reason${pct(v, 'en')}`,
    'mentee-personal-interview': (v) => `${v.done} of ${v.total} mentees interviewed before their first duo${pct(v, 'en')}`,
    'mentee-decision-communicated': (v) => `${v.done} of ${v.total} mentees’ refusals with their reason${pct(v, 'en')}`,
    'mentee-referred-onwards': (v) => `${v.done} of ${v.total} refused mentees referred to a partner${pct(v, 'en')}`,
    'best-fit-clear-criteria': (v) => `${v.done} of ${v.total} duos from a matching on the criteria${pct(v, 'en')}`,
    'matching-by-staff': (v) => `${v.done} of ${v.total} duos proposed by staff${pct(v, 'en')}`,
    'first-meeting-neutral-with-staff': (v) => `${v.done} of ${v.total} first meetings on neutral ground with staff${pct(v, 'en')}`,
    'match-validated-by-both': (v) => `${v.done} of ${v.total} duos confirmed or not by both after the first meeting${pct(v, 'en')}`,
    'engagement-contract': (v) => `${v.done} of ${v.total} confirmed duos with the agreement signed${pct(v, 'en')}`,
    'minimum-six-months': (v) => `${v.done} of ${v.total} started duos planned for at least 6 months${pct(v, 'en')}`,
    'two-contacts-a-month': (v) => `${v.done} of ${v.total} months at the planned meeting rate${pct(v, 'en')}`,
    'followed-by-staff': (v) => `${v.done} of ${v.total} duos with no check-in overdue${pct(v, 'en')}`,
    'final-meeting': (v) => `${v.done} of ${v.total} ended duos with a final meeting${pct(v, 'en')}`,
    'evaluation-at-end': (v) => `${v.done} of ${v.total} ended duos with an evaluation${pct(v, 'en')}`,
    'early-end-possible': (v) => `${v.done} of ${v.total} early ends with their reason${pct(v, 'en')}`,
  },
}

const nl: AuditWords = {
  groups: {
    'mentor-recruitment': 'Werving en selectie van mentoren', 'mentee-recruitment': 'Werving en selectie van mentees',
    'matching-and-start': 'Matching en start van het duo', 'duo-support': 'Begeleiding van de duo’s', 'end-and-evaluation': 'Einde en evaluatie',
  },
  verdicts: { met: 'Voldaan', partly: 'Gedeeltelijk', 'not-met': 'Niet voldaan', 'no-data': 'Geen gegevens' },
  criteria: {
    'mentor-information-session': { title: 'Infosessie voor mentoren', text: 'Een infosessie vertelt wie mentor kan zijn, de rol, de inhoud, voordelen en uitdagingen van het programma en dat het engagement vrijwillig is.' },
    'mentor-recruitment-strategy': { title: 'Wervingsstrategie voor mentoren', text: 'Het programma heeft een strategie om mentoren te werven.' },
    'mentor-personal-interview': { title: 'Persoonlijk gesprek met de mentor', text: 'Minstens één persoonlijk gesprek: engagement voor duur en frequentie, realistische verwachtingen, competenties.' },
    'mentor-decision-communicated': { title: 'Inschrijving bevestigd of weigering gemotiveerd (mentoren)', text: 'Het programma bevestigt de inschrijving of deelt de reden van een weigering mee.' },
    'mentor-training-before-start': { title: 'Opleiding van mentoren vóór de start', text: 'Mentoren worden opgeleid vóór de relatie start, over de negen onderwerpen van het referentiekader.' },
    'mentee-recruitment-network': { title: 'Diverse werving en een partnernetwerk', text: 'Een diverse wervingsstrategie en een netwerk van lokale partners die naar het programma doorverwijzen.' },
    'mentee-information-session': { title: 'Infosessie voor mentees', text: 'Een infosessie vertelt wie mentee kan worden, de inhoud, voordelen en uitdagingen en dat de relatie vrijwillig is.' },
    'mentee-personal-interview': { title: 'Persoonlijk gesprek met de mentee', text: 'Minstens één persoonlijk gesprek: engagement, en of verwachtingen en noden passen bij de doelen van het programma.' },
    'mentee-decision-communicated': { title: 'Inschrijving bevestigd of weigering gemotiveerd (mentees)', text: 'Het programma bevestigt de inschrijving of deelt de reden van een weigering mee.' },
    'mentee-referred-onwards': { title: 'Niet-weerhouden mentees doorverwezen', text: 'Mentees die niet in het programma passen, worden doorverwezen naar meer geschikte ondersteuning.' },
    'best-fit-clear-criteria': { title: 'Beste match op duidelijke criteria', text: 'De matching zoekt de beste match op duidelijke criteria (beschikbaarheid, plaats, leeftijd, beroep, doel…).' },
    'matching-by-staff': { title: 'Matching door het team', text: 'De matching gebeurt door het operationele team.' },
    'first-meeting-neutral-with-staff': { title: 'Eerste ontmoeting op neutraal terrein met het team', text: 'De eerste ontmoeting vindt plaats op neutraal terrein, met een medewerker erbij.' },
    'match-validated-by-both': { title: 'Match al dan niet bevestigd door beiden', text: 'Na de eerste ontmoeting bevestigen de mentor en de mentee het duo al dan niet.' },
    'engagement-contract': { title: 'Engagementsovereenkomst', text: 'Een overeenkomst tussen mentor en mentee legt de duur, de frequentie van de contacten, het ethisch charter… vast.' },
    'minimum-six-months': { title: 'Minstens zes maanden', text: 'Het programma duurt minstens zes maanden.' },
    'two-contacts-a-month': { title: 'Minstens twee contacten per maand', text: 'Het programma legt minstens twee contacten per maand tussen mentor en mentee vast.' },
    'followed-by-staff': { title: 'Opgevolgd door een medewerker', text: 'Elk duo wordt opgevolgd door een vaste medewerker die beide kanten regelmatig contacteert.' },
    'support-material': { title: 'Ondersteunend materiaal', text: 'Het programma biedt ondersteunend materiaal: richtlijnen, tools, processen, een sociale kaart…' },
    'peer-exchange-and-training': { title: 'Uitwisseling tussen mentoren en bijscholing', text: 'Mentoren kunnen deelnemen aan uitwisselingsworkshops en bijscholing.' },
    'final-meeting': { title: 'Laatste ontmoeting', text: 'Aan het einde van de relatie een laatste ontmoeting van aangezicht tot aangezicht (of online).' },
    'evaluation-at-end': { title: 'Evaluatie aan het einde van het duo', text: 'Een evaluatie aan het einde van het duo: de effecten van de relatie en de tevredenheid van de deelnemers.' },
    'early-end-possible': { title: 'Vroegtijdig stoppen is mogelijk', text: 'Het programma laat toe de mentorrelatie vroegtijdig te beëindigen.' },
  },
  noData: 'Niets te beoordelen in de periode',
  places: { 'neutral-with-staff': 'op neutraal terrein met het team', 'mentor-workplace': 'op de werkplek van de mentor', free: 'waar het duo kiest' },
  yes: 'ja', no: 'nee',
  sources: { application: 'aanvragen', referral: 'doorverwijzingen door partners', staff: 'ingevoerd door het team', import: 'imports' },
  rules: {
    'mentor-training-before-start': (v) => (v.trainingRequiredBeforeMatching === 'true' ? 'Opleiding vereist vóór de matching' : 'Opleiding niet vereist vóór de matching'),
    'best-fit-clear-criteria': (v) => `${v.criteria} matchingcriteria`,
    'first-meeting-neutral-with-staff': (v) => `Eerste ontmoeting ${nl.places[v.firstMeetingPlace as FirstMeetingPlace] ?? v.firstMeetingPlace}`,
    'engagement-contract': (v) => (v.parties ? 'Sjabloon voor de engagementsovereenkomst' : 'Geen sjabloon voor de engagementsovereenkomst'),
    'minimum-six-months': (v) => `Minimale duur: ${v.durationMonthsMin} maanden`,
    'two-contacts-a-month': (v) => `${v.meetingsPerMonth} ontmoetingen per maand gepland`,
    'followed-by-staff': (v) => `Opvolging door het team elke ${v.checkInEveryWeeks} weken`,
    'support-material': (v) => `Gids voor de eerste ontmoeting: ${v.firstMeetingGuide === 'true' ? 'ja' : 'nee'}; profielfiche van de mentee: ${v.menteeProfileSheet === 'true' ? 'ja' : 'nee'}`,
    'peer-exchange-and-training': (v) => (Number(v.peerMeetingEveryWeeks) > 0 ? `Intervisies voor mentoren elke ${v.peerMeetingEveryWeeks} weken` : 'Geen intervisies voor mentoren gepland'),
    'final-meeting': (v) => (v.verdict === 'met' ? 'Sjabloon voor het slotgesprek' : 'Geen sjabloon voor het slotgesprek'),
    'evaluation-at-end': (v) => (v.verdict === 'met' ? 'Evaluatie aan het einde, een vragenlijst per kant' : v.verdict === 'partly' ? 'Evaluatie aan het einde, een vragenlijst ontbreekt' : 'Geen evaluatie aan het einde'),
    'early-end-possible': () => 'Vroegtijdig stoppen is mogelijk, met de reden',
  },
  practice: {
    'mentor-information-session': (v) => `${v.held} infosessie(s); ${v.topicsCovered} van ${v.topicsRequired} onderwerpen behandeld`,
    'mentee-information-session': (v) => `${v.held} infosessie(s); ${v.topicsCovered} van ${v.topicsRequired} onderwerpen behandeld`,
    'mentor-training-before-start': (v) => `${Number(v.peopleTotal) > 0 ? `${v.peopleDone} van ${v.peopleTotal} mentoren opgeleid vóór hun eerste duo` : 'Geen eerste duo van een mentor in de periode'}; ${v.sessionsHeld} opleiding(en), ${v.sessionsTopicsCovered} van ${v.sessionsTopicsRequired} onderwerpen behandeld`,
    'peer-exchange-and-training': (v) => (v.total === undefined ? `${v.held} intervisie voor mentoren in de periode` : `${v.held} intervisie(s) voor mentoren; ${v.done} van ${v.total} actieve mentoren namen deel${pct(v)}`),
  },
  share: {
    'mentor-personal-interview': (v) => `${v.done} van ${v.total} mentoren gesproken vóór hun eerste duo${pct(v)}`,
    'mentor-decision-communicated': (v) => `${v.done} van ${v.total} weigeringen van mentoren met hun reden${pct(v)}`,
    'mentee-personal-interview': (v) => `${v.done} van ${v.total} mentees gesproken vóór hun eerste duo${pct(v)}`,
    'mentee-decision-communicated': (v) => `${v.done} van ${v.total} weigeringen van mentees met hun reden${pct(v)}`,
    'mentee-referred-onwards': (v) => `${v.done} van ${v.total} geweigerde mentees doorverwezen naar een partner${pct(v)}`,
    'best-fit-clear-criteria': (v) => `${v.done} van ${v.total} duo’s uit een matching op de criteria${pct(v)}`,
    'matching-by-staff': (v) => `${v.done} van ${v.total} duo’s voorgesteld door het team${pct(v)}`,
    'first-meeting-neutral-with-staff': (v) => `${v.done} van ${v.total} eerste ontmoetingen op neutraal terrein met het team${pct(v)}`,
    'match-validated-by-both': (v) => `${v.done} van ${v.total} duo’s door beiden al dan niet bevestigd na de eerste ontmoeting${pct(v)}`,
    'engagement-contract': (v) => `${v.done} van ${v.total} bevestigde duo’s met ondertekende overeenkomst${pct(v)}`,
    'minimum-six-months': (v) => `${v.done} van ${v.total} gestarte duo’s gepland voor minstens 6 maanden${pct(v)}`,
    'two-contacts-a-month': (v) => `${v.done} van ${v.total} maanden aan het geplande ritme${pct(v)}`,
    'followed-by-staff': (v) => `${v.done} van ${v.total} duo’s zonder achterstallige opvolging${pct(v)}`,
    'final-meeting': (v) => `${v.done} van ${v.total} beëindigde duo’s met een laatste ontmoeting${pct(v)}`,
    'evaluation-at-end': (v) => `${v.done} van ${v.total} beëindigde duo’s met een evaluatie${pct(v)}`,
    'early-end-possible': (v) => `${v.done} van ${v.total} vroegtijdige beëindigingen met hun reden${pct(v)}`,
  },
}

export const qualityAuditWords: Record<Locale, AuditWords> = { fr, en, nl }

/**
 * One plane's evidence in words, in the reader's language.
 *
 * @example
 * auditEvidence('fr', 'engagement-contract', 'practice', { verdict: 'partly', evidence: { done: 7, total: 10, percent: 70 } })
 * // '7 binômes validés sur 10 avec la convention signée (70 %)'
 */
export function auditEvidence(
  locale: Locale, id: AuditCriterionId, plane: 'rules' | 'practice', p: { verdict: AuditVerdict; evidence: Vars },
): string {
  const w = qualityAuditWords[locale]
  const v: Vars = { ...p.evidence, verdict: p.verdict }
  if (plane === 'rules') return w.rules[id]?.(v) ?? ''
  const own = w.practice[id]
  if (own) return own(v)
  if (v.sources !== undefined) {
    if (p.verdict === 'no-data') return w.noData
    const parts = list(v.sources).map((s) => {
      const [source, n] = s.split(':')
      return `${n} ${w.sources[source!] ?? source}`
    })
    const partners = v.referringPartners !== undefined ? ` ; ${v.referringPartners} ${locale === 'fr' ? 'partenaire(s) orienteur(s)' : locale === 'en' ? 'referring partner(s)' : 'doorverwijzende partner(s)'}` : ''
    return `${parts.join(', ')}${locale === 'fr' ? partners : partners.replace(' ; ', '; ')}`
  }
  if (p.verdict === 'no-data') return w.noData
  return w.share[id]?.(v) ?? ''
}
