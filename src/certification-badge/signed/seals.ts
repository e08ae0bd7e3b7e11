/**
 * Signed records in `<certification-badge>`: the checks, the `certification-verified` events and
 * the words of every outcome. A lazy chunk, loaded only when a shown record is signed (or signatures
 * are required); the verifier itself (./verify.ts: WebCrypto, status lists) comes only with a signed
 * record. What a signed record shows comes from its verified payload, never from the fields beside it.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Certification } from '../../core/contract.js';
import { pageConfiguration, type Locale, type ResolvedConfig } from '../../core/config.js';
import { catalogueReady, loadCatalogue } from '../../core/i18n/catalogues.js';
import { localizedText } from '../../core/i18n/localized-text.js';
import { msg, str } from '../../core/i18n/msg.js';
import { warnOnce } from '../../core/warn.js';
import { CertificationLoadEvent, CertificationVerifiedEvent, type CertificationLoadDetail } from '../events.js';
import { icon, staleIcon, statusIcon } from '../icons.js';
import { date, standardName, status } from '../certificate.js';
import { safeLinks } from '../links.js';
import { statusDate, statusLabel, statusTone } from '../status-text.js';
import type { BadgeView, Seal } from '../types.js';
import { signedRecordsWords } from './words.js';
import type { VerificationResult } from './verify.js';

// The verifier (WebCrypto, status lists): only with a signed record; asked for again after a failure.
let verifying: Promise<typeof import('./verify.js')> | undefined;
const verifier = () => (verifying ??= import('./verify.js').catch((error: unknown) => ((verifying = undefined), Promise.reject(error))));

/** The element a `SignatureChecks` serves: it re-renders when a check ends, and fires the events. */
export type SealHost = ReactiveControllerHost & HTMLElement;

/**
 * What a check needs of the element's settings: the page's fetch and clock; on a server, the trust
 * list the renderer was given (a browser reads `configure()` and the page's trust scripts).
 */
export type CheckSettings = Pick<ResolvedConfig, 'fetch' | 'now'> & { trust?: unknown };

/** The element's settings and locale as they are now (its `settings` controller, core/settings.ts). */
export interface ElementSettingsNow {
  readonly config: CheckSettings;
  readonly locale: Locale;
}

/**
 * The catalogue's part of the signed records' own words. (Their seals use some of the badge's words
 * too, which the badge has before its first render in a locale, as a server renderer has all.)
 */
const WORDS = [signedRecordsWords];

/** A check's outcome, or an unsigned record's when signatures are required. */
type Outcome = VerificationResult | { state: 'unsigned'; checkedAt: string };

/** The status a proven record shows, by outcome (the status list says it, not the record's fields). */
const PROVEN_STATUS: Record<string, string> = {
  verified: 'active',
  revoked: 'withdrawn',
  suspended: 'suspended',
  expired: 'expired',
  'status-unavailable': 'unknown',
};

/** Exclamation in a circle (danger), a triangle (warning), a question (cannot tell). */
const ring = 'M22 12a10 10 0 1 1-20 0 10 10 0 0 1 20 0Z';
const dangerIcon = () => icon('signature-invalid', `${ring}M12 7v6m0 4h.01`);
const unknownIcon = () => icon('unsupported', `${ring}M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17.5h.01`);

/** The tag in place of the status when it is not proven: short words (the pill's), the sentence, tone, icon. */
function tagOf(state: string): Seal['tag'] {
  switch (state) {
    case 'signature-invalid':
      return {
        label: msg('Signature invalid'),
        sentence: msg('Signature invalid: do not rely on this record'),
        tone: 'danger',
        icon: dangerIcon(),
      };
    case 'unknown-signer':
      return {
        label: msg('Untrusted signer'),
        sentence: msg('Signed by an issuer this portal does not trust'),
        tone: 'warning',
        icon: staleIcon(),
      };
    case 'status-unavailable':
      return {
        label: msg('Status not checked'),
        sentence: msg('Signature valid; current status could not be checked'),
        tone: 'warning',
        icon: staleIcon(),
      };
    case 'unsupported':
      return {
        label: msg('Signature not checked'),
        sentence: msg('This browser cannot check the signature'),
        tone: 'neutral',
        icon: unknownIcon(),
      };
    case 'unsigned':
      return {
        label: msg('Not verified'),
        sentence: msg('This record is not signed, and this portal accepts only signed records'),
        tone: 'warning',
        icon: staleIcon(),
      };
  }
  return undefined;
}

