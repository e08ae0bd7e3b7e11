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

/**
 * What the controller asks its element. The hooks take the element: one set serves every element of
 * a class (closures made for each instance cost each element heap: 1000 of them, ~0.1 MiB).
 */
export interface SetupProblemsOptions<H> {
  /** The element's problems, from its attributes, in order of importance (undefined: none of that kind). */
  problems: (host: H) => readonly (ConfigurationProblem | undefined)[];
  /** What cannot be shown ("This rating can't be shown"): the notice's heading (called in the reader's locale, or in English for the console). */
  heading: (host: H) => string;
  /** The element's own error event for a problem (`rating-error`, `scorecard-error`, `certification-error`). */
  event: (host: H, error: JawdaError) => Event;
}

const keyOf = (problem: ConfigurationProblem | undefined) => problem && `${problem.attribute}|${problem.reason}|${problem.value}`;

export class SetupProblems<H extends ReactiveElement> implements ReactiveController {
  /** The problem that stands now, if any. */
  problem?: ConfigurationProblem;
  /** The problem last reported: each one is reported once, when it comes. */
  #reported?: string;

  constructor(
    private readonly host: H,
    private readonly options: SetupProblemsOptions<H>,
  ) {
    host.addController(this);
  }

  /** Finds the problem that stands: before each render, once the settings are current. */
  check(): void {
    this.problem = this.options.problems(this.host).find((problem) => problem !== undefined);
    if (this.problem && !failureWords()) this.wait()?.then(() => this.host.requestUpdate());
  }

  /** While a problem stands and its words are on their way: when they are there (offline: never mind). */
  wait(): Promise<void> | undefined {
    return this.problem && !failureWords() ? loadFailureWords().catch(() => undefined) : undefined;
  }

  /** The problem, said to the content editor in the reader's language, where the element would be (nothing before its words). */
  view(problem: ConfigurationProblem, format: Formats): TemplateResult | undefined {
    return failureWords()?.problemView(this.options.heading(this.host), problem, format);
  }

  hostUpdated(): void {
    const { problem, options, host } = this;
    const words = failureWords();
    const key = keyOf(problem);
    if (!words || key === this.#reported) return;
    this.#reported = key;
    if (problem) words.reportProblem(host, options, problem);
  }
}
