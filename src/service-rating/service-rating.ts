import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type ReactiveElement, type TemplateResult } from 'lit';
import { msg } from '../core/i18n/msg.js';
import { apiClient } from '../core/api.js';
import { endpointUrl } from '../core/config.js';
import { JawdaElement } from '../core/element.js';
import type { JawdaError } from '../core/errors.js';
import { inputEvent } from '../core/events.js';
import { LazyModule, LazyPart, lazy } from '../core/lazy.js';
import { deliverQueuedSubmissionsLater } from '../core/outbox-trigger.js';
import { plainText } from '../core/plain-text.js';
import { chunkFailureView, loadingLabel } from '../core/messages.js';
import { publish, summaryTopic } from '../core/signals.js';
import { base } from '../core/styles/base.js';
import { panelStyles } from '../core/styles/panel.js';
import { ServiceRatingAttributes } from './attributes.js';
import { RatingErrorEvent } from './events.js';
import type { DeliveryController } from './delivery.js';
import { scoreAfterKey } from './rating-input.js';
import { ServiceReasons } from './reasons.js';
import { SCALE_OPTIONS, defaultQuestion, isHighScore } from './scales.js';
import { styles } from './service-rating.styles.js';
import { SubmissionController, draftOf, type Draft, type SubmissionHooks } from './submission.js';
import type { ServiceSummary } from './summary.js';
import { formTemplate, ratingTemplate } from './views.js';
import { NO_SCRIPT_FORM, serverFormTemplate, type RatingServerContext } from './server-form.js';
import type { Chip } from './types.js';
import { ratingWords } from './words.js';

export { DELIVERIES, type Delivery, type RatingChannel, type RatingScale } from './attributes.js';

// The lazy chunks, each asked for once per page: a thousand ratings share one import (and one preload check).
const followUpChunk = lazy(() => import('./follow-up.js'));
const deliveryChunk = lazy(() => import('./delivery.js'));
const kioskChunk = lazy(() => import('./kiosk.js'));
const RATING_WORDS = [ratingWords];
/** No reasons ticked: one list for every rating (a new list is made at each tick, this one is never changed). */
const NO_REASONS: readonly string[] = [];

// What the controllers ask a rating, one of each for every rating (closures made for each one cost
// each rating heap). A vote stored here: every summary of the service on the page shows it.
const WHEN_STORED: SubmissionHooks = {
  stored(host, summary) {
    const serviceId = (host as ServiceRating).serviceId!.trim();
    apiClient().clearCache(`/services/${encodeURIComponent(serviceId)}/`);
    publish(summaryTopic(serviceId), summary);
  },
};
/** An inline rating's time counts from when it is seen; a dialog's from when it opens. */
const inlineCounts = (host: ReactiveElement) => (host as ServiceRating).delivery === 'inline';

/**
 * The summary of a service's ratings (its data, view and styles): a lazy chunk, loaded where a rating
 * can show one (`readonly`, `show-summary`); a page of quick ratings never fetches it. A read-only
 * rating's first render waits for it (see `scheduleUpdate`), so a page of summaries draws each once.
 */
export const summaryViews = new LazyModule(() => import('./summary.js'));

