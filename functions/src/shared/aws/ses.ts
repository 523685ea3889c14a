import { SESv2Client } from '@aws-sdk/client-sesv2'
import { sesMailer, type Mailer } from '../mailer'

/** Loaded on the first e-mail only (see `../aws-adapters`); a static import keeps only the SES command we use. */
export const makeSesMailer = (from: string): Mailer => sesMailer(new SESv2Client({}), from)
