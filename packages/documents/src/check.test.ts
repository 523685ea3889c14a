import { describe, expect, it } from 'vitest'
import { DomainError } from '@binome/core'
import { checkTemplate, checkTemplates } from './check'
import { limits } from './engine'
import { templateInvalid, templateIssues } from './problems'

const guide = (body: string) => checkTemplate('first-meeting-guide', body)

describe('checkTemplate: variables', () => {
  it('accepts a template that names only its kind’s variables', () => {
    expect(guide('Bonjour {{ mentor.firstName }} et {{ mentee.firstName | upcase }} !\n{% if firstMeeting.staffPresent %}{{ coordinator.fullName }}{% endif %}')).toEqual([])
  })

  it('names an unknown variable or property with its line and column', () => {
    expect(guide('Bonjour\n\n  {{ mentor.firstNam }}')).toEqual([
      { field: 'body', line: 3, column: 6, problem: 'unknown-variable', name: 'mentor.firstNam', message: expect.any(String) },
    ])
    expect(guide('{{ tutor.firstName }}')).toMatchObject([{ line: 1, problem: 'unknown-variable', name: 'tutor' }])
    // A variable of another kind is unknown here: the first-meeting guide has no outcome.
    expect(guide('{{ outcome.label }}')).toMatchObject([{ problem: 'unknown-variable', name: 'outcome' }])
  })

  it('checks inside loops: the loop variable takes the list’s item type, forloop is known', () => {
    expect(guide('{% for point in checklist %}{{ forloop.index }}. {{ point.label }} {{ point.help }}{% endfor %}')).toEqual([])
    expect(guide('{% for point in checklist %}\n{{ point.lable }}\n{% endfor %}')).toMatchObject([{ line: 2, problem: 'unknown-variable', name: 'point.lable' }])
    // The loop variable is not there in the loop's else (the list is empty) nor after the loop.
    expect(guide('{% for point in checklist %}{% else %}{{ point.label }}{% endfor %}')).toMatchObject([{ problem: 'unknown-variable', name: 'point' }])
    expect(guide('{% for point in checklist %}{% endfor %}{{ point.label }}')).toMatchObject([{ problem: 'unknown-variable', name: 'point' }])
    expect(guide('{{ checklist.size }} {{ checklist.first.label }} {{ checklist[0].help }}')).toEqual([])
    expect(guide('{{ checklist.first.nope }}')).toMatchObject([{ name: 'checklist.first.nope' }])
    expect(guide('{% for i in (1..cadences.meetingsPerMonth) %}{{ i }}{% endfor %}')).toEqual([])
    expect(guide('{% for c in mentor.firstName %}{% endfor %}')).toMatchObject([{ problem: 'unknown-variable', name: 'mentor.firstName' }])
  })

  it('knows names assigned or captured before they are used, and types an alias', () => {
    expect(guide('{% assign who = mentor.firstName | upcase %}{% capture hello %}Bonjour {{ who }}{% endcapture %}{{ hello }} {{ hello.size }}')).toEqual([])
    expect(guide('{{ who }}{% assign who = "x" %}')).toMatchObject([{ problem: 'unknown-variable', name: 'who' }])
    expect(guide('{% assign m = mentor %}{{ m.lastName }} {{ m.nope }}')).toMatchObject([{ problem: 'unknown-variable', name: 'm.nope' }])
    expect(guide('{% increment n %}{{ n }}')).toEqual([])
  })

  it('checks variables in conditions, filter arguments and ranges', () => {
    expect(guide('{% if mentor.nope == 1 %}{% endif %}')).toMatchObject([{ name: 'mentor.nope' }])
    expect(guide('{{ mentor.firstName | append: mentee.nope }}')).toMatchObject([{ name: 'mentee.nope' }])
    expect(guide('{% for i in (1..cadences.nope) %}{% endfor %}')).toMatchObject([{ name: 'cadences.nope' }])
    expect(guide('{% case mentor.nope %}{% when 1 %}{% endcase %}')).toMatchObject([{ name: 'mentor.nope' }])
    expect(guide('{% for p in checklist %}{% cycle mentor.firstName, mentor.nope %}{% endfor %}')).toMatchObject([{ name: 'mentor.nope' }])
    expect(guide('{% liquid\n  assign x = mentor.firstName\n  echo x | shout\n%}')).toMatchObject([{ line: 3, problem: 'unknown-filter', name: 'shout' }])
  })

  it('refuses prototype properties', () => {
    expect(guide('{{ mentor.constructor }}')).toMatchObject([{ problem: 'unknown-variable', name: 'mentor.constructor' }])
    expect(guide('{{ mentor.firstName.constructor }}')).toMatchObject([{ problem: 'unknown-variable' }])
  })
})

