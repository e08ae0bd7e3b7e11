/**
 * A content editor's mistakes in an element's attributes (a missing `service-id`, a `cycle` that is
 * not a number, no API to ask): the first one stands. It is shown where the element would be, in
 * the reader's language, naming attribute and value; warned once in English in the console; reported
 * by one error event; and nothing loads while it stands.
 */
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { JawdaError } from './errors.js';
import { inLocale } from './i18n/catalogues.js';
import type { Formats } from './i18n/format.js';
import { configurationText, type ConfigurationProblem } from './messages.js';
import { notice } from './notice.js';
import { warnOnce } from './warn.js';

export interface SetupProblemsOptions {
  /** The element's problems, from its attributes, in order of importance (undefined: none of that kind). */
  problems: () => readonly (ConfigurationProblem | undefined)[];
  /** What cannot be shown ("This rating can't be shown"): the notice's heading (called in the reader's locale, or in English for the console). */
  heading: () => string;
  /** The element's own error event for a problem (`rating-error`, `scorecard-error`, `certification-error`). */
  event: (error: JawdaError) => Event;
}

const keyOf = (problem: ConfigurationProblem | undefined) => problem && `${problem.attribute}|${problem.reason}|${problem.value}`;

export class SetupProblems implements ReactiveController {
  /** The problem that stands now, if any. */
  problem?: ConfigurationProblem;
  /** The problem last reported: each one is reported once, when it comes. */
  private reported?: string;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: SetupProblemsOptions,
  ) {
    host.addController(this);
  }

  /** Finds the problem that stands: before each render, once the settings are current. */
  check(): void {
    this.problem = this.options.problems().find((problem) => problem !== undefined);
  }

  /** The problem, said to the content editor in the reader's language, where the element would be. */
  view(problem: ConfigurationProblem, format: Formats): TemplateResult {
    return notice('warning', this.options.heading(), configurationText(problem, format));
  }

  hostUpdated(): void {
    const { problem, host } = this;
    const key = keyOf(problem);
    if (key === this.reported) return;
    this.reported = key;
    if (!problem) return;
    const { attribute, value } = problem;
    const english = inLocale('en', () => `${this.options.heading()}: ${configurationText(problem)}`);
    warnOnce(`<${host.localName}>: ${english}`);
    host.dispatchEvent(this.options.event(new JawdaError('misconfigured', english, { attribute, value })));
  }
}
