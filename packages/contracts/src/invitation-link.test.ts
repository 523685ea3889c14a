import { describe, expect, it } from 'vitest'
import { invitationLink, invitedEmail } from './invitation-link'

describe('invitation links', () => {
  it('carry the address in the fragment, never in the query string that access logs keep', () => {
    const link = new URL(invitationLink('https://binome.example.org/', 'ana+test@pls.be'))
    expect(link.pathname).toBe('/signin')
    expect(link.search).toBe('')
    expect(link.href).not.toContain('?')
    expect(invitedEmail(link.hash)).toBe('ana+test@pls.be')
  })

  it('read nothing from an empty or foreign fragment', () => {
    expect(invitedEmail('')).toBeNull()
    expect(invitedEmail('#top')).toBeNull()
    expect(invitedEmail('#email=')).toBeNull()
  })
})
