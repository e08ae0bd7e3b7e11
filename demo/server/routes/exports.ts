/** Exports and reports of the votes (analyst role). */
import { Hono } from 'hono';
import type { Db } from '../db.js';
import { requireRole } from '../http/admin-auth.js';
import type { AppEnv } from '../http/app-env.js';
import type { ServerSettings } from '../settings.js';

export const EXPORT_FILTERS: { name: string; description: string; format?: string }[] = [
  { name: 'service', description: 'Only this service id' },
  { name: 'centre', description: 'Only this centre id' },
  { name: 'channel', description: 'Only this channel (web, app, centre, kiosk, ...)' },
  { name: 'from', description: 'Received on or after this date (YYYY-MM-DD, UTC)', format: 'date' },
  { name: 'to', description: 'Received on or before this date (YYYY-MM-DD, UTC)', format: 'date' },
];
export const REPORT_DIMENSIONS = ['service', 'centre', 'channel', 'reason'] as const;

export function exportRoutes(_db: Db, _settings: ServerSettings): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/exports/*', requireRole('analyst'));
  routes.use('/reports/*', requireRole('analyst'));
  return routes;
}
