import { lazyCognitoDirectory, lazyS3Documents, lazySesMailer, lazySqsNewslettersQueue } from '../shared/aws-adapters'
import { mountApps } from '../shared/http-api'
import { httpHandler } from '../shared/lambda'
import { platformRoutes } from '../shared/platform-routes'
import { depsFromEnv } from '../shared/lambda-deps'
import { onboardingApp, onboardingPrefix } from './app'

const deps = depsFromEnv(process.env, {
  mailer: lazySesMailer(process.env), directory: lazyCognitoDirectory(process.env), documents: lazyS3Documents(process.env),
  newslettersQueue: lazySqsNewslettersQueue(process.env),
})

/** The onboarding function: its app plus the public platform routes (health, OpenAPI, reference). */
export const handler = httpHandler(mountApps([[onboardingPrefix, onboardingApp(deps)]], platformRoutes))
