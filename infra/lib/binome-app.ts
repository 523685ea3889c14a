import type { App, Environment } from 'aws-cdk-lib'
import { ApiStack } from './api-stack'
import type { BinomeConfig } from './config'
import { DataStack } from './data-stack'
import { IdentityStack } from './identity-stack'
import { MatchingStack } from './matching-stack'
import { MonitoringStack } from './monitoring-stack'
import { OperationsStack } from './operations-stack'
import { WebStack } from './web-stack'

export interface BinomeStacks {
  readonly data: DataStack
  readonly identity: IdentityStack
  readonly web: WebStack
  readonly matching: MatchingStack
  readonly api: ApiStack
  readonly monitoring: MonitoringStack
  readonly operations: OperationsStack
}

/**
 * Adds the seven Binôme stacks to `app`. References point one way only:
 * data, identity → web → matching, monitoring → api → operations (the functions read the web app's URL; see WebStack).
 *
 * @example
 * const app = new App()
 * const stacks = createBinomeStacks(app, readBinomeConfig(app.node))
 */
export function createBinomeStacks(app: App, config: BinomeConfig, env?: Environment): BinomeStacks {
  const name = (suffix: string) => `${config.stackPrefix}-${suffix}`
  const common = env ? { env } : {}

  const data = new DataStack(app, name('Data'), common)
  const identity = new IdentityStack(app, name('Identity'), { ...common, mailFrom: config.mailFrom })
  const web = new WebStack(app, name('Web'), {
    ...common,
    webAssetPath: config.webAssetPath,
    userPool: identity.userPool,
    userPoolClient: identity.webClient,
    ...(config.domainName && config.certificateArn
      ? { customDomain: { domainName: config.domainName, certificateArn: config.certificateArn } }
      : {}),
  })
  const platform = {
    table: data.table,
    dataRoles: data.dataRoles,
    mailFrom: config.mailFrom,
    appUrl: web.appUrl,
    userPool: identity.userPool,
    userPoolClient: identity.webClient,
  }
  const matching = new MatchingStack(app, name('Matching'), { ...common, ...platform })
  const monitoring = new MonitoringStack(app, name('Monitoring'), { ...common, ...platform })
  const api = new ApiStack(app, name('Api'), {
    ...common,
    ...platform,
    httpApi: web.httpApi,
    matchingQueue: matching.queue,
    matchingDeadLetterQueue: matching.deadLetterQueue,
    operatedFunctions: {
      'matching-worker': matching.worker.function,
      ...Object.fromEntries([...monitoring.scheduleFunctions].map(([entry, fn]) => [`schedule-${entry.replace(/\W/g, '-')}`, fn.function])),
    },
  })

  const operations = new OperationsStack(app, name('Operations'), {
    ...common,
    httpApi: web.httpApi,
    stage: api.stage,
    functions: {
      ...Object.fromEntries(Object.entries(api.functions).map(([app, fn]) => [`api-${app}`, fn])),
      'matching-worker': matching.worker,
      ...Object.fromEntries([...monitoring.scheduleFunctions].map(([entry, fn]) => [`schedule-${entry.replace(/\W/g, '-')}`, fn])),
    },
    deadLetterQueues: { matching: matching.deadLetterQueue, schedules: monitoring.deadLetterQueue },
    ...(config.alarmEmail && { alarmEmail: config.alarmEmail }),
  })
  return { data, identity, web, matching, api, monitoring, operations }
}
