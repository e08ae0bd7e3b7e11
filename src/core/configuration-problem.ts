/**
 * A content editor's mistake in an element's attributes, as the elements name it and the words of
 * what went wrong (failure-words.ts) say it: below both, so that imports run one way.
 */

/** A content editor's mistake, named: which attribute, what value, what to do. */
export interface ConfigurationProblem {
  attribute: string;
  value: string;
  reason: 'missing' | 'malformed' | 'unknown-value' | 'not-a-number';
  /** Allowed values, for `unknown-value`. */
  allowed?: readonly string[];
  /** The element's own sentence for this problem, when it can say more (called in the reader's locale). */
  text?: () => string;
}
