import type { KeyHolder } from '../store/api-keys.js';

/** What middleware hands on to the routes, per request. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The rate-limit key of the client (see client-address.ts). */
    client: string;
    /** Extra fields for this request's log line, e.g. `{ dropped: 'honeypot' }`. */
    logFields: Record<string, unknown>;
    /** The holder of the API key of an admin request (set by admin-auth.ts). */
    adminKey: KeyHolder;
  };
}
