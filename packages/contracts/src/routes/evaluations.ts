import { AnswerEvaluation, DuoEvaluationList, EvaluationAnswered, EvaluationParams, EvaluationResponseRate, PublicEvaluationView } from '../index'
import { DuoParams } from '../duos'
import { ProgrammeParams, declare, errors, json, jsonBody, security } from './define'
import { evaluationEndpoints } from './endpoints'

/**
 * The electronic evaluation (issue 11), served by the onboarding app (whose `/public/` routes go without the
 * authorizer): staff read a duo's questionnaires and a programme's response rate; each side answers its own from the
 * personal link it was mailed, without an account.
 */
export const evaluationRoutes = {
  listDuoEvaluations: declare({
    ...evaluationEndpoints.listDuoEvaluations, tags: ['Evaluations'], security,
    summary: "A duo's evaluation questionnaires, both sides and every moment: sent, reminded, answered (with the answers and the questionnaire they answered) or expired",
    request: { params: DuoParams },
    responses: { 200: json(DuoEvaluationList), ...errors(400, 401, 403, 404) },
    permission: 'duos.read',
  }),
  evaluationResponseRate: declare({
    ...evaluationEndpoints.evaluationResponseRate, tags: ['Evaluations'], security,
    summary: "A programme's evaluation response rate per side: questionnaires sent and answered",
    request: { params: ProgrammeParams },
    responses: { 200: json(EvaluationResponseRate), ...errors(400, 401, 403, 404) },
    permission: 'duos.read',
  }),
  readEvaluation: declare({
    ...evaluationEndpoints.readEvaluation, tags: ['Public evaluations'],
    summary: 'The questionnaire a personal link opens, without an account (404 for an unknown link, 410 link-expired past its date)',
    request: { params: EvaluationParams },
    responses: { 200: json(PublicEvaluationView), ...errors(400, 404, 410) },
    permission: 'public',
  }),
  answerEvaluation: declare({
    ...evaluationEndpoints.answerEvaluation, tags: ['Public evaluations'],
    summary: 'Answer the questionnaire of a personal link, once (400 naming `answers.<fieldId>`, 409 already-answered, 410 link-expired)',
    request: { params: EvaluationParams, ...jsonBody(AnswerEvaluation) },
    responses: { 200: json(EvaluationAnswered), ...errors(400, 404, 409, 410, 413) },
    permission: 'public',
  }),
}
