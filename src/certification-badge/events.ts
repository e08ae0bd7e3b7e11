import type { Certification, LocalizedText } from '../core/contract.js';
import type { JawdaError } from '../core/errors.js';

/** What `certification-load` carries: the certificates the element shows, after every filter. */
export interface CertificationLoadDetail {
  /** The organisation, when the data came as an organisation's list. */
  organisation?: { id: string; name: LocalizedText };
  /** The certificates shown (possibly none), with unsafe links already removed. */
  certifications: Certification[];
}

/** The certificates are loaded (from the API or inline JSON) and shown. */
export class CertificationLoadEvent extends Event {
  static readonly type = 'certification-load';
  constructor(readonly detail: CertificationLoadDetail) {
    super(CertificationLoadEvent.type, { bubbles: true, composed: true });
  }
}

/** Loading failed (offline, not found, invalid data, ...); the element shows why. */
export class CertificationErrorEvent extends Event {
  static readonly type = 'certification-error';
  constructor(readonly detail: JawdaError) {
    super(CertificationErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'certification-load': CertificationLoadEvent;
    'certification-error': CertificationErrorEvent;
  }
}
