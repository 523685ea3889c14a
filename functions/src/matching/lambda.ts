import { buildApi } from '../api'
import { httpHandler } from '../shared/lambda'
import { depsFromEnv } from '../shared/lambda-deps'

/** The matching function's HTTP side: start and follow runs. */
export const handler = httpHandler(buildApi(depsFromEnv(process.env), ['matching'], { platformRoutes: false }))
