import { mountApps } from '../shared/http-api'
import { httpHandler } from '../shared/lambda'
import { lazyAwsOperations, lazySqsExportsQueue, lazyTenantResultsFiles } from '../shared/aws-adapters'
import { depsFromEnv } from '../shared/lambda-deps'
import { monitoringApp, monitoringPrefix } from './app'

/**
 * The monitoring function's HTTP side: alerts, and the platform's health for the operator; results exports are queued
 * to the exports worker and their files read back from the documents bucket with
 * the organisation's own credentials (the tenant data role).
 */
export const handler = httpHandler(mountApps([[monitoringPrefix, monitoringApp(depsFromEnv(process.env, {
  operations: lazyAwsOperations(process.env), exportsQueue: lazySqsExportsQueue(process.env), resultsFiles: lazyTenantResultsFiles(process.env),
}))]]))
