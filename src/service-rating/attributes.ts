/**
 * What a page writes on `<service-rating>`: its attributes and properties, typed, the setup problems
 * they can have, and the form field they make (`name`, `required`, `disabled`, `score`). The element
 * (service-rating.ts) adds the data, the behaviour and the views.
 */
import { needsApi } from '../core/data-in-page.js';
import type { PropertyDeclarations } from 'lit';
import { enumProblem, wholeNumber, wholeNumberProblem } from '../core/attributes.js';
import type { RatingScale, ReasonOptions } from '../core/contract.js';
import { JawdaElement } from '../core/element.js';
import { FormField, FormFieldMixin, type FormFieldOptions } from '../core/form-field.js';
import { msg } from '../core/i18n/msg.js';
import type { ConfigurationProblem } from '../core/messages.js';
import { COMMENT_LIMIT_MAX, RATING_CHANNELS, RATING_SCALES } from '../core/vocabulary.js';
import { DELIVERIES, type Delivery, type RatedSubject } from './types.js';

export type { RatingScale };
export type RatingChannel = (typeof RATING_CHANNELS)[number];
export { DELIVERIES, type Delivery } from './types.js';

const DEFAULT_COMMENT_LIMIT = 600;

/** The attributes and properties of `<service-rating>`, their setup problems, and its form field. */
export abstract class ServiceRatingAttributes extends FormFieldMixin(JawdaElement) {
  static override properties: PropertyDeclarations = {
    serviceId: { attribute: 'service-id' },
    centreId: { attribute: 'centre-id' },
    channel: {},
    transactionId: { attribute: 'transaction-id' },
    scale: {},
    question: {},
    questionAr: { attribute: 'question-ar' },
    questionEn: { attribute: 'question-en' },
    quick: { type: Boolean },
    maxLength: { attribute: 'max-length', converter: wholeNumber },
    cooldown: { converter: wholeNumber },
    showSummary: { attribute: 'show-summary', type: Boolean },
    readOnly: { attribute: 'readonly', type: Boolean, reflect: true },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    // Reflected for the styles of a dialog delivery; the default is not written on the host: a
    // thousand inline ratings each wrote delivery="inline" in their first update (~1 ms each).
    delivery: { reflect: true, useDefault: true },
    buttonLabel: { attribute: 'button-label' },
    buttonLabelAr: { attribute: 'button-label-ar' },
    buttonLabelEn: { attribute: 'button-label-en' },
    opened: { attribute: 'open', type: Boolean, reflect: true },
    kiosk: { type: Boolean, reflect: true },
    resetAfter: { attribute: 'reset-after', converter: wholeNumber },
    idleReset: { attribute: 'idle-reset', converter: wholeNumber },
    wakeLock: { attribute: 'wake-lock', type: Boolean },
    reasonOptions: { attribute: 'reason-options', type: Object },
    formDisabled: { state: true, attribute: false },
    score: { type: Number },
  };

  /** The service being rated, as the portal's API knows it. Required, except as a form field (`name`). */
  serviceId?: string;

  /** The service centre, when the vote is about a visit to one. */
  centreId?: string;

  /** Where the service was given: `web` (default), `app`, `centre`, `kiosk`, `phone`, `chat`, `sms`, `email`, `other`. */
  channel: RatingChannel = 'web';

  /** The transaction just completed: this device gives one vote per transaction. */
  transactionId?: string;

  /** `stars` (1-5, default), `faces` (dissatisfied, neutral, satisfied) or `thumbs` (useful, not useful). */
  scale: RatingScale = 'stars';

  /**
   * The question, in any language. `question-ar` and `question-en` win in their language (a
   * bilingual page, the kiosk); the `question` slot wins over all; without any, a localized default.
   */
  question?: string;

  /** The question in Arabic: shown on Arabic pages, and beside the English one at a kiosk. */
  questionAr?: string;

  /** The question in English: shown on English pages, and beside the Arabic one at a kiosk. */
  questionEn?: string;

  /** Sends the score alone: no reasons, no comment. */
  quick = false;

  /** Longest comment in characters: a whole number, default 600, at most 2000. */
  maxLength?: number = DEFAULT_COMMENT_LIMIT;

  /** Hours before this device may rate the same service again when there is no `transaction-id` (default 24; 0: no limit). */
  cooldown?: number = 24;

  /** After the vote, shows the service's updated average and count. */
  showSummary = false;

  /** Shows only the service's average and count, without asking. */
  readOnly = false;

  /** Form field name. With it, the element is a field of its `<form>`: the form submits the score and the element sends nothing itself. */
  name?: string;

  /** A score must be chosen before the form submits. */
  required = false;

  /** Not interactive, and left out of its form's data. */
  disabled = false;

  /**
   * `inline` (default: part of the page), `floating` (a button fixed at the inline-end bottom corner
   * that opens the rating in a modal dialog) or `dialog` (no button: the host calls `open()`, for
   * example when a transaction completes).
   */
  delivery: Delivery = 'inline';

  /** The floating button's text. Default: «قيّم الخدمة» / "Rate this service"; `button-label-ar` and `-en` win in their language. */
  buttonLabel?: string;

  /** The floating button's text on Arabic pages. */
  buttonLabelAr?: string;

