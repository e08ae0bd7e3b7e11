import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../core/i18n/msg.js';
import type { Certification, LocalizedText } from '../core/contract.js';
import { enumProblem, wholeNumber, wholeNumberProblem } from '../core/attributes.js';
import { DataController, type DataState } from '../core/data.js';
import { JawdaElement, warnOnce } from '../core/element.js';
import type { JawdaError } from '../core/errors.js';
import { formats } from '../core/i18n/format.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { inlineJsonText, parseInlineJson, serverData } from '../core/inline-data.js';
import { errorView, loadingLabel, type ConfigurationProblem } from '../core/messages.js';
import { base } from '../core/styles/base.js';
import { dialogStyles } from '../core/styles/dialog.js';
import { styles } from './certification-badge.styles.js';
import { CertificationErrorEvent, CertificationLoadEvent, type CertificationLoadDetail } from './events.js';
import { externalIcon, staleIcon, statusIcon } from './icons.js';
import { fetchCertifications, inlineCertificationsNow, selectCertifications, type CertificationQuery } from './source.js';
import { STATUS_DATE, statusClock } from './clock.js';
import { certificateStatus, type CertificateStatus } from './status.js';
import { accreditationText, statusDate, statusExplanation, statusLabel, statusTone, verificationDetail, verificationLabel } from './status-text.js';

export const VARIANTS = ['pill', 'card', 'list'] as const;
export type CertificationBadgeVariant = (typeof VARIANTS)[number];

type CertificationArgs = readonly [inline: string | undefined, organisationId: string | undefined, certificateId: string | undefined, standard: string | undefined, apiBase: string | undefined];