describe('checkTemplate: filters, tags, syntax, size', () => {
  it('names every unknown filter with its line', () => {
    const problems = guide('{{ mentor.firstName | shout }}\n\n{{ mentee.firstName | upcase | whisper: 2 }}')
    expect(problems).toMatchObject([
      { line: 1, problem: 'unknown-filter', name: 'shout' },
      { line: 3, problem: 'unknown-filter', name: 'whisper' },
    ])
  })

  it('refuses the tags that reach other templates or files, and made-up tags, as unknown tags', () => {
    expect(guide('a\n{% liquid\n  include "x"\n%}')).toMatchObject([{ line: 3, problem: 'unknown-tag', name: 'include' }])
    expect(guide('{%- include "x" -%}')).toMatchObject([{ line: 1, problem: 'unknown-tag', name: 'include' }])
    for (const tag of ['include "contrat"', "render '../../etc/passwd'", 'layout "base"', 'block x', 'frobnicate']) {
      const [p, ...rest] = guide(`Bonjour\n{% ${tag} %}`)
      expect(rest).toEqual([])
      expect(p).toMatchObject({ line: 2, column: 1, problem: 'unknown-tag', name: tag.split(' ')[0] })
    }
  })

  it('reports a syntax error at its line', () => {
    expect(guide('Bonjour\n\n{% if mentor.firstName %}\nsans fin')).toMatchObject([{ line: 3, problem: 'syntax', message: expect.stringMatching(/not closed/) }])
    expect(guide('a\n{{ mentor.firstName ')).toMatchObject([{ line: 2, problem: 'syntax' }])
    expect(guide('a\n{% endif %}')).toMatchObject([{ line: 2, problem: 'syntax' }])
    // Leading blank lines count.
    expect(guide('\n\n\n{% for %}{% endfor %}')).toMatchObject([{ line: 4, problem: 'syntax' }])
  })

  it('lists several problems in line order, with the subject’s first', () => {
    const problems = checkTemplate('email-proposal', '{{ a }}\n{{ recipient.firstName | b }}', '{{ c }}')
    expect(problems.map((p) => [p.field, p.line, p.name])).toEqual([['subject', 1, 'c'], ['body', 1, 'a'], ['body', 2, 'b']])
  })

  it('refuses a source too long and blocks nested too deep', () => {
    expect(guide('x'.repeat(limits.sourceChars + 1))).toMatchObject([{ problem: 'too-large', name: 'source', line: 1 }])
    const deep = '{% if true %}'.repeat(limits.nesting + 5) + '{% endif %}'.repeat(limits.nesting + 5)
    expect(guide(deep)).toMatchObject([{ problem: 'too-large', name: 'nesting' }])
    const fine = '{% if true %}'.repeat(10) + '{% endif %}'.repeat(10)
    expect(guide(fine)).toEqual([])
  })
})

describe('checkTemplates and the refusal', () => {
  it('tags each problem with its template’s index and kind, and the refusal names templates[i].body line n', () => {
    const problems = checkTemplates([
      { kind: 'engagement-contract', parties: 'tripartite', body: 'Entre {{ mentor.fullName }} et {{ mentee.fullName }}' },
      { kind: 'email-proposal', subject: 'Proposition', body: 'a\nb\n{{ mentee.lastName }}' },
    ])
    expect(problems).toMatchObject([{ index: 1, kind: 'email-proposal', field: 'body', line: 3, name: 'mentee.lastName' }])
    const issues = templateIssues(problems)
    expect(issues).toEqual([{
      path: 'templates[1].body', reason: 'invalid',
      values: { line: 3, column: 4, name: 'mentee.lastName', problem: 'unknown-variable' }, message: expect.stringMatching(/^line 3: /),
    }])
    const error = templateInvalid(problems, 'rules.')
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ reason: 'template-invalid', code: 'unprocessable', status: 422 })
    expect(error.details?.[0]?.path).toBe('rules.templates[1].body')
  })

  it('a syntax problem has no name; its values still carry the line', () => {
    const [issue] = templateIssues(checkTemplate('email-proposal', '{% if x %}'))
    expect(issue).toMatchObject({ path: 'body', reason: 'invalid', values: { line: 1, column: 1, problem: 'syntax' } })
    expect(issue!.values).not.toHaveProperty('name')
  })
})
