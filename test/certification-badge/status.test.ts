import { expect } from '@open-wc/testing';
import { certificateStatus, utcDay, type CertificateState } from '../../src/certification-badge/status.js';
import { igaIso9001, NOW } from './fixtures.js';

const isCertified = (state: CertificateState) => state.kind === 'valid' || state.kind === 'expiring';
const at = (expiryDate: string, overrides = {}) => certificateStatus(igaIso9001({ expiryDate, ...overrides }), NOW);

describe('certification-badge/status: computed at view time', () => {
  it('is valid while the expiry date is beyond the warning window', () => {
    expect(at('2027-03-12')).to.deep.equal({ state: { kind: 'valid', daysLeft: 109 }, verification: 'recent' });
  });

  it('is expiring within the window (90 days by default, or as configured), the last day included', () => {
    expect(at('2027-01-20').state).to.deep.equal({ kind: 'expiring', daysLeft: 58 });
    expect(at('2027-02-21').state).to.deep.equal({ kind: 'expiring', daysLeft: 90 });
    expect(at('2027-02-22').state.kind).to.equal('valid');
    expect(certificateStatus(igaIso9001({ expiryDate: '2027-01-20' }), NOW, { warningDays: 30 }).state.kind).to.equal('valid');
    expect(at('2026-11-23').state, 'the expiry day itself').to.deep.equal({ kind: 'expiring', daysLeft: 0 });
  });

  it('is expired the day after the expiry date, even while the API says active', () => {
    expect(at('2026-11-22').state).to.deep.equal({ kind: 'expired', byDate: true });
    expect(isCertified(at('2026-11-22').state)).to.equal(false);
  });

  it('is not yet valid before its issue date (the issue day itself counts), never certified', () => {
    const future = at('2027-03-12', { issueDate: '2026-12-01' });
    expect(future).to.deep.equal({ state: { kind: 'not-yet-valid' }, verification: 'recent' });
    expect(isCertified(future.state)).to.equal(false);
    expect(at('2027-03-12', { issueDate: '2026-11-24' }).state.kind, 'tomorrow').to.equal('not-yet-valid');
    expect(at('2027-03-12', { issueDate: '2026-11-23' }).state.kind, 'today').to.equal('valid');
    expect(at('2027-01-20', { issueDate: '2026-12-01' }).state.kind, 'also within the warning window').to.equal('not-yet-valid');
    expect(at('2026-11-01', { issueDate: '2026-12-01' }).state.kind, 'nonsense dates: never valid').to.equal('expired');
    expect(at('2027-03-12', { issueDate: '2026-12-01', status: 'suspended' }).state.kind, "the body's verdict first").to.equal('suspended');
    expect(
      certificateStatus(igaIso9001({ issueDate: '2026-12-01' }), new Date('2026-12-01T00:30:00Z')).state.kind,
      'the clock decides',
    ).to.equal('valid');
  });

  it("keeps the certification body's own verdicts, whatever the dates", () => {
    for (const status of ['suspended', 'withdrawn', 'cancelled', 'inactive', 'draft', 'pending']) {
      const { state } = at('2027-03-12', { status });
      expect(state.kind).to.equal(status);
      expect(isCertified(state), status).to.equal(false);
    }
    expect(at('2027-03-12', { status: 'expired' }).state).to.deep.equal({ kind: 'expired', byDate: false });
  });

  it('reads the IAF vocabulary case-insensitively ("Active" as CertSearch writes it)', () => {
    expect(at('2027-03-12', { status: ' Active ' }).state.kind).to.equal('valid');
    expect(at('2027-03-12', { status: 'SUSPENDED' }).state.kind).to.equal('suspended');
  });

  it('never reads a status it does not know as valid, and keeps the raw value', () => {
    for (const raw of ['valid', 'certified', '', 'deleted']) {
      const { state } = at('2027-03-12', { status: raw });
      expect(state).to.deep.equal({ kind: 'unknown', raw });
      expect(isCertified(state)).to.equal(false);
    }
  });

  it('marks verification out of date after 30 days by default, or the configured threshold', () => {
    expect(at('2027-03-12', { lastVerifiedAt: '2026-10-24T08:00:00Z' }).verification).to.equal('stale');
    expect(at('2027-03-12', { lastVerifiedAt: '2026-10-24T10:00:00Z' }).verification).to.equal('recent');
    expect(certificateStatus(igaIso9001({ lastVerifiedAt: '2026-11-20' }), NOW, { staleAfterDays: 2 }).verification).to.equal('stale');
  });

  it('never reads a missing lastVerifiedAt as freshly verified: "never", whatever the status', () => {
    expect(at('2027-03-12', { lastVerifiedAt: undefined })).to.deep.equal({
      state: { kind: 'valid', daysLeft: 109 },
      verification: 'never',
    });
    expect(at('2027-01-20', { lastVerifiedAt: undefined }).verification).to.equal('never');
    expect(at('2027-03-12', { lastVerifiedAt: undefined, status: 'suspended' }).verification).to.equal('never');
  });

  it('counts calendar days in UTC, as the dates are printed', () => {
    expect(utcDay('2026-11-23') - utcDay(new Date('2026-11-22T23:59:00Z'))).to.equal(1);
    expect(utcDay('2026-11-23T23:00:00+05:00')).to.equal(utcDay('2026-11-23'));
  });
});
