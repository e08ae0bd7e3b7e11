/** The few ways a request can fail. Elements show each in words and pass it on in their error events. */
export type JawdaErrorKind =
  | 'offline' // the device has no connection
  | 'unreachable' // online, but the request failed: the API is down, or it does not allow this page (origin, CSP, address)
  | 'timeout' // no answer within the configured time
  | 'http' // an answer with a status the element cannot use (see `status`)
  | 'not-found' // 404: the centre, service or certificate does not exist
  | 'invalid-response' // the answer does not match the contract (see `issues`)
  | 'misconfigured' // no usable API base, or a bad attribute (see `attribute`)
  | 'aborted'; // the element left the page; never shown

export interface FieldIssue {
  /** Dotted path of the field, e.g. "result.percentage". */
  path: string;
  /** zod's issue code ("invalid_type", "too_big", ...): lets the element say it in the reader's language. */
  code?: string;
  /** The validator's own words (English), shown when the code says nothing more specific. */
  message: string;
}

/** A typed failure. Never thrown at the host page: elements catch it, show it and dispatch it. */
export class JawdaError extends Error {
  override name = 'JawdaError';
  constructor(
    readonly kind: JawdaErrorKind,
    message: string,
    readonly details: {
      status?: number;
      url?: string;
      issues?: FieldIssue[];
      /** Seconds the server asked us to wait (429). */
      retryAfter?: number;
      /** For `misconfigured`: the attribute and the value it was given. */
      attribute?: string;
      value?: string;
    } = {},
  ) {
    super(message);
  }

  get status(): number | undefined {
    return this.details.status;
  }

  /** Worth trying again later: the server or the connection failed, not the request. */
  get transient(): boolean {
    return (
      this.kind === 'offline' ||
      this.kind === 'unreachable' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status! >= 500 || this.status === 429))
    );
  }
}

/** Turns anything caught into a JawdaError, so no raw exception escapes. */
export function asJawdaError(error: unknown): JawdaError {
  if (error instanceof JawdaError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new JawdaError('aborted', 'Aborted');
  if (error instanceof DOMException && error.name === 'TimeoutError') return new JawdaError('timeout', 'Timed out');
  return new JawdaError('offline', error instanceof Error ? error.message : String(error));
}

/** Flattens zod-style issues into dotted paths. */
export function fieldIssues(issues: readonly { path: readonly PropertyKey[]; code?: string; message: string }[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code, message: issue.message }));
}
