#!/usr/bin/env node
/**
 * The Binôme CDK app. Run through the CDK CLI from the repository root (`pnpm synth`, `pnpm deploy`);
 * parameters come from context (see infra/README.md).
 */
import { App, Aspects } from 'aws-cdk-lib'
import { AwsSolutionsChecks } from 'cdk-nag'
import { createBinomeStacks } from '../lib/binome-app'
import { readBinomeConfig } from '../lib/config'

const app = new App()
// The CLI fills these from the AWS profile, the account only when credentials resolve it. The profile's region counts
// only then, as the deployment environment's: an offline synthesis (where the CLI puts us-east-1 for want of a
// region) gets `binome:region` or eu-west-3. `binome:region`, when set, wins over both (see infra/README.md).
const account = process.env.CDK_DEFAULT_ACCOUNT || undefined
const environmentRegion = account ? process.env.CDK_DEFAULT_REGION || undefined : undefined
const config = readBinomeConfig(app.node, environmentRegion ? { region: environmentRegion } : {})
createBinomeStacks(app, config, account)
// The same checks the tests run: a finding fails `cdk synth` instead of slipping into a deployment.
Aspects.of(app).add(new AwsSolutionsChecks())
app.synth()
