import type { AppConfig } from '@binome/contracts'
import { publicApi } from '../api/public-endpoints'
import { ApiError } from '../api/errors'
import { cognitoFinish, cognitoStart } from './cognito'
import { clearSession, jwtExpiry, saveSession, type Session } from './session'

export { readSession, clearSession, type Session } from './session'

/** What step 1 hands to step 2: who signs in, and (on AWS) Cognito's session for the challenge. */
export interface Challenge {
  email: string
  cognitoSession?: string
}

function cognitoSettings(config: AppConfig): { region: string; clientId: string } {
  if (!config.region || !config.userPoolClientId) {
    throw new ApiError(500, 'internal', 'config.json lacks region or userPoolClientId')
  }
  return { region: config.region, clientId: config.userPoolClientId }
}

/**
 * Step 1 of the e-mail code sign-in, in either mode: a 6-digit code is sent to the address.
 *
 * @example
 * const challenge = await sendCode(config, 'admin@mentoryou.demo')
 */
export async function sendCode(config: AppConfig, email: string): Promise<Challenge> {
  const address = email.trim().toLowerCase()
  if (config.mode === 'local') {
    await publicApi.requestCode(address)
    return { email: address }
  }
  const { region, clientId } = cognitoSettings(config)
  return { email: address, cognitoSession: await cognitoStart(region, clientId, address) }
}

/**
 * Step 2: the code is exchanged for an ID token, which is kept for the tab's lifetime.
 *
 * @example
 * await verifyCode(config, challenge, '123456'); goto('/')
 */
export async function verifyCode(config: AppConfig, challenge: Challenge, code: string): Promise<Session> {
  let session: Session
  if (config.mode === 'local') {
    const { idToken, expiresAt } = await publicApi.exchangeCode(challenge.email, code.trim())
    session = { idToken, expiresAt, email: challenge.email }
  } else {
    const { region, clientId } = cognitoSettings(config)
    if (!challenge.cognitoSession) throw new ApiError(400, 'bad_request', 'Ask for a new code')
    const idToken = await cognitoFinish(region, clientId, challenge.cognitoSession, challenge.email, code.trim())
    const expiresAt = jwtExpiry(idToken) ?? new Date(Date.now() + 3_600_000).toISOString()
    session = { idToken, expiresAt, email: challenge.email }
  }
  saveSession(session)
  return session
}

/** Forgets the token. @example signOut(); goto('/signin') */
export function signOut(): void {
  clearSession()
}
