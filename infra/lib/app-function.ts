import { AssetHashType, DockerImage, Duration } from 'aws-cdk-lib'
import * as iam from 'aws-cdk-lib/aws-iam'
import * as lambda from 'aws-cdk-lib/aws-lambda'
import * as logs from 'aws-cdk-lib/aws-logs'
import { NagSuppressions } from 'cdk-nag'
import { Construct } from 'constructs'
import { bundleEntryFile, bundleFunction } from './bundling'
import { functionEntry, repoRoot } from './paths'

/** Runtime of every Binôme function: Node 22 is what the code is written and tested for. */
export const functionRuntime = lambda.Runtime.NODEJS_22_X

/** Namespace of the Powertools metrics of every function (dashboards and alarms look there). */
export const metricsNamespace = 'Binome'


export interface AppFunctionProps {
  /** Entry under `functions/src` without extension, e.g. `onboarding/lambda`; the module must export `handler`. */
  readonly entry: string
  /** Powertools service name (logs, traces and metrics dimension). */
  readonly serviceName: string
  readonly description: string
  /** Extra environment variables on top of the Powertools and Node ones every function gets. */
  readonly environment?: Record<string, string>
  /** Default 10 s: HTTP API integrations time out at 30 s, so HTTP handlers stay well below. */
  readonly timeout?: Duration
  /** Default 512 MB (Lambda scales CPU with memory; 512 keeps cold starts of a bundled SDK short). */
  readonly memorySize?: number
  /** Reserved concurrency; default none (the account's unreserved pool), as new accounts may only have 10 in total. */
  readonly reservedConcurrentExecutions?: number
  /** Log retention; default one month. */
  readonly logRetention?: logs.RetentionDays
}

/**
 * One Binôme Lambda function: bundled locally with esbuild (no Docker) as ESM for Node 22 on ARM64 (an entry
 * `index.mjs` and the lazy chunks only rare paths load, see ./bundling), with X-Ray tracing, JSON logs in its own log
 * group with a retention, Powertools settings, and an execution role that holds only what it is granted (no AWS
 * managed policy).
 *
 * @example
 * const fn = new AppFunction(this, 'Onboarding', {
 *   entry: 'onboarding/lambda', serviceName: 'onboarding', description: 'Onboarding HTTP API',
 *   environment: { TABLE_NAME: table.tableName },
 * })
 * table.grantReadWriteData(fn.function)
 */
export class AppFunction extends Construct {
  readonly function: lambda.Function
  readonly logGroup: logs.LogGroup
  readonly role: iam.Role

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id)

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
    })

    // A role of our own instead of AWSLambdaBasicExecutionRole: the managed policy lets the function write to any
    // log group of the account, this one only to its own.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${props.serviceName} function`,
    })
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    )

    this.function = new lambda.Function(this, 'Function', {
      code: bundledCode(functionEntry(props.entry)),
      handler: `${bundleEntryFile.replace(/\.mjs$/, '')}.handler`,
      description: props.description,
      runtime: functionRuntime,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      tracing: lambda.Tracing.ACTIVE,
      ...(props.reservedConcurrentExecutions !== undefined
        ? { reservedConcurrentExecutions: props.reservedConcurrentExecutions }
        : {}),
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: metricsNamespace,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...props.environment,
      },
    })

    NagSuppressions.addResourceSuppressions(
      this.role,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason: 'X-Ray PutTraceSegments/PutTelemetryRecords (active tracing) support no resource-level permissions: AWS requires Resource "*".',
          appliesTo: ['Resource::*'],
        },
      ],
      true,
    )
    NagSuppressions.addResourceSuppressions(this.function, [
      {
        id: 'AwsSolutions-L1',
        reason: `Pinned to ${functionRuntime.name}: the functions and their dependencies (Powertools, middy 6, AWS SDK pinned for Node 20/22) are tested on it; moving to a newer runtime is a deliberate upgrade.`,
      },
    ])
  }
}

/**
 * The function's code: esbuild's output for the entry, staged as the asset and hashed by its output. The options are
 * ./bundling's (NodejsFunction runs esbuild with `--outfile`, which cannot split lazy chunks off the entry). Bundling
 * runs locally; the image is never pulled (CDK only falls back to it when the local bundling returns false).
 */
function bundledCode(entry: string): lambda.Code {
  return lambda.Code.fromAsset(repoRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
      local: {
        tryBundle(outputDir) {
          bundleFunction(entry, outputDir)
          return true
        },
      },
    },
  })
}
