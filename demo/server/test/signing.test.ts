// Signed certificate records (issue 21, the reference server): the JWKS, every certification served
// as a signed vc+jwt, the status lists, a status change that flips a bit, and key rotation, all
// checked by a verifier written here with node:crypto alone (not the server's code, not the browser's).
import assert from 'node:assert/strict';
import { createHash, createPublicKey, generateKeyPairSync, verify, type JsonWebKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { runAdmin } from '../admin-cli.js';
import { createApp } from '../app.js';
import { DEFAULT_SETTINGS, serverSettings, settingsFromEnv, type ServerSettings } from '../settings.js';
import { CertificationPublisher } from '../signing/publisher.js';
import { BOOTSTRAP_KEY, certificate } from './admin-support.js';
import { ENGINES, seededDatabase, type TestDatabase } from './support.js';

const ORIGIN = 'https://quality.jawda.test';
const ADMIN = { authorization: `Bearer ${BOOTSTRAP_KEY}`, 'content-type': 'application/json' };

/* ------------------------------------------------ an independent verifier */

type Jwk = { kty: string; crv: string; x: string; y?: string; kid: string; alg?: string; d?: string };

/** RFC 7638, written out again: the required members, in lexicographic order, no white space. */
function thumbprint(jwk: Jwk): string {
  const json =
    jwk.kty === 'EC'
      ? `{"crv":"${jwk.crv}","kty":"EC","x":"${jwk.x}","y":"${jwk.y}"}`
      : `{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}"}`;
  return createHash('sha256').update(json).digest('base64url');
}

const fromBase64url = (text: string) => Buffer.from(text, 'base64url');

/** The payload of a compact vc+jwt whose signature holds under a key of `jwks`; throws otherwise. */
function verifyJws(jws: string, jwks: { keys: Jwk[] }): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const parts = jws.split('.');
  assert.equal(parts.length, 3, 'a compact JWS has three parts');
  const [headerText, payloadText, signatureText] = parts as [string, string, string];
  const header = JSON.parse(fromBase64url(headerText).toString('utf8')) as Record<string, unknown>;
  assert.equal(header.typ, 'vc+jwt');
  assert.ok(!('jwk' in header) && !('jku' in header) && !('x5c' in header) && !('crit' in header));
  const jwk = jwks.keys.find((key) => key.kid === header.kid);
  assert.ok(jwk, `the JWKS has the key ${String(header.kid)}`);
  const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  const input = Buffer.from(`${headerText}.${payloadText}`);
  const signature = fromBase64url(signatureText);
  let holds: boolean;
  if (header.alg === 'ES256') {
    assert.equal(jwk.crv, 'P-256');
    assert.equal(signature.length, 64, 'ES256 is raw r||s, not DER');
    holds = verify('sha256', input, { key, dsaEncoding: 'ieee-p1363' }, signature);
  } else {
    assert.ok(header.alg === 'EdDSA' || header.alg === 'Ed25519', `alg ${String(header.alg)}`);
    assert.equal(jwk.crv, 'Ed25519');
    holds = verify(null, input, key, signature);
  }
  assert.ok(holds, 'the signature holds');
  return { header, payload: JSON.parse(fromBase64url(payloadText).toString('utf8')) as Record<string, unknown> };
}

/** Bit `index` of a status list's `encodedList` (index 0: the most significant bit of byte 0). */
function listBit(encodedList: string, index: number): 0 | 1 {
  assert.ok(encodedList.startsWith('u'), 'multibase base64url');
  const bits = gunzipSync(fromBase64url(encodedList.slice(1)));
  assert.ok(bits.length * 8 >= 131_072, 'at least 131,072 bits');
  return ((bits[index >> 3]! >> (7 - (index % 8))) & 1) as 0 | 1;
}

/* ------------------------------------------------------------ the server */

interface Server {
  request(path: string, init?: RequestInit): Promise<Response>;
  logs: string[];
  bodies: string[];
}

