import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '../core/i18n/msg.js';
import { apiClient, validatePayload } from '../core/api.js';
import { endpointUrl } from '../core/config.js';
import type { RatingScale, RatingSubmission, RatingSummary, ReasonOptions } from '../core/contract.js';
import { COMMENT_LIMIT_MAX, RATING_CHANNELS, RATING_SCALES } from '../core/vocabulary.js';
import { JawdaElement, warnOnce } from '../core/element.js';
import { inLocale } from '../core/i18n/catalogues.js';
import { JawdaError } from '../core/errors.js';
import { selectPlural, type Formats } from '../core/i18n/format.js';
import { ResourceLoader } from '../core/loader.js';
import { configurationText, errorText, errorView, issuesTemplate, loadingLabel, type ConfigurationProblem } from '../core/messages.js';
import { newSubmissionId, onDelivered, sendSubmission, type SendOutcome } from '../core/outbox.js';
import { base } from '../core/styles/base.js';
import { RatingErrorEvent, RatingSubmitEvent, RatingSubmittedEvent, type SubmissionContext } from './events.js';
import { reasonChips, type Chip } from './reasons.js';
import { SCALE_OPTIONS, defaultQuestion, isHighScore, starsName, type ScaleOption } from './scales.js';
import { styles } from './service-rating.styles.js';
import { summaryTemplate } from './summary.js';
import { previousVote, rememberVote } from './vote-guard.js';

/** What the element is doing. A state is data: the draft (score, reasons, comment) lives beside it. */
type Phase =
  | { status: 'idle' }
  | { status: 'submitting' }
  | { status: 'submitted'; submissionId: string }
  | { status: 'queued'; submissionId: string }
  | { status: 'error'; error: JawdaError }
  | { status: 'already-rated'; until?: Date };

/** The states a host or a story can read from `state`. */
export type ServiceRatingState = 'idle' | 'selected' | Phase['status'] | 'readonly' | 'misconfigured';

