import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '../core/i18n/msg.js';
import { enumProblem, wholeNumber, wholeNumberProblem } from '../core/attributes.js';
import { endpointUrl } from '../core/config.js';
import type { RatingScale, ReasonOptions } from '../core/contract.js';
import { COMMENT_LIMIT_MAX, RATING_CHANNELS, RATING_SCALES } from '../core/vocabulary.js';
import { JawdaElement } from '../core/element.js';
import type { JawdaError } from '../core/errors.js';
import { inputEvent } from '../core/events.js';
import { FormField, FormFieldMixin } from '../core/form-field.js';
import type { ConfigurationProblem } from '../core/messages.js';
import { doneTemplate } from './rating-messages.js';
import { plainText } from '../core/plain-text.js';
import { base } from '../core/styles/base.js';
import { RatingErrorEvent, RatingSubmitEvent, type SubmissionContext } from './events.js';
import type { DeliveryController } from './delivery.js';
import type { KioskController } from './kiosk.js';
import { scaleTemplate, scoreAfterKey, sendTemplate } from './rating-input.js';
import { ServiceReasons, invalidReasonsText, type Chip } from './reasons.js';
import { SCALE_OPTIONS, defaultQuestion, isHighScore } from './scales.js';
import { styles } from './service-rating.styles.js';
import { SubmissionController, type Draft, type RatedSubject } from './submission.js';
import { ServiceSummary } from './summary.js';
import { NO_SCRIPT_FORM, SERVER_FORM, type NoScriptState, type NoScriptView } from './server-form.js';
import { reasonChips } from './reasons.js';
import { inlineJsonText, serverData } from '../core/inline-data.js';
import { apiClient } from '../core/api.js';
import { publish, summaryTopic } from '../core/signals.js';

// The lazy chunks, each asked for once per page: a thousand ratings share one import (and one preload check).
let followUpChunk: Promise<typeof import('./follow-up.js')> | undefined;
let deliveryChunk: Promise<typeof import('./delivery.js')> | undefined;
let kioskChunk: Promise<typeof import('./kiosk.js')> | undefined;
/** Imports a chunk once; a failed import (offline) is forgotten, so that the next use tries again. */
function once<T>(chunk: Promise<T> | undefined, load: () => Promise<T>, keep: (promise: Promise<T> | undefined) => void): Promise<T> {
  if (chunk) return chunk;
  const promise = load();
  keep(promise);
  promise.catch(() => keep(undefined));
  return promise;
}

/** The states a host or a story can read from `state`. */
export type ServiceRatingState = 'idle' | 'selected' | 'submitting' | 'submitted' | 'queued' | 'error' | 'already-rated' | 'readonly' | 'misconfigured';
export type { RatingScale };
export type RatingChannel = (typeof RATING_CHANNELS)[number];
export const DELIVERIES = ['inline', 'floating', 'dialog'] as const;
export type Delivery = (typeof DELIVERIES)[number];

const DEFAULT_COMMENT_LIMIT = 600;


/**
 * Asks a citizen to rate a service (stars, faces or thumbs), with optional reasons and comment, and
 * sends the vote exactly once: saved on the device first, sent with a fresh `submissionId`, kept and
 * sent later when the connection or the server fails. A native radio group (one tab stop, arrow keys
 * mirrored in right-to-left), form-associated, and a read-only summary of the service's ratings.
 *
 * As a form field (with `name`), the form sends the score and the element sends nothing itself.
 * A change of `service-id`, `transaction-id` or `centre-id` starts over: a single-page app that
 * moves to another service gets a fresh question, not the last one's thank-you.
 *
 * @fires change - The score changed by the citizen's hand (as a native input does; composed).
 * @fires input - Likewise, at the same moment (composed).
 * @fires rating-submit - {RatingSubmitEvent} Before sending; cancelable; listeners may add `detail.context` fields.
 * @fires rating-submitted - {RatingSubmittedEvent} Stored by the server (`queued: false`) or kept on the device to send (`queued: true`).
 * @fires rating-error - {RatingErrorEvent} The vote was refused or could not be kept, the summary failed, or the element is misconfigured.
 * @fires rating-open - {RatingOpenEvent} The dialog opened (`delivery="floating"` or `"dialog"`).
 * @fires rating-close - {RatingCloseEvent} The dialog closed; `detail.reason`: `submitted` (the thank-you timed out), `dismissed` (Escape, the close button) or `host` (`close()`).
 *
 * @slot question - The question, replacing the `question` attribute and the default.
 *
 * @csspart question - The question (the legend of the radio group).
 * @csspart option - Each choice (label around a radio).
 * @csspart reasons - The reason chips after a score.
 * @csspart comment - The comment box with its hint and counter.
 * @csspart submit - The send button.
 * @csspart message - Thank-you, queued, already-rated, error and configuration messages.
 * @csspart summary - The read-only average and count.
 * @csspart floating - The landmark around the floating button (`delivery="floating"`).
 * @csspart launcher - The floating button that opens the dialog.
 * @csspart dialog - The modal dialog (`delivery="floating"` or `"dialog"`).
 * @csspart close - The dialog's close button.
 *
 * @cssprop --jawda-color-star - Stars, filled and outlined.
 * @cssprop --jawda-color-accent - The chosen face or thumb, selected chips, the send button.
 * @cssprop --jawda-color-success - The thank-you message's edge.
 * @cssprop --jawda-radius - Corner radius of choices, chips, fields and messages.
 * @cssprop --jawda-space - Spacing unit.
 * @cssprop [--jawda-kiosk-target=6rem] - Kiosk: the size of each face (default 6rem = 96 px).
 */