function server(db: TestDatabase['db'], overrides: Partial<ServerSettings> = {}): Server {
  const settings = serverSettings({
    demoDir: undefined,
    distDir: undefined,
    publicOrigin: ORIGIN,
    issuerName: { ar: 'مكتب الجودة', en: 'Quality office' },
    bootstrapKey: BOOTSTRAP_KEY,
    rateLimit: { writes: { limit: 100_000, windowMs: 60_000 }, reads: { limit: 100_000, windowMs: 60_000 } },
    ...overrides,
  });
  const logs: string[] = [];
  const bodies: string[] = [];
  const app = createApp({ db, settings, log: (entry) => logs.push(JSON.stringify(entry)) });
  return {
    logs,
    bodies,
    async request(path, init) {
      const response = await app.request(path.startsWith(ORIGIN) ? path.slice(ORIGIN.length) : path, init);
      bodies.push(await response.clone().text());
      return response;
    },
  };
}

async function jwksOf(s: Server): Promise<{ keys: Jwk[] }> {
  const response = await s.request('/.well-known/jwks.json');
  assert.equal(response.status, 200);
  return (await response.json()) as { keys: Jwk[] };
}

async function certificationOf(s: Server, id: string): Promise<Record<string, unknown> & { signed: string; status: string }> {
  const response = await s.request(`/api/v1/certifications/${id}`);
  assert.equal(response.status, 200);
  return (await response.json()) as Record<string, unknown> & { signed: string; status: string };
}

type Entry = { type: string; statusPurpose: string; statusListIndex: string; statusListCredential: string };

/** The bit of `purpose` for the record `signed`, read from the served list, which must verify too. */
async function bitOf(s: Server, signed: string, purpose: string): Promise<0 | 1> {
  const jwks = await jwksOf(s);
  const { payload } = verifyJws(signed, jwks);
  const entry = (payload.credentialStatus as Entry[]).find((e) => e.statusPurpose === purpose)!;
  const response = await s.request(entry.statusListCredential);
  assert.equal(response.status, 200);
  const list = verifyJws(await response.text(), jwks).payload;
  assert.equal(list.iss, payload.iss, 'the list is signed by the record issuer');
  const subject = list.credentialSubject as { type: string; statusPurpose: string; encodedList: string };
  assert.equal(subject.statusPurpose, purpose);
  return listBit(subject.encodedList, Number(entry.statusListIndex));
}

