/**
 * The views of `<certification-badge>`, pure: the certificates and the element's settings in, a
 * template out (no `document` or `window`), so that the same views can render on a server. Status
 * is computed here, at view time, from the record and `now`: never a stale "valid".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Calendar, Locale, Numerals } from '../core/config.js';
import type { Certification } from '../core/contract.js';
import { formats, type Formats } from '../core/i18n/format.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { msg, str } from '../core/i18n/msg.js';
import { loadingLabel } from '../core/messages.js';
import { notice } from '../core/notice.js';
import type { CertificationBadgeVariant } from './certification-badge.js';
import type { CertificationLoadDetail } from './events.js';
import { externalIcon, staleIcon, statusIcon } from './icons.js';
import { certificateStatus, type CertificateStatus } from './status.js';
import {
  accreditationText,
  statusDate,
  statusExplanation,
  statusLabel,
  statusTone,
  verificationDetail,
  verificationLabel,
} from './status-text.js';

export interface BadgeView {
  variant: CertificationBadgeVariant;
  locale: Locale;
  format: Formats;
  numerals?: Numerals;
  calendar: Calendar;
  /** The time the status is computed for. */
  now: Date;
  warningDays?: number;
  staleAfterDays?: number;
  /** `standard` and `certificate-id` as written, for the captions and the empty message. */
  standard?: string;
  certificateId?: string;
  /** The certificate whose details the pill's dialog shows. */
  opened?: Certification;
  /** A pill was pressed: open the dialog for its certificate, and give focus back to it after. */
  onOpen: (certification: Certification, opener: HTMLElement) => void;
  /** The pills' dialog around its content (the core's modal dialog), once its chunk is here. */
  dialog?: (content: unknown) => TemplateResult;
}

/** A certificate date; with the Hijri calendar, "Gregorian (Hijri)" as the Arabic press prints it. */
function date(view: BadgeView, value: string): string {
  if (view.calendar !== 'islamic-umalqura') return view.format.date(value);
  const gregorian = formats(view.locale, view.numerals, 'gregory').date(value);
  const hijri = view.format.date(value);
  return msg(str`${gregorian} (${hijri})`, { id: 'certification-badge.dual-date' });
}

function status(view: BadgeView, certification: Certification): CertificateStatus {
  return certificateStatus(certification, view.now, { warningDays: view.warningDays, staleAfterDays: view.staleAfterDays });
}

/** The loading state: a placeholder of the variant's size. */
export function skeletonTemplate(view: BadgeView): TemplateResult {
  return html`<div class="loading" aria-busy="true">
    <span class="skeleton ${view.variant}" part="skeleton" aria-hidden="true"></span>
    <span class="visually-hidden" role="status">${loadingLabel()}</span>
  </div>`;
}

/**
 * No certificate to show: said with the organisation's name and the standard asked for, where known,
 * in the shared notice (neutral: nothing went wrong). No quotes: the words read as a sentence.
 */
export function emptyTemplate(view: BadgeView, { organisation }: CertificationLoadDetail): TemplateResult {
  const standard = view.standard?.trim();
  const name = organisation && localizedText(organisation.name, view.locale);
  const text = name
    ? standard
      ? msg(str`${name} has no ${standard} certification to show.`)
      : msg(str`${name} has no certifications to show.`)
    : standard
      ? msg(str`No ${standard} certification to show.`)
      : msg('No certifications to show.');
  return notice('neutral', text);
}

/** The certificates, in the variant asked for. */
export function certificationsTemplate(view: BadgeView, loaded: CertificationLoadDetail): TemplateResult {
  const { certifications } = loaded;
  switch (view.variant) {
    case 'pill':
      return html`${
        certifications.length === 1
          ? pill(view, certifications[0])
          : html`<ul class="pills">${certifications.map((c) => html`<li>${pill(view, c)}</li>`)}</ul>`
      }
        ${view.dialog?.(detailsTemplate(view)) ?? nothing}`;
    case 'card':
      return html`<div class="cards">${certifications.map((c, i) => card(view, c, i))}</div>`;
    case 'list':
      return list(view, loaded);
  }
}

function standardName({ standard }: Certification): string {
  return standard.version ? `${standard.code}:${standard.version}` : standard.code;
}

/**
 * The status, first and loudest: a tag (icon + words, in the status's colour) and its date. When the
 * verification is not recent, a second line says so in words and explains it (a valid status then
 * takes the warning tone, not success); signed records will use that same line for "Verified by ...".
 */
