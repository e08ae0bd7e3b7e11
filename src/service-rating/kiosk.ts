/**
 * `<service-rating kiosk>`: a tablet at a centre's counter. Each citizen taps a face and walks away:
 * the thank-you stays `reset-after` seconds, then the question is back for the next citizen; a
 * citizen who leaves mid-vote is reset after `idle-reset` seconds, sending nothing. There is no
 * per-device vote guard (every citizen is a new person). Votes taken while the network is down wait
 * in the outbox and go out once each, oldest first; citizens see nothing alarming, staff see a
 * discreet count (`pendingCount`). With `wake-lock`, the screen stays on where the browser allows it.
 * A lazy chunk: pages without a kiosk never load it.
 */
import { css, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { msg, str } from '../core/i18n/msg.js';
import type { Formats } from '../core/i18n/format.js';
import { loadCatalogue } from '../core/i18n/catalogues.js';
import { bothLanguages } from '../core/i18n/bilingual.js';
import { ratingWords } from './words.js';
import { confirmationPanel } from '../core/notice.js';

interface KioskHost extends ReactiveElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  resetAfter?: number;
  idleReset?: number;
  wakeLock: boolean;
  /** Back to the question for the next citizen. */
  nextCitizen(): void;
  /** What the citizen is at: nothing chosen, choosing (a score, not sent), or done (thanked). */
  kioskStep(): 'question' | 'choosing' | 'done';
}

export const kioskStyles = css`
  /* The whole screen: the question in both languages, three faces a quarter of the width each. */
  :host([kiosk]) {
    position: fixed;
    inset: 0;
    display: grid;
    place-items: center;
    place-items: safe center; /* taller or wider than the screen: from its start, where the scroll reaches */
    overflow: auto;
    padding: calc(var(--_space) * 3);
    background: var(--_surface);
    font-size: clamp(1rem, 2vw, 1.5rem);
  }
  :host([kiosk]) .form {
    inline-size: 100%;
    align-items: center;
  }
  :host([kiosk]) .question {
    margin-block-end: calc(var(--_space) * 4);
    font-size: clamp(2rem, 4vw, 4rem);
    font-weight: 700;
    text-align: center;
  }
  :host([kiosk]) .both {
    display: flex;
    gap: calc(var(--_space) * 3) calc(var(--_space) * 8);
    justify-content: center;
  }
  :host([kiosk]) .both > * {
    flex: 1 1 0;
  }
  @media (orientation: portrait) {
    :host([kiosk]) .both {
      flex-direction: column;
    }
  }
  :host([kiosk]) .options {
    justify-content: center;
    gap: 3vw;
  }
  :host([kiosk]) .option {
    flex: none;
    inline-size: max(26vw, var(--jawda-kiosk-target, 6rem));
    max-inline-size: none;
    min-block-size: var(--jawda-kiosk-target, 6rem);
    padding: calc(var(--_space) * 2);
    border-width: 3px;
    border-radius: calc(var(--_radius) * 2);
    font-size: clamp(1.25rem, 2.5vw, 2.5rem);
    font-weight: 700;
  }
  /* A phone or a small tablet held upright: three faces side by side leave no room for their names;
     the choices go one under another, each a wide row of face and names. */
  @media (orientation: portrait) and (max-width: 40rem) {
    :host([kiosk]) .options {
      flex-direction: column;
      align-items: center;
    }
    :host([kiosk]) .option {
      flex-direction: row;
      justify-content: start;
      gap: calc(var(--_space) * 2);
      inline-size: min(100%, 24rem);
    }
  }
  :host([kiosk]) .option .icon {
    inline-size: min(14vw, 24vh);
    block-size: min(14vw, 24vh);
  }
  /* Filled faces at rest, as on the Happiness Meter's counters: the face is the button. */
  :host([kiosk]) [data-scale='faces'] .icon {
    fill: var(--_face);
    color: var(--_surface);
  }
  :host([kiosk]) [data-scale='faces'] .icon circle:first-child {
    stroke: var(--_face);
  }
  :host([kiosk]) .option-name .both,
  :host([kiosk]) .panel .both {
    flex-direction: column;
    align-items: center;
    gap: 0;
  }
  :host([kiosk]) .panel {
    display: grid;
    place-content: center;
    min-block-size: calc(100dvh - var(--_space) * 6);
    inline-size: 100%;
    font-size: clamp(1.5rem, 3vw, 3rem);
  }
  :host([kiosk]) .panel > svg {
    inline-size: 6rem;
    block-size: 6rem;
    justify-self: center;
  }
  .pending {
    position: absolute;
    inset-block-end: 0.25rem;
    inset-inline-end: 0.25rem;
    font-size: 0.75rem;
    color: var(--_muted);
  }
`;

