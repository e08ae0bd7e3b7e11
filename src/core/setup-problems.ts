/**
 * A content editor's mistakes in an element's attributes (a missing `service-id`, a `cycle` that is
 * not a number, no API to ask): the first one stands. It is shown where the element would be, in
 * the reader's language, naming attribute and value; warned once in English in the console; reported
 * by one error event; and nothing loads while it stands. Its words are in the chunk of what went
 * wrong (failure-words.ts), fetched when a problem first stands: the element shows nothing until
 * they are there, and `wait()` lets its `updateComplete` wait for them.
 */
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { JawdaError } from './errors.js';
import type { Formats } from './i18n/format.js';
import { failureWords, loadFailureWords, type ConfigurationProblem } from './messages.js';

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
    if (this.problem && !failureWords()) this.wait()?.then(() => this.host.requestUpdate());
  }

  /** While a problem stands and its words are on their way: when they are there (offline: never mind). */
  wait(): Promise<void> | undefined {
    return this.problem && !failureWords() ? loadFailureWords().catch(() => undefined) : undefined;
  }

  /** The problem, said to the content editor in the reader's language, where the element would be (nothing before its words). */
  view(problem: ConfigurationProblem, format: Formats): TemplateResult | undefined {
    return failureWords()?.problemView(this.options.heading(), problem, format);
  }

  hostUpdated(): void {
    const { problem, options } = this;
    const words = failureWords();
    const key = keyOf(problem);
    if (!words || key === this.reported) return;
    this.reported = key;
    if (problem) words.reportProblem(this.host, options.heading, problem, options.event);
  }
}