function statusTemplate(view: BadgeView, certification: Certification, status: CertificateStatus): TemplateResult {
  const when = statusDate(status.state, certification, (value) => date(view, value), view.format);
  return html`<div class="status" part="status" data-tone=${statusTone(status)} data-status=${status.state.kind}>
      <span class="tag">${statusIcon(status.state)}<strong class="label">${statusLabel(status.state)}</strong></span>
      ${when ? html`<span class="date">${when}</span>` : nothing}
    </div>
    ${staleTemplate(view, certification, status)}`;
}

function staleTemplate(
  view: BadgeView,
  certification: Certification,
  { verification }: CertificateStatus,
): TemplateResult | typeof nothing {
  const label = verificationLabel(verification);
  if (!label) return nothing;
  const detail = verificationDetail(verification, certification.lastVerifiedAt && date(view, certification.lastVerifiedAt));
  return html`<p class="status stale" data-tone="warning" data-status="stale" data-verification=${verification}>
    ${staleIcon()}<span><strong class="label">${label}</strong> <span class="date">${detail}</span></span>
  </p>`;
}

/* ---------------------------------------------------------------- pill */

/**
 * "Valid, ISO 9001:2015, Valid until 12 March 2027": the pill's whole accessible name. It starts
 * with the visible words (status, standard, verification note), then the date (WCAG 2.5.3).
 */
function pillName(view: BadgeView, certification: Certification, status: CertificateStatus): string {
  const parts = [statusLabel(status.state, true), standardName(certification)];
  const note = verificationLabel(status.verification);
  if (note) parts.push(note);
  const when = statusDate(status.state, certification, (value) => date(view, value), view.format);
  if (when) parts.push(when);
  return parts.join(msg(', ', { id: 'certification-badge.separator' }));
}

/** Icon, status word and standard ("Valid · ISO 9001:2015"), in the status's colour: one line. */
function pill(view: BadgeView, certification: Certification): TemplateResult {
  const state = status(view, certification);
  const note = verificationLabel(state.verification);
  return html`<button
    type="button"
    class="pill"
    part="pill"
    data-tone=${statusTone(state)}
    data-status=${state.state.kind}
    aria-haspopup="dialog"
    aria-label=${pillName(view, certification, state)}
    @click=${(event: Event) => view.onOpen(certification, event.currentTarget as HTMLElement)}
  >
    ${statusIcon(state.state)}<span class="label">${statusLabel(state.state, true)}</span> · <bdi class="standard">${standardName(certification)}</bdi>
    ${note ? html`<span class="verification" data-verification=${state.verification}>${staleIcon()}${note}</span>` : nothing}
  </button>`;
}

const closeDialog = (event: Event) => (event.currentTarget as HTMLElement).closest('dialog')!.close();

/** What the pills' dialog shows: the certificate it was opened for (nothing while none is), and Close. */
function detailsTemplate(view: BadgeView): TemplateResult | typeof nothing {
  const certification = view.opened;
  if (!certification) return nothing;
  return html`<div class="dialog-head">
      ${heading(certification, 'dialog-title', 2, view.locale)}
      <button type="button" class="close" autofocus @click=${closeDialog}>${msg('Close')}</button>
    </div>
    ${body(view, certification, status(view, certification))}`;
}

/* ---------------------------------------------------------------- card and list */

function heading(certification: Certification, id: string, level: 2 | 3, locale: Locale): TemplateResult {
  const content = html`<bdi class="standard">${standardName(certification)}</bdi>
    <span class="title">${localizedText(certification.standard.title, locale)}</span>`;
  return level === 2 ? html`<h2 id=${id}>${content}</h2>` : html`<h3 id=${id}>${content}</h3>`;
}

function card(view: BadgeView, certification: Certification, index: number): TemplateResult {
  return html`<article class="card" part="card" aria-labelledby="card-${index}">${body(view, certification, status(view, certification), heading(certification, `card-${index}`, 3, view.locale))}</article>`;
}

/**
 * The list's caption, which names its landmark: when the list shows a subset (`standard` or
 * `certificate-id`), the standards it shows are in it ("ISO 9001:2015 certifications of ..."), so
 * that two lists of one organisation on a page have different names (axe `landmark-unique`).
 */
