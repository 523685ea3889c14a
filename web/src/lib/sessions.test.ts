import { describe, expect, it } from 'vitest'
import { isTime, normaliseTime, sessionFormValues, sessionInput, sessionWhen } from './sessions'

describe('the session form', () => {
  it('reads times as Belgian readers type them, and leaves what is not a time for the check to refuse', () => {
    expect(normaliseTime('18h30')).toBe('18:30')
    expect(normaliseTime('9:05')).toBe('09:05')
    expect(normaliseTime('9h')).toBe('09:00')
    expect(normaliseTime('18.30')).toBe('18:30')
    expect(normaliseTime('25:00')).toBe('25:00')
    expect(isTime('25:00')).toBe(false)
    expect(isTime('')).toBe(false)
  })

  it('starts from the seeds’ lengths, sends the Brussels time and an empty place as none', () => {
    const v = { ...sessionFormValues('training'), title: 'Atelier', date: '2027-03-20', time: '9h30' }
    expect(v.durationMinutes).toBe(180)
    expect(v.topics).toHaveLength(9)
    expect(sessionInput(v)).toMatchObject({ startsAt: '2027-03-20T09:30', place: null, videoLink: null, durationMinutes: 180 })
    expect(sessionWhen('2027-03-20T09:30')).toBe('20/03/2027 09:30')
  })
})
