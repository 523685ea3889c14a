import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  type CognitoIdentityProviderClient,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider'
import type { IdentityDirectory } from './identity-directory'

export { tableBackedDirectory, type IdentityDirectory } from './identity-directory'

/**
 * Registers invited users in Cognito, and deletes an erased person's (no Cognito e-mail: the platform sends its own invitation).
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
    // Deleted, not disabled: a disabled user keeps the e-mail and name as attributes, which erasure must not leave.
    async removeUser(email) {
      try {
        await client.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: email }))
      } catch (e) {
        if (e instanceof UserNotFoundException) return
        throw e
      }
    },
  }
}
