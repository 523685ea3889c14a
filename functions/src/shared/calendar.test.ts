import { brusselsToUtc, type ClosingInterview, type Organisation, type Person } from '@binome/core'
import { describe, expect, it } from 'vitest'
import { closingCalendar } from '../duo-life/closing-mail'
import { invitationCalendar, type Invitation } from './calendar'

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/\r\n[ \t]/g, '') // unfold long lines
const line = (ics: string, name: string) => ics.split('\r\n').find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))

const org = { name: 'Duo Bruxelles', contactEmail: 'contact@duo.example' }
const base: Invitation = {
  uid: 'sess-1@binome.sessions', sequence: 3, productId: 'binome/sessions', title: 'Rencontre entre mentors',
  description: 'Ordre du jour : retours d’expérience', startsAtUtc: brusselsToUtc('2026-07-01T18:30')!, minutes: 90,
  place: 'Bureaux, rue Haute 12, Bruxelles', org, to: { firstName: 'Ana', lastName: 'Lopes', email: 'ana@example.org' },
}

describe('invitationCalendar', () => {
  it('writes an 18:30 Brussels start as its UTC instant, summer (+2) and winter (+1)', async () => {
    expect(line(text(await invitationCalendar(base)), 'DTSTART')).toBe('DTSTART:20260701T163000Z')
    const winter = await invitationCalendar({ ...base, startsAtUtc: brusselsToUtc('2026-12-10T18:30')! })
    expect(line(text(winter), 'DTSTART')).toBe('DTSTART:20261210T173000Z')
  })

  it('says the summary, place, description, duration, organiser and the one attendee', async () => {
    const ics = text(await invitationCalendar(base))
    expect(line(ics, 'METHOD')).toBe('METHOD:REQUEST')
    expect(line(ics, 'SUMMARY')).toBe('SUMMARY:Rencontre entre mentors')
    expect(line(ics, 'LOCATION')).toBe('LOCATION:Bureaux\\, rue Haute 12\\, Bruxelles')
    expect(line(ics, 'DESCRIPTION')).toBe('DESCRIPTION:Ordre du jour : retours d’expérience')
    expect(line(ics, 'DURATION')).toBe('DURATION:PT90M')
    expect(line(ics, 'STATUS')).toBe('STATUS:CONFIRMED')
    expect(line(ics, 'ORGANIZER')).toMatch(/mailto:contact@duo\.example/i)
    expect(ics.split('\r\n').filter((l) => l.startsWith('ATTENDEE'))).toHaveLength(1)
    expect(line(ics, 'ATTENDEE')).toMatch(/mailto:ana@example\.org/i)
  })

  it('keeps the UID whatever changes, with a growing sequence, so a moved or cancelled event updates the same entry', async () => {
    const moved = text(await invitationCalendar({ ...base, sequence: 4, startsAtUtc: brusselsToUtc('2026-07-02T09:00')!, place: 'En ligne' }))
    const cancelled = text(await invitationCalendar({ ...base, sequence: 5, cancelled: true }))
    for (const ics of [text(await invitationCalendar(base)), moved, cancelled]) expect(line(ics, 'UID')).toBe('UID:sess-1@binome.sessions')
    expect(line(moved, 'SEQUENCE')).toBe('SEQUENCE:4')
    expect(line(cancelled, 'STATUS')).toBe('STATUS:CANCELLED')
  })

  it('leaves out the place, link and organiser it is not given, and refuses a start that is not an instant', async () => {
    const ics = text(await invitationCalendar({ ...base, place: undefined, org: { name: 'Duo', contactEmail: null } as Invitation['org'] }))
    expect(line(ics, 'LOCATION')).toBeUndefined()
    expect(line(ics, 'URL')).toBeUndefined()
    expect(line(ics, 'ORGANIZER')).toBeUndefined()
    await expect(invitationCalendar({ ...base, startsAtUtc: '2026-07-01T18:30x' })).rejects.toThrow(/not an instant/)
  })

  it('turns the closing interview’s Brussels wall time into the instant (its own builder once, now this one)', async () => {
    const interview = { duoId: 'duo-7', version: 2, startsAt: '2026-11-03T18:30', minutes: 45, place: 'Café Central', mode: 'in-person' } as ClosingInterview
    const to = { firstName: 'Bo', lastName: 'Smets', email: 'bo@example.org' } as Person
    const ics = text(await closingCalendar(interview, to, org as Organisation, 'Entretien de clôture'))
    expect(line(ics, 'DTSTART')).toBe('DTSTART:20261103T173000Z')
    expect(line(ics, 'UID')).toBe('UID:duo-7@binome.closing-interview')
    expect(line(ics, 'SUMMARY')).toBe('SUMMARY:Duo Bruxelles — Bo')
    expect(line(ics, 'LOCATION')).toBe('LOCATION:Café Central')
  })
})
