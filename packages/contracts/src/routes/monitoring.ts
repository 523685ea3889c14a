import { AlertPage, AlertQuery, SweepStatus } from '../index'
import { OrgParams, declare, errors, json, security } from './define'
import { monitoringEndpoints } from './endpoints'

export { monitoringPrefix } from './endpoints'

/** The monitoring app's routes: what the daily sweep found. */
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
}
