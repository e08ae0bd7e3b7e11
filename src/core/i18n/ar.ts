/**
 * What every Arabic page loads besides the first load, in one lazy chunk: the Arabic words more
 * than one element shows (each element's own come in its own part, see ./catalogues.ts) and
 * lit-localize's lookup, which finds a message by the hash of its English text. English is the
 * source language, so `msg()` answers it without either: an English page never downloads the
 * hashing (about 0.6 kB gzip), and an Arabic one fetches it with the words it waits for anyway.
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { MsgOptions, TemplateLike, TemplateMap } from '@lit/localize/internal/types.js';
import { keyLength, templates as sharedWords } from '../../generated/locales/ar-core.js';

/** The Arabic words of more than one element (typed here, so that the published types never name generated code). */
export const templates: TemplateMap = sharedWords;

/** The options that name each message's key, by the English text's strings (hashed once each). */
const keyed = new Map<string | readonly string[], MsgOptions>();

/**
 * lit-localize's lookup, by the catalogue's keys: a message's own `id`, else the hash of its English
 * text cut to `keyLength` characters (scripts/localize-build.mjs: the shortest that tells every
 * message apart; the full hash would cost each Arabic page about 0.3 kB gzip more).
 */
export function lookup(templates: TemplateMap, template: TemplateLike, options?: MsgOptions): ReturnType<typeof runtimeMsg> {
  if (!options?.id) {
    const strings = typeof template === 'string' ? template : template.strings;
    options = keyed.get(strings);
    if (!options)
      keyed.set(
        strings,
        (options = { id: generateMsgId(strings, typeof template !== 'string' && !('strTag' in template)).slice(0, keyLength) }),
      );
  }
  return runtimeMsg(templates, template, options);
}