export class ServiceRating extends FormFieldMixin(JawdaElement) {
  /** @internal The form without script (no-script.ts), set by `jawda/ssr`: a browser never loads it. */
  static renderWithoutScript?: (view: NoScriptView) => TemplateResult;

  static override styles = [base, styles];
  static override shadowRootOptions: ShadowRootInit = { ...JawdaElement.shadowRootOptions, delegatesFocus: true };

  /** The service being rated, as the portal's API knows it. Required, except as a form field (`name`). */
  @property({ attribute: 'service-id' }) serviceId?: string;

  /** The service centre, when the vote is about a visit to one. */
  @property({ attribute: 'centre-id' }) centreId?: string;

  /** Where the service was given: `web` (default), `app`, `centre`, `kiosk`, `phone`, `chat`, `sms`, `email`, `other`. */
  @property() channel: RatingChannel = 'web';

  /** The transaction just completed: this device gives one vote per transaction. */
  @property({ attribute: 'transaction-id' }) transactionId?: string;

  /** `stars` (1-5, default), `faces` (dissatisfied, neutral, satisfied) or `thumbs` (useful, not useful). */
  @property() scale: RatingScale = 'stars';

  /** The question. The `question` slot wins over it; without either, a localized default for the scale. */
  @property() question?: string;

  /** Sends the score alone: no reasons, no comment. */
  @property({ type: Boolean }) quick = false;

  /** Longest comment in characters: a whole number, default 600, at most 2000. */
  @property({ attribute: 'max-length', converter: wholeNumber }) maxLength?: number = DEFAULT_COMMENT_LIMIT;

  /** Hours before this device may rate the same service again when there is no `transaction-id` (default 24; 0: no limit). */
  @property({ converter: wholeNumber }) cooldown?: number = 24;

  /** After the vote, shows the service's updated average and count. */
  @property({ attribute: 'show-summary', type: Boolean }) showSummary = false;

  /** Shows only the service's average and count, without asking. */
  @property({ attribute: 'readonly', type: Boolean, reflect: true }) readOnly = false;

  /** Form field name. With it, the element is a field of its `<form>`: the form submits the score and the element sends nothing itself. */
  @property({ reflect: true }) name?: string;

  /** A score must be chosen before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Not interactive, and left out of its form's data. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * `inline` (default: part of the page), `floating` (a button fixed at the inline-end bottom corner
   * that opens the rating in a modal dialog) or `dialog` (no button: the host calls `open()`, for
   * example when a transaction completes).
   */
  @property({ reflect: true }) delivery: Delivery = 'inline';

  /** The floating button's text (and the dialog's name). Default: the question. */
  @property({ attribute: 'button-label' }) buttonLabel?: string;

  /** The dialog is open. Set it (or the `open` attribute, even before the element is defined) to open it. */
  @property({ attribute: 'open', type: Boolean, reflect: true }) opened = false;

