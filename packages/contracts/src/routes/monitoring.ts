import { AlertPage, AlertQuery, SweepStatus } from '../index'
import { OrgParams, declare, errors, json, security } from './define'

/** Where the monitoring app is mounted, on API Gateway and locally. */
export const monitoringPrefix = '/api/monitoring'

/** The monitoring app's routes: what the daily sweep found. */
export const monitoringRoutes = {
  listAlerts: declare({
    method: 'get', path: '/orgs/{orgId}/alerts', tags: ['Monitoring'], security, summary: 'Alerts raised by the daily sweep, oldest day first (or of one sweep day)',
    request: { params: OrgParams, query: AlertQuery },
    responses: { 200: json(AlertPage), ...errors(400, 401, 403, 404) },
    permission: 'monitoring.read',
  }),
  lastSweep: declare({
    method: 'get', path: '/orgs/{orgId}/sweep', tags: ['Monitoring'], security, summary: 'When the daily sweep last ran for the organisation',
    request: { params: OrgParams },
    responses: { 200: json(SweepStatus), ...errors(400, 401, 403, 404) },
    permission: 'monitoring.read',
  }),
}