/** The states a host or a story can read from `state`. */
export type ServiceRatingState =
  'idle' | 'selected' | 'submitting' | 'submitted' | 'queued' | 'error' | 'already-rated' | 'readonly' | 'misconfigured';

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
 * @cssprop --jawda-star - Stars, filled and outlined.
 * @cssprop --jawda-accent - The chosen face or thumb, selected chips, the send button.
 * @cssprop --jawda-success - The thank-you message's edge.
 * @cssprop --jawda-radius - Corner radius of choices, chips, fields and messages.
 * @cssprop --jawda-space - Spacing unit.
 * @cssprop [--jawda-face-unhappy=#d83731] - The unhappy face (Happiness Meter red).
 * @cssprop [--jawda-face-neutral=#d67909] - The neutral face (amber).
 * @cssprop [--jawda-face-happy=#3f8e50] - The happy face (green).
 * @cssprop [--jawda-kiosk-target=6rem] - Kiosk: the size of each face (default 6rem = 96 px).
 */
export class ServiceRating extends ServiceRatingAttributes {
  /** @internal On a server: the renderer's context, with the form without script (a browser never loads it). */
  declare serverContext?: RatingServerContext;

  static override styles = [base, panelStyles, styles];

  static override properties: PropertyDeclarations = {
    reasons: { state: true, attribute: false },
    comment: { state: true, attribute: false },
    scoreMissing: { state: true, attribute: false },
    touched: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };
  static override shadowRootOptions: ShadowRootInit = { ...JawdaElement.shadowRootOptions, delegatesFocus: true };

  private reasons: readonly string[] = NO_REASONS;
  private comment = '';
  private scoreMissing = false;
  /** The choices were clicked or keyed: the honeypot is drawn from then on. */
  private touched = false;
  private announcement = '';

  /** The kiosk's timers, wake lock and waiting count: a lazy chunk, fetched only for a kiosk. */
  readonly #kioskMode = new LazyPart(kioskChunk, ServiceRating.#makeKiosk, this);

  static #makeKiosk(this: void, { KioskController }: typeof import('./kiosk.js'), el: ServiceRating): InstanceType<typeof KioskController> {
    return new KioskController(el);
  }

  /** Votes of this device waiting to be sent (a kiosk's staff can read it; 0 elsewhere). */
  get pendingCount(): number {
    return this.#kioskMode.value?.pending ?? 0;
  }

  /** @internal Kiosk: where the citizen is. */
  kioskStep(): 'question' | 'choosing' | 'done' {
    return this.#submission.phase.status === 'submitted' || this.#submission.phase.status === 'queued'
      ? 'done'
      : this.score === undefined
        ? 'question'
        : 'choosing';
  }

  /** @internal Kiosk: back to the question for the next citizen. */
  nextCitizen(): void {
    this.#startOver(true);
  }

  /** The dialog of the floating and dialog deliveries: a lazy chunk, fetched only where one is used. */
  readonly #dialog = new LazyPart(deliveryChunk, ServiceRating.#makeDialog, this);

  static #makeDialog(this: void, { DeliveryController }: typeof import('./delivery.js'), el: ServiceRating): DeliveryController {
    const modal = new DeliveryController(el, () => {
      // Opened again after a vote: the device remembers it, so the citizen reads "already rated".
      if (el.#submission.done) el.#startOver(false);
      el.#submission.markShown();
    });
    if (el.opened) modal.open();
    el.requestUpdate();
    return modal;
  }

  get #modal(): DeliveryController | undefined {
    return this.#dialog.value;
  }

  readonly #submission = new SubmissionController(this, WHEN_STORED);

  /**
   * The summary's data and view, made for a rating that can show it (`readonly`, `show-summary`),
   * once its chunk is here: a page of quick ratings makes none (a controller, its data and a
   * subscription each).
   */
  #summary?: ServiceSummary;

  #showsSummary(): ServiceSummary | undefined {
    const module = summaryViews.use(this);
    if (!module) return undefined;
    return (this.#summary ??= new module.ServiceSummary(this, {
      shownFor: () => {
        const status = this.#submission.phase.status;
        const shown = this.readOnly || (this.showSummary && (status === 'submitted' || status === 'already-rated'));
        return shown ? this.serviceId?.trim() || undefined : undefined;
      },
      config: () => this.config,
      failed: (error) => this.dispatchEvent(this.errorEvent(error)),
    }));
  }
  /** The reasons and comment after a score (a lazy chunk, fetched when the form first shows). */
  readonly #followUps = new LazyPart(followUpChunk, ServiceRating.#withFollowUp, this);

  static #withFollowUp(this: void, module: typeof import('./follow-up.js'), el: ServiceRating): typeof module {
    const root = el.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, module.followUpStyles.styleSheet!];
    // Only a chosen score shows the follow-up: without one, its arrival changes nothing on screen
    // (rendering anyway drew each of a page's ratings twice: 1000 of them took ~20% longer).
    // A dialog lays it out unseen from the start (see formView), so that picking a score moves nothing.
    if (el.score !== undefined || el.delivery !== 'inline') el.requestUpdate();
    return module;
  }

  get #followUp(): typeof import('./follow-up.js') | undefined {
    return this.#followUps.value;
  }

  readonly #reasons$ = new ServiceReasons(this);
  #focusMessage = false;
  #counterTimer?: ReturnType<typeof setTimeout>;
  #lastStatus = 'idle';

  /** What the element shows now. */
  get state(): ServiceRatingState {
    if (this.problem) return 'misconfigured';
    if (this.readOnly) return 'readonly';
    const status = this.#submission.phase.status;
    if (status === 'idle') return this.score === undefined ? 'idle' : 'selected';
    return status;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    deliverQueuedSubmissionsLater(); // votes queued on earlier pages go out, once per page, when the browser is idle
    // Nothing to send (read-only, a form field): no time to count. A dialog counts from when it opens.
    if (!this.readOnly && !this.formField) this.#submission.observeShown(inlineCounts);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#counterTimer);
  }

  /**
   * A read-only rating's first render waits for the summary's chunk: rendered before it, each of a
   * page's summaries would be drawn twice (measured: 1000 summaries 7.1 s instead of 2.7 s).
   * An import that fails renders at once (the skeleton; tried again at the next render).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !this.readOnly || summaryViews.module || isServer) return super.scheduleUpdate();
    const render = () => super.scheduleUpdate();
    return summaryViews.load().then(render, render);
  }

  /** `updateComplete` also waits for the service's own reasons to be checked, so they are what renders. */
  protected override getUpdateComplete(): Promise<boolean> {
    // Most updates wait for nothing more: no async step (and no promises) for each of a page's ratings.
    const coming = (part: { loading?: Promise<void>; value?: unknown }) => part.loading && !part.value;
    return super
      .getUpdateComplete()
      .then((done) =>
        coming(this.#dialog) || coming(this.#kioskMode) || coming(this.#followUps) || summaryViews.arrival(this) || this.#reasons$.pending
          ? this.#afterChunks(done)
          : done,
      );
  }

  async #afterChunks(done: boolean): Promise<boolean> {
    // the lazy chunks, where needed
    await Promise.all([this.#dialog.loading, this.#kioskMode.loading, this.#followUps.loading, summaryViews.arrival(this)]);
    return (await this.#reasons$.checked()) ? super.getUpdateComplete() : done;
  }

  /** Opens the rating's dialog (`delivery="floating"` or `"dialog"`); works before the first render too. */
  open(): void {
    this.opened = true;
  }

  /** Closes the rating's dialog (`rating-close` with reason `host`). */
  close(): void {
    this.#modal?.close('host');
  }

  protected errorEvent(error: JawdaError): Event {
    return new RatingErrorEvent(error);
  }

  protected override words() {
    return RATING_WORDS;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the base's update: on a server, it runs the data controllers there are then.
    if (this.readOnly || this.showSummary) this.#showsSummary();
    super.willUpdate(changed);
    // On a server: one render of the summary or of the form without script (see view()), nothing else.
    if (this.problem || isServer) return;
    if (this.delivery !== 'inline' && !this.readOnly) this.#dialog.load();
    if (this.kiosk) {
      if (!this.hasAttribute('channel')) this.channel = 'kiosk';
      if (!this.hasAttribute('scale')) this.scale = 'faces';
      this.#kioskMode.load();
    }
    if (changed.has('opened')) {
      if (this.opened) this.#modal?.open();
      else this.#modal?.close('host');
    }
    if (changed.has('reasonOptions')) this.#reasons$.check(this.reasonOptions, this.hasAttribute('reason-options'));
    if (changed.has('scale') && this.score !== undefined && !SCALE_OPTIONS[this.scale].some((o) => o.score === this.score))
      this.score = undefined;
    this.#summary?.listen(this.serviceId?.trim() || undefined);
    const identity = changed.has('serviceId') || changed.has('transactionId') || changed.has('centreId') || changed.has('cooldown');
    // Any change of identity starts over: a single-page app that moves on gets a fresh question.
    if ((identity && this.hasUpdated) || !this.hasUpdated) this.#startOver(this.hasUpdated);
  }

  /** Back to the question for the current subject (or "already rated"); `clear` also forgets the draft. */
  #startOver(clear: boolean): void {
    if (clear && !this.formField) {
      this.score = undefined;
      this.clearDraft();
    }
    if (!this.formField) this.#submission.reset(this.subject, this.config.now());
  }

  protected clearDraft(): void {
    this.reasons = NO_REASONS;
    this.comment = '';
    this.scoreMissing = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The form is on screen: fetch the outbox now, so a vote is kept even if the connection drops before Send.
    if (!this.readOnly && !this.formField && !this.problem && !this.#followUp) {
      this.#submission.warm(); // until the form's chunks are here (a failed fetch is tried again at the next render)
      // A quick vote asks nothing after the score: no follow-up chunk, nor its styles added to each shadow root.
      if (!this.quickVote) this.#followUps.load(); // offline: tried again at the next render
    }
    const status = this.#submission.phase.status;
    if (status !== this.#lastStatus) {
      if (this.#lastStatus === 'queued' && status === 'submitted') this.#announce(this.localized(() => msg('Your rating has been sent.')));
      else if (status === 'submitting') this.#announce(this.localized(() => msg('Sending your rating…')));
      else this.#announce('');
      if (status === 'submitted' || status === 'queued') this.#modal?.thanked();
      this.#focusMessage = this.#lastStatus === 'submitting';
      this.#lastStatus = status;
    }
    if (this.#focusMessage) {
      this.#focusMessage = false;
      this.renderRoot.querySelector<HTMLElement>('[part="message"][tabindex]')?.focus();
    }
  }

  /* ------------------------------------------------------------ choosing */

  /** `tap`: a click or a touch; an arrow key only moves the choice, Enter or Space then sends a one-tap vote. */
  #choose(score: number, tap = true): void {
    if (score === this.score) return;
    const before = this.score;
    this.score = score;
    this.scoreMissing = false;
    if (!this.formField) this.#submission.warm();
    // The reasons differ for good and poor scores: ticks on the other list no longer apply.
    if (before === undefined || isHighScore(this.scale, before) !== isHighScore(this.scale, score)) this.reasons = NO_REASONS;
    this.dispatchEvent(inputEvent('input'));
    this.dispatchEvent(inputEvent('change'));
    if (tap && !this.formField && this.tapSends) void this.#submit();
  }

  // The handlers are methods, not arrow functions: Lit calls a listener with the element as `this`,
  // so a page of ratings shares one of each instead of making five per rating.

  #onPick(event: Event): void {
    this.touched = true;
    this.#choose(Number((event.target as HTMLInputElement).value));
  }

  /** Arrow keys move and choose, mirrored in right-to-left; Enter submits a form field's form. */
  async #onKeydown(event: KeyboardEvent): Promise<void> {
    this.touched = true;
    if (event.key === 'Enter' && this.formField) {
      this.form?.requestSubmit();
      return;
    }
    // From the keyboard, the arrows choose and Enter sends (as a native radio submits its form); a one-tap vote sends with Space too.
    if ((event.key === 'Enter' || (event.key === ' ' && this.tapSends)) && !this.formField) {
      event.preventDefault();
      return void this.#submit();
    }
    const next = scoreAfterKey(this.scale, Number((event.target as HTMLInputElement).value), event.key, this.matches(':dir(rtl)'));
    if (next === undefined) return;
    event.preventDefault();
    this.#choose(next, false);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`input[type="radio"][value="${next}"]`)?.focus();
  }

  #onReason(event: Event): void {
    const { value } = event.currentTarget as HTMLButtonElement;
    this.reasons = this.reasons.includes(value) ? this.reasons.filter((id) => id !== value) : [...this.reasons, value];
  }

  #onComment(event: Event): void {
    this.comment = (event.target as HTMLTextAreaElement).value;
    // Read the counter out once typing pauses, not at every key.
    clearTimeout(this.#counterTimer);
    this.#counterTimer = setTimeout(
      () =>
        this.#followUp &&
        this.#announce(this.localized(() => this.#followUp!.charactersLeft(this.format, this.commentLimit - this.comment.length))),
      1200,
    );
  }

  #announce(text: string): void {
    this.announcement = text;
  }

  /* ----------------------------------------------------------- submitting */

  #chips(high: boolean): Chip[] {
    // Reasons are ticked only in the follow-up, so before its chunk is here there is none to keep.
    return this.#followUp ? this.#reasons$.chips(high, this.locale, this.#followUp.defaultChips) : [];
  }

  /** The vote as the citizen gave it: the reasons of the list shown, the comment as plain text. */
  #draft(score: number): Draft {
    const { scale, channel, locale, centreId, transactionId, quickVote } = this;
    const chipIds = this.localized(() => this.#chips(isHighScore(scale, score)).map((chip) => chip.id));
    const reasons = quickVote ? [] : this.reasons.filter((id) => chipIds.includes(id));
    const comment = quickVote ? '' : plainText(this.comment).trim().slice(0, this.commentLimit);
    return draftOf(
      { score, scale, reasons, channel, locale, clientTime: this.config.now().toISOString() },
      comment,
      centreId,
      transactionId,
    );
  }

  #onSubmit(): void {
    void this.#submit();
  }

  async #submit(): Promise<void> {
    if (this.#submission.phase.status === 'submitting' || this.disabled || this.formDisabled) return;
    if (this.score === undefined) {
      this.scoreMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    const url = endpointUrl(this.config, 'ratings', { serviceId: this.serviceId }).href;
    const trap = this.renderRoot.querySelector<HTMLInputElement>('.trap input')?.value ?? '';
    await this.#submission.submit(this.config, url, this.#draft(this.score), this.subject!, trap);
  }

  /* ------------------------------------------------------------- render */

  /** The form without script, rendered on a server, is not this element's template: it renders afresh. */
  protected override hydratable(root: ShadowRoot): boolean {
    return !root.querySelector(NO_SCRIPT_FORM);
  }

  protected view(): TemplateResult {
    if (this.readOnly) return html`${this.#summaryView(true)}`;
    // On a server only (a constant false in the browser build, so none of this ships): the form without script.
    if (isServer) {
      const { locale, config, format, commentLimit } = this;
      const chips = (high: boolean, builtIn: (high: boolean) => Chip[]) => this.#reasons$.chips(high, locale, builtIn);
      return serverFormTemplate(this, { locale, config, format, commentLimit, chips });
    }
    // A kiosk shows once its chunk (full screen, two languages) is here: drawn small first, it would jump.
    if (this.kiosk && !this.#kioskMode.value) return html``;
    if (this.delivery === 'inline') return this.#ratingView();
    return this.#modal
      ? this.#modal.template(
          this.delivery,
          (this.locale === 'ar' ? this.buttonLabelAr : this.buttonLabelEn) || this.buttonLabel,
          this.#ratingView(),
        )
      : html``; // a closed dialog shows nothing
  }

  /** The summary as it stands, or its skeleton while its chunk comes. */
  #summaryView(alone: boolean): unknown {
    return (
      this.#showsSummary()?.view(this.format, alone) ??
      (summaryViews.failed.has(this)
        ? chunkFailureView(summaryViews, this)
        : html`<div class="summary skeleton" part="summary"><span class="visually-hidden">${loadingLabel()}</span></div>`)
    );
  }

  #ratingView(): TemplateResult {
    const { format, announcement } = this;
    const kioskThanks = this.#kioskMode.value?.thanks();
    const summary = () => (this.showSummary ? this.#summaryView(false) : nothing);
    const indicator = this.#kioskMode.value?.indicator(format) ?? nothing;
    // In a dialog, the thank-you is the panel and a way out.
    const after = this.#modal?.closeButton() ?? nothing;
    return ratingTemplate({
      phase: this.#submission.phase,
      format,
      kioskThanks,
      summary,
      form: () => this.#formView(),
      announcement,
      indicator,
      after,
    });
  }

  #formView(): TemplateResult {
    const { phase } = this.#submission;
    const busy = phase.status === 'submitting';
    const disabled = this.disabled || this.formDisabled;
    const { scale, score, format, scoreMissing } = this;
    const asked = (locale: string) => (locale === 'ar' ? this.questionAr : this.questionEn) || this.question || defaultQuestion(scale);
    // A kiosk asks in both languages: the next citizen may read either.
    const both = this.#kioskMode.value?.bilingual;
    const question = both ? both((locale) => asked(locale)) : asked(this.locale);
    const send = this.formField
      ? undefined
      : {
          error: phase.status === 'error' ? phase.error : undefined,
          disabled,
          busy,
          button: !this.tapSends,
          chosen: score !== undefined,
          trap: this.touched,
        };
    // The reasons and comment after a score: not for a quick vote, nor a form field (its form sends the score alone).
    const followUpOf = (shown: number, off: boolean) =>
      this.#followUp!.followUpTemplate({
        scale,
        score: shown,
        format,
        chips: this.#chips(isHighScore(scale, shown)),
        reasons: this.reasons,
        comment: this.comment,
        commentLimit: this.commentLimit,
        disabled: off,
        onReason: this.#onReason,
        onComment: this.#onComment,
      });
    const asks = !this.quickVote && !this.formField && this.#followUp;
    // A dialog lays the follow-up out unseen (and inert) before a score, so that picking one does not resize it.
    const followUp = !asks
      ? nothing
      : score !== undefined
        ? followUpOf(score, disabled || busy)
        : (this.#modal?.reserve(followUpOf(SCALE_OPTIONS[scale][0]!.score, true)) ?? nothing);
    return formTemplate({
      scale,
      score,
      format,
      disabled,
      busy,
      question,
      scoreMissing,
      onPick: this.#onPick,
      onKeydown: this.#onKeydown,
      onSubmit: this.#onSubmit,
      bilingual: both,
      reasonsInvalid: this.#reasons$.invalid,
      followUp,
      send,
    });
  }
}
