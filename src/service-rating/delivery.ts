/**
 * Where the rating is asked: inline (as part of the page), behind a floating button, or in a
 * dialog the host opens after a transaction. The core's modal dialog (core/modal.ts: the page
 * behind inert and still, Tab inside, Escape or a click outside closes it, focus back to whatever
 * opened it), with focus on the question when it opens, a close button, the `open` attribute kept
 * in step, `rating-open` and `rating-close` with the reason, and a thank-you that closes by itself
 * a few seconds after a vote, unless the citizen is still doing something.
 */
import { css, html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { ModalDialog, closeLabel } from '../core/modal.js';
import { msg } from '../core/i18n/msg.js';
import { RatingCloseEvent, RatingOpenEvent } from './events.js';
import type { CloseReason, Delivery } from './types.js';

/** How long the thank-you stays in a dialog before it closes by itself. */
export const AUTO_CLOSE_MS = 5000;

interface DeliveryHost extends ReactiveElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The `open` attribute: kept in step with the dialog. */
  opened: boolean;
  open(): void;
}

/** The dialog's and the floating button's styles, adopted by the element when this chunk loads. */
export const deliveryStyles = css`
  .floating {
    position: fixed;
    inset-block-end: calc(var(--_space) * 2);
    inset-inline-end: calc(var(--_space) * 2);
    z-index: 2147483000;
  }
  .floating {
    inset-block-end: max(calc(var(--_space) * 2), env(safe-area-inset-bottom));
    inset-inline-end: max(calc(var(--_space) * 2), env(safe-area-inset-right));
  }
  .floating[data-open] {
    opacity: 0;
  }
  .launcher {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 3rem;
    padding-inline: calc(var(--_space) * 2.5);
    border-color: var(--_accent);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    forced-color-adjust: none; /* HighlightText on Highlight, no backplate behind the words */
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
  }
  .launcher svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }
  .dialog-head {
    align-items: center;
    margin-block-end: calc(var(--_space) * 2);
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.3;
  }
  .close {
    border-color: transparent;
  }
  /* The reasons and comment are laid out, unseen, before a score: picking one moves nothing. */
  .reserve {
    visibility: hidden;
  }
  /* On a phone the room would push Send below the screen: there the dialog grows with the score. */
  @media (max-width: 480px) {
    .reserve {
      display: none;
    }
  }
  /* Larger stars in a dialog, where the question stands alone (a star is its radio, its label's only child). */
  .option > input:only-child {
    inline-size: 2.5rem;
    block-size: 2.5rem;
  }
  .close svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    stroke: currentColor;
    stroke-width: 2;
    fill: none;
  }
`;

export class DeliveryController implements ReactiveController {
  /** Whether the dialog should be open (the `open` attribute, `open()`, the floating button). */
  wanted = false;
  readonly #modal: ModalDialog;
  #closing: CloseReason = 'dismissed';
  #autoClose?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: DeliveryHost,
    /** The dialog opened: the element starts the citizen's time, and shows "already rated" after a vote. */
    private readonly opened: () => void,
  ) {
    host.addController(this);
    this.#modal = new ModalDialog(host, { activity: this.busy, closed: this.#onClose });
    const root = host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, deliveryStyles.styleSheet!];
  }

  get #dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog (now, or at the first render). */
  open(): void {
    this.wanted = true;
    this.host.requestUpdate();
  }

  /** Closes the dialog, saying why in `rating-close`. */
  close(reason: CloseReason): void {
    if (!this.wanted) return;
    this.#closing = reason;
    this.wanted = false;
    this.host.requestUpdate();
  }

  /** The vote was sent (or kept): the thank-you closes by itself unless the citizen acts. */
  thanked(): void {
    clearTimeout(this.#autoClose);
    if (this.wanted) this.#autoClose = setTimeout(() => this.close('submitted'), AUTO_CLOSE_MS);
  }

  /** The citizen pressed, typed or focused something in the dialog: it stays open. */
  busy = (): void => {
    clearTimeout(this.#autoClose);
  };

  /** The native dialog closed (Escape, a click outside, the close button, `close()`); focus is back already. */
  #onClose = (): void => {
    clearTimeout(this.#autoClose);
    const reason = this.#closing;
    this.#closing = 'dismissed';
    if (this.wanted) this.wanted = false;
    this.host.requestUpdate();
    this.host.opened = false;
    this.host.dispatchEvent(new RatingCloseEvent({ reason }));
  };

  /** The dialog around `body` (a title row: the title, and Close at the inline end), and for `floating` the labelled landmark with its button. */
  template(delivery: Exclude<Delivery, 'inline'>, label: string | undefined, body: unknown): TemplateResult {
    const title = msg('Rate this service');
    const buttonLabel = label || title;
    const dialog = this.#modal.template(
      html`<div class="dialog-head">
          <h2 id="dialog-title">${title}</h2>
          <button type="button" class="close" part="close" @click=${() => this.close('dismissed')}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18" /></svg>
            <span class="visually-hidden">${closeLabel()}</span>
          </button>
        </div>
        ${body}`,
    );
    if (delivery === 'dialog') return dialog;
    // Unseen while its dialog is open (one way in at a time), but not display: none: Chromium 156
    // crashes when a modal dialog closes and gives focus back to a button in a hidden subtree.
    return html`<aside class="floating" part="floating" aria-label=${buttonLabel} ?data-open=${this.wanted}>
        <button type="button" class="launcher" part="launcher" aria-haspopup="dialog" @click=${() => this.host.open()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 3.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6-4.5-4.2 6.1-.7z" /></svg>${buttonLabel}
        </button>
      </aside>
      ${dialog}`;
  }

  /** Below the thank-you: the way out. */
  closeButton(): TemplateResult {
    return html`<button type="button" @click=${() => this.close('dismissed')}>${closeLabel()}</button>`;
  }

  /** The follow-up, laid out unseen (and inert) before a score: picking one then resizes nothing. */
  reserve(followUp: TemplateResult): TemplateResult {
    return html`<div class="reserve" inert aria-hidden="true">${followUp}</div>`;
  }

  hostUpdated(): void {
    const dialog = this.#dialog;
    if (!dialog || !this.host.isConnected) return;
    if (this.wanted && !dialog.open) {
      this.opened();
      this.#modal.open(dialog, dialog.querySelector<HTMLElement>('.question, [part="message"][tabindex]') ?? dialog);
      this.host.dispatchEvent(new RatingOpenEvent());
    } else if (!this.wanted && dialog.open) {
      dialog.close();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.#autoClose); // the modal closes itself
  }
}
