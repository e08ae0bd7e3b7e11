// Writes stories/signed-records.ts: signed certification records (issue 21) for the badge's stories,
// one per state, with the status lists they point at and the trust list that accepts their issuer.
// Made once and committed as data, so that every story shows the same thing; the private keys are
// thrown away. Run again (`node stories/signed-records.mjs`) only to change the records.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { subtle } = globalThis.crypto;
const API = 'https://api.example.gov.bh/jawda/v1';
const ISSUER = {
  id: 'https://certificates.example.com/bureau-veritas',
  name: { en: 'Bureau Veritas Bahrain', ar: 'بيرو فيريتاس البحرين' },
};
const OTHER_ISSUER = 'https://certificates.example.net/unknown-body';

const b64 = (bytes) => Buffer.from(bytes).toString('base64url');
const text = (value) => b64(Buffer.from(JSON.stringify(value)));
const seconds = (date) => Math.floor(new Date(date).getTime() / 1000);

async function signer(kid) {
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const { kty, crv, x, y } = await subtle.exportKey('jwk', pair.publicKey);
  return { kid, privateKey: pair.privateKey, publicJwk: { kid, kty, crv, x, y, alg: 'ES256' } };
}

async function sign({ kid, privateKey }, payload) {
  const input = `${text({ alg: 'ES256', typ: 'vc+jwt', kid })}.${text(payload)}`;
  const signature = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, Buffer.from(input));
  return `${input}.${b64(new Uint8Array(signature))}`;
}

/** The iGA's ISO 9001 certificate as the record's subject (the stories' own data, stories/certification-badge.stories.ts). */
const subject = (id) => ({
  id,
  certificateNumber: 'BH-QMS-2024-117',
  standard: { code: 'ISO 9001', version: '2015', title: { en: 'Quality management system', ar: 'نظام إدارة الجودة' } },
  certifiedEntity: { en: 'Information & eGovernment Authority', ar: 'هيئة المعلومات والحكومة الإلكترونية' },
  scope: {
    en: 'Provision of electronic, statistical, radio and identity card services to the public through electronic channels available around the clock and through service branches.',
    ar: 'تقديم الخدمات الإلكترونية والإحصائية والراديوية وخدمات بطاقة الهوية للجمهور عبر القنوات الإلكترونية المتاحة على مدار الساعة وعبر فروع الخدمة.',
  },
  sites: [{ en: 'Isa Town, Kingdom of Bahrain', ar: 'مدينة عيسى، مملكة البحرين' }],
  certificationBody: { name: 'Bureau Veritas', url: 'https://www.bureauveritas.com/' },
  accreditationBody: { name: 'UKAS', status: 'Accredited' },
  originalIssueDate: '2017-03-13',
  issueDate: '2024-03-13',
  expiryDate: '2027-03-12',
  verifyUrl: 'https://www.bureauveritas.com/',
});

function record(issuer, id, index, lists, overrides = {}) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential', 'CertificationCredential'],
    issuer: { id: issuer, name: ISSUER.name.en },
    validFrom: '2024-03-13T00:00:00Z',
    validUntil: '2027-03-13T00:00:00Z',
    credentialSubject: subject(id),
    credentialStatus: Object.entries(lists).map(([statusPurpose, url]) => ({
      id: `${url}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose,
      statusListIndex: String(index),
      statusListCredential: url,
    })),
    iss: issuer,
    iat: seconds('2026-11-01T00:00:00Z'),
    exp: seconds('2027-03-13T00:00:00Z'),
    ...overrides,
  };
}

/** A status list of 131,072 bits (the minimum, for herd privacy) with the bits at `set`, valid on the stories' day. */
function statusList(purpose, set) {
  const bits = new Uint8Array(131_072 / 8);
  for (const index of set) bits[Math.floor(index / 8)] |= 0x80 >> (index % 8);
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: ISSUER.id,
    validFrom: '2026-11-23T00:00:00Z',
    validUntil: '2026-11-24T00:00:00Z',
    credentialSubject: { type: 'BitstringStatusList', statusPurpose: purpose, encodedList: `u${b64(gzipSync(bits))}` },
    iss: ISSUER.id,
    iat: seconds('2026-11-23T00:00:00Z'),
  };
}

const issuer = await signer('bv-2026-1');
const unsupported = await signer('bv-2026-2');
const stranger = await signer('unknown-1');
const lists = { revocation: `${API}/status-lists/revocation`, suspension: `${API}/status-lists/suspension` };
const gone = { revocation: `${API}/status-lists/gone` };
const verified = await sign(issuer, record(ISSUER.id, 'signed-verified', 10, lists));
const [head, , signature] = verified.split('.');
// A forger's edit: the expiry date moved three years on, the issuer's signature kept.
const edited = record(ISSUER.id, 'signed-verified', 10, lists);
edited.credentialSubject.expiryDate = '2030-03-12';
const records = {
  verified,
  revoked: await sign(issuer, record(ISSUER.id, 'signed-revoked', 11, lists)),
  suspended: await sign(issuer, record(ISSUER.id, 'signed-suspended', 12, lists)),
  expired: await sign(
    issuer,
    record(ISSUER.id, 'signed-expired', 13, lists, { validUntil: '2026-11-01T00:00:00Z', exp: seconds('2026-11-01T00:00:00Z') }),
  ),
  statusUnavailable: await sign(issuer, record(ISSUER.id, 'signed-status-unavailable', 14, gone)),
  signatureInvalid: [head, text(edited), signature].join('.'),
  unknownSigner: await sign(stranger, record(OTHER_ISSUER, 'signed-unknown-signer', 15, lists)),
  unsupported: await sign(unsupported, record(ISSUER.id, 'signed-unsupported', 16, lists)),
};
const statusLists = {
  revocation: await sign(issuer, statusList('revocation', [11])),
  suspension: await sign(issuer, statusList('suspension', [12])),
};
const trust = { issuers: [{ ...ISSUER, keys: [issuer.publicJwk, unsupported.publicJwk] }] };

writeFileSync(
  'stories/signed-records.ts',
  `/* eslint-disable max-len -- compact JWS, one string each */
// Made by stories/signed-records.mjs: signed certification records for the badge's stories (issue 21).
// The key that signed them is gone; \`UNSUPPORTED_KEY_X\` is the key the "unsupported" story pretends the browser cannot use.
export const TRUST = ${JSON.stringify(trust, null, 2)};
export const UNSUPPORTED_KEY_X = ${JSON.stringify(unsupported.publicJwk.x)};
export const RECORDS = ${JSON.stringify(records, null, 2)};
export const STATUS_LISTS = ${JSON.stringify(statusLists, null, 2)};
`,
);
console.log('stories/signed-records.ts written');
