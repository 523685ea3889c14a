import { mountApps } from '../shared/http-api'
import { httpHandler } from '../shared/lambda'
import { lazyAwsOperations } from '../shared/aws-adapters'
import { depsFromEnv } from '../shared/lambda-deps'
import { monitoringApp, monitoringPrefix } from './app'

/** The monitoring function's HTTP side: alerts, and the platform's health for the operator. */
export const handler = httpHandler(mountApps([[monitoringPrefix, monitoringApp(depsFromEnv(process.env, { operations: lazyAwsOperations(process.env) }))]]))