for (const engine of ENGINES)
  describe(`signed certificate records (${engine})`, () => {
    let database: TestDatabase;
    let s: Server;
    // The server's key, as JAWDA_SIGNING_KEY would give it (a private JWK), so the test knows what must never leak.
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const privateJwk = privateKey.export({ format: 'jwk' });

    before(async () => {
      database = await seededDatabase(engine);
      s = server(database.db, { signingKey: JSON.stringify(privateJwk) });
    });
    after(async () => {
      await database?.cleanup();
    });

    test('the JWKS publishes public keys only, each with its RFC 7638 thumbprint as kid', async () => {
      const response = await s.request('/.well-known/jwks.json');
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      const { keys } = (await response.json()) as { keys: Jwk[] };
      assert.equal(keys.length, 1);
      for (const key of keys) {
        assert.equal(key.kid, thumbprint(key));
        assert.equal(key.d, undefined, 'no private part');
        assert.deepEqual([key.kty, key.crv, key.alg], ['EC', 'P-256', 'ES256']);
      }
    });

    test('a certification served is a signed VC 2.0 of what the unsigned fields say, with revocation and suspension entries', async () => {
      const served = await certificationOf(s, 'BV-ISO9001-2023-117');
      const { header, payload } = verifyJws(served.signed, await jwksOf(s));
      assert.equal(header.alg, 'ES256');
      assert.deepEqual(payload['@context'], ['https://www.w3.org/ns/credentials/v2']);
      assert.ok((payload.type as string[]).includes('VerifiableCredential'));
      assert.equal((payload.issuer as { id: string }).id, ORIGIN, 'the issuer id is the public origin by default');
      assert.equal(payload.iss, ORIGIN);
      assert.deepEqual(
        (payload.issuer as { name: { '@value': string }[] }).name.map((n) => n['@value']),
        ['Quality office', 'مكتب الجودة'],
      );
      const { status: _s, lastVerifiedAt: _l, signed: _signed, ...unsigned } = served;
      assert.deepEqual(payload.credentialSubject, unsigned, 'the subject is the certification, id and all, without its status');
      assert.equal(payload.validUntil, `${served.expiryDate as string}T23:59:59Z`);
      assert.equal(payload.exp, Date.parse(payload.validUntil as string) / 1000);
      assert.ok(typeof payload.iat === 'number' && Math.abs((payload.iat as number) - Date.now() / 1000) < 600);
      const entries = payload.credentialStatus as Entry[];
      assert.deepEqual(entries.map((e) => e.statusPurpose).sort(), ['revocation', 'suspension']);
      for (const entry of entries) {
        assert.equal(entry.type, 'BitstringStatusListEntry');
        assert.match(entry.statusListIndex, /^\d+$/);
        assert.ok(Number(entry.statusListIndex) < 131_072);
        assert.equal(entry.statusListCredential, `${ORIGIN}/status-lists/${entry.statusPurpose}`);
      }
      assert.equal(await bitOf(s, served.signed, 'revocation'), 0);
      assert.equal(await bitOf(s, served.signed, 'suspension'), 0);
      // The same record twice: the same bytes (a stable ETag), not a fresh signature per request.
      assert.equal((await certificationOf(s, 'BV-ISO9001-2023-117')).signed, served.signed);
    });

    test("an organisation's certifications are each signed, with indexes of their own", async () => {
      const response = await s.request('/api/v1/organisations/iga/certifications');
      const { certifications } = (await response.json()) as { certifications: { id: string; signed: string }[] };
      const jwks = await jwksOf(s);
      const indexes = certifications.map((c) => {
        const { payload } = verifyJws(c.signed, jwks);
        assert.equal((payload.credentialSubject as { id: string }).id, c.id);
        return (payload.credentialStatus as Entry[])[0]!.statusListIndex;
      });
      assert.equal(new Set(indexes).size, certifications.length);
    });

    test("the seed's statuses: inactive and suspended read suspended, withdrawn and cancelled revoked; drafts, pending and unknown statuses are not signed", async () => {
      const response = await s.request('/api/v1/organisations/status-examples/certifications');
      const { certifications } = (await response.json()) as { certifications: { id: string; status: string; signed?: string }[] };
      const byStatus = Object.fromEntries(certifications.map((c) => [c.status, c]));
      for (const status of ['draft', 'pending', 'under-review']) assert.equal(byStatus[status]!.signed, undefined, status);
      const bits = async (status: string) => [
        await bitOf(s, byStatus[status]!.signed!, 'revocation'),
        await bitOf(s, byStatus[status]!.signed!, 'suspension'),
      ];
      assert.deepEqual(await bits('suspended'), [0, 1]);
      assert.deepEqual(await bits('inactive'), [0, 1]);
      assert.deepEqual(await bits('withdrawn'), [1, 0]);
      assert.deepEqual(await bits('cancelled'), [1, 0]);
      assert.deepEqual(await bits('active'), [0, 0]);
      const expired = verifyJws(byStatus.expired!.signed!, await jwksOf(s)).payload;
      assert.ok(Date.parse(expired.validUntil as string) < Date.now(), 'an expired certificate: its record has ended');
    });

    test('a status list is a signed vc+jwt valid for 24 hours, with an ETag and a Cache-Control', async () => {
      const response = await s.request('/status-lists/revocation');
      assert.equal(response.headers.get('content-type'), 'application/vc+jwt');
      assert.match(response.headers.get('cache-control') ?? '', /no-cache/);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      const etag = response.headers.get('etag')!;
      assert.ok(etag);
      const { payload } = verifyJws(await response.text(), await jwksOf(s));
      assert.ok((payload.type as string[]).includes('BitstringStatusListCredential'));
      const hours = (Date.parse(payload.validUntil as string) - Date.parse(payload.validFrom as string)) / 3_600_000;
      assert.equal(hours, 24);
      assert.equal(payload.exp, Date.parse(payload.validUntil as string) / 1000);
      const again = await s.request('/status-lists/revocation', { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal((await s.request('/status-lists/other')).status, 404);
    });

    test('suspend, reinstate and withdraw flip the bits in the served lists, and the unsigned status follows', async () => {
      const put = await s.request('/api/v1/admin/certifications/MOF-9001', {
        method: 'PUT',
        headers: ADMIN,
        body: JSON.stringify(certificate('active', { organisationId: 'iga' })),
      });
      assert.equal(put.status, 201, await put.text());
      const record = (await certificationOf(s, 'MOF-9001')).signed;
      const change = async (action: string) =>
        s.request('/api/v1/admin/certifications/MOF-9001/status', { method: 'POST', headers: ADMIN, body: JSON.stringify({ action }) });

      assert.equal((await change('suspend')).status, 200);
      assert.equal((await certificationOf(s, 'MOF-9001')).status, 'suspended');
      assert.equal(await bitOf(s, record, 'suspension'), 1);
      assert.equal(await bitOf(s, record, 'revocation'), 0);

      assert.equal((await change('reinstate')).status, 200);
      assert.equal((await certificationOf(s, 'MOF-9001')).status, 'active');
      assert.equal(await bitOf(s, record, 'suspension'), 0);

      assert.equal((await change('withdraw')).status, 200);
      const withdrawn = await certificationOf(s, 'MOF-9001');
      assert.equal(withdrawn.status, 'withdrawn');
      assert.equal(await bitOf(s, record, 'revocation'), 1, 'the record handed out before now reads revoked');
      assert.equal(await bitOf(s, withdrawn.signed, 'revocation'), 1);
      assert.equal((await change('reinstate')).status, 409, 'revocation is final');
      assert.equal((await change('fly')).status, 400);
      const both = await s.request('/api/v1/admin/certifications/MOF-9001/status', {
        method: 'POST',
        headers: ADMIN,
        body: JSON.stringify({ action: 'suspend', status: 'suspended' }),
      });
      assert.equal(both.status, 400);
      assert.equal((await s.request('/status-lists/suspension', { method: 'POST' })).status, 404);
    });

    test('a deleted certificate: records handed out before read as revoked', async () => {
      const put = await s.request('/api/v1/admin/certifications/GONE-1', {
        method: 'PUT',
        headers: ADMIN,
        body: JSON.stringify(certificate('active', { organisationId: 'iga' })),
      });
      assert.equal(put.status, 201);
      const record = (await certificationOf(s, 'GONE-1')).signed;
      assert.equal((await s.request('/api/v1/admin/certifications/GONE-1', { method: 'DELETE', headers: ADMIN })).status, 204);
      assert.equal(await bitOf(s, record, 'revocation'), 1);
    });

    test("the demo's quality page trusts the server through its trust script: the keys of the JWKS, its status origin", async () => {
      const withPages = server(database.db, { signingKey: JSON.stringify(privateJwk), demoDir: DEFAULT_SETTINGS.demoDir });
      const page = await (await withPages.request('/quality.html')).text();
      const script = /<script type="application\/json" data-jawda-trust>([^<]*)<\/script>/.exec(page);
      assert.ok(script, 'the page has a trust script');
      const trust = JSON.parse(script[1]!) as {
        issuers: { id: string; name: { ar: string; en: string }; keys: Jwk[]; statusOrigins: string[] }[];
      };
      assert.equal(trust.issuers.length, 1);
      const [issuer] = trust.issuers;
      assert.equal(issuer!.id, ORIGIN);
      assert.deepEqual(issuer!.name, { ar: 'مكتب الجودة', en: 'Quality office' });
      assert.deepEqual(issuer!.statusOrigins, [ORIGIN]);
      assert.deepEqual(issuer!.keys, (await jwksOf(withPages)).keys);
      // The keys in the page verify what the API serves.
      const { payload } = verifyJws((await certificationOf(withPages, 'BV-ISO9001-2023-117')).signed, { keys: issuer!.keys });
      assert.equal(payload.iss, issuer!.id);
      assert.ok(!page.includes(privateJwk.d!));
    });

    test("the editor page: the server's trust filled in, a tampered record that fails and one from an issuer it does not trust", async () => {
      const withPages = server(database.db, { signingKey: JSON.stringify(privateJwk), demoDir: DEFAULT_SETTINGS.demoDir });
      const response = await withPages.request('/editor.html');
      const page = await response.text();
      type Issuer = { id: string; keys: Jwk[] };
      const issuers = [...page.matchAll(/<script type="application\/json" data-jawda-trust>([^<]*)<\/script>/g)].flatMap(
        ([, json]) => (JSON.parse(json!) as { issuers: Issuer[] }).issuers,
      );
      assert.deepEqual(
        issuers.map((issuer) => issuer.id),
        [ORIGIN, 'https://certification-body.example/issuer'],
      );
      assert.deepEqual(issuers[0]!.keys, (await jwksOf(withPages)).keys);
      assert.match(response.headers.get('etag') ?? '', /-[\w-]{12}"$/, 'the ETag changes with the keys');
      const records = [...page.matchAll(/"signed": "([\w-]+\.[\w-]+\.[\w-]+)"/g)].map(([, jws]) => jws!);
      assert.equal(records.length, 2);
      const [tampered, untrusted] = records as [string, string];
      assert.throws(() => verifyJws(tampered, { keys: issuers[1]!.keys }), /the signature holds/);
      const untrustedIssuer = JSON.parse(fromBase64url(untrusted.split('.')[1]!).toString('utf8')) as { iss: string };
      assert.ok(!issuers.some((issuer) => issuer.id === untrustedIssuer.iss));
    });

    test('no private key in any response or log line', async () => {
      assert.ok(s.logs.length > 10 && s.bodies.length > 10);
      const everything = [...s.bodies, ...s.logs].join('\n');
      assert.ok(!everything.includes(privateJwk.d!));
      assert.doesNotMatch(everything, /"d"\s*:|PRIVATE KEY/);
    });

    test('JAWDA_SIGNING_KEY: an Ed25519 key from the environment signs (EdDSA), a JAWDA_ISSUER_ID names the issuer', async () => {
      const { privateKey } = generateKeyPairSync('ed25519');
      const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
      const withKey = server(database.db, { signingKey: pem, issuerId: 'did:web:quality.jawda.test' });
      const jwks = await jwksOf(withKey);
      assert.equal(jwks.keys.length, 1);
      assert.deepEqual([jwks.keys[0]!.kty, jwks.keys[0]!.crv, jwks.keys[0]!.alg], ['OKP', 'Ed25519', 'EdDSA']);
      assert.equal(jwks.keys[0]!.kid, thumbprint(jwks.keys[0]!));
      const { header, payload } = verifyJws((await certificationOf(withKey, 'BV-ISO9001-2023-117')).signed, jwks);
      assert.equal(header.alg, 'EdDSA');
      assert.equal(payload.iss, 'did:web:quality.jawda.test');
      assert.equal(await bitOf(withKey, (await certificationOf(withKey, 'BV-ISO9001-2023-117')).signed, 'revocation'), 0);
      const secret = privateKey.export({ format: 'jwk' }).d!;
      assert.ok(![...withKey.bodies, ...withKey.logs].some((text) => text.includes(secret)));
    });

    test('a generated key is kept 0600; rotation publishes the next key first, then signs with it, and old records still verify', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'jawda-keys-'));
      try {
        const keyFile = join(dir, 'signing-keys.json');
        const first = server(database.db, { signingKeyFile: keyFile });
        assert.equal(statSync(keyFile).mode & 0o777, 0o600);
        const secret = (JSON.parse(readFileSync(keyFile, 'utf8')) as { keys: { privateJwk: { d: string } }[] }).keys[0]!.privateJwk.d;
        const old = (await certificationOf(first, 'BV-ISO9001-2023-117')).signed;
        const oldKid = verifyJws(old, await jwksOf(first)).header.kid;

        const rotate = async () => {
          const out: string[] = [];
          const err: string[] = [];
          const code = await runAdmin(
            ['signing', 'rotate'],
            database.db,
            (l) => out.push(l),
            (l) => err.push(l),
            () => ({
              signingKeyFile: keyFile,
            }),
          );
          assert.equal(code, 0, err.join('\n'));
          assert.ok(!out.join('\n').includes(secret));
          return out.join('\n');
        };
        assert.match(await rotate(), /Published the next signing key/);
        assert.equal(statSync(keyFile).mode & 0o777, 0o600);
        const published = server(database.db, { signingKeyFile: keyFile });
        const twoKeys = await jwksOf(published);
        assert.equal(twoKeys.keys.length, 2, 'the next key is published beside the current one');
        assert.equal(
          verifyJws((await certificationOf(published, 'BV-ISO9001-2023-117')).signed, twoKeys).header.kid,
          oldKid,
          'not used yet',
        );

        assert.match(await rotate(), /Signing with/);
        const rotated = server(database.db, { signingKeyFile: keyFile });
        const jwks = await jwksOf(rotated);
        assert.equal(jwks.keys.length, 2);
        const fresh = (await certificationOf(rotated, 'BV-ISO9001-2023-117')).signed;
        assert.notEqual(verifyJws(fresh, jwks).header.kid, oldKid, 'the new key signs');
        assert.equal(verifyJws(old, jwks).header.kid, oldKid, 'a record signed before still verifies');
        assert.equal(await bitOf(rotated, old, 'revocation'), 0, 'and its status list is signed by the new key');
        assert.ok(!readFileSync(keyFile, 'utf8').includes(secret), 'the retired private key is dropped');
        assert.ok(![...first.bodies, ...first.logs, ...rotated.bodies, ...rotated.logs].some((text) => text.includes(secret)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

describe('signing settings', () => {
  test('the issuer is the configured public origin (never a request Host); the key file sits in the data folder', () => {
    const local = settingsFromEnv({ PORT: '9000', JAWDA_DATA_DIR: '/srv/jawda' });
    assert.equal(local.publicOrigin, 'http://127.0.0.1:9000');
    assert.equal(local.signingKeyFile, '/srv/jawda/signing-keys.json');
    assert.equal(settingsFromEnv({ JAWDA_DATA_DIR: 'memory' }).signingKeyFile, undefined);
    const deployed = settingsFromEnv({ JAWDA_PUBLIC_ORIGIN: 'https://quality.gov.bh/', JAWDA_ISSUER_NAME: 'iGA quality office' });
    assert.equal(deployed.publicOrigin, 'https://quality.gov.bh');
    assert.deepEqual(deployed.issuerName, { en: 'iGA quality office', ar: 'iGA quality office' });
    assert.throws(() => settingsFromEnv({ JAWDA_PUBLIC_ORIGIN: 'https://quality.gov.bh/certificates' }), /JAWDA_PUBLIC_ORIGIN/);
  });

  test('a JAWDA_SIGNING_KEY that is not a usable private key stops the server, without repeating the key', () => {
    const secret = 'not-a-key-but-a-secret-0123456789';
    assert.throws(
      () => new CertificationPublisher(serverSettings({ signingKey: secret })),
      (error: Error) => /JAWDA_SIGNING_KEY/.test(error.message) && !error.message.includes(secret),
    );
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    assert.throws(() => new CertificationPublisher(serverSettings({ signingKey: rsa })), /P-256|Ed25519/);
  });
});
