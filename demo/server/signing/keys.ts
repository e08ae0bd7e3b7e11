/**
 * The server's signing keys: the one that signs now (`current`), the one published ahead of use
 * (`next`), and the public halves of those that signed before (`retired`, kept so records already
 * handed out still verify). They come from `JAWDA_SIGNING_KEY`, or from a file in the data folder
 * (mode 0600) written on first start. The private halves never leave this module except to sign.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type JsonWebKey, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The JOSE algorithms the server signs with: ES256 (P-256) by default, EdDSA (Ed25519) when asked. */
export type SigningAlgorithm = 'ES256' | 'EdDSA';
export const SIGNING_ALGORITHMS: readonly SigningAlgorithm[] = ['ES256', 'EdDSA'];

/** A public key as the JWKS publishes it. */
export interface PublicJwk {
  kty: string;
  crv: string;
  x: string;
  y?: string;
  kid: string;
  alg: SigningAlgorithm;
  use: 'sig';
}

/** The key that signs: its private half, and its public JWK (with `kid`). */
export interface SigningKey {
  alg: SigningAlgorithm;
  kid: string;
  privateKey: KeyObject;
  publicJwk: PublicJwk;
}

type KeyState = 'current' | 'next' | 'retired';

/** One key in the keys file; a retired key keeps its public half only. */
interface StoredKey {
  state: KeyState;
  createdAt: string;
  privateJwk?: JsonWebKey;
  publicJwk?: PublicJwk;
}

interface KeysFile {
  keys: StoredKey[];
}

/** Where the keys come from: the environment's private key, a keys file, or neither (a key in memory for this process). */
export interface KeySource {
  /** `JAWDA_SIGNING_KEY`: a private JWK (JSON) or PEM. */
  signingKey?: string;
  /** The keys file; undefined: keys live in memory only (tests, `JAWDA_DATA_DIR=memory`). */
  keyFile?: string;
}

/** RFC 7638 thumbprint: SHA-256 of the required members in lexicographic order, base64url. */
export function jwkThumbprint(jwk: { kty: string; crv?: string; x?: string; y?: string }): string {
  const members = jwk.kty === 'EC' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y } : { crv: jwk.crv, kty: jwk.kty, x: jwk.x };
  return createHash('sha256').update(JSON.stringify(members)).digest('base64url');
}

function algorithmOf(key: KeyObject): SigningAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new Error('The signing key must be an EC P-256 (ES256) or Ed25519 (EdDSA) private key');
}

function publicJwkOf(privateKey: KeyObject, alg: SigningAlgorithm): PublicJwk {
  const { kty, crv, x, y } = createPublicKey(privateKey).export({ format: 'jwk' });
  const base = { kty: kty!, crv: crv!, x: x!, ...(y ? { y } : {}) };
  return { ...base, kid: jwkThumbprint(base), alg, use: 'sig' };
}

function signingKeyOf(privateKey: KeyObject): SigningKey {
  if (privateKey.type !== 'private') throw new Error('The signing key must be a private key');
  const alg = algorithmOf(privateKey);
  const publicJwk = publicJwkOf(privateKey, alg);
  return { alg, kid: publicJwk.kid, privateKey, publicJwk };
}

/** Reads `JAWDA_SIGNING_KEY`; the message of an error never repeats the key. */
export function parseSigningKey(text: string): SigningKey {
  let privateKey: KeyObject;
  try {
    const trimmed = text.trim();
    privateKey = trimmed.startsWith('{')
      ? createPrivateKey({ key: JSON.parse(trimmed) as JsonWebKey, format: 'jwk' })
      : createPrivateKey(trimmed);
  } catch {
    throw new Error('JAWDA_SIGNING_KEY is neither a private JWK nor a PEM private key');
  }
  return signingKeyOf(privateKey);
}

/** A fresh key pair for `alg`. */
export function generateSigningKey(alg: SigningAlgorithm = 'ES256'): SigningKey {
  const { privateKey } = alg === 'EdDSA' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return signingKeyOf(privateKey);
}