/** Who signed and when the status was checked, for the card, the list and the pill's name. */
function noteOf(view: BadgeView, outcome: VerificationResult): string | undefined {
  if (!outcome.issuer) return undefined;
  const issuer = localizedText(outcome.issuer.name, view.locale);
  // The reader's own clock time: the check happened on this page, just now.
  const time = view.format.date(outcome.checkedAt, { timeStyle: 'short', timeZone: undefined });
  switch (outcome.state) {
    case 'verified':
      return msg(str`Verified by ${issuer}, status checked ${time}`);
    case 'revoked':
      return msg(str`Withdrawn by ${issuer}, checked ${time}`);
    case 'suspended':
      return msg(str`Suspended by ${issuer}, checked ${time}`);
    default:
      return msg(str`Signed by ${issuer}, checked ${time}`);
  }
}

/**
 * One badge's checks, by record: each signed record (each `signed` text) is checked once, its
 * outcome kept and announced once with `certification-verified`. Status lists and keys are shared
 * by the whole page (the verifier fetches each list once).
 */
export class SignatureChecks {
  readonly #outcomes = new Map<string, Outcome>();
  /** The record each certification shown stands for, with its outcome. */
  readonly #seals = new WeakMap<Certification, Outcome>();

  /** The host renders again: with its checks from now on. */
  constructor(private readonly host: SealHost) {
    host.requestUpdate();
  }

