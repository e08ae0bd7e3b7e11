/**
 * Strict base64url (RFC 4648 section 5, no padding), as JOSE and multibase `u` use it. `atob` is
 * lenient (padding, white space, the `+/` alphabet, non-zero spare bits), so one signed record could
 * be written several ways; here each byte string has exactly one spelling.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((character, value) => [character, value]));

/** The bytes `text` spells, or undefined when it is not canonical unpadded base64url. */
export function decodeBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  // A length of 4n+1 leaves 6 bits: not a whole byte.
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const character of text) {
    const value = VALUES.get(character);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  // The spare bits of the last character must be zero, or two spellings would give the same bytes.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return bytes;
}

/** `bytes` as unpadded base64url. */
export function encodeBase64url(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 3) {
    const chunk = (bytes[at] << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0);
    const characters = Math.min(4, Math.ceil(((bytes.length - at) * 8) / 6));
    for (let position = 0; position < characters; position++) text += ALPHABET[(chunk >> (18 - 6 * position)) & 63];
  }
  return text;
}
