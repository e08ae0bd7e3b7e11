/**
 * What the card and list variants show, and the certificate in the pill's dialog: the status with
 * its date and verification, the standard, the facts and the verify link, with their words and
 * styles. A lazy chunk (see `detailViews` in certification-badge.ts), loaded for the card and list
 * variants beside their data (their skeleton shows meanwhile) and when a pill is first pressed: a
 * page of pills, the footer's case, loads none of it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Certification } from '../core/contract.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { msg, str } from '../core/i18n/msg.js';
import type { CertificationLoadDetail } from './events.js';
import { accreditationText, statusExplanation, verificationDetail } from './details-text.js';
import { icon, staleIcon, statusIcon } from './icons.js';
import type { CertificateStatus } from './status.js';
import { statusDate, statusLabel, statusTone, verificationLabel } from './status-text.js';
import { date, heading, standardName, status } from './certificate.js';
import type { BadgeView } from './types.js';

/** The card and list variants. */
export function detailsTemplate(view: BadgeView, loaded: CertificationLoadDetail): TemplateResult {
  return view.variant === 'card'
    ? html`<div class="cards">${loaded.certifications.map((c, i) => card(view, c, i))}</div>`
    : list(view, loaded);
}

/** The pill's dialog, below its title row: the certificate's status, facts and verify link. */
export function dialogBody(view: BadgeView, certification: Certification): TemplateResult {
  return body(view, certification, status(view, certification));
}

/**
 * The status, first and loudest: a tag (icon + words, in the status's colour) and its date. When the
 * verification is not recent, a second line says so in words and explains it (a valid status then
 * takes the warning tone, not success). A signed record's second line says who signed it and when it
 * was checked; when its status is not proven, its check's words stand in the tag's place.
 */
function statusTemplate(view: BadgeView, certification: Certification, status: CertificateStatus): TemplateResult {
  const seal = view.seal?.(view, certification);
  const tag = seal?.tag;
  const when = seal?.when ?? tag?.sentence ?? statusDate(status.state, certification, (value) => date(view, value), view.format);
  return html`<div class="status" part="status" data-tone=${tag?.tone ?? statusTone(status)} data-status=${tag ? seal.state : status.state.kind}>
      <span class="tag">${tag?.icon ?? statusIcon(status.state)}<strong class="label">${tag?.label ?? statusLabel(status.state)}</strong></span>
      ${when ? html`<span class="date">${when}</span>` : nothing}
    </div>
    ${seal ? (seal.note ? html`<p class="signer" data-seal=${seal.state}>${seal.note}</p>` : nothing) : staleTemplate(view, certification, status)}`;
}

/** Whether the record's facts may be shown: not those of a signed record whose signature does not hold. */
const proven = (view: BadgeView, certification: Certification) => view.seal?.(view, certification)?.proven !== false;

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

function card(view: BadgeView, certification: Certification, index: number): TemplateResult {
  if (!proven(view, certification))
    return html`<article class="card" part="card">${statusTemplate(view, certification, status(view, certification))}</article>`;
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
        if (!proven(view, certification)) return html`<li class="item" part="item">${statusTemplate(view, certification, state)}</li>`;
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
  if (!proven(view, certification)) return statusTemplate(view, certification, status);
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

/** The "leaves this site" arrow beside links that open a new tab. */
const externalIcon = () => icon('external', 'M14 4h6v6m0-6-9 9m7 1v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5', 16);

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

/**
 * The status tag, the facts as quiet label/value fields, the secondary verify link; the card's and
 * the list's layout; what the pill's dialog shows (the dialog's own styles come with the core's
 * modal, core/modal.ts). Adopted by the element with this chunk.
 */
export const styles = css`
  /* The status tag: body size, bold, icon + words, tinted and bordered in one colour. */
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    margin: 0;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_tone);
    border-radius: calc(var(--_radius) / 2);
    color: var(--_tone);
    font-weight: 700;
  }
  .tag {
    background: color-mix(in srgb, var(--_tone) 9%, var(--_surface));
  }
  .status .date,
  .issuer,
  .title,
  dt {
    color: var(--_muted);
  }
  /* Who signed a record and when it was checked, under its status. */
  .signer {
    margin: var(--_space) 0 0;
    color: var(--_muted);
  }
  /* The second status line (verification). */
  .stale {
    flex-wrap: nowrap;
    align-items: start;
    margin-block-start: var(--_space);
  }
  .stale .label {
    font-weight: 500;
  }
  .stale .date {
    display: block;
  }


  /* card and list */
  h2,
  h3 {
    margin: 0;
    font-size: 1em;
  }
  .card h3 {
    margin-block-start: calc(var(--_space) * 2);
  }
  .title {
    display: block;
    font-weight: 400;
  }
  .cards {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .card,
  .item {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .list ul {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /*
   * A row per certificate: status (tag over its date), standard, issuer, verify link; the
   * verification line and the details below, full width. As many columns as fit, one on a phone,
   * at most the four cells: a full-width line keeps every track of a wide row, empty ones too.
   * The second status line follows the status in the DOM (it is read with it) but is drawn under
   * the row: \`dense\` puts the standard, issuer and link back beside the status.
   */
  .item {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(12rem, (100% - 9 * var(--_space)) / 4)), 1fr));
    grid-auto-flow: row dense;
    align-items: start;
    gap: var(--_space) calc(var(--_space) * 3);
  }
  /* Full width: the verification line and details of a row, the scope among the fields. */
  .item > .stale,
  .item > .signer,
  .item > details,
  .scope {
    grid-column: 1 / -1;
  }
  .item div.status {
    flex-direction: column;
    align-items: flex-start;
  }
  .item > * {
    margin: 0;
  }

  .caption {
    margin-block: 0 var(--_space);
    font-weight: 700;
  }
  /* Label above value, as many columns of fields as fit: the card uses its width. */
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: calc(var(--_space) * 2) calc(var(--_space) * 3);
    margin-block: calc(var(--_space) * 2);
  }
  dt {
    font-size: 0.875em;
  }
  dd {
    margin: 0;
  }
  .sites {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .logo {
    display: block;
    block-size: 2.5rem;
    inline-size: auto;
    max-inline-size: 10rem;
    margin-block-end: calc(var(--_space) * 0.5);
    object-fit: contain;
  }
  details {
    margin-block: var(--_space);
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  a {
    color: var(--_accent);
  }
  a .icon {
    margin-inline-start: 0.25em;
    vertical-align: -0.15em;
  }
  :host(:dir(rtl)) a .icon {
    transform: scaleX(-1);
  }
  /*
   * Secondary: regular weight, caption size; still a 44 px target (padding round one caption
   * line). Inline-block, so that on a phone the icon wraps with the last word, not apart from it.
   */
  .verify {
    display: inline-block;
    padding-block: 0.75rem;
    font-size: 0.875em;
    font-weight: 400;
  }
`;
