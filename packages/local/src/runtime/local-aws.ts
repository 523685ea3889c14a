/** The made-up AWS identity of the local platform, used in clients, ARNs and URLs. */

/** Region of every local client and ARN (the region Binôme deploys to). */
export const LOCAL_AWS_REGION = 'eu-west-3'

/** Account id of every local ARN: twelve zeros, recognisably not a real account. */
export const LOCAL_ACCOUNT_ID = '000000000000'

/** Dummy credentials: the local parts check that requests are signed, not by whom. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const
