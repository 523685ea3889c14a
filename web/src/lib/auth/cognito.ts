import { ApiError } from '../api/errors'

/** Cognito's JSON API, called with plain fetch (no SDK: two calls do not earn a dependency). */
async function cognito<T>(region: string, target: string, body: unknown): Promise<T> {
  let res: Response
  try {
    res = await fetch(`https://cognito-idp.${region}.amazonaws.com/`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': `AWSCognitoIdentityProviderService.${target}`,
      },
      body: JSON.stringify(body),
    })
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : 'Network error')
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>
  if (!res.ok) {
    // Cognito names its errors in `__type`; map the ones a person can act on to the API's reasons.
    const type = String(json.__type ?? '')
    const message = String(json.message ?? json.Message ?? type)
    if (type.includes('TooManyRequests') || type.includes('LimitExceeded')) {
      throw new ApiError(429, 'rate_limited', message, undefined, 'too-many-attempts')
    }
    if (type.includes('NotAuthorized') || type.includes('CodeMismatch') || type.includes('ExpiredCode')) {
      throw new ApiError(401, 'unauthorized', message, undefined, 'sign-in-code-invalid')
    }
    throw new ApiError(res.status, 'bad_request', message, undefined, 'bad-request')
  }
  return json as T
}

/**
 * Passwordless step 1: Cognito e-mails a one-time code and answers with a session to continue.
 *
 * @example
 * const session = await cognitoStart('eu-west-1', clientId, 'ana@pls.be')
 */
export async function cognitoStart(region: string, clientId: string, email: string): Promise<string> {
  const out = await cognito<{ ChallengeName?: string; Session?: string }>(region, 'InitiateAuth', {
    AuthFlow: 'USER_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: email, PREFERRED_CHALLENGE: 'EMAIL_OTP' },
  })
  if (out.ChallengeName !== 'EMAIL_OTP' || !out.Session) {
    throw new ApiError(400, 'bad_request', `Unexpected challenge ${out.ChallengeName ?? 'none'}`, undefined, 'bad-request')
  }
  return out.Session
}

/**
 * Passwordless step 2: the code from the e-mail is exchanged for the ID token.
 *
 * @example
 * const idToken = await cognitoFinish('eu-west-1', clientId, session, 'ana@pls.be', '123456')
 */
export async function cognitoFinish(
  region: string,
  clientId: string,
  session: string,
  email: string,
  code: string,
): Promise<string> {
  const out = await cognito<{ AuthenticationResult?: { IdToken?: string } }>(region, 'RespondToAuthChallenge', {
    ChallengeName: 'EMAIL_OTP',
    ClientId: clientId,
    Session: session,
    ChallengeResponses: { USERNAME: email, EMAIL_OTP_CODE: code },
  })
  const token = out.AuthenticationResult?.IdToken
  if (!token) throw new ApiError(401, 'unauthorized', 'No token in the answer')
  return token
}
