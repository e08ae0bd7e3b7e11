/**
 * The results answer checked against the contract's `Results` (a lazy chunk of its own). Not in the
 * contract's registry (`SCHEMAS`): the schema would ride in the chunk every other element loads
 * with its first validation, about 0.25 kB gzip that no rating, scorecard or badge page needs.
 */
import { Results } from '../core/contract.js';
import { JawdaError, fieldIssues } from '../core/errors.js';

/** The answer, validated; a `JawdaError` naming the fields that are wrong otherwise. */
export function parseResults(payload: unknown, url?: string): Results {
  const result = Results.safeParse(payload);
  if (result.success) return result.data;
  throw new JawdaError('invalid-response', 'The data does not match the contract', { url, issues: fieldIssues(result.error.issues) });
}
