import { AlertPage, AlertQuery, PlatformHealth, QueueParams, RedriveResult, SweepStatus } from '../index'
import { OrgParams, declare, errors, json, security } from './define'
import { monitoringEndpoints } from './endpoints'

export { monitoringPrefix } from './endpoints'

/** The monitoring app's routes: what the daily sweep found, and the platform's health for the operator. */
export const monitoringRoutes = {
  listAlerts: declare({
    ...monitoringEndpoints.listAlerts, tags: ['Monitoring'], security, summary: 'Alerts raised by the daily sweep, oldest day first (or of one sweep day)',
    request: { params: OrgParams, query: AlertQuery },
    responses: { 200: json(AlertPage), ...errors(400, 401, 403, 404) },
    permission: 'monitoring.read',
  }),
  lastSweep: declare({
    ...monitoringEndpoints.lastSweep, tags: ['Monitoring'], security, summary: 'When the daily sweep last ran for the organisation',
    request: { params: OrgParams },
    responses: { 200: json(SweepStatus), ...errors(400, 401, 403, 404) },
    permission: 'monitoring.read',
  }),
  platformHealth: declare({
    ...monitoringEndpoints.platformHealth, tags: ['Operations'], security,
    summary: 'Platform health without personal data: organisations, queues and dead letters, last sweep, errors (platform operator)',
    responses: { 200: json(PlatformHealth), ...errors(401, 403) },
    permission: 'operator',
  }),
  redriveQueue: declare({
    ...monitoringEndpoints.redriveQueue, tags: ['Operations'], security,
    summary: 'Send a queue\'s dead letters back to it, to be tried again (platform operator)',
    request: { params: QueueParams },
    responses: { 200: json(RedriveResult), ...errors(400, 401, 403) },
    permission: 'operator',
  }),
}
