import { describe, expect, it } from 'vitest'
import { limits } from './engine'
import { previewTemplate, renderTemplate } from './render'
import { sampleVariables } from './variables'

describe('previewTemplate', () => {
  it('renders with the kind’s French samples', () => {
    const r = previewTemplate('first-meeting-guide', 'Bonjour {{ mentor.firstName }} et {{ mentee.firstName }}\n{% for p in checklist %}- {{ p.label }}\n{% endfor %}')
    expect(r).toEqual({ ok: true, rendered: expect.stringContaining('Bonjour Sophie et Amina\n- Présentation de chacun·e') })
  })

  it('takes the programme’s own values over the samples', () => {
    const r = previewTemplate('engagement-contract', '{{ programme.name }} — {{ organisation.name }}', undefined, { programme: { name: 'Duo N2WA' } })
    expect(r).toEqual({ ok: true, rendered: 'Duo N2WA — Pour la Solidarité — MentorYou' })
  })

  it('renders an e-mail’s subject on one line', () => {
    const r = previewTemplate('email-proposal', 'Bonjour {{ recipient.firstName }}', 'Proposition :\n  {{ mentee.firstName }}  ')
    expect(r).toEqual({ ok: true, rendered: 'Bonjour Sophie', renderedSubject: 'Proposition : Amina' })
  })

  it('refuses a template with problems without running it', () => {
    const r = previewTemplate('email-proposal', 'a\n{{ mentee.lastName }}')
    expect(r).toMatchObject({ ok: false, problems: [{ line: 2, problem: 'unknown-variable', name: 'mentee.lastName' }] })
  })
})

describe('renderTemplate', () => {
  const values = () => sampleVariables('email-duo-started') as Record<string, Record<string, unknown>>

  it('renders with the values given; an empty value (null) renders as nothing', () => {
    const v = values()
    v.firstMeeting!.time = null
    const r = renderTemplate('email-duo-started', '{{ recipient.firstName }}[{{ firstMeeting.time }}]{% if firstMeeting.time %}!{% endif %}', v)
    expect(r).toEqual({ ok: true, rendered: 'Amina[]' })
  })

  it('a documented value the caller left out is a problem at its line, not an empty text', () => {
    const v = values()
    delete v.duo!.startDate
    const r = renderTemplate('email-duo-started', 'Début :\n{{ duo.startDate }}', v)
    expect(r).toMatchObject({ ok: false, problems: [{ line: 2, problem: 'unknown-variable', name: 'duo.startDate' }] })
  })

  it('reads own properties only, even through a value computed in the template', () => {
    const r = renderTemplate('first-meeting-guide', '{% assign p = checklist | first %}{{ p.constructor }}', sampleVariables('first-meeting-guide'))
    expect(r).toMatchObject({ ok: false, problems: [{ problem: 'unknown-variable', name: 'p.constructor' }] })
  })
})

/** Runs a template that tries to exhaust the engine: it must be refused (or bounded) quickly. */
function bounded(body: string) {
  const started = performance.now()
  const result = previewTemplate('first-meeting-guide', body)
  const ms = performance.now() - started
  return { result, ms }
}

/** A billion loop turns over one 1,000-item list split once from a string. */
const timeOnlyLoops = `{% assign r = "${'x'.repeat(1000)}" | split: "" %}{% for i in r %}{% for j in r %}{% for k in r %}{% endfor %}{% endfor %}{% endfor %}`

describe('safety: nothing hangs, nothing crashes, nothing reads a file', () => {
  it.each([
    ['a runaway range', '{% for i in (1..100000000) %}x{% endfor %}', 'memory'],
    // Loops over one list made once: nothing is allocated per iteration, so only the time limit can stop them (nested
    // ranges `(1..1000)` are charged at each evaluation, and on a quiet machine hit the memory limit first).
    ['nested loops', timeOnlyLoops, 'time'],
    ['a huge output', '{% for i in (1..100000) %}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{% endfor %}', 'output'],
    ['a string doubled by append', '{% assign s = "x" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}', 'memory'],
    ['a string doubled by capture', '{% capture s %}x{% endcapture %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s | upcase }}', undefined],
    ['a padded date', '{{ "now" | date: "%999999999Y" }}', 'memory'],
    ['a long cycle', '{% for i in (1..900000) %}{% cycle "a", "b" %}{% endfor %}', undefined],
  ])('%s is refused within 2 s', (_label, body, limit) => {
    const { result, ms } = bounded(body)
    expect(ms).toBeLessThan(2000)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatchObject({ field: 'body', problem: 'too-large', line: 1 })
    if (limit) expect(result.problems[0]!.name).toBe(limit)
  })

  it('a time-consuming template stops at the render limit', () => {
    const { result, ms } = bounded(timeOnlyLoops)
    expect(result).toMatchObject({ ok: false, problems: [{ problem: 'too-large', name: 'time' }] })
    expect(ms).toBeGreaterThanOrEqual(limits.renderMs - 50)
  })

  it('deep nesting is refused within 2 s, however deep', () => {
    for (const depth of [100, 2000]) {
      // Written tight, so that the deepest still fits under the source limit.
      const body = '{%if 1%}'.repeat(depth) + 'x' + '{%endif%}'.repeat(depth)
      expect(body.length).toBeLessThanOrEqual(limits.sourceChars)
      const { result, ms } = bounded(body)
      expect(ms, `${depth}`).toBeLessThan(2000)
      expect(result, `${depth}`).toMatchObject({ ok: false, problems: [{ problem: 'too-large', name: 'nesting' }] })
    }
  })

  it('a file tag with a path is an unknown tag, never a file read', () => {
    for (const tag of ['include', 'render', 'layout']) {
      const { result } = bounded(`{% ${tag} '/etc/passwd' %}`)
      expect(result).toMatchObject({ ok: false, problems: [{ problem: 'unknown-tag', name: tag }] })
    }
  })

  it('an output just under the cap is rendered whole', () => {
    const n = Math.floor(limits.outputChars / 100) - 1
    const { result } = bounded(`{% for i in (1..${n}) %}${'x'.repeat(100)}{% endfor %}`)
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(result.rendered.length).toBe(n * 100)
  })
})
