import { JawdaError } from './errors.js';

/**
 * Reads `<script type="application/json">` placed inside an element by a CMS page. The browser never
 * executes that type, and the content is only ever parsed as JSON and rendered as text.
 * Returns undefined when there is none.
 */
export function readInlineJson(host: Element): unknown {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  try {
    return JSON.parse(script.textContent ?? '');
  } catch (error) {
    throw new JawdaError('invalid-response', 'The inline JSON cannot be parsed', {
      issues: [{ path: '', message: error instanceof Error ? error.message : String(error) }],
    });
  }
}
