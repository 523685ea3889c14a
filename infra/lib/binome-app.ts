import type { App } from 'aws-cdk-lib'
import { ApiStack } from './api-stack'
import type { BinomeConfig } from './config'
import { DataStack } from './data-stack'
import { EdgeStack } from './edge-stack'
import { IdentityStack } from './identity-stack'
import { MatchingStack } from './matching-stack'
import { MonitoringStack } from './monitoring-stack'
import { ExportsStack } from './exports-stack'
import { NewslettersStack } from './newsletters-stack'
import { OperationsStack } from './operations-stack'
import { WebStack } from './web-stack'

export interface BinomeStacks {
  readonly edge: EdgeStack
  readonly data: DataStack
  readonly identity: IdentityStack
  readonly web: WebStack
  readonly matching: MatchingStack
  readonly api: ApiStack
  readonly monitoring: MonitoringStack
  readonly exports: ExportsStack
  readonly newsletters: NewslettersStack
  readonly operations: OperationsStack
}

/**
 * Adds the eight Binôme stacks to `app`. References point one way only:
 * edge, data, identity → web → matching, monitoring → api → operations (the functions read the web app's URL; see
 * WebStack). Every stack names its region (`config.region`; the edge stack us-east-1, as CloudFront's WAF requires),
 * which is what lets the web stack read the edge stack's web ACL across regions; the account may stay unresolved
 * (environment-agnostic synthesis) or be given.
 *
 * @example
 * const app = new App()
 * const stacks = createBinomeStacks(app, readBinomeConfig(app.node))
 */
export function createBinomeStacks(app: App, config: BinomeConfig, account?: string): BinomeStacks {
  const name = (suffix: string) => `${config.stackPrefix}-${suffix}`
  const common = { env: { region: config.region, ...(account !== undefined && { account }) } }

  const edge = new EdgeStack(app, name('Edge'), common)
  const data = new DataStack(app, name('Data'), common)
  const identity = new IdentityStack(app, name('Identity'), { ...common, mailFrom: config.mailFrom })
  const web = new WebStack(app, name('Web'), {
    ...common,
    webAssetPath: config.webAssetPath,
    userPool: identity.userPool,
    userPoolClient: identity.webClient,
    webAclArn: edge.webAclArn,
    // With the weak references of cdk.json the web ACL's ARN is read with `Fn::GetStackOutput` (no custom resource);
    // the flag keeps the reference valid should the references be made strong again.
    crossRegionReferences: true,
    ...(config.domainName && config.certificateArn
      ? { customDomain: { domainName: config.domainName, certificateArn: config.certificateArn } }
      : {}),
  })
  const platform = {
    table: data.table,
    dataRoles: data.dataRoles,
    documentsBucket: data.documentsBucket,
    mailFrom: config.mailFrom,
    appUrl: web.appUrl,
    userPool: identity.userPool,
    userPoolClient: identity.webClient,
  }
  const matching = new MatchingStack(app, name('Matching'), { ...common, ...platform })
  const monitoring = new MonitoringStack(app, name('Monitoring'), { ...common, ...platform })
  const exports = new ExportsStack(app, name('Exports'), { ...common, ...platform })
  const newsletters = new NewslettersStack(app, name('Newsletters'), { ...common, ...platform })
  const api = new ApiStack(app, name('Api'), {
    ...common,
    ...platform,
    httpApi: web.httpApi,
    originSecret: web.originSecret,
    matchingQueue: matching.queue,
    matchingDeadLetterQueue: matching.deadLetterQueue,
    exportsQueue: exports.queue,
    newslettersQueue: newsletters.queue,
    operatedFunctions: {
      'matching-worker': matching.worker.function,
      'exports-worker': exports.worker.function,
      'newsletters-worker': newsletters.worker.function,
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
      'exports-worker': exports.worker,
      'newsletters-worker': newsletters.worker,
      ...Object.fromEntries([...monitoring.scheduleFunctions].map(([entry, fn]) => [`schedule-${entry.replace(/\W/g, '-')}`, fn])),
    },
    deadLetterQueues: { matching: matching.deadLetterQueue, schedules: monitoring.deadLetterQueue, exports: exports.deadLetterQueue, newsletters: newsletters.deadLetterQueue },
    ...(config.alarmEmail && { alarmEmail: config.alarmEmail }),
  })
  return { edge, data, identity, web, matching, api, monitoring, exports, newsletters, operations }
}
