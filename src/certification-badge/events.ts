import type { Certification, LocalizedText } from '../core/contract.js';
import type { JawdaError } from '../core/errors.js';
import { JawdaEvent } from '../core/events.js';

/** What `certification-load` carries: the certificates the element shows, after every filter. */
export interface CertificationLoadDetail {
  /** The organisation, when the data came as an organisation's list. */
  organisation?: { id: string; name: LocalizedText };
  /** The certificates shown (possibly none), with unsafe links already removed. */
  certifications: Certification[];
}

/** The certificates are loaded (from the API or inline JSON) and shown. */
export class CertificationLoadEvent extends JawdaEvent<CertificationLoadDetail> {
  static readonly type = 'certification-load';
  constructor(detail: CertificationLoadDetail) {
    super(CertificationLoadEvent.type, detail);
  }
}

/** Loading failed (offline, not found, invalid data, ...); the element shows why. */
export class CertificationErrorEvent extends JawdaEvent<JawdaError> {
  static readonly type = 'certification-error';
  constructor(error: JawdaError) {
    super(CertificationErrorEvent.type, error);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'certification-load': CertificationLoadEvent;
    'certification-error': CertificationErrorEvent;
  }
}
