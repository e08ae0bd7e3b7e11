/**
 * The words of what went wrong, every element's, written once: a failure said to a citizen, a setup
 * problem said to a content editor. A chunk of its own (loaded through messages.ts): a page where
 * everything works and is set up right never needs them before its first paint. Call them during
 * render (or inside `localized()`), so that `msg()` answers in the element's locale.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { loadedValidation } from './contract-check.js';
import { JawdaError } from './errors.js';
import { inLocale } from './i18n/catalogues.js';
import { msg, str } from './i18n/msg.js';
import type { Formats } from './i18n/format.js';
import type { ConfigurationProblem } from './configuration-problem.js';
import { notice } from './notice.js';
import { warnOnce } from './warn.js';

/**
 * What to fix, in plain words for a content editor: the attribute and what it is set to, and what to
 * write instead. No quotes and no developer words: the editor reads it in the page, and so may a citizen.
 */
export function configurationText(problem: ConfigurationProblem, format?: Formats): string {
  const { attribute, value } = problem;
  if (problem.text) return problem.text();
  switch (problem.reason) {
    case 'missing':
      return msg(str`Add the ${attribute} attribute to the tag.`);
    case 'malformed':
      return msg(str`${attribute} is set to ${value}, which is not a web address. Write the address of the API, such as /api/v1.`);
    case 'not-a-number':
      return msg(str`${attribute} is set to ${value}. Write a whole number, such as 5.`);
    case 'unknown-value': {
      const allowed = [...(problem.allowed ?? [])];
      // The console's English (no formatter there) says "or" too.
      const choices = format ? format.list(allowed, 'disjunction') : `${allowed.slice(0, -1).join(', ')}, or ${allowed.at(-1)}`;
      return msg(str`${attribute} is set to ${value}. Use ${choices}.`);
    }
  }
}

/** What went wrong, for a citizen, in a sentence. */
export function errorText(error: JawdaError): string {
  switch (error.kind) {
    case 'offline':
      return msg("You're offline. Check your connection and try again.");
    case 'unreachable':
      return msg("The service can't be reached from this page right now.");
    case 'timeout':
      return msg('The service is taking too long to answer.');
    case 'not-found':
      return msg('Nothing was found at this address.');
    case 'invalid-response':
      return msg('The service sent information this page cannot show.');
    case 'misconfigured':
      return msg('This element is not set up correctly.');
    // No status code for the reader (design language §6): the host has it in the error event.
    case 'http':
      return error.status === 429
        ? msg('Too many requests. Please wait a moment.')
        : (error.status ?? 500) >= 500
          ? msg('The service is having a problem. Please try again later.')
          : msg("The service turned down this page's request.");
    case 'aborted':
      return '';
  }
}

/**
 * The field-level detail of an invalid payload, for the editor who wrote it, in the reader's
 * language where the validator's code says what is wrong (see core/validation.ts).
 */
export function issuesTemplate(error: JawdaError): TemplateResult | typeof nothing {
  const issues = error.details.issues ?? [];
  if (!issues.length) return nothing;
  return html`<ul class="issues">
    ${issues.slice(0, 8).map((issue) => html`<li><code dir="ltr">${issue.path || msg('(top level)')}</code>: ${loadedValidation()?.issueText(issue, msg) ?? issue.message}</li>`)}
  </ul>`;
}

const retryLabel = () => msg('Try again');

/**
 * The error state every data element shows: what went wrong (or `text` when the element can say it
 * better, e.g. naming the centre that was not found), the field issues of invalid data, and a retry
 * button when trying again can help.
 */
export function errorView(error: JawdaError, options: { text?: string; onRetry?: () => void } = {}): TemplateResult {
  const canRetry = options.onRetry && (error.transient || error.kind === 'http');
  return notice(error.kind === 'offline' ? 'info' : 'danger', options.text ?? errorText(error), issuesTemplate(error), {
    action: canRetry ? html`<button type="button" @click=${options.onRetry}>${retryLabel()}</button>` : undefined,
  });
}

/** A part of the view that could not be fetched (core/messages.ts `chunkFailureView`): the failed load's state, with Try again. */
export const chunkFailure = (onRetry: () => void): TemplateResult =>
  errorView(new JawdaError(navigator.onLine ? 'unreachable' : 'offline', 'A part of the view could not be fetched'), { onRetry });

/** A setup problem where the element would be: what cannot be shown (`heading`), and what to fix. */
export function problemView(heading: string, problem: ConfigurationProblem, format: Formats): TemplateResult {
  return notice('warning', heading, configurationText(problem, format));
}

/** A setup problem for the developer: warned once in English, and the element's error event (`event`). */
export function reportProblem<H extends Element>(
  host: H,
  hooks: { heading(host: H): string; event(host: H, error: JawdaError): Event },
  problem: ConfigurationProblem,
): void {
  const { attribute, value } = problem;
  const english = inLocale('en', () => `${hooks.heading(host)}: ${configurationText(problem)}`);
  warnOnce(`<${host.localName}>: ${english}`);
  host.dispatchEvent(hooks.event(host, new JawdaError('misconfigured', english, { attribute, value })));
}
