import type { DataConfig } from './client'

/**
 * The credentials the data layer works with: each organisation's data through credentials that reach only that
 * organisation's partitions, and the identity module's items through their own (see ./leading-keys.ts). On AWS
 * these are roles assumed with a session tag; locally, clients that check every key the way IAM would.
 */
export interface DataAccess {
  /** A data configuration that can reach only `orgId`'s items; cached by the provider. */
  tenant(orgId: string): DataConfig
  /** The identity module's data configuration. */
  platform: DataConfig
}