const noSubjectText = () => msg('This element is not set up: give it an "organisation-id" or a "certificate-id" attribute, or inline JSON data.');

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
 * Privacy: the element requests nothing beyond the portal's API, except the certification body's
 * logo when the data names one, and only over https:. Verify links and logos that are not https:
 * are dropped with a console warning. With `calendar="islamic-umalqura"` dates are printed the way
 * the Arabic press prints them: the Gregorian date (the one on the certificate) and the Hijri date.
 *
 * @fires certification-load - {CertificationLoadEvent} The certificates are shown. `detail`: `{ organisation?, certifications }` (those shown, possibly none).
 * @fires certification-error - {CertificationErrorEvent} Loading failed, the inline JSON is invalid or an attribute is wrong. `detail`: the `JawdaError` (kind `not-found`, `offline`, `invalid-response`, ...).
 *
 * @slot - Optional `<script type="application/json">` with one Certification or an OrganisationCertifications (the API's schemas); never displayed.
 *
 * @csspart pill - The one-line button of the `pill` variant (one per certificate).
 * @csspart card - One certificate's details in the `card` variant.
 * @csspart list - The list of the `list` variant.
 * @csspart item - One certificate in the `list` variant.
 * @csspart dialog - The `<dialog>` the pill opens.
 * @csspart status - A status: icon, label and date.
 * @csspart details - The list of a certificate's facts (entity, number, body, dates, ...).
 * @csspart scope - The expandable scope of certification.
 * @csspart logo - The certification body's logo.
 * @csspart verify - The link to the certification body's own record.
 * @csspart message - Configuration, empty and error messages.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --jawda-color-success - Valid certificates.
 * @cssprop --jawda-color-warning - Expiring soon, suspended, pending, verification out of date.
 * @cssprop --jawda-color-danger - Expired, withdrawn, cancelled.
 */
export class CertificationBadge extends JawdaElement {
  static override styles = [base, dialogStyles, styles];

  /** The organisation whose certifications are shown (all of them, or those `standard` names). */
  @property({ attribute: 'organisation-id' }) organisationId?: string;

  /** One certificate, by its id. With `organisation-id` too, it is picked from the organisation's list. */
  @property({ attribute: 'certificate-id' }) certificateId?: string;

  /** Shows only this standard, e.g. "ISO 9001" or "ISO/IEC 20000-1:2018" (code, or code:version). */
  @property() standard?: string;

  /** `pill` (one line, opens the details in a dialog), `card` (the details) or `list` (default: every certificate). */
  @property({ reflect: true }) variant: CertificationBadgeVariant = 'list';

  /** Days before expiry from which "expires in N days" is shown. Default 90. */
  @property({ attribute: 'warning-days', converter: wholeNumber }) warningDays?: number;

  /**
   * Days after `lastVerifiedAt` from which "verification out of date" is shown. Default 30: the
   * portal is expected to check its certificates with the certification body at least monthly.
   */
  @property({ attribute: 'stale-after-days', converter: wholeNumber }) staleAfterDays?: number;

  /** The certificate whose details the pill's dialog shows. */
  @state() private opened?: Certification;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** The pill that opened the dialog: focus goes back to it. */
  private opener?: HTMLElement;

  private readonly certifications = new DataController<CertificationArgs, CertificationLoadDetail>(this, {
    args: () => [inlineJsonText(this), this.organisationId || undefined, this.certificateId || undefined, this.standard?.trim() || undefined, this.config.apiBase?.href],
    initial: ([inline, organisationId, certificateId, standard]) => {
      const known = inline === undefined ? undefined : inlineCertificationsNow(parseInlineJson(inline, false));
      return known && this.select(known, { organisationId, certificateId, standard });
    },
    seed: ([, organisationId, certificateId, standard]) => {
      const rendered = inlineCertificationsNow(serverData(this));
      return rendered && this.select(rendered, { organisationId, certificateId, standard });
    },
    load: async ([inline, organisationId, certificateId, standard], signal) => {
      const query = { organisationId, certificateId, standard };
      return this.select(await fetchCertifications(inline, this.config, query, signal), query);
    },
    onSettled: (settled) => this.announce(settled),
  });

  private select(loaded: CertificationLoadDetail, query: CertificationQuery): CertificationLoadDetail {
    return selectCertifications(loaded, query, (message) => warnOnce(`<${this.localName}>: ${message}`));
  }

  private announce(settled: DataState<CertificationLoadDetail>): void {
    if (settled.status === 'ready') this.dispatchEvent(new CertificationLoadEvent(settled.data));
    if (settled.status === 'error') this.dispatchEvent(new CertificationErrorEvent(settled.error));
  }

  protected errorEvent(error: JawdaError): Event {
    return new CertificationErrorEvent(error);
  }

  /* ---------------------------------------------------------------- configuration */

  protected override problems(): (ConfigurationProblem | undefined)[] {
    const inline = inlineJsonText(this) !== undefined || serverData(this) !== undefined;
    const unnamed = !inline && !this.organisationId && !this.certificateId;
    return [
      enumProblem('variant', this.variant, VARIANTS),
      wholeNumberProblem(this, 'warning-days', this.warningDays),
      wholeNumberProblem(this, 'stale-after-days', this.staleAfterDays),
      unnamed ? { attribute: 'organisation-id', value: '', reason: 'missing', text: noSubjectText } : undefined,
      inline ? undefined : this.config.apiBaseProblem,
    ];
  }

  /* ---------------------------------------------------------------- text helpers */

  private text(value: LocalizedText): string {
    return localizedText(value, this.locale);
  }

  /** A certificate date; with the Hijri calendar, "Gregorian (Hijri)" as the Arabic press prints it. */
  private date(value: string): string {
    if (this.config.calendar !== 'islamic-umalqura') return this.format.date(value);
    const gregorian = formats(this.locale, this.config.numerals, 'gregory').date(value);
    const hijri = this.format.date(value);
    return msg(str`${gregorian} (${hijri})`, { id: 'certification-badge.dual-date' });
  }

  private status(certification: Certification): CertificateStatus {
    return certificateStatus(certification, statusClock(this, this.hasUpdated, this.config.now), { warningDays: this.warningDays, staleAfterDays: this.staleAfterDays });
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
    const loaded = this.certifications.state;
    switch (loaded.status) {
      case 'idle':
      case 'loading':
        return this.skeleton();
      case 'error':
        return errorView(loaded.error, this.format, { text: this.errorText(loaded.error), onRetry: () => this.certifications.reload() });
      case 'ready':
        return loaded.data.certifications.length ? this.shown(loaded.data) : this.empty(loaded.data);
    }
  }

  private skeleton(): TemplateResult {
    return html`<div class="loading" aria-busy="true">
      <span class="skeleton ${this.variant}" part="skeleton" aria-hidden="true"></span>
      <span class="visually-hidden" role="status">${loadingLabel()}</span>
    </div>`;
  }

  private errorText(error: JawdaError): string | undefined {
    if (error.kind !== 'not-found') return undefined;
    return error.details.attribute === 'certificate-id' || !this.organisationId
      ? msg(str`No certificate "${this.certificateId ?? ''}" was found.`)
      : msg(str`No organisation "${this.organisationId}" was found.`);
  }

  private empty({ organisation }: CertificationLoadDetail): TemplateResult {
    const standard = this.standard?.trim();
    const name = organisation && this.text(organisation.name);
    const text = name
      ? standard
        ? msg(str`${name} has no "${standard}" certification to show.`)
        : msg(str`${name} has no certifications to show.`)
      : standard
        ? msg(str`No "${standard}" certification to show.`)
        : msg('No certifications to show.');
    return html`<p class="message" part="message">${text}</p>`;
  }

  private shown(loaded: CertificationLoadDetail): TemplateResult {
    const { certifications } = loaded;
    switch (this.variant as CertificationBadgeVariant) {
      case 'pill':
        return html`${certifications.length === 1
            ? this.pill(certifications[0])
            : html`<ul class="pills">${certifications.map((c) => html`<li>${this.pill(c)}</li>`)}</ul>`}
          ${this.dialogTemplate()}`;
      case 'card':
        return html`<div class="cards">${certifications.map((c, i) => this.card(c, i))}</div>`;
      case 'list':
        return this.list(loaded);
    }
  }

  private standardName({ standard }: Certification): string {
    return standard.version ? `${standard.code}:${standard.version}` : standard.code;
  }

  /**
   * Icon, label, date and, when the verification is not recent, "Verification out of date" or
   * "Verification date unknown" (then a valid status takes the warning tone, not success).
   */
  private statusTemplate(certification: Certification, status: CertificateStatus): TemplateResult {
    const when = statusDate(status.state, certification, (value) => this.date(value));
    return html`<div class="status" part="status" data-tone=${statusTone(status)} data-status=${status.state.kind}>
        ${statusIcon(status.state)}
        <span><strong class="label">${statusLabel(status.state, this.format)}</strong> ${when ? html`<span class="date">${when}</span>` : nothing}</span>
      </div>
      ${this.staleTemplate(certification, status)}`;
  }

  private staleTemplate(certification: Certification, { verification }: CertificateStatus): TemplateResult | typeof nothing {
    const label = verificationLabel(verification);
    if (!label) return nothing;
    const detail = verificationDetail(verification, certification.lastVerifiedAt && this.date(certification.lastVerifiedAt));
    return html`<div class="status stale" data-tone="warning" data-status="stale" data-verification=${verification}>
      ${staleIcon()}
      <span><strong class="label">${label}</strong> <span class="date">${detail}</span></span>
    </div>`;
  }

  /* ---------------------------------------------------------------- pill */

  /**
   * "ISO 9001:2015, Certified, Valid until 12 March 2027": the pill's whole accessible name. It starts
   * with the visible words (standard, status, verification note), then the date (WCAG 2.5.3).
   */
  private pillName(certification: Certification, status: CertificateStatus): string {
    const parts = [this.standardName(certification), statusLabel(status.state, this.format)];
    const note = verificationLabel(status.verification);
    if (note) parts.push(note);
    const when = statusDate(status.state, certification, (value) => this.date(value));
    if (when) parts.push(when);
    return parts.join(msg(', ', { id: 'certification-badge.separator' }));
  }

  private pill(certification: Certification): TemplateResult {
    const status = this.status(certification);
    const note = verificationLabel(status.verification);
    return html`<button
      type="button"
      class="pill"
      part="pill"
      data-tone=${statusTone(status)}
      data-status=${status.state.kind}
      aria-haspopup="dialog"
      aria-label=${this.pillName(certification, status)}
      @click=${(event: Event) => this.openDetails(certification, event.currentTarget as HTMLElement)}
    >
      ${statusIcon(status.state)}<bdi class="standard">${this.standardName(certification)}</bdi>
      <span class="label">${statusLabel(status.state, this.format)}</span>
      ${note ? html`<span class="verification" data-tone="warning" data-verification=${status.verification}>${staleIcon()}${note}</span>` : nothing}
    </button>`;
  }

  private async openDetails(certification: Certification, opener: HTMLElement): Promise<void> {
    this.opener = opener;
    this.opened = certification;
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  private closed(): void {
    this.opener?.focus();
  }

  private dialogTemplate(): TemplateResult {
    const certification = this.opened;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" closedby="any" @close=${this.closed}>
      ${certification
        ? html`<div class="dialog-head">
              ${this.heading(certification, 'dialog-title', 2)}
              <button type="button" class="close" autofocus @click=${() => this.dialog?.close()}>${msg('Close')}</button>
            </div>
            ${this.body(certification, this.status(certification))}`
        : nothing}
    </dialog>`;
  }

  /* ---------------------------------------------------------------- card and list */

  private heading(certification: Certification, id: string, level: 2 | 3): TemplateResult {
    const content = html`<bdi class="standard">${this.standardName(certification)}</bdi>
      <span class="title">${this.text(certification.standard.title)}</span>`;
    return level === 2 ? html`<h2 id=${id}>${content}</h2>` : html`<h3 id=${id}>${content}</h3>`;
  }

  private card(certification: Certification, index: number): TemplateResult {
    return html`<article class="card" part="card" aria-labelledby="card-${index}">
      ${this.heading(certification, `card-${index}`, 3)} ${this.body(certification, this.status(certification))}
    </article>`;
  }

  /**
   * The list's caption, which names its landmark: when the list shows a subset (`standard` or
   * `certificate-id`), the standards it shows are in it ("ISO 9001:2015 certifications of ..."), so
   * that two lists of one organisation on a page have different names (axe `landmark-unique`).
   */
  private listCaption({ organisation, certifications }: CertificationLoadDetail): string {
    const name = organisation && this.text(organisation.name);
    const subset = this.standard?.trim() || this.certificateId;
    if (!subset) return name ? msg(str`Certifications of ${name}`) : msg('Certifications');
    const standards = this.format.list([...new Set(certifications.map((certification) => this.standardName(certification)))]);
    return name ? msg(str`${standards} certifications of ${name}`) : msg(str`${standards} certifications`);
  }

  private list(loaded: CertificationLoadDetail): TemplateResult {
    const { certifications } = loaded;
    const caption = this.listCaption(loaded);
    return html`<section class="list" part="list" aria-labelledby="list-caption">
      <p id="list-caption" class="caption">${caption}</p>
      <ul>
        ${certifications.map((certification, index) => {
          const status = this.status(certification);
          return html`<li class="item" part="item">
            ${this.heading(certification, `item-${index}`, 3)} ${this.statusTemplate(certification, status)}
            <p class="issuer">${msg(str`Certificate ${certification.certificateNumber}, issued by ${certification.certificationBody.name}`)}</p>
            ${this.verifyLink(certification)}
            <details>
              <summary>${msg('Details')}</summary>
              ${this.facts(certification, status)}
            </details>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** Status, facts and verify link: the card and the dialog. */
  private body(certification: Certification, status: CertificateStatus): TemplateResult {
    return html`${this.statusTemplate(certification, status)} ${this.facts(certification, status)} ${this.verifyLink(certification)}`;
  }

  /** What ISO/IEC 17021-1 §8.2.2 puts on a certificate, plus what the citizen needs to judge it. */
  private facts(certification: Certification, status: CertificateStatus): TemplateResult {
    const { certificationBody: body, accreditationBody: accreditation } = certification;
    const explanation = statusExplanation(status.state);
    const row = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
    return html`${explanation ? html`<p class="explanation">${explanation}</p>` : nothing}
      <dl part="details">
        ${row(msg('Certified organisation'), this.text(certification.certifiedEntity))}
        ${row(msg('Certificate number'), html`<bdi>${certification.certificateNumber}</bdi>`)}
        ${certification.sites.length ? row(msg('Sites'), html`<ul class="sites">${certification.sites.map((site) => html`<li>${this.text(site)}</li>`)}</ul>`) : nothing}
        ${row(
          msg('Certification body'),
          html`${body.logo ? html`<img part="logo" class="logo" src=${body.logo} alt=${msg(str`${body.name} logo`)} loading="lazy" decoding="async" referrerpolicy="no-referrer" />` : nothing}
          ${body.url ? html`<a href=${body.url} target="_blank" rel="noopener noreferrer"><bdi>${body.name}</bdi>${this.newTabHint()}</a>` : html`<bdi>${body.name}</bdi>`}`,
        )}
        ${accreditation ? row(msg('Accreditation'), html`<bdi>${accreditation.name}</bdi> (${accreditationText(accreditation.status)})`) : nothing}
        ${certification.originalIssueDate ? row(msg('Original issue date'), this.date(certification.originalIssueDate)) : nothing}
        ${row(msg('Issue date'), this.date(certification.issueDate))}
        ${row(msg('Expiry date'), this.date(certification.expiryDate))}
        ${certification.lastVerifiedAt ? row(msg('Last verified'), this.date(certification.lastVerifiedAt)) : nothing}
      </dl>
      <details class="scope" part="scope">
        <summary>${msg('Scope of certification')}</summary>
        <p>${this.text(certification.scope)}</p>
      </details>`;
  }

  private newTabHint(): TemplateResult {
    return html`<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>${externalIcon()}`;
  }

  private verifyLink(certification: Certification): TemplateResult | typeof nothing {
    if (!certification.verifyUrl) return nothing;
    return html`<a class="verify" part="verify" href=${certification.verifyUrl} target="_blank" rel="noopener noreferrer"
      >${msg(str`Verify with ${certification.certificationBody.name}`)}${this.newTabHint()}</a
    >`;
  }
}
