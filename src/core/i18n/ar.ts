/**
 * What every Arabic page loads besides the first load, in one lazy chunk: the Arabic words more
 * than one element shows (each element's own come in its own part, see ./catalogues.ts) and
 * lit-localize's lookup, which finds a message by the hash of its English text. English is the
 * source language, so `msg()` answers it without either: an English page never downloads the
 * hashing (about 0.6 kB gzip), and an Arabic one fetches it with the words it waits for anyway.
 */
export { templates } from '../../generated/locales/ar-core.js';
export { runtimeMsg as lookup } from '@lit/localize/internal/runtime-msg.js';
