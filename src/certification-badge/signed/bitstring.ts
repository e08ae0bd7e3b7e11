/**
 * The bitstring of a W3C Bitstring Status List v1.0: `encodedList` is multibase base64url (`u`) of
 * the GZIP of the bits. Decompression is capped and fed in small slices, so a gzip bomb (a megabyte
 * that inflates to a gigabyte) is stopped a few megabytes in, and the page never holds more.
 */
import { decodeBase64url } from './base64url.js';

/** Fewest bits a list may have: 16 KiB, the standard's herd-privacy minimum. */
export const MIN_STATUS_BITS = 131_072;
/** Most bytes a list may inflate to (16,777,216 statuses): beyond it, decompression stops. */
export const MAX_STATUS_LIST_BYTES = 2 * 1024 * 1024;
// Deflate inflates at most ~1032:1, so a 1 KiB slice yields about 1 MiB: the cap is never overshot by much.
const SLICE_BYTES = 1024;

/** Why a list's bits could not be read. */
export type BitstringProblem = 'encoding' | 'gzip' | 'too-large' | 'too-short';

/** The bits of `encodedList`, or why not. */
export async function decodeBitstring(encodedList: string, maxBytes = MAX_STATUS_LIST_BYTES): Promise<Uint8Array | BitstringProblem> {
  const gzip = encodedList.startsWith('u') ? decodeBase64url(encodedList.slice(1)) : undefined;
  if (!gzip) return 'encoding';
  const bits = await gunzip(gzip, maxBytes);
  if (typeof bits === 'string') return bits;
  return bits.length * 8 < MIN_STATUS_BITS ? 'too-short' : bits;
}

/** Bit `index` of `bits`, index 0 being the left-most (the most significant bit of byte 0); undefined beyond the end. */
export function bitAt(bits: Uint8Array, index: number): 0 | 1 | undefined {
  const byte = bits[Math.floor(index / 8)];
  if (byte === undefined || !Number.isInteger(index) || index < 0) return undefined;
  return ((byte >> (7 - (index % 8))) & 1) as 0 | 1;
}

/** GZIP-decompresses `gzip`, giving up as soon as the output passes `maxBytes`. */
export async function gunzip(gzip: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array | 'gzip' | 'too-large'> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  // Fed slice by slice while the output is read: the stream's backpressure then keeps the input
  // from running ahead, and stopping the reader stops the work.
  const feeding = (async () => {
    for (let at = 0; at < gzip.length && !stopped; at += SLICE_BYTES) await writer.write(gzip.subarray(at, at + SLICE_BYTES));
    if (!stopped) await writer.close();
  })().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > maxBytes) {
        stopped = true;
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    stopped = true;
    return 'gzip';
  } finally {
    await feeding;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
