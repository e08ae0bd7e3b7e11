import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { newSubmissionId } from '../../src/core/outbox.js';

const uuid = z.uuid();

describe('core/outbox: submission ids (the idempotency key)', () => {
  it('makes valid, distinct UUIDs', () => {
    const ids = Array.from({ length: 1000 }, newSubmissionId);
    expect(new Set(ids).size).to.equal(1000);
    expect(ids.every((id) => uuid.safeParse(id).success)).to.equal(true);
  });

  it('still makes them where crypto.randomUUID is missing (a page served over plain http)', () => {
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(typeof crypto.randomUUID).to.equal('undefined');
      const ids = Array.from({ length: 1000 }, newSubmissionId);
      expect(new Set(ids).size).to.equal(1000);
      for (const id of ids) {
        expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(uuid.safeParse(id).success).to.equal(true);
      }
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', original);
    }
  });
});