  /**
   * What to show of `loaded`: each signed record replaced by its verified payload, or undefined
   * while a check is under way (the badge shows its skeleton: never "Certified" before the answer).
   */
  shown(
    loaded: CertificationLoadDetail,
    required: boolean | undefined,
    { config: settings, locale }: ElementSettingsNow,
  ): CertificationLoadDetail | undefined {
    let waiting = false;
    const certifications = loaded.certifications.map((certification) => {
      const key = certification.signed ?? (required ? `unsigned:${certification.id}` : undefined);
      if (key === undefined) return certification;
      const outcome = this.#outcomes.get(key);
      if (!outcome) {
        waiting = true;
        if (!this.#outcomes.has(key)) void this.#check(key, certification, settings);
        return certification;
      }
      const proven = 'certification' in outcome && outcome.certification;
      const shown: Certification = proven
        ? safeLinks({ ...proven, status: PROVEN_STATUS[outcome.state] ?? 'unknown', lastVerifiedAt: outcome.checkedAt }, (message) =>
            warnOnce(`<${this.host.localName}>: ${message}`),
          )
        : certification;
      this.#seals.set(shown, outcome);
      return shown;
    });
    // Their words come with their own part of the catalogue: the skeleton stays until it is here.
    if (!catalogueReady(locale, WORDS)) {
      waiting = true;
      void loadCatalogue(locale, WORDS).then(() => this.host.requestUpdate());
    }
    if (waiting) {
      this.#unannounced = loaded;
      return undefined;
    }
    const shown = { ...loaded, certifications };
    // The badge announces the data it can show at once; data that waited for its checks is
    // announced here, once, after the render that shows it.
    if (this.#unannounced === loaded) {
      this.#unannounced = undefined;
      void this.host.updateComplete.then(() => this.host.dispatchEvent(new CertificationLoadEvent({ ...shown })));
    }
    return shown;
  }

  /** Data that `shown` could not show yet: its `certification-load` waits for its checks. */
  #unannounced?: CertificationLoadDetail;

  /** The seal of a certification `shown` returned, for the views (a bound function: `BadgeView.seal`). */
  readonly seal = (view: BadgeView, certification: Certification): Seal | undefined => {
    const outcome = this.#seals.get(certification);
    if (!outcome) return undefined;
    const result = outcome.state === 'unsigned' ? undefined : (outcome as VerificationResult);
    const proven = !!result?.certification;
    // A proven record's status is the status list's (shown as today), unless the list could not be read.
    const tag = proven && outcome.state !== 'status-unavailable' ? undefined : tagOf(outcome.state);
    const note = result && noteOf(view, result);
    const current = status(view, certification);
    const state = current.state;
    const when =
      result?.state === 'expired' && result.validUntil
        ? msg(str`Expired on ${date(view, result.validUntil)}`)
        : tag
          ? undefined
          : statusDate(state, certification, (value) => date(view, value), view.format);
    const label = tag?.label ?? statusLabel(state, true);
    // The pill's accessible name: its visible words first (WCAG 2.5.3), then the check and the date.
    const name = [label, proven && standardName(certification), tag?.sentence, note, when]
      .filter(Boolean)
      .join(msg(', ', { id: 'certification-badge.separator' }));
    // The pill as views.ts draws it (the same button), in the check's words: no verification note
    // (the check says more, in the pill's name and its dialog), the standard only when proven.
    const pill = html`<button
      type="button"
      class="pill"
      part="pill"
      data-tone=${tag?.tone ?? statusTone(current)}
      data-status=${tag ? outcome.state : state.kind}
      aria-haspopup="dialog"
      aria-label=${name}
      @click=${(event: Event) => view.onOpen(certification, event.currentTarget as HTMLElement)}
      @pointerenter=${view.onPrepare}
      @focus=${view.onPrepare}
    >
      ${tag?.icon ?? statusIcon(state)}<span class="label">${label}</span>${
        proven ? html` · <bdi class="standard">${standardName(certification)}</bdi>` : nothing
      }
    </button>`;
    // A record whose facts are not proven is named by its check, not by the standard it claims.
    const title = proven ? undefined : html`<h2 id="dialog-title">${label}</h2>`;
    return { state: outcome.state, proven, tag, note, when, pill, title };
  };

  /**
   * Checks every record of `loaded` that `shown` would, and settles once each has its outcome: a
   * server renders the outcomes, and a browser taking that markup over waits for its own before
   * its first render (the same words in the same place: nothing moves).
   */
  settle(loaded: CertificationLoadDetail, required: boolean, settings: CheckSettings, locale: Locale): Promise<unknown> {
    return Promise.all([
      loadCatalogue(locale, WORDS),
      ...loaded.certifications.map((certification) => {
        const key = certification.signed ?? (required ? `unsigned:${certification.id}` : undefined);
        return key === undefined || this.#outcomes.get(key)
          ? undefined
          : (this.#checking.get(key) ?? this.#check(key, certification, settings));
      }),
    ]);
  }

  /**
   * Settles once the checks under way have answered and their words are here: a page taking
   * server-rendered markup over asks for its checks (`shown`), then waits for this before its first
   * render (the same words in the same place as the server's: nothing moves).
   */
  answered(locale: Locale): Promise<unknown> {
    return Promise.all([loadCatalogue(locale, WORDS), ...this.#checking.values()]);
  }

  /** The checks under way, by record. */
  readonly #checking = new Map<string, Promise<unknown>>();

  #check(key: string, certification: Certification, { fetch, now: clock, trust: given }: CheckSettings): Promise<unknown> {
    const now = clock();
    // Marked at once (undefined), so that the renders before the answer start no second check.
    this.#outcomes.set(key, undefined as never);
    const outcome: Promise<Outcome> = certification.signed
      ? verifier().then(({ readTrust, verifyRecord }) => {
          const { trust, problems } = readTrust(given === undefined ? pageConfiguration() : { trust: given }, this.host.ownerDocument);
          for (const problem of problems) warnOnce(`Jawda trust list (${problem.source}): ${problem.reason}: ${problem.detail}`);
          return verifyRecord(certification.signed!, trust, { fetch, now });
        })
      : Promise.resolve({ state: 'unsigned', checkedAt: now.toISOString() });
    const settled = outcome.then(
      (result) => {
        this.#outcomes.set(key, result);
        const issuer = 'issuer' in result ? result.issuer : undefined;
        const certificateId = ('certification' in result && result.certification?.id) || certification.id;
        if (result.state !== 'verified')
          warnOnce(
            `<${this.host.localName}>: certificate "${certificateId}": ${result.state}${'reason' in result && result.reason ? ` (${result.reason})` : ''}`,
          );
        this.host.dispatchEvent(
          new CertificationVerifiedEvent({ certificateId, state: result.state, issuer, checkedAt: result.checkedAt }),
        );
        this.host.requestUpdate();
      },
      // The verifier's chunk did not come (offline): forgotten, so that the next render tries again.
      () => this.#outcomes.delete(key),
    );
    this.#checking.set(key, settled);
    return settled.finally(() => this.#checking.delete(key));
  }
}
