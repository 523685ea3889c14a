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
const config = readBinomeConfig(app.node)
const account = process.env.CDK_DEFAULT_ACCOUNT
const region = process.env.CDK_DEFAULT_REGION
createBinomeStacks(app, config, account && region ? { account, region } : undefined)
// The same checks the tests run: a finding fails `cdk synth` instead of slipping into a deployment.
Aspects.of(app).add(new AwsSolutionsChecks())
app.synth()
