import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { perTenant, type AwsCredentialIdentityProvider } from '@binome/data'
import { confinedResultsFiles, type ResultsFiles } from '../documents'
import { makeS3DocumentStore } from './s3'

/**
 * The results files in the documents bucket, each organisation's through an S3 client holding that organisation's
 * credentials (the tenant data role assumed with its `orgId` tag, whose policy allows GetObject and PutObject only
 * under `results-exports/<orgId>/`): the function's own role has no S3 permission for them. A foreign key is refused
 * before any request, as it would be by IAM. Clients are kept per organisation while the container is warm.
 *
 * @example
 * const files = makeTenantResultsFiles('binome-documents', lambdaTenantCredentials(process.env))
 * await files('o1').get('results-exports/o1/j1.xlsx')
 */
export function makeTenantResultsFiles(
  bucket: string,
  credentialsFor: (orgId: string) => AwsCredentialIdentityProvider,
  makeClient: (config: S3ClientConfig) => S3Client = (config) => new S3Client(config),
): ResultsFiles {
  return perTenant((orgId) => confinedResultsFiles(orgId, makeS3DocumentStore(bucket, makeClient({ credentials: credentialsFor(orgId) }))))
}
