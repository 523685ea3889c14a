import {
  AdminCreateUserCommand,
  type CognitoIdentityProviderClient,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider'

/**
 * Where sign-in identities live. On AWS, a user must exist in the Cognito user pool before they can receive a
 * sign-in code; locally the built-in issuer signs in any user the platform's own table knows, so there is
 * nothing to register.
 */
export interface IdentityDirectory {
  ensureUser(email: string, name: string): Promise<void>
}

/**
 * Registers invited users in Cognito (no Cognito e-mail: the platform sends its own invitation).
 *
 * @example
 * await cognitoDirectory(client, poolId).ensureUser('ana@pls.be', 'Ana')
 */
export function cognitoDirectory(client: CognitoIdentityProviderClient, userPoolId: string): IdentityDirectory {
  return {
    async ensureUser(email, name) {
      try {
        await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: email,
            MessageAction: 'SUPPRESS',
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'email_verified', Value: 'true' },
              { Name: 'name', Value: name },
            ],
          }),
        )
      } catch (e) {
        if (e instanceof UsernameExistsException) return
        throw e
      }
    },
  }
}

/** The local platform's directory: its issuer reads the platform's own users, so registration is already done. */
export const tableBackedDirectory: IdentityDirectory = { ensureUser: async () => {} }
