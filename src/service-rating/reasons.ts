/**
 * Reason chips shown after a score: what went well (good scores) or what did not (poor ones). The
 * built-in ones are in follow-up.ts (the lazy chunk that shows them); a portal may give its own
 * list per service, checked here.
 */
import type { ReactiveElement } from 'lit';
import { validatePayload } from '../core/contract-check.js';
import { warnOnce } from '../core/element.js';
import { JawdaError } from '../core/errors.js';
import { inLocale } from '../core/i18n/catalogues.js';
import { msg } from '../core/i18n/msg.js';
import { RatingErrorEvent } from './events.js';
import type { Locale } from '../core/config.js';
import type { ReasonOptions } from '../core/contract.js';
import { localizedText } from '../core/i18n/localized-text.js';
import type { Chip } from './types.js';

export const invalidReasonsText = () => msg('The reason-options list is not written correctly, so the usual reasons are shown.');

/**
 * The service's own chips (`reason-options`), validated with the contract (loaded on demand); the
 * built-in ones meanwhile. A list that is not valid (or JSON that does not parse, which Lit turns
 * into null) keeps the built-in chips and says so in the element, with one warning and a
 * `rating-error`: the vote still works.
 */
export class ServiceReasons {
  /** The given list is not valid: the built-in chips are shown, and the element says why. */
  invalid = false;
  #own?: ReasonOptions;
  #checking?: Promise<unknown>;
  #given?: ReasonOptions;

  constructor(private readonly host: ReactiveElement) {}

  check(given: ReasonOptions | undefined, written: boolean): void {
    this.#given = given;
    this.#own = undefined;
    this.invalid = false;
    if (!given && !written) return;
    const rejected = () => {
      this.invalid = true;
      warnOnce(`<service-rating>: ${inLocale('en', invalidReasonsText)}`);
      this.host.dispatchEvent(
        new RatingErrorEvent(new JawdaError('misconfigured', inLocale('en', invalidReasonsText), { attribute: 'reason-options' })),
      );
      this.host.requestUpdate();
    };
    if (!given) return rejected();
    this.#checking = validatePayload(given, 'ReasonOptions').then(
      (reasons) => {
        if (this.#given === given) this.#own = reasons;
        this.host.requestUpdate();
      },
      () => {
        if (this.#given === given) rejected();
      },
    );
  }

  /** A check is under way (or done and not yet waited for by `checked()`). */
  get pending(): boolean {
    return this.#checking !== undefined;
  }

  /** Waits for a check under way; true when there was one (the element renders again with its result). */
  async checked(): Promise<boolean> {
    const checking = this.#checking;
    if (!checking) return false;
    await checking;
    if (this.#checking === checking) this.#checking = undefined;
    return true;
  }

  /** The chips for a good (`high`) or poor score, in `locale`: the service's own when given and valid, else `builtIn`. */
  chips(high: boolean, locale: Locale, builtIn: (high: boolean) => Chip[]): Chip[] {
    if (!this.#own) return builtIn(high);
    return (high ? this.#own.high : this.#own.low).map((reason) => ({ id: reason.id, label: localizedText(reason.label, locale) }));
  }
}