  /** The floating button's text on English pages. */
  buttonLabelEn?: string;

  /** The dialog is open. Set it (or the `open` attribute, even before the element is defined) to open it. */
  opened = false;

  /**
   * A tablet at a centre's counter: large faces, one tap sends, the thank-you for `reset-after`
   * seconds and then the question for the next citizen; no per-device vote guard. `channel`
   * defaults to `kiosk`, `scale` to `faces`; with `reason-options`, reasons are a second step.
   */
  kiosk = false;

  /** Kiosk: seconds the thank-you stays before the next citizen's question (default 5). */
  resetAfter?: number = 5;

  /** Kiosk: seconds without a touch before a half-given vote is dropped and the question comes back (default 30). */
  idleReset?: number = 30;

  /** Kiosk: keeps the screen on, where the browser allows it. */
  wakeLock = false;

  /** The service's own reason chips, as JSON: `{"high": [{"id": "fast", "label": {"ar": "…", "en": "…"}}], "low": [...]}`. */
  reasonOptions?: ReasonOptions;

  #chosen?: number;
  protected formDisabled = false;

  // One set of the field's hooks for every rating (closures made for each one cost each rating heap).
  static readonly #fieldHooks: FormFieldOptions<ServiceRatingAttributes> = {
    value: (el) => (el.score === undefined || el.disabled ? null : String(el.score)),
    valueMissing: (el) => el.required && el.score === undefined && !el.disabled,
    missingMessage: (el) => el.localized(() => msg('Choose a rating.')),
    anchor: (el) => el.renderRoot?.querySelector<HTMLInputElement>('input[type="radio"]') ?? undefined,
  };

  /** The form's value and validity: the score, when one is chosen and the field is not disabled. */
  protected readonly field = new FormField<ServiceRatingAttributes>(this, ServiceRatingAttributes.#fieldHooks);

  /**
   * The chosen score (stars 1-5, faces 1-3, thumbs 0-1), or undefined. The `score` attribute is the
   * default value, as `value` is for an input: a form's reset goes back to it.
   */
  get score(): number | undefined {
    return this.#chosen;
  }
  set score(value: number | undefined) {
    this.#chosen = value === null || value === undefined || Number.isNaN(Number(value)) ? undefined : Number(value);
    this.field?.sync(); // a FormData made in the same task already has it (and none exists yet while constructing)
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.field.sync(); // `required`, `disabled`: validity is right before the first render
  }

  /** Called by the form when an ancestor fieldset or the form is disabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Called by the form on reset: back to the `score` written in the markup (none without it). */
  formResetCallback(): void {
    const initial = this.getAttribute('score');
    this.score = initial === null || initial.trim() === '' ? undefined : Number(initial);
    this.clearDraft();
  }

  /** Called when the browser restores the form (back/forward navigation, autofill). */
  formStateRestoreCallback(restored: string | File | FormData | null): void {
    if (typeof restored === 'string' && restored !== '') this.score = Number(restored);
  }

  /** Forgets the reasons and comment of the draft (the element's). */
  protected abstract clearDraft(): void;

  protected override problemHeading(): string {
    return msg("This rating can't be shown", { id: 'rating.cannot-show' });
  }

  protected override problems(): (ConfigurationProblem | undefined)[] {
    const needsService = !this.formField || this.readOnly;
    return [
      enumProblem('scale', this.scale, RATING_SCALES),
      wholeNumberProblem(this, 'max-length', this.maxLength, 1),
      wholeNumberProblem(this, 'cooldown', this.cooldown),
      wholeNumberProblem(this, 'reset-after', this.resetAfter),
      wholeNumberProblem(this, 'idle-reset', this.idleReset, 1),
      enumProblem('channel', this.channel, RATING_CHANNELS),
      enumProblem('delivery', this.delivery, DELIVERIES),
      needsService && !this.serviceId?.trim() ? { attribute: 'service-id', value: '', reason: 'missing' } : undefined,
      // A form posts to the API; a read-only summary rendered on a server with its data needs none to show it.
      needsService && (!this.readOnly || needsApi(this, { inline: false })) ? this.config.apiBaseProblem : undefined,
    ];
  }

  /** The tap is the vote: a quick yes/no (as GOV.UK's "Is this page useful?"), or a kiosk's quick faces. A star can be changed before Send. */
  protected get tapSends(): boolean {
    return this.quickVote && (this.kiosk || this.scale === 'thumbs');
  }

  /** The score alone: `quick`, or a kiosk without the service's reasons. */
  protected get quickVote(): boolean {
    return this.quick || (this.kiosk && !this.hasAttribute('reason-options'));
  }

  /** A field of its form (`name`): the form sends, the element does not. */
  protected get formField(): boolean {
    return !!this.name;
  }

  protected get commentLimit(): number {
    return Math.min(COMMENT_LIMIT_MAX, this.maxLength ?? DEFAULT_COMMENT_LIMIT);
  }

  /** Who and what is rated: a change of any of these starts over. */
  protected get subject(): RatedSubject | undefined {
    const serviceId = this.serviceId?.trim();
    return serviceId
      ? { serviceId, transactionId: this.transactionId || undefined, cooldownHours: this.cooldown ?? 24, guarded: !this.kiosk }
      : undefined;
  }
}