  /**
   * A tablet at a centre's counter: large faces, one tap sends, the thank-you for `reset-after`
   * seconds and then the question for the next citizen; no per-device vote guard. `channel`
   * defaults to `kiosk`, `scale` to `faces`; with `reason-options`, reasons are a second step.
   */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /** Kiosk: seconds the thank-you stays before the next citizen's question (default 5). */
  @property({ attribute: 'reset-after', converter: wholeNumber }) resetAfter?: number = 5;

  /** Kiosk: seconds without a touch before a half-given vote is dropped and the question comes back (default 30). */
  @property({ attribute: 'idle-reset', converter: wholeNumber }) idleReset?: number = 30;

  /** Kiosk: keeps the screen on, where the browser allows it. */
  @property({ attribute: 'wake-lock', type: Boolean }) wakeLock = false;

  /** The service's own reason chips, as JSON: `{"high": [{"id": "fast", "label": {"ar": "…", "en": "…"}}], "low": [...]}`. */
  @property({ attribute: 'reason-options', type: Object }) reasonOptions?: ReasonOptions;

  private chosen?: number;

  /**
   * The chosen score (stars 1-5, faces 1-3, thumbs 0-1), or undefined. The `score` attribute is the
   * default value, as `value` is for an input: a form's reset goes back to it.
   */
  @property({ type: Number })
  get score(): number | undefined {
    return this.chosen;
  }
  set score(value: number | undefined) {
    this.chosen = value === null || value === undefined || Number.isNaN(Number(value)) ? undefined : Number(value);
    this.field?.sync(); // a FormData made in the same task already has it
  }

  @state() private reasons: string[] = [];
  @state() private comment = '';
  @state() private formDisabled = false;
  @state() private scoreMissing = false;
  @state() private announcement = '';

  protected readonly field = new FormField(this, {
    value: () => (this.score === undefined || this.disabled ? null : String(this.score)),
    valueMissing: () => this.required && this.score === undefined && !this.disabled,
    missingMessage: () => this.localized(() => msg('Choose a rating.')),
    anchor: () => this.renderRoot?.querySelector<HTMLInputElement>('input[type="radio"]') ?? undefined,
  });

  /** The kiosk's timers, wake lock and waiting count: a lazy chunk, fetched only for a kiosk. */
  private kioskMode?: KioskController;

  /** Votes of this device waiting to be sent (a kiosk's staff can read it; 0 elsewhere). */
  get pendingCount(): number {
    return this.kioskMode?.pending ?? 0;
  }

  /** @internal Kiosk: where the citizen is. */
  kioskStep(): 'question' | 'choosing' | 'done' {
    return this.submission.phase.status === 'submitted' || this.submission.phase.status === 'queued' ? 'done' : this.score === undefined ? 'question' : 'choosing';
  }

  /** @internal Kiosk: back to the question for the next citizen. */
  nextCitizen(): void {
    this.startOver(true);
  }

  /** The dialog of the floating and dialog deliveries: a lazy chunk, fetched only where one is used. */
  private modal?: DeliveryController;
  private modalLoading?: Promise<void>;
  private kioskLoading?: Promise<void>;

  private loadModal(): void {
    this.modalLoading ??= once(deliveryChunk, () => import('./delivery.js'), (p) => (deliveryChunk = p)).then(({ DeliveryController }) => {
      this.modal = new DeliveryController(this, () => {
        // Opened again after a vote: the device remembers it, so the citizen reads "already rated".
        if (this.submission.done) this.startOver(false);
        this.submission.markShown();
      });
      if (this.opened) this.modal.open();
      this.requestUpdate();
    }, () => (this.modalLoading = undefined));
  }

  // A vote stored here: every summary of the service on the page shows it.
  private readonly submission = new SubmissionController(this, {
    stored: (summary) => {
      const serviceId = this.serviceId!.trim();
      apiClient().clearCache(`/services/${encodeURIComponent(serviceId)}/`);
      publish(summaryTopic(serviceId), summary);
    },
  });

  /**
   * The summary's data and view. Not a lazy chunk: a page of read-only summaries would render each
   * one more time when the chunk arrived (measured: 1000 summaries 7.1 s instead of 2.7 s).
   */
  private readonly summary = new ServiceSummary(this, {
    shownFor: () => {
      const status = this.submission.phase.status;
      const shown = this.readOnly || (this.showSummary && (status === 'submitted' || status === 'already-rated'));
      return shown ? this.serviceId?.trim() || undefined : undefined;
    },
    config: () => this.config,
    failed: (error) => this.dispatchEvent(this.errorEvent(error)),
    element: () => this,
  });
  /** The reasons and comment after a score (a lazy chunk, fetched when the form first shows). */
  private followUp?: typeof import('./follow-up.js');
  private followUpLoading?: Promise<void>;

