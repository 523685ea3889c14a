import type { TokenResponse } from '@binome/contracts'
import type { MembershipRole } from '@binome/contracts/vocabulary'
import { request } from './client'

/** A demo account of the local platform: its role and organisation, which the sign-in page words in the reader's language. */
export interface DemoAccount {
  email: string
  name: string
  role: 'operator' | MembershipRole
  gender: 'f' | 'm'
  organisation: string | null
  partner: string | null
}

export interface OutboxMail {
  id: string
  to: string
  subject: string
  text: string
  html?: string
  sentAt: string
  /** Files sent with the mail (a calendar invitation), each downloadable from the local outbox. */
  attachments?: { fileName: string; contentType: string; size: number; url: string }[]
}

type F = { fetch?: typeof fetch }

/**
 * The API calls made without a token: the local sign-in and the local outbox. Kept apart from `api` so that the
 * sign-in page, the first page everyone loads, carries only these.
 *
 * @example
 * await publicApi.requestCode('admin@mentoryou.demo')
 */
export const publicApi = {
  requestCode: (email: string) => request<void>('/auth/code', { method: 'POST', body: { email }, auth: false }),
  exchangeCode: (email: string, code: string) =>
    request<TokenResponse>('/auth/token', { method: 'POST', body: { email, code }, auth: false }),
  demoAccounts: (o: F = {}) => request<DemoAccount[]>('/auth/demo-accounts', { auth: false, ...o }),
  outbox: (o: F = {}) => request<{ items: OutboxMail[] }>('/outbox', { auth: false, ...o }),
}
