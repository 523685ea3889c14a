import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import { cognitoDirectory } from '../directory'
import type { IdentityDirectory } from '../identity-directory'

/** Loaded on the first invitation only (see `../aws-adapters`); a static import keeps only the command we use. */
export const makeCognitoDirectory = (userPoolId: string): IdentityDirectory => cognitoDirectory(new CognitoIdentityProviderClient({}), userPoolId)
