import { isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '../core/i18n/msg.js';
import type { Certification } from '../core/contract.js';
import { enumProblem, wholeNumber, wholeNumberProblem } from '../core/attributes.js';
import { pageConfiguration } from '../core/config.js';
import { ElementData, type DataState, type PageArgs } from '../core/data.js';
import { serverData } from '../core/inline-data.js';
import { JawdaElement, warnOnce } from '../core/element.js';
import type { JawdaError } from '../core/errors.js';
import { chunkFailureView, errorView, type ConfigurationProblem } from '../core/messages.js';
import { base } from '../core/styles/base.js';
import { LazyModule, LazyPart, lazy } from '../core/lazy.js';
import { styles } from './certification-badge.styles.js';
import { CertificationErrorEvent, CertificationLoadEvent, type CertificationLoadDetail } from './events.js';
import {
  fetchCertifications,
  inlineCertifications,
  inlineCertificationsNow,
  selectCertifications,
  type CertificationQuery,
} from './source.js';
import { emptyTemplate, pillsTemplate, skeletonTemplate, type BadgeView, type DetailViews } from './views.js';
import { STATUS_DATE, statusClock } from './clock.js';
import { VARIANTS, type BadgeServerContext, type CertificationBadgeVariant } from './types.js';
import { badgeWords } from './words.js';

// The pills' dialog: each page asks for it once, however many badges it has.
const modalChunk = lazy(() => import('../core/modal.js'));
// Signed records' checks and words: only on a page with a signed record (or that requires signatures).
const sealChunk = lazy(() => import('./signed/seals.js'));

export { VARIANTS, type CertificationBadgeVariant } from './types.js';

/** What the badge asks for (after its inline JSON's text): its attributes and the API base. */
type CertificationArgs = readonly [
  organisationId: string | undefined,
  certificateId: string | undefined,
  standard: string | undefined,
  apiBase: string | undefined,
];

const queryOf = ([, organisationId, certificateId, standard]: PageArgs<CertificationArgs>): CertificationQuery => ({
  organisationId,
  certificateId,
  standard,
});

/**
 * The card's and the list's views, and the certificate in the pill's dialog, with their words and
 * styles: a lazy chunk, loaded for the card and list variants beside their data (their skeleton
 * shows meanwhile) and when a pill is first pressed. Module-level, so that a server renderer, or a
 * page taking server-rendered markup over, can load it ahead.
 */
export const detailViews = new LazyModule<DetailViews>(() => import('./details.js'));

/** Asks for the details chunk ahead of a pill's press, so that its dialog opens without waiting (a failure is tried again at the press). */
const prepareDetails = () => void detailViews.load().catch(() => undefined);

/** Plain words for the content editor: which attributes, and the other way (data inside the tag). */
const BADGE_WORDS = [badgeWords];
const noSubjectText = () => msg("Add the organisation-id or certificate-id attribute to the tag, or put the certificate's data inside it.");

/**
 * An organisation's management-system certifications (ISO 9001, ISO/IEC 20000-1, IQNet, ...) with
 * their real, current status: the API's status (IAF CertSearch vocabulary) combined with the dates at
 * view time, so an expired, suspended or unverified certificate is never shown as valid. Status is
 * always text plus an icon; a link lets the citizen verify it with the certification body.
 *
 * Verification: a `lastVerifiedAt` older than `stale-after-days` is "Verification out of date"; no
 * `lastVerifiedAt` at all means the portal never verified it, "Verification date unknown" (never
 * taken as freshly verified). Either is in the visible words of every variant, and a valid
 * certificate then takes the warning colour, not the success colour.
 *
 * Data comes from `GET {api-base}/organisations/{organisation-id}/certifications` (shared by every
 * badge of that organisation: one request for the page), `GET {api-base}/certifications/{certificate-id}`,
 * or inline `<script type="application/json">` holding either one Certification or an
 * OrganisationCertifications (an object with `certifications`).
 *
 * Signed records: a certification with `signed` (a `vc+jwt` W3C Verifiable Credential from its
 * certification body) is checked in the browser against the issuers the portal trusts
 * (`configure({ trust })` or `<script type="application/json" data-jawda-trust>`) and its issuer's
 * status list; the badge then shows what the verified record says, or why it cannot be relied on.
 * The checking code loads only on a page with a signed record. See the README, "Signed records".
 *
 * Privacy: the element requests nothing beyond the portal's API, except the certification body's
 * logo when the data names one, and only over https:. Verify links and logos that are not https:
 * are dropped with a console warning. With `calendar="islamic-umalqura"` dates are printed the way
 * the Arabic press prints them: the Gregorian date (the one on the certificate) and the Hijri date.
 *
 * @fires certification-load - {CertificationLoadEvent} The certificates are shown. `detail`: `{ organisation?, certifications }` (those shown, possibly none).
 * @fires certification-error - {CertificationErrorEvent} Loading failed, the inline JSON is invalid or an attribute is wrong.
 *   `detail`: the `JawdaError` (kind `not-found`, `offline`, `invalid-response`, ...).
 * @fires certification-verified - {CertificationVerifiedEvent} A signed record was checked (once per record).
 *   `detail`: `{ certificateId, state, issuer?, checkedAt }`.
 *
 * @slot - Optional `<script type="application/json">` with one Certification or an OrganisationCertifications (the API's schemas); never displayed.
 *
 * @csspart pill - The one-line button of the `pill` variant (one per certificate).
 * @csspart card - One certificate's details in the `card` variant.
 * @csspart list - The list of the `list` variant.
 * @csspart item - One certificate in the `list` variant.
 * @csspart dialog - The `<dialog>` the pill opens.
 * @csspart status - A status: the tag (icon and words) and its date.
 * @csspart details - The list of a certificate's facts (entity, number, body, dates, ...).
 * @csspart scope - The scope of certification (a full-width field of the details).
 * @csspart logo - The certification body's logo.
 * @csspart verify - The link to the certification body's own record.
 * @csspart message - Configuration, empty and error messages.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --jawda-success - Valid certificates.
 * @cssprop --jawda-warning - Expiring soon, not yet valid, pending, verification out of date.
 * @cssprop --jawda-danger - Suspended, withdrawn, cancelled.
 * @cssprop --jawda-neutral - Expired, inactive, status unknown.
 */
export class CertificationBadge extends JawdaElement {
  static override styles = [base, styles];

  static override properties: PropertyDeclarations = {
    organisationId: { attribute: 'organisation-id' },
    certificateId: { attribute: 'certificate-id' },
    standard: {},
    variant: { reflect: true },
    warningDays: { attribute: 'warning-days', converter: wholeNumber },
    staleAfterDays: { attribute: 'stale-after-days', converter: wholeNumber },
    requireSignature: { attribute: 'require-signature', type: Boolean },
    opened: { state: true, attribute: false },
  };

  /** The organisation whose certifications are shown (all of them, or those `standard` names). */
  organisationId?: string;

  /** One certificate, by its id. With `organisation-id` too, it is picked from the organisation's list. */
  certificateId?: string;

  /** Shows only this standard, e.g. "ISO 9001" or "ISO/IEC 20000-1:2018" (code, or code:version). */
  standard?: string;

  /** `pill` (one line, opens the details in a dialog), `card` (the details) or `list` (default: every certificate). */
  variant: CertificationBadgeVariant = 'list';

  /** Days before expiry from which "expires in N days" is shown. Default 90. */
  warningDays?: number;

  /**
   * Days after `lastVerifiedAt` from which "verification out of date" is shown. Default 30: the
   * portal is expected to check its certificates with the certification body at least monthly.
   */
  staleAfterDays?: number;

  /**
   * Shows a record without a signature as "Not verified" (as `configure({ requireSignature: true })`
   * does for every badge): for portals whose certification bodies all sign their records.
   */
  requireSignature?: boolean;

  /** @internal On a server: the renderer's context, with the signed records checked there. */
  declare serverContext?: BadgeServerContext;

  /** The certificate whose details the pill's dialog shows. */
  private opened?: Certification;

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** The pills' dialog (the core's modal dialog, core/modal.ts): a lazy chunk, fetched once pills show. */
  readonly #modal = new LazyPart(modalChunk, ({ ModalDialog }) => {
    this.requestUpdate();
    const modal = new ModalDialog(this);
    return { modal, template: (content: unknown) => modal.template(content) };
  });

  /** The checks of signed records (signed/seals.ts): a lazy chunk, asked for when a shown record is signed. */
  readonly #checks = new LazyPart(sealChunk, ({ SignatureChecks }) => new SignatureChecks(this));

  readonly #certifications = new ElementData<CertificationArgs, CertificationLoadDetail>(this, {
    named: () => !!(this.organisationId || this.certificateId),
    args: () => [
      this.organisationId || undefined,
      this.certificateId || undefined,
      this.standard?.trim() || undefined,
      this.config.apiBase?.href,
    ],
    // One Certification or an organisation's list, either way; then the ones the attributes select.
    read: {
      now: (payload, args) => {
        const known = inlineCertificationsNow(payload);
        return known && this.#select(known, args);
      },
      later: async (payload, args) => this.#select(await inlineCertifications(payload), args),
    },
    fetch: async (args, signal) => this.#select(await fetchCertifications(this.config, queryOf(args), signal), args),
    onSettled: (settled) => this.#announce(settled),
  });

  #select(loaded: CertificationLoadDetail, args: PageArgs<CertificationArgs>): CertificationLoadDetail {
    return selectCertifications(loaded, queryOf(args), (message) => warnOnce(`<${this.localName}>: ${message}`));
  }

  #announce(settled: DataState<CertificationLoadDetail>): void {
    if (settled.status === 'ready') {
      // The event carries what is shown: data whose signed records are still being checked is
      // announced by their checks once they have answered (signed/seals.ts).
      const shown = this.#checked(settled.data);
      if (shown) this.dispatchEvent(new CertificationLoadEvent({ ...shown }));
    }
    if (settled.status === 'error') {
      // The id that was not found is for the developer: the console names it, the page does not.
      if (settled.error.kind === 'not-found') {
        warnOnce(
          `<${this.localName}>: ${this.#certificateNotFound(settled.error) ? `certificate-id="${this.certificateId}"` : `organisation-id="${this.organisationId}"`} not found`,
        );
      }
      this.dispatchEvent(new CertificationErrorEvent(settled.error));
    }
  }

  #certificateNotFound(error: JawdaError): boolean {
    return error.details.attribute === 'certificate-id' || !this.organisationId;
  }

  protected errorEvent(error: JawdaError): Event {
    return new CertificationErrorEvent(error);
  }

  protected override words() {
    return BADGE_WORDS;
  }

  /* ---------------------------------------------------------------- configuration */

  protected override problemHeading(): string {
    return msg("These certificates can't be shown", { id: 'badge.cannot-show' });
  }

  protected override problems(): (ConfigurationProblem | undefined)[] {
    const api = this.#certifications.needsApi();
    const unnamed = api && !this.organisationId && !this.certificateId;
    return [
      enumProblem('variant', this.variant, VARIANTS),
      wholeNumberProblem(this, 'warning-days', this.warningDays),
      wholeNumberProblem(this, 'stale-after-days', this.staleAfterDays),
      unnamed ? { attribute: 'organisation-id', value: '', reason: 'missing', text: noSubjectText } : undefined,
      api ? this.config.apiBaseProblem : undefined,
    ];
  }

  /* ---------------------------------------------------------------- render */

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Taken over from the server with its clock: now the status as of today.
    if (this.hasAttribute(STATUS_DATE)) {
      this.removeAttribute(STATUS_DATE);
      this.requestUpdate();
    }
  }

  protected view() {
    const loaded = this.#certifications.state;
    const view = this.#viewSettings();
    switch (loaded.status) {
      case 'idle':
      case 'loading':
        return skeletonTemplate(view);
      case 'error':
        return errorView(loaded.error, { text: this.#errorText(loaded.error), onRetry: () => this.#certifications.reload() });
      case 'ready': {
        // A signed record shows nothing until its check has answered: never "valid" before it.
        const data = this.#checked(loaded.data);
        if (!data) return skeletonTemplate(view);
        if (!data.certifications.length) return emptyTemplate(view, data);
        if (this.variant === 'pill') return pillsTemplate(view, data);
        // The card and the list wait for their views: the skeleton stays until they can be drawn whole.
        if (view.details) return view.details.detailsTemplate(view, data);
        return detailViews.failed.has(this) ? chunkFailureView(detailViews, this) : skeletonTemplate(view);
      }
    }
  }

  /** The certificates as their checks show them (signed ones, and unsigned ones when signatures are required); undefined while checking. */
  #checked(loaded: CertificationLoadDetail): CertificationLoadDetail | undefined {
    const required = this.requireSignature || pageConfiguration().requireSignature;
    if (!required && !loaded.certifications.some((certification) => certification.signed)) return loaded;
    return (isServer ? this.serverContext?.checks : this.#checks.load())?.shown(loaded, required, this.settings);
  }

  /**
   * `updateComplete` also waits for the chunks on their way (the details, the pills' dialog once
   * pills show), and the render that draws with them.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const arrival = detailViews.arrival(this);
    const modal = this.#modal.loading;
    if (!arrival && !modal) return done;
    await Promise.all([arrival, modal]);
    return super.getUpdateComplete();
  }

  protected override hydrationNeeds(): (Promise<unknown> | undefined)[] {
    const data = serverData(this);
    return [
      ...super.hydrationNeeds(),
      this.variant === 'pill' ? undefined : detailViews.load(),
      // The server rendered its checks of signed records: this page makes its own before the first
      // render, which then shows what the server's markup shows (never the skeleton in between).
      data === undefined
        ? undefined
        : inlineCertifications(data).then(
            (loaded) =>
              this.#checked(loaded) ?? this.#checks.loading?.then(() => this.#checked(loaded) ?? this.#checks.value?.answered(this.locale)),
          ),
    ];
  }

  /** What the views need to know: the variant, locale, formatters, dates, thresholds and the dialog's state. */
  #viewSettings(): BadgeView {
    const { variant, locale, format, warningDays, staleAfterDays, standard, certificateId, opened } = this;
    const { numerals, calendar } = this.config;
    return {
      variant,
      locale,
      format,
      numerals,
      calendar,
      now: statusClock(this, this.hasUpdated, this.config.now),
      warningDays,
      staleAfterDays,
      standard,
      certificateId,
      opened,
      onOpen: this.#openDetails,
      onPrepare: prepareDetails,
      dialog: this.#modal.value?.template,
      // Asked for by the card and the list from their first render (beside the data), by a pill when pressed.
      details: variant !== 'pill' || opened ? detailViews.use(this) : undefined,
      seal: (isServer ? this.serverContext?.checks : this.#checks.value)?.seal,
    };
  }

  #errorText(error: JawdaError): string | undefined {
    if (error.kind !== 'not-found') return undefined;
    // No id in the page (design language §6): the citizen cannot act on it; the console names it.
    return this.#certificateNotFound(error)
      ? msg("We couldn't find this certificate.")
      : msg("We couldn't find this organisation's certificates.");
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.variant === 'pill' && this.#certifications.value) this.#modal.load();
  }

  #openDetails = async (certification: Certification, opener: HTMLElement): Promise<void> => {
    this.opened = certification; // its render asks for the details chunk, which updateComplete waits for
    this.#modal.load(); // tried again here if it failed when the pills showed
    await this.#modal.loading;
    await this.updateComplete;
    // Focus goes to the close button (`autofocus`), and back to the pill on close.
    if (this.#dialog) this.#modal.value?.modal.open(this.#dialog, undefined, opener);
  };
}
