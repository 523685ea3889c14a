import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib'
import * as cognito from 'aws-cdk-lib/aws-cognito'
import { NagSuppressions } from 'cdk-nag'
import type { Construct } from 'constructs'

export interface IdentityStackProps extends StackProps {
  /** Sender of the one-time codes and invitations; its domain must be a verified SES identity in the stack's region. */
  readonly mailFrom: string
}

/**
 * The Cognito user pool: passwordless sign-in by a one-time code sent by e-mail (Essentials plan, USER_AUTH flow),
 * the e-mail address as the case-insensitive username, no self sign-up (tenant admins invite users), and the public
 * web client (no secret) whose ID tokens the API accepts.
 *
 * @example
 * const identity = new IdentityStack(app, 'Binome-Identity', { mailFrom: 'no-reply@binome.example.org' })
 * identity.userPool.userPoolProviderUrl // the JWT issuer
 */
export class IdentityStack extends Stack {
  readonly userPool: cognito.UserPool
  readonly webClient: cognito.UserPoolClient

  constructor(scope: Construct, id: string, props: IdentityStackProps) {
    super(scope, id, { description: 'Binôme identity: Cognito user pool with e-mail one-time-code sign-in', ...props })

    const mailDomain = props.mailFrom.slice(props.mailFrom.lastIndexOf('@') + 1)
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      // The e-mail is the sign-in address and the platform's link to the user: a change takes effect only once the
      // new address is verified, so a token can never carry an address its holder does not receive mail at.
      // (Making it immutable instead would mean replacing the retained, deletion-protected pool.)
      keepOriginal: { email: true },
      // Cognito requires the password factor to stay allowed; users are created without a usable password and
      // sign in with the e-mailed code.
      signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true } },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      mfa: cognito.Mfa.OFF,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      // E-mail one-time codes need Cognito to send through SES ("developer" e-mail), not its built-in sender.
      email: cognito.UserPoolEmail.withSES({
        fromEmail: props.mailFrom,
        fromName: 'Binôme',
        sesVerifiedDomain: mailDomain,
        sesRegion: this.region,
      }),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    })

    this.webClient = this.userPool.addClient('WebClient', {
      userPoolClientName: 'binome-web',
      generateSecret: false,
      authFlows: { user: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // Least privilege on the user's own attributes: Cognito requires required attributes (the e-mail) to be
      // writable; nothing else is, custom attributes included. Tokens carry only what the API reads.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
      readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, emailVerified: true, fullname: true }),
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    })

    NagSuppressions.addResourceSuppressions(this.userPool, [
      {
        id: 'AwsSolutions-COG2',
        reason: 'Sign-in is passwordless: the one-time code sent to the verified e-mail address is the factor. Cognito does not combine MFA with e-mail OTP as first factor.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason: 'Essentials feature plan on purpose: it provides the e-mail one-time-code sign-in; Plus (threat protection) costs several times more per user for small non-profit organisations.',
      },
    ])
  }
}
