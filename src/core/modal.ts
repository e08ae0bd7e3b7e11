/**
 * One modal dialog behaviour for every element (the rating's dialog, the badge's details), on a
 * native `<dialog>` opened with `showModal()`: the page behind is inert and does not scroll; focus
 * moves into the dialog (to what the element names, else the `autofocus` control) and Tab cycles
 * inside it; Escape closes it, and so does a click outside (`closedby="any"` on the dialog); on
 * close, focus goes back to what opened it. A lazy chunk with its styles: only pages that show a
 * dialog load it.
 *
 * Whatever opens a dialog must stay rendered while the dialog is open (hide it with opacity, never
 * `display: none`): Chromium 156 crashes when a modal dialog closes and gives focus back into a
 * hidden subtree.
 */
import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { msg } from './i18n/msg.js';
import { dialogStyles } from './styles/dialog.js';

export { dialogStyles };

/** The name of every dialog's close button. */
export const closeLabel = () => msg('Close');

const TABBABLE = 'button:not([disabled]), textarea:not([disabled]), a[href], input:not([disabled]):not([tabindex="-1"])';

/** The first radio of a group with none checked is where Tab lands. */
function isFirstRadio(radio: HTMLInputElement): boolean {
  const group = [...(radio.closest('fieldset')?.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${radio.name}"]`) ?? [])];
  return !group.some((other) => other.checked) && group[0] === radio;
}

let scrollLocks = 0;
let savedOverflow = '';

/** Stops the page behind from scrolling; several dialogs count (CSSOM, so a strict CSP holds). */
function lockScroll(lock: boolean): void {
  const root = document.documentElement;
  if (lock && scrollLocks++ === 0) {
    savedOverflow = root.style.overflow;
    root.style.overflow = 'hidden';
  } else if (!lock && scrollLocks > 0 && --scrollLocks === 0) root.style.overflow = savedOverflow;
}

/** The element that has focus, inside shadow roots too. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

export class ModalDialog implements ReactiveController {
  /** The dialog while it is open. */
  #dialog?: HTMLDialogElement;
  /** What had focus before, or what the element named: focus goes back to it. */
  #opener?: HTMLElement;

  constructor(
    private readonly host: ReactiveElement,
    /** `activity`: the person pressed or typed something in the dialog; `closed`: it closed, by any means, focus back. */
    private readonly on: { activity?: () => void; closed?: () => void } = {},
  ) {
    host.addController(this);
    const root = host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, dialogStyles.styleSheet!];
  }

  /** The dialog around `content` (named by its `#dialog-title`), closed until `open()`. */
  template(content: unknown): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="dialog-title" closedby="any" @close=${this.#onClose} @pointerdown=${this.on.activity} @keydown=${this.#onKeydown}>
      ${content}
    </dialog>`;
  }

  /**
   * Opens `dialog` as a modal (nothing happens when it is open already). `focus`: where focus goes
   * in it (default: its `autofocus` control, as the browser does); `opener`: where focus goes back
   * on close (default: what has focus now).
   */
  open(dialog: HTMLDialogElement, focus?: HTMLElement, opener = deepActiveElement()): void {
    if (dialog.open) return;
    this.#opener = opener;
    this.#dialog = dialog;
    dialog.showModal();
    lockScroll(true);
    focus?.focus();
  }

  /** The dialog closed, by any means (its `close` event): the page scrolls again, focus goes back. */
  readonly #onClose = (): void => {
    this.#closed();
    this.on.closed?.();
  };

  #closed(): void {
    if (!this.#dialog) return;
    this.#dialog = undefined;
    lockScroll(false);
    if (this.#opener?.isConnected) this.#opener.focus();
    this.#opener = undefined;
  }

  /**
   * A key in the dialog: Tab stays inside, from the last control back to the first, and Shift+Tab
   * the other way. A modal dialog makes the page inert, but the browser would still leave it for
   * its own toolbar; a person on a keyboard cycles through the dialog instead.
   */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    this.on.activity?.();
    const dialog = this.#dialog;
    if (event.key !== 'Tab' || !dialog) return;
    const controls = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
      (control) =>
        control.checkVisibility() &&
        (!(control instanceof HTMLInputElement) || control.type !== 'radio' || control.checked || isFirstRadio(control)),
    );
    const first = controls[0];
    const last = controls.at(-1);
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    } else if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last?.focus();
    }
  };

  /** The element left the page with its dialog open: it closes, and the page scrolls again. */
  hostDisconnected(): void {
    this.#dialog?.close();
    this.#closed();
  }
}