export class KioskController implements ReactiveController {
  /** The kiosk says everything in Arabic and English: the next citizen may read either. */
  readonly bilingual = bothLanguages;

  /** The same thanks whether the vote went out or waits on the device: nothing alarming at the counter. */
  thanks(): TemplateResult {
    return confirmationPanel(
      bothLanguages(() => msg('Thank you')),
      bothLanguages(() => msg('Your rating has been recorded.', { id: 'rating.kiosk.recorded' })),
    );
  }
  /** Votes of this device waiting in the outbox. */
  pending = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #step?: string;
  #lock?: { release(): Promise<void> };
  #stopListening?: () => void;

  constructor(private readonly host: KioskHost) {
    host.addController(this);
    const root = host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, kioskStyles.styleSheet!];
    host.addEventListener('pointerdown', this.#touched);
    host.addEventListener('keydown', this.#touched);
    // The kiosk speaks both languages, whatever the page's.
    void loadCatalogue('ar', [ratingWords]).then(
      () => host.requestUpdate(),
      () => undefined,
    );
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#keepAwake);
    void this.#keepAwake();
    void this.#count();
    void import('../core/outbox.js').then(({ onDelivered }) => {
      this.#stopListening?.();
      this.#stopListening = onDelivered(() => void this.#count());
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    document.removeEventListener('visibilitychange', this.#keepAwake);
    this.#stopListening?.();
    this.#stopListening = undefined;
    void this.#lock?.release().catch(() => undefined);
    this.#lock = undefined;
  }

  hostUpdated(): void {
    const step = this.host.kioskStep();
    if (step === this.#step) return;
    this.#step = step;
    if (step === 'done') void this.#count();
    this.#schedule();
  }

  /** The discreet count for staff: a small figure in a corner, nothing a citizen reads as a failure. */
  indicator(format: Formats): TemplateResult | typeof nothing {
    if (!this.pending) return nothing;
    const waiting = format.number(this.pending);
    return html`<span class="pending" part="pending" role="note" aria-label=${msg(str`${waiting} ratings waiting to be sent`, { id: 'rating.kiosk.pending' })}>${waiting}</span>`;
  }

  /** A citizen touched the screen: the idle clock starts again. */
  #touched = (): void => {
    if (this.#step === 'choosing') this.#schedule();
  };

  #schedule(): void {
    clearTimeout(this.#timer);
    const seconds =
      this.#step === 'done' ? (this.host.resetAfter ?? 5) : this.#step === 'choosing' ? (this.host.idleReset ?? 30) : undefined;
    if (seconds !== undefined) this.#timer = setTimeout(() => this.host.nextCitizen(), seconds * 1000);
  }

  async #count(): Promise<void> {
    try {
      const { queuedSubmissions } = await import('../core/outbox.js');
      const pending = (await queuedSubmissions()).length;
      if (pending !== this.pending) {
        this.pending = pending;
        this.host.requestUpdate();
      }
    } catch {
      // No outbox (offline before it loaded): nothing is waiting in it either.
    }
  }

  #keepAwake = async (): Promise<void> => {
    const wakeLock = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } }).wakeLock;
    if (!this.host.wakeLock || !wakeLock || document.visibilityState !== 'visible') return;
    try {
      this.#lock = await wakeLock.request('screen');
    } catch {
      // Not allowed here (no user gesture yet, a policy, battery saver): the kiosk works without it.
    }
  };
}