/** The signature of `input` (ES256: raw r||s, 64 bytes, as JOSE requires; never DER). */
export function signBytes(key: SigningKey, input: Uint8Array): Buffer {
  return key.alg === 'ES256'
    ? sign('sha256', input, { key: key.privateKey, dsaEncoding: 'ieee-p1363' })
    : sign(null, input, key.privateKey);
}

/* ------------------------------------------------------------------ the keys file */

function stored(key: SigningKey, state: KeyState): StoredKey {
  return { state, createdAt: new Date().toISOString(), privateJwk: key.privateKey.export({ format: 'jwk' }) };
}

function readKeysFile(path: string): KeysFile | undefined {
  if (!existsSync(path)) return undefined;
  // Someone widened its permissions: narrow them again, the key is for this server only.
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as KeysFile;
  if (!Array.isArray(parsed.keys) || parsed.keys.filter((key) => key.state === 'current').length !== 1)
    throw new Error(`${path} must hold exactly one current signing key`);
  return parsed;
}

/** Written to a temporary file with mode 0600 and renamed, so a crash never leaves half a key. */
function writeKeysFile(path: string, file: KeysFile): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

function publicOf(key: StoredKey): PublicJwk {
  return key.publicJwk ?? signingKeyOf(createPrivateKey({ key: key.privateJwk!, format: 'jwk' })).publicJwk;
}

/** The keys in force: the one that signs, and every public key to publish (next and retired included). */
export interface SigningKeys {
  current: SigningKey;
  published: PublicJwk[];
}

/**
 * The server's keys. `JAWDA_SIGNING_KEY` wins and signs; a keys file beside it still publishes its
 * other keys. Without either, a key is generated: into the keys file when there is one (first
 * start), else in memory for this process only.
 */
export function loadSigningKeys(source: KeySource): SigningKeys {
  let file = source.keyFile ? readKeysFile(source.keyFile) : undefined;
  if (!file && !source.signingKey) {
    file = { keys: [stored(generateSigningKey(), 'current')] };
    if (source.keyFile) writeKeysFile(source.keyFile, file);
  }
  const fromFile = file?.keys ?? [];
  const current = source.signingKey
    ? parseSigningKey(source.signingKey)
    : signingKeyOf(createPrivateKey({ key: fromFile.find((key) => key.state === 'current')!.privateJwk!, format: 'jwk' }));
  const published = [current.publicJwk];
  for (const key of fromFile) {
    const jwk = publicOf(key);
    if (!published.some((known) => known.kid === jwk.kid)) published.push(jwk);
  }
  return { current, published };
}

/** What `signing rotate` did. */
export type Rotation =
  { step: 'published-next'; kid: string; alg: SigningAlgorithm } | { step: 'promoted-next'; kid: string; retired: string };

/**
 * Rotation in two steps, so browsers and portals can learn a key before it signs anything:
 * the first call publishes a `next` key beside the current one; the next call makes it current and
 * retires the old one (its public half stays published, so records it signed still verify).
 */
export function rotateSigningKeys(keyFile: string, alg?: SigningAlgorithm): Rotation {
  const file = readKeysFile(keyFile) ?? { keys: [stored(generateSigningKey(alg), 'current')] };
  const next = file.keys.find((key) => key.state === 'next');
  if (!next) {
    const key = generateSigningKey(alg ?? publicOf(file.keys.find((k) => k.state === 'current')!).alg);
    file.keys.push(stored(key, 'next'));
    writeKeysFile(keyFile, file);
    return { step: 'published-next', kid: key.kid, alg: key.alg };
  }
  const current = file.keys.find((key) => key.state === 'current')!;
  const retired = publicOf(current);
  current.state = 'retired';
  current.publicJwk = retired;
  delete current.privateJwk;
  next.state = 'current';
  writeKeysFile(keyFile, file);
  return { step: 'promoted-next', kid: publicOf(next).kid, retired: retired.kid };
}

/** Every key in the file with its state, for `signing list` (public parts only). */
export function listSigningKeys(keyFile: string): { kid: string; alg: SigningAlgorithm; state: KeyState; createdAt: string }[] {
  return (readKeysFile(keyFile)?.keys ?? []).map((key) => {
    const jwk = publicOf(key);
    return { kid: jwk.kid, alg: jwk.alg, state: key.state, createdAt: key.createdAt };
  });
}
