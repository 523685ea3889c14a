import { DomainError, type Answers, type IntakeForm } from '@binome/core'
import { answersSchema } from '@binome/contracts'
import { zodIssues } from '../shared/errors'
import { belgianGazetteer } from '../shared/gazetteer'

/**
 * A person's answers checked against their programme's form: the answers as the schema returns them (texts trimmed
 * and normalised), or 422 `invalid-answers` whose details name each wrong field as `answers.<fieldId>` (a locality
 * must be one the Belgian gazetteer knows).
 *
 * @example
 * const answers = await checkedAnswers(rules.forms.mentee, body.answers)
 */
export async function checkedAnswers(form: IntakeForm, answers: unknown): Promise<Answers> {
  const g = await belgianGazetteer()
  const result = answersSchema(form, { isKnownLocality: (name) => g.find(name) !== undefined }).safeParse(answers)
  if (result.success) return result.data
  const details = zodIssues(result.error, answers).map((issue) => ({
    ...issue, path: issue.path === '(body)' ? 'answers' : `answers.${issue.path}`,
  }))
  throw new DomainError('invalid-answers', "The answers do not fit the programme's form", { details })
}
