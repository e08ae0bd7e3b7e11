/**
 * Words every element needs for the same situations, written once. Call them during render (or
 * inside `localized()`), so that `msg()` answers in the element's locale.
 *
 * The words of what went wrong (failure-words.ts) are a chunk of their own, which no page where
 * everything works needs before its first paint: every load fetches it on its way (see data.ts),
 * a vote does before it can fail (submission.ts), and a setup problem before it is shown
 * (setup-problems.ts). The functions here answer from it once it is there.
 */
import { nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { JawdaError } from './errors.js';
import { msg } from './i18n/msg.js';
import { lazy, type LazyModule } from './lazy.js';
import { notice } from './notice.js';

export type { ConfigurationProblem } from './configuration-problem.js';

export const loadingLabel = () => msg('Loading…');

let words: typeof import('./failure-words.js') | undefined;

/** Loads the words of what went wrong, once per page (a failed load is tried again at the next call). */
export const loadFailureWords = lazy(() => import('./failure-words.js').then((module) => void (words = module)));

/** The words of what went wrong, once loaded. */
export const failureWords = () => words;

/** What went wrong, for a citizen, in a sentence (see failure-words.ts). */
export const errorText = (error: JawdaError): string => words?.errorText(error) ?? '';

/** The field-level detail of an invalid payload (see failure-words.ts). */
export const issuesTemplate = (error: JawdaError): TemplateResult | typeof nothing => words?.issuesTemplate(error) ?? nothing;

/**
 * The error state every data element shows (see failure-words.ts). Before its words are there, the
 * network is what failed to bring them: it says so, the one sentence every first load carries.
 */
export const errorView = (error: JawdaError, options?: { text?: string; onRetry?: () => void }): TemplateResult =>
  words?.errorView(error, options) ?? offline();

const offline = () => notice('info', msg("You're offline. Check your connection and try again."));

/**
 * A part of the view (a lazy chunk, core/lazy.ts) that could not be fetched: the error state of a
 * failed load, whose Try again asks for it again (and so does the browser coming back online).
 * Before the failure words are here, the one sentence every first load carries, without the button.
 */
export function chunkFailureView(part: Pick<LazyModule<never>, 'retry'>, host: ReactiveElement): TemplateResult {
  // Its words (and Try again) come with the failure words' chunk: asked for now, if it can still come.
  if (!words)
    void loadFailureWords().then(
      () => host.requestUpdate(),
      () => undefined,
    );
  return words?.chunkFailure(() => part.retry(host)) ?? offline();
}