  private readonly reasons$ = new ServiceReasons(this);
  private focusMessage = false;
  private visibility?: IntersectionObserver;
  private counterTimer?: ReturnType<typeof setTimeout>;
  private lastStatus = 'idle';

  /** What the element shows now. */
  get state(): ServiceRatingState {
    if (this.problem) return 'misconfigured';
    if (this.readOnly) return 'readonly';
    const status = this.submission.phase.status;
    if (status === 'idle') return this.score === undefined ? 'idle' : 'selected';
    return status;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.field.sync(); // `required`, `disabled`: validity is right before the first render
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The time a person takes counts from when the question can be seen (a rating far down the page
    // is not read at load); a dialog counts from when it opens.
    if (this.readOnly || this.formField) return; // nothing to send, no time to count
    this.visibility ??= new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting) || this.delivery !== 'inline') return;
      this.submission.markShown();
      this.visibility?.disconnect();
    });
    this.visibility.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.counterTimer);
    this.visibility?.disconnect();
    this.visibility = undefined;
  }

  /** `updateComplete` also waits for the service's own reasons to be checked, so they are what renders. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([this.modalLoading, this.kioskLoading, this.followUpLoading]); // the lazy chunks, where needed
    return (await this.reasons$.checked()) ? super.getUpdateComplete() : done;
  }

  /** Opens the rating's dialog (`delivery="floating"` or `"dialog"`); works before the first render too. */
  open(): void {
    this.opened = true;
  }

  /** Closes the rating's dialog (`rating-close` with reason `host`). */
  close(): void {
    this.modal?.close('host');
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

  /** The score alone: `quick`, or a kiosk without the service's reasons. */
  private get quickVote(): boolean {
    return this.quick || (this.kiosk && !this.hasAttribute('reason-options'));
  }

  private get formField(): boolean {
    return !!this.name;
  }

  private get commentLimit(): number {
    return Math.min(COMMENT_LIMIT_MAX, this.maxLength ?? DEFAULT_COMMENT_LIMIT);
  }

  private get subject(): RatedSubject | undefined {
    const serviceId = this.serviceId?.trim();
    return serviceId ? { serviceId, transactionId: this.transactionId || undefined, cooldownHours: this.cooldown ?? 24, guarded: !this.kiosk } : undefined;
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
      needsService && !(this.readOnly && (inlineJsonText(this) !== undefined || serverData(this) !== undefined)) ? this.config.apiBaseProblem : undefined,
    ];
  }

  protected errorEvent(error: JawdaError): Event {
    return new RatingErrorEvent(error);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // On a server: one render of the summary or of the form without script (see view()), nothing else.
    if (this.problem || isServer) return;
    if (this.delivery !== 'inline' && !this.readOnly) this.loadModal();
    if (this.kiosk) {
      if (!this.hasAttribute('channel')) this.channel = 'kiosk';
      if (!this.hasAttribute('scale')) this.scale = 'faces';
      this.kioskLoading ??= once(kioskChunk, () => import('./kiosk.js'), (p) => (kioskChunk = p)).then(
        ({ KioskController }) => {
          this.kioskMode = new KioskController(this);
        },
        () => (this.kioskLoading = undefined),
      );
    }
    if (changed.has('opened')) {
      if (this.opened) this.modal?.open();
      else this.modal?.close('host');
    }
    if (changed.has('reasonOptions')) this.reasons$.check(this.reasonOptions, this.hasAttribute('reason-options'));
    if (changed.has('scale') && this.score !== undefined && !SCALE_OPTIONS[this.scale].some((o) => o.score === this.score)) this.score = undefined;
    this.summary.listen(this.serviceId?.trim() || undefined);
    const identity = changed.has('serviceId') || changed.has('transactionId') || changed.has('centreId') || changed.has('cooldown');
    // Any change of identity starts over: a single-page app that moves on gets a fresh question.
    if ((identity && this.hasUpdated) || !this.hasUpdated) this.startOver(this.hasUpdated);
  }

  /** Back to the question for the current subject (or "already rated"); `clear` also forgets the draft. */
  private startOver(clear: boolean): void {
    if (clear && !this.formField) {
      this.score = undefined;
      this.clearDraft();
    }
    if (!this.formField) this.submission.reset(this.subject, this.config.now());
  }

  private clearDraft(): void {
    this.reasons = [];
    this.comment = '';
    this.scoreMissing = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The form is on screen: fetch the outbox now, so a vote is kept even if the connection drops before Send.
    if (!this.readOnly && !this.formField && !this.problem && !this.followUp) {
      this.submission.warm(); // until the form's chunks are here (a failed fetch is tried again at the next render)
      this.followUpLoading ??= once(followUpChunk, () => import('./follow-up.js'), (p) => (followUpChunk = p)).then(
        (module) => {
          this.followUp = module;
          this.requestUpdate();
        },
        () => (this.followUpLoading = undefined), // offline: tried again at the next render
      );
    }
    const status = this.submission.phase.status;
    if (status !== this.lastStatus) {
      if (this.lastStatus === 'queued' && status === 'submitted') this.announce(this.localized(() => msg('Your rating has been sent.')));
      else if (status === 'submitting') this.announce(this.localized(() => msg('Sending your rating…')));
      else this.announce('');
      if (status === 'submitted' || status === 'queued') this.modal?.thanked();
      this.focusMessage = this.lastStatus === 'submitting';
      this.lastStatus = status;
    }
    if (this.focusMessage) {
      this.focusMessage = false;
      this.renderRoot.querySelector<HTMLElement>('.message[tabindex]')?.focus();
    }
  }

  /* ------------------------------------------------------------ choosing */

  private choose(score: number): void {
    if (score === this.score) return;
    const before = this.score;
    this.score = score;
    this.scoreMissing = false;
    if (!this.formField) this.submission.warm();
    // The reasons differ for good and poor scores: ticks on the other list no longer apply.
    if (before === undefined || isHighScore(this.scale, before) !== isHighScore(this.scale, score)) this.reasons = [];
    this.dispatchEvent(inputEvent('input'));
    this.dispatchEvent(inputEvent('change'));
    // A kiosk sends on the tap, unless the service wants its reasons as a second step.
    if (this.kiosk && !this.formField && this.quickVote) void this.submit();
  }

  private onPick = (event: Event): void => {
    this.choose(Number((event.target as HTMLInputElement).value));
  };

  /** Arrow keys move and choose, mirrored in right-to-left; Enter submits a form field's form. */
  private onKeydown = async (event: KeyboardEvent): Promise<void> => {
    if (event.key === 'Enter' && this.formField) {
      this.form?.requestSubmit();
      return;
    }
    const next = scoreAfterKey(this.scale, Number((event.target as HTMLInputElement).value), event.key, this.matches(':dir(rtl)'));
    if (next === undefined) return;
    event.preventDefault();
    this.choose(next);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`input[type="radio"][value="${next}"]`)?.focus();
  };

  private onReason = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    this.reasons = box.checked ? [...this.reasons, box.value] : this.reasons.filter((id) => id !== box.value);
  };

  private onComment = (event: Event): void => {
    this.comment = (event.target as HTMLTextAreaElement).value;
    // Read the counter out once typing pauses, not at every key.
    clearTimeout(this.counterTimer);
    this.counterTimer = setTimeout(() => this.followUp && this.announce(this.localized(() => this.followUp!.charactersLeft(this.format, this.commentLimit - this.comment.length))), 1200);
  };

  private announce(text: string): void {
    this.announcement = text;
  }

  /* ----------------------------------------------------------- submitting */

  private chips(high: boolean): Chip[] {
    return this.reasons$.chips(high, this.locale);
  }

  private draft(score: number): Draft {
    const chipIds = this.localized(() => this.chips(isHighScore(this.scale, score)).map((chip) => chip.id));
    const draft: Draft = {
      score,
      scale: this.scale,
      reasons: this.quickVote ? [] : this.reasons.filter((id) => chipIds.includes(id)),
      channel: this.channel,
      locale: this.locale,
      page: location.origin + location.pathname, // never the query or the hash
      clientTime: this.config.now().toISOString(),
    };
    const comment = plainText(this.comment).trim();
    if (comment && !this.quickVote) draft.comment = comment.slice(0, this.commentLimit);
    if (this.centreId) draft.centreId = this.centreId;
    if (this.transactionId) draft.transactionId = this.transactionId;
    return draft;
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  private async submit(): Promise<void> {
    if (this.submission.phase.status === 'submitting' || this.disabled || this.formDisabled) return;
    if (this.score === undefined) {
      this.scoreMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    const submission = this.submission.prepare(this.draft(this.score));
    const context: SubmissionContext = {};
    if (!this.dispatchEvent(new RatingSubmitEvent({ submission: Object.freeze({ ...submission }), context }))) return;
    if (Object.keys(context).length) submission.context = { ...context };
    const url = endpointUrl(this.config, 'ratings', { serviceId: this.serviceId }).href;
    await this.submission.send(this.config, url, submission, this.subject!, this.renderRoot.querySelector<HTMLInputElement>('.trap input')?.value ?? '');
  }

  /* ------------------------------------------------------------- render */

  protected view(): TemplateResult {
    if (this.readOnly) return html`${this.summaryView(true)}`;
    // On a server only (a constant false in the browser build, so none of this ships): the form without script.
    if (isServer) {
      const own = this.reasons$.invalid ? undefined : this.reasonOptions;
      return ServiceRating.renderWithoutScript!({
        state: (this as unknown as Record<string, NoScriptState | undefined>)[SERVER_FORM] ?? { submissionId: crypto.randomUUID() },
        action: endpointUrl(this.config, 'ratingForm', { serviceId: this.serviceId?.trim() }).href,
        scale: this.scale,
        format: this.format,
        question: this.question || defaultQuestion(this.scale),
        channel: this.channel,
        locale: this.locale,
        high: reasonChips(true, this.locale, own),
        low: reasonChips(false, this.locale, own),
        commentLimit: this.commentLimit,
        disclosure: this.delivery === 'inline' ? undefined : this.buttonLabel || this.question || defaultQuestion(this.scale),
      });
    }
    if (this.delivery === 'inline') return this.ratingView();
    const label = this.buttonLabel || this.question || defaultQuestion(this.scale);
    return this.modal ? this.modal.template(this.delivery, label, this.ratingView()) : html``; // a closed dialog shows nothing
  }

  private ratingView(): TemplateResult {
    const phase = this.submission.phase;
    const done = phase.status === 'submitted' || phase.status === 'queued' || phase.status === 'already-rated';
    return html`${done ? html`${doneTemplate(phase, this.format, this.kiosk)}${this.showSummary && phase.status !== 'queued' ? this.summaryView(false) : nothing}` : this.formView()}
      <p class="visually-hidden" role="status">${this.announcement}</p>${this.kioskMode?.indicator(this.format) ?? nothing}`;
  }

  private formView(): TemplateResult {
    const phase = this.submission.phase;
    const busy = phase.status === 'submitting';
    const disabled = this.disabled || this.formDisabled;
    const score = this.score;
    const view = { scale: this.scale, score, format: this.format, disabled, busy };
    return html`<form novalidate @submit=${this.onSubmit}>
      ${scaleTemplate({
        ...view,
        question: html`<slot name="question">${this.question || defaultQuestion(this.scale)}</slot>`,
        scoreMissing: this.scoreMissing,
        onPick: this.onPick,
        onKeydown: this.onKeydown,
      })}
      ${this.reasons$.invalid ? html`<p class="message" data-tone="error" part="message">${invalidReasonsText()}</p>` : nothing}
      ${score !== undefined && !this.quickVote && !this.formField && this.followUp
        ? this.followUp.followUpTemplate({
            ...view,
            score,
            chips: this.chips(isHighScore(this.scale, score)),
            reasons: this.reasons,
            comment: this.comment,
            commentLimit: this.commentLimit,
            disabled: disabled || busy,
            onReason: this.onReason,
            onComment: this.onComment,
          })
        : nothing}
      ${this.formField ? nothing : sendTemplate({ error: phase.status === 'error' ? phase.error : undefined, format: this.format, disabled, busy, button: !(this.kiosk && this.quickVote) })}
    </form>`;
  }

  /** The form without script, rendered on a server, is not this element's template: it renders afresh. */
  protected override hydratable(root: ShadowRoot): boolean {
    return !root.querySelector(NO_SCRIPT_FORM);
  }

  private summaryView(alone: boolean): TemplateResult | typeof nothing {
    return this.summary.view(this.format, alone);
  }
}
