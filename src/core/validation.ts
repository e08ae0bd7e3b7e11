/**
 * What loads with the first validation, as one lazy chunk: the contract's schemas (and zod), and
 * the words for what can be wrong with a field. A field issue with a validator's code exists only
 * once this chunk is here (zod's issues, and a 400's ValidationProblem, validated with it), so no
 * element's first load carries these words. `msg` is the caller's (messages.ts): this chunk
 * imports nothing of the i18n runtime (which would split a static chunk off jawda.min.js).
 */
import type { MsgFn } from '@lit/localize/internal/types.js';
import type { FieldIssue } from './errors.js';

export { SCHEMAS } from './contract.js';

/** What is wrong with one field, in the reader's language (validators speak English only). */
export function issueText(issue: FieldIssue, msg: MsgFn): string {
  switch (issue.code) {
    case 'invalid_type':
      return msg('missing, or not the right kind of value');
    case 'too_small':
      return msg('too small or too short');
    case 'too_big':
      return msg('too large or too long');
    case 'invalid_format':
      return msg('not in the expected format');
    case 'invalid_value':
    case 'invalid_union':
      return msg('not one of the allowed values');
    case 'unrecognized_keys':
      return msg('unexpected fields');
    default:
      // A rule of our own (`custom`) or a server's own words: the message is the best there is.
      return issue.message;
  }
}
