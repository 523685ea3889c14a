import { buildApi } from '../api'
import { httpHandler } from '../shared/lambda'
import { depsFromEnv } from '../shared/lambda-deps'

/** The monitoring function's HTTP side: alerts. */
export const handler = httpHandler(buildApi(depsFromEnv(process.env), ['monitoring'], { platformRoutes: false }))