function listCaption(view: BadgeView, { organisation, certifications }: CertificationLoadDetail): string {
  const name = organisation && localizedText(organisation.name, view.locale);
  const subset = view.standard?.trim() || view.certificateId;
  if (!subset) return name ? msg(str`Certifications of ${name}`) : msg('Certifications');
  const standards = view.format.list([...new Set(certifications.map((certification) => standardName(certification)))]);
  return name ? msg(str`${standards} certifications of ${name}`) : msg(str`${standards} certifications`);
}

function list(view: BadgeView, loaded: CertificationLoadDetail): TemplateResult {
  const { certifications } = loaded;
  const caption = listCaption(view, loaded);
  return html`<section class="list" part="list" aria-labelledby="list-caption">
    <p id="list-caption" class="caption">${caption}</p>
    <ul>
      ${certifications.map((certification, index) => {
        const state = status(view, certification);
        // A row: status, standard, issuer and verify link side by side when there is room.
        return html`<li class="item" part="item">
          ${statusTemplate(view, certification, state)} ${heading(certification, `item-${index}`, 3, view.locale)}
          <p class="issuer">${msg(str`Certificate ${certification.certificateNumber}, issued by ${certification.certificationBody.name}`)}</p>
          ${verifyLink(certification)}
          <details>
            <summary>${msg('Details')}</summary>
            ${facts(view, certification, state)}
          </details>
        </li>`;
      })}
    </ul>
  </section>`;
}

/**
 * The card and the dialog: status first (the one strong thing), then the standard, then the facts
 * and, last and quiet, the verify link. The dialog's heading is its title row, so it passes none.
 */
function body(
  view: BadgeView,
  certification: Certification,
  status: CertificateStatus,
  title: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`${statusTemplate(view, certification, status)} ${title} ${facts(view, certification, status)} ${verifyLink(certification)}`;
}

/**
 * What ISO/IEC 17021-1 §8.2.2 puts on a certificate, plus what the citizen needs to judge it: label
 * above value, in as many columns of fields as the width allows (one on a phone, two on a page).
 * Scope first and full width: it says what the certificate covers.
 */
function facts(view: BadgeView, certification: Certification, status: CertificateStatus): TemplateResult {
  const { certificationBody: body, accreditationBody: accreditation } = certification;
  const explanation = statusExplanation(status.state);
  const row = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`${explanation ? html`<p class="explanation">${explanation}</p>` : nothing}
    <dl part="details">
      <div class="scope" part="scope"><dt>${msg('Scope of certification')}</dt><dd>${localizedText(certification.scope, view.locale)}</dd></div>
      ${row(
        msg('Certification body'),
        html`${body.logo ? html`<img part="logo" class="logo" src=${body.logo} alt=${msg(str`${body.name} logo`)} loading="lazy" decoding="async" referrerpolicy="no-referrer" />` : nothing}
        ${body.url ? html`<a href=${body.url} target="_blank" rel="noopener noreferrer"><bdi>${body.name}</bdi>${newTabHint()}</a>` : html`<bdi>${body.name}</bdi>`}`,
      )}
      ${row(msg('Certificate number'), html`<bdi>${certification.certificateNumber}</bdi>`)}
      ${row(msg('Certified organisation'), localizedText(certification.certifiedEntity, view.locale))}
      ${certification.sites.length ? row(msg('Sites'), html`<ul class="sites">${certification.sites.map((site) => html`<li>${localizedText(site, view.locale)}</li>`)}</ul>`) : nothing}
      ${accreditation ? row(msg('Accreditation'), html`<bdi>${accreditation.name}</bdi> (${accreditationText(accreditation.status)})`) : nothing}
      ${row(msg('Issue date'), date(view, certification.issueDate))}
      ${row(msg('Expiry date'), date(view, certification.expiryDate))}
      ${certification.originalIssueDate ? row(msg('Original issue date'), date(view, certification.originalIssueDate)) : nothing}
      ${certification.lastVerifiedAt ? row(msg('Last verified'), date(view, certification.lastVerifiedAt)) : nothing}
    </dl>`;
}

function newTabHint(): TemplateResult {
  return html`<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>${externalIcon()}`;
}

/** Secondary on purpose (design language §5): regular weight, caption size; the status is the loud thing. */
function verifyLink(certification: Certification): TemplateResult | typeof nothing {
  if (!certification.verifyUrl) return nothing;
  return html`<a class="verify" part="verify" href=${certification.verifyUrl} target="_blank" rel="noopener noreferrer"
    >${msg(str`Verify with ${certification.certificationBody.name}`)}${newTabHint()}</a
  >`;
}
