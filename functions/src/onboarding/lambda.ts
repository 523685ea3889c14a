import { buildApi } from '../api'
import { httpHandler } from '../shared/lambda'
import { depsFromEnv } from '../shared/lambda-deps'

/** The onboarding function: its app plus the public platform routes (health, OpenAPI, reference). */
export const handler = httpHandler(buildApi(depsFromEnv(process.env), ['onboarding'], { platformRoutes: true }))
