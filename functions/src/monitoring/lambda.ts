import { mountApps } from '../shared/http-api'
import { httpHandler } from '../shared/lambda'
import { depsFromEnv } from '../shared/lambda-deps'
import { monitoringApp, monitoringPrefix } from './app'

/** The monitoring function's HTTP side: alerts. */
export const handler = httpHandler(mountApps([[monitoringPrefix, monitoringApp(depsFromEnv(process.env))]]))
