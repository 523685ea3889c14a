/**
 * Where sign-in identities live. On AWS, a user must exist in the Cognito user pool before they can receive a
 * sign-in code; locally the built-in issuer signs in any user the platform's own table knows, so there is
 * nothing to register.
 */
export interface IdentityDirectory {
  ensureUser(email: string, name: string): Promise<void>
  /** Deletes the user signing in with this address (an erased person's portal account); nothing if there is none. */
  removeUser(email: string): Promise<void>
}

/** The local platform's directory: its issuer reads the platform's own users, so registration is already done. */
export const tableBackedDirectory: IdentityDirectory = { ensureUser: async () => {}, removeUser: async () => {} }