const DEFAULT_COMMENT_LIMIT = 600;
const CHECK = svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`;

/** "42 characters left" with every Arabic plural form. */
function charactersLeft(format: Formats, left: number): string {
  const n = format.number(left);
  return selectPlural(format, left, {
    zero: () => msg('0 characters left', { id: 'rating.left.zero' }),
    one: () => msg('1 character left', { id: 'rating.left.one' }),
    two: () => msg('2 characters left', { id: 'rating.left.two' }),
    few: () => msg(str`${n} characters left`, { id: 'rating.left.few' }),
    many: () => msg(str`${n} characters left`, { id: 'rating.left.many' }),
    other: () => msg(str`${n} characters left`, { id: 'rating.left.other' }),
  });
}

const invalidReasonsText = () => msg('"reason-options" is not a valid list of reasons, so the built-in reasons are shown.');

const isWhole = (value: unknown, min: number) => value !== '' && value !== null && Number.isInteger(Number(value)) && Number(value) >= min;

/**
 * Asks a citizen to rate a service (stars, faces or thumbs), with optional reasons and comment, and
 * sends the vote exactly once: saved on the device first, sent with a fresh `submissionId`, kept and
 * sent later when the connection or the server fails. A native radio group (one tab stop, arrow keys
 * mirrored in right-to-left), form-associated, and a read-only summary of the service's ratings.
 *
 * @fires change - The score changed by the citizen's hand (as a native input does).
 * @fires rating-submit - {RatingSubmitEvent} Before sending; cancelable; listeners may add `detail.context` fields.
 * @fires rating-submitted - {RatingSubmittedEvent} Stored by the server (`queued: false`) or kept on the device to send (`queued: true`).
 * @fires rating-error - {RatingErrorEvent} The vote was refused or could not be kept, the summary failed, or the element is misconfigured.
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
 *
 * @cssprop --jawda-color-star - Stars, filled and outlined.
 * @cssprop --jawda-color-accent - The chosen face or thumb, selected chips, the send button.
 * @cssprop --jawda-color-success - The thank-you message's edge.
 * @cssprop --jawda-radius - Corner radius of choices, chips, fields and messages.
 * @cssprop --jawda-space - Spacing unit.
 */
export class ServiceRating extends JawdaElement {
  static override styles = [base, styles];
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...JawdaElement.shadowRootOptions, delegatesFocus: true };

  /** The service being rated, as the portal's API knows it. Required, except as a form field (`name`). */
  @property({ attribute: 'service-id' }) serviceId?: string;

  /** The service centre, when the vote is about a visit to one. */
  @property({ attribute: 'centre-id' }) centreId?: string;

  /** Where the service was given: `web` (default), `app`, `centre`, `kiosk`, `phone`, `chat`, `sms`, `email`, `other`. */
  @property() channel = 'web';

  /** The transaction just completed: this device gives one vote per transaction. */
  @property({ attribute: 'transaction-id' }) transactionId?: string;

  /** `stars` (1-5, default), `faces` (dissatisfied, neutral, satisfied) or `thumbs` (useful, not useful). */
  @property() scale = 'stars';

  /** The question. The `question` slot wins over it; without either, a localized default for the scale. */
  @property() question?: string;

  /** Sends the score alone: no reasons, no comment. */
  @property({ type: Boolean }) quick = false;

  /** Longest comment in characters: a whole number, default 600, at most 2000. */
  @property({ attribute: 'max-length' }) maxLength: string | number = DEFAULT_COMMENT_LIMIT;

  /** Hours before this device may rate the same service again when there is no `transaction-id` (default 24; 0: no limit). */
  @property() cooldown: string | number = 24;

  /** Milliseconds a person needs at least between seeing the element and sending (default 1500). Faster votes are dropped silently. */
  @property({ attribute: 'min-dwell', type: Number }) minDwell = 1500;

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

  /** The service's own reason chips, as JSON: `{"high": [{"id": "fast", "label": {"ar": "…", "en": "…"}}], "low": [...]}`. */
  @property({ attribute: 'reason-options', type: Object }) reasonOptions?: ReasonOptions;

  /** The chosen score (stars 1-5, faces 1-3, thumbs 0-1), or undefined. */
  @property({ type: Number }) score?: number;

  @state() private phase: Phase = { status: 'idle' };
  @state() private reasons: string[] = [];
  @state() private comment = '';
  @state() private formDisabled = false;
  @state() private scoreMissing = false;
  @state() private announcement = '';

  @query('.trap input') private trap?: HTMLInputElement;

  private readonly internals = this.attachInternals();
  private readonly summary = new ResourceLoader<RatingSummary>(this, (loaded) => {
    if (loaded.status === 'error') this.dispatchEvent(new RatingErrorEvent(loaded.error));
  });
  private problem?: ConfigurationProblem;
  private reportedProblem?: string;
  private ownReasons?: ReasonOptions;
  private reasonsChecked?: Promise<unknown>;
  @state() private reasonsInvalid = false;
  private shownAt = 0;
  private focusMessage = false;
  private counterTimer?: ReturnType<typeof setTimeout>;
  private stopListening?: () => void;

  /** What the element shows now. */
  get state(): ServiceRatingState {
    if (this.problem) return 'misconfigured';
    if (this.readOnly) return 'readonly';
    if (this.phase.status === 'idle') return this.score === undefined ? 'idle' : 'selected';
    return this.phase.status;
  }

  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Constraint validation, as on native inputs. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onDelivered((submissionId, receipt) => this.delivered(submissionId, receipt?.summary));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    clearTimeout(this.counterTimer);
  }

  /** `updateComplete` also waits for the service's own reasons to be checked, so they are what renders. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const checking = this.reasonsChecked;
    if (!checking) return done;
    await checking;
    if (this.reasonsChecked === checking) this.reasonsChecked = undefined;
    return super.getUpdateComplete();
  }

  /** Called by the form when an ancestor fieldset or the form is disabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Called by the form on reset: back to no score. */
  formResetCallback(): void {
    this.score = undefined;
    this.reasons = [];
    this.comment = '';
    this.scoreMissing = false;
  }

  /** Called when the browser restores the form (back/forward navigation, autofill). */
  formStateRestoreCallback(restored: string | File | FormData | null): void {
    if (typeof restored === 'string' && restored !== '') this.score = Number(restored);
  }

  protected override settingsChanged(): void {
    if (this.readOnly) this.loadSummary();
  }

  private get formField(): boolean {
    return !!this.name;
  }

  private get commentLimit(): number {
    return Math.min(COMMENT_LIMIT_MAX, isWhole(this.maxLength, 1) ? Number(this.maxLength) : DEFAULT_COMMENT_LIMIT);
  }

  private get ratingScale(): RatingScale {
    return this.scale as RatingScale;
  }

  private findProblem(): ConfigurationProblem | undefined {
    if (!(RATING_SCALES as readonly string[]).includes(this.scale)) {
      return { attribute: 'scale', value: String(this.scale), reason: 'unknown-value', allowed: RATING_SCALES };
    }
    if (!isWhole(this.maxLength, 1)) return { attribute: 'max-length', value: String(this.maxLength), reason: 'not-a-number' };
    if (!isWhole(this.cooldown, 0)) return { attribute: 'cooldown', value: String(this.cooldown), reason: 'not-a-number' };
    if (!(RATING_CHANNELS as readonly string[]).includes(this.channel)) {
      return { attribute: 'channel', value: String(this.channel), reason: 'unknown-value', allowed: RATING_CHANNELS };
    }
    if (this.formField && !this.readOnly) return undefined;
    if (!this.serviceId?.trim()) return { attribute: 'service-id', value: '', reason: 'missing' };
    return this.config.apiBaseProblem;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.problem = this.findProblem();
    if (this.problem) return;
    if (changed.has('reasonOptions')) this.checkReasons();
    if (changed.has('scale') && this.score !== undefined && !SCALE_OPTIONS[this.ratingScale].some((o) => o.score === this.score)) {
      this.score = undefined;
    }
    const identity = changed.has('serviceId') || changed.has('transactionId') || changed.has('cooldown') || changed.has('readOnly');
    if (this.readOnly && (identity || !this.hasUpdated)) this.loadSummary();
    else if (identity && !this.formField && (this.phase.status === 'idle' || this.phase.status === 'already-rated')) this.checkPreviousVote();
  }

  /**
   * Validates the service's own chips (with the contract, loaded on demand); the defaults meanwhile.
   * A list that is not valid (or JSON that does not parse, which Lit turns into null) keeps the
   * defaults and says so in the element, with one warning and a `rating-error`: the vote still works.
   */
  private checkReasons(): void {
    const given = this.reasonOptions;
    this.ownReasons = undefined;
    this.reasonsInvalid = false;
    if (!given && !this.hasAttribute('reason-options')) return;
    const rejected = () => {
      this.reasonsInvalid = true;
      const text = this.localized(() => invalidReasonsText());
      warnOnce(`<service-rating>: ${inLocale('en', invalidReasonsText)}`);
      this.dispatchEvent(new RatingErrorEvent(new JawdaError('misconfigured', text, { attribute: 'reason-options' })));
    };
    if (!given) return rejected();
    this.reasonsChecked = validatePayload(given, 'ReasonOptions').then(
      (reasons) => {
        if (this.reasonOptions === given) this.ownReasons = reasons;
        this.requestUpdate();
      },
      () => {
        if (this.reasonOptions === given) rejected();
      },
    );
  }

  private checkPreviousVote(): void {
    const previous = previousVote(this.serviceId!, this.transactionId || undefined, Number(this.cooldown), this.config.now());
    this.phase = previous.rated ? { status: 'already-rated', until: previous.until } : { status: 'idle' };
    if (previous.rated && this.showSummary) this.loadSummary();
  }

  private loadSummary(known?: RatingSummary): void {
    const serviceId = this.serviceId;
    if (!serviceId || this.config.apiBaseProblem) return;
    void this.summary.load(() => known ?? apiClient().get(this.config, 'ratingSummary', { serviceId }, 'RatingSummary', this.signal));
  }

  protected override firstUpdated(): void {
    this.shownAt = performance.now();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
    const problemKey = this.problem && `${this.problem.attribute}|${this.problem.value}`;
    if (problemKey !== this.reportedProblem) {
      this.reportedProblem = problemKey;
      if (this.problem) {
        this.warnConfiguration(this.problem);
        const text = this.localized(() => configurationText(this.problem!));
        this.dispatchEvent(new RatingErrorEvent(new JawdaError('misconfigured', text, { attribute: this.problem.attribute })));
      }
    }
    if (this.focusMessage) {
      this.focusMessage = false;
      this.renderRoot.querySelector<HTMLElement>('.message[tabindex]')?.focus();
    }
  }

  private syncForm(): void {
    const value = this.score === undefined || this.disabled ? null : String(this.score);
    this.internals.setFormValue(value);
    const anchor = this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]') ?? undefined;
    if (this.required && this.score === undefined && !this.disabled && anchor) {
      this.internals.setValidity({ valueMissing: true }, msg('Choose a rating.'), anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  /* ------------------------------------------------------------ choosing */

  private choose(score: number): void {
    if (score === this.score) return;
    const before = this.score;
    this.score = score;
    this.scoreMissing = false;
    // The reasons differ for good and poor scores: ticks on the other list no longer apply.
    if (before === undefined || isHighScore(this.ratingScale, before) !== isHighScore(this.ratingScale, score)) this.reasons = [];
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onPick(event: Event): void {
    this.choose(Number((event.target as HTMLInputElement).value));
  }

  /** Arrow keys move and choose, mirrored in right-to-left; Enter submits a form field's form. */
  private async onKeydown(event: KeyboardEvent): Promise<void> {
    if (event.key === 'Enter' && this.formField) {
      this.internals.form?.requestSubmit();
      return;
    }
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
    event.preventDefault();
    const options = SCALE_OPTIONS[this.ratingScale];
    const current = options.findIndex((option) => option.score === Number((event.target as HTMLInputElement).value));
    const forward = event.key === 'ArrowDown' || event.key === (this.matches(':dir(rtl)') ? 'ArrowLeft' : 'ArrowRight');
    const next = options[(current + (forward ? 1 : -1) + options.length) % options.length];
    this.choose(next.score);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`input[type="radio"][value="${next.score}"]`)?.focus();
  }

  private onReason(event: Event): void {
    const box = event.target as HTMLInputElement;
    this.reasons = box.checked ? [...this.reasons, box.value] : this.reasons.filter((id) => id !== box.value);
  }

  private onComment(event: Event): void {
    this.comment = (event.target as HTMLTextAreaElement).value;
    // Read the counter out once typing pauses, not at every key.
    clearTimeout(this.counterTimer);
    this.counterTimer = setTimeout(() => this.announce(this.localized(() => charactersLeft(this.format, this.commentLimit - this.comment.length))), 1200);
  }

  private announce(text: string): void {
    this.announcement = text;
  }

  /* ----------------------------------------------------------- submitting */

  private chips(high: boolean): Chip[] {
    return reasonChips(high, this.locale, this.ownReasons);
  }

  private buildSubmission(score: number): RatingSubmission {
    const chipIds = this.localized(() => this.chips(isHighScore(this.ratingScale, score)).map((chip) => chip.id));
    const submission: RatingSubmission = {
      submissionId: newSubmissionId(),
      score,
      scale: this.ratingScale,
      reasons: this.quick ? [] : this.reasons.filter((id) => chipIds.includes(id)),
      channel: this.channel as RatingSubmission['channel'],
      locale: this.locale,
      page: location.origin + location.pathname, // never the query or the hash
      clientTime: this.config.now().toISOString(),
      dwellMs: Math.max(0, Math.round(performance.now() - this.shownAt)),
    };
    const comment = this.comment.trim();
    if (comment && !this.quick) submission.comment = comment.slice(0, this.commentLimit);
    if (this.centreId) submission.centreId = this.centreId;
    if (this.transactionId) submission.transactionId = this.transactionId;
    return submission;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.phase.status === 'submitting' || this.disabled || this.formDisabled) return;
    if (this.score === undefined) {
      this.scoreMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    const submission = this.buildSubmission(this.score);
    const context: SubmissionContext = {};
    if (!this.dispatchEvent(new RatingSubmitEvent({ submission: Object.freeze({ ...submission }), context }))) return;
    if (Object.keys(context).length) submission.context = { ...context };

    this.phase = { status: 'submitting' };
    this.announce(this.localized(() => msg('Sending your rating…')));
    // A bot filled the hidden field, or sent faster than a person reads: look the same, send nothing.
    if (this.trap?.value || submission.dwellMs! < this.minDwell) {
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 400));
      this.finish(submission, 'submitted');
      return;
    }
    const url = endpointUrl(this.config, 'ratings', { serviceId: this.serviceId }).href;
    this.settle(submission, await sendSubmission(this.config, url, submission));
  }

  private settle(submission: RatingSubmission, outcome: SendOutcome): void {
    if (outcome.kind === 'delivered') {
      this.finish(submission, 'submitted', outcome.receipt?.summary);
    } else if (outcome.kind === 'queued') {
      this.finish(submission, 'queued');
    } else {
      this.phase = { status: 'error', error: outcome.error };
      this.announce('');
      this.focusMessage = true;
      this.dispatchEvent(new RatingErrorEvent(outcome.error));
    }
  }

  private finish(submission: RatingSubmission, status: 'submitted' | 'queued', summary?: RatingSummary): void {
    rememberVote(this.serviceId!, this.transactionId || undefined, this.config.now());
    this.phase = { status, submissionId: submission.submissionId };
    this.announce('');
    this.focusMessage = true;
    if (status === 'submitted' && this.showSummary) this.refreshSummary(summary);
    this.dispatchEvent(new RatingSubmittedEvent({ submissionId: submission.submissionId, score: submission.score, queued: status === 'queued' }));
  }

  private refreshSummary(summary?: RatingSummary): void {
    if (!summary) apiClient().clearCache(`/services/${encodeURIComponent(this.serviceId!)}/`);
    this.loadSummary(summary);
  }

  /** The outbox delivered a vote later: if it is ours, say so. No second `rating-submitted`. */
  private delivered(submissionId: string, summary?: RatingSummary): void {
    if (this.phase.status !== 'queued' || this.phase.submissionId !== submissionId) return;
    this.phase = { status: 'submitted', submissionId };
    this.announce(this.localized(() => msg('Your rating has been sent.')));
    if (this.showSummary) this.refreshSummary(summary);
  }

  /* ------------------------------------------------------------- render */

  override render(): TemplateResult {
    if (this.problem) {
      return html`<p class="message" data-tone="error" role="alert" part="message">${configurationText(this.problem)}</p>`;
    }
    if (this.readOnly) return html`${this.summaryView(true)}`;
    const status = this.phase.status;
    const done = status === 'submitted' || status === 'queued' || status === 'already-rated';
    return html`${done ? this.doneView() : this.formView()}
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  private formView(): TemplateResult {
    const scale = this.ratingScale;
    const busy = this.phase.status === 'submitting';
    const disabled = this.disabled || this.formDisabled;
    const followUp = this.score !== undefined && !this.quick && !this.formField;
    return html`<form novalidate @submit=${this.onSubmit}>
      <fieldset class="scale" ?disabled=${disabled} aria-describedby=${this.scoreMissing ? 'score-missing' : nothing}>
        <legend class="question" part="question"><slot name="question">${this.question || defaultQuestion(scale)}</slot></legend>
        <div class="options" data-scale=${scale} @keydown=${this.onKeydown}>
          ${SCALE_OPTIONS[scale].map((option) => this.optionView(scale, option, busy))}
        </div>
        ${scale === 'stars' && this.score !== undefined ? html`<p class="choice" aria-hidden="true">${starsName(this.format, this.score)}</p>` : nothing}
        ${this.scoreMissing ? html`<p class="field-error" id="score-missing">${msg('Choose a rating first.')}</p>` : nothing}
      </fieldset>
      ${this.reasonsInvalid ? html`<p class="message" data-tone="error" part="message">${invalidReasonsText()}</p>` : nothing}
      ${followUp ? this.followUpView(scale, this.score!, disabled || busy) : nothing}
      ${this.formField
        ? nothing
        : html`<div class="trap" aria-hidden="true">
              <label>${msg('Leave this field empty')} <input type="text" tabindex="-1" autocomplete="off" /></label>
            </div>
            ${this.phase.status === 'error' ? this.errorMessage(this.phase.error) : nothing}
            <button type="submit" part="submit" data-variant="primary" ?disabled=${disabled} aria-disabled=${busy ? 'true' : 'false'}>
              ${busy ? msg('Sending…') : msg('Send rating')}
            </button>`}
    </form>`;
  }

  private optionView(scale: RatingScale, option: ScaleOption, busy: boolean): TemplateResult {
    const checked = this.score === option.score;
    const filled = scale === 'stars' ? this.score !== undefined && option.score <= this.score : checked;
    return html`<label class="option" part="option" ?data-checked=${checked} ?data-filled=${filled}>
      <input type="radio" name="score" class="visually-hidden" value=${option.score} .checked=${checked} ?disabled=${busy} @change=${this.onPick} />
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${option.icon}</svg>
      <span class=${scale === 'stars' ? 'visually-hidden' : 'option-name'}>${option.name(this.format)}</span>
    </label>`;
  }

  private followUpView(scale: RatingScale, score: number, disabled: boolean): TemplateResult {
    const high = isHighScore(scale, score);
    const left = this.commentLimit - this.comment.length;
    return html`<fieldset class="reasons" part="reasons" ?disabled=${disabled}>
        <legend>${high ? msg('What went well?') : msg('What did not go well?')} <span class="optional">${msg('(optional)')}</span></legend>
        <div class="chips">
          ${this.chips(high).map(
            (chip) => html`<label class="chip">
              <input type="checkbox" value=${chip.id} .checked=${this.reasons.includes(chip.id)} @change=${this.onReason} />
              <span>${chip.label}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="comment" part="comment">
        <label for="comment">${msg('Anything else you would like to tell us?')} <span class="optional">${msg('(optional)')}</span></label>
        <p class="hint" id="comment-hint">${msg('Please do not write personal details such as your name, CPR number, phone number or email address.')}</p>
        <textarea id="comment" rows="3" maxlength=${this.commentLimit} aria-describedby="comment-hint comment-left" ?disabled=${disabled}
          .value=${this.comment} @input=${this.onComment}></textarea>
        <p class="counter" id="comment-left" ?data-low=${left <= 20}>${charactersLeft(this.format, left)}</p>
      </div>`;
  }

  private errorMessage(error: JawdaError): TemplateResult {
    return html`<div class="message" data-tone="error" part="message" tabindex="-1">
      <div>
        <p class="title">${msg('Your rating was not sent.')}</p>
        ${error.details.issues?.length ? issuesTemplate(error) : html`<p>${errorText(error)}</p>`}
      </div>
    </div>`;
  }

  private doneView(): TemplateResult {
    const phase = this.phase;
    let text: string;
    if (phase.status === 'submitted') text = msg('Your rating has been sent.');
    else if (phase.status === 'queued') text = msg('Your rating is saved on this device and will be sent as soon as the service can be reached.');
    else if (phase.status === 'already-rated' && phase.until) {
      const until = this.format.date(phase.until, { dateStyle: 'long', timeStyle: 'short', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
      text = msg(str`You rated this service recently. You can rate it again after ${until}.`);
    } else text = msg('You have already rated this service for this transaction.');
    return html`<div class="message" part="message" data-tone=${phase.status === 'submitted' ? 'success' : 'info'} tabindex="-1">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${CHECK}</svg>
        <div>
          <p class="title">${msg('Thank you.')}</p>
          <p>${text}</p>
        </div>
      </div>
      ${this.showSummary && phase.status !== 'queued' ? this.summaryView(false) : nothing}`;
  }

  private summaryView(alone: boolean): TemplateResult | typeof nothing {
    const loaded = this.summary.state;
    if (loaded.status === 'ready') return summaryTemplate(this.format, loaded.data);
    if (loaded.status === 'error') return alone ? errorView(loaded.error, { onRetry: () => this.loadSummary() }) : nothing;
    return html`<div class="summary skeleton" part="summary"><span class="visually-hidden">${loadingLabel()}</span></div>`;
  }
}
