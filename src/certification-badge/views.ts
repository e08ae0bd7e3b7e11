/**
 * The views of `<certification-badge>`, pure: the certificates and the element's settings in, a
 * template out (no `document` or `window`), so that the same views can render on a server. Status
 * is computed here, at view time, from the record and `now`: never a stale "valid". Here: the
 * loading, empty and pill views; the card, the list and the pill's dialog body are the details
 * chunk's (./details.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Certification } from '../core/contract.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { msg, str } from '../core/i18n/msg.js';
import { loadingLabel } from '../core/messages.js';
import { notice } from '../core/notice.js';
import type { CertificationLoadDetail } from './events.js';
import { staleIcon, statusIcon } from './icons.js';
import type { CertificateStatus } from './status.js';
import { heading, standardName, status, date } from './certificate.js';
import { statusDate, statusLabel, statusTone, verificationLabel } from './status-text.js';
import type { BadgeView } from './types.js';

export type { BadgeView, DetailViews } from './types.js';

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

/** The pill variant: a pill per certificate, and the dialog they open. */
export function pillsTemplate(view: BadgeView, { certifications }: CertificationLoadDetail): TemplateResult {
  return html`${
    certifications.length === 1
      ? pill(view, certifications[0])
      : html`<ul class="pills">${certifications.map((c) => html`<li>${pill(view, c)}</li>`)}</ul>`
  }
        ${view.dialog?.(dialogContent(view)) ?? nothing}`;
}

/* ---------------------------------------------------------------- pill */

/**
 * "Valid, ISO 9001:2015, Valid until 12 March 2027": the pill's whole accessible name. It starts
 * with the visible words (status, standard, verification note), then the date (WCAG 2.5.3). A
 * signed record's comes with its check (signed/seals.ts).
 */
function pillName(view: BadgeView, certification: Certification, status: CertificateStatus): string {
  const parts = [statusLabel(status.state, true), standardName(certification)];
  const note = verificationLabel(status.verification);
  if (note) parts.push(note);
  const when = statusDate(status.state, certification, (value) => date(view, value), view.format);
  if (when) parts.push(when);
  return parts.join(msg(', ', { id: 'certification-badge.separator' }));
}

/** Icon, status word and standard ("Valid · ISO 9001:2015"), in the status's colour: one line. A signed record's is its check's (signed/seals.ts). */
function pill(view: BadgeView, certification: Certification): TemplateResult {
  const state = status(view, certification);
  const note = verificationLabel(state.verification);
  return (
    view.seal?.(view, certification)?.pill ??
    html`<button
    type="button"
    class="pill"
    part="pill"
    data-tone=${statusTone(state)}
    data-status=${state.state.kind}
    aria-haspopup="dialog"
    aria-label=${pillName(view, certification, state)}
    @click=${(event: Event) => view.onOpen(certification, event.currentTarget as HTMLElement)}
    @pointerenter=${view.onPrepare}
    @focus=${view.onPrepare}
  >
    ${statusIcon(state.state)}<span class="label">${statusLabel(state.state, true)}</span> · <bdi class="standard">${standardName(certification)}</bdi>
    ${note ? html`<span class="verification" data-verification=${state.verification}>${staleIcon()}${note}</span>` : nothing}
  </button>`
  );
}

const closeDialog = (event: Event) => (event.currentTarget as HTMLElement).closest('dialog')!.close();

/**
 * What the pills' dialog shows: the certificate it was opened for (nothing while none is), its
 * title row and Close button here, so that it always has a way out, and its details (the details
 * chunk's, loaded before it opens).
 */
function dialogContent(view: BadgeView): TemplateResult | typeof nothing {
  const certification = view.opened;
  if (!certification) return nothing;
  // A signed record whose facts are not proven is named by its check (its seal's title), not by the standard it claims.
  return html`<div class="dialog-head">
      ${view.seal?.(view, certification)?.title ?? heading(certification, 'dialog-title', 2, view.locale)}
      <button type="button" class="close" autofocus @click=${closeDialog}>${msg('Close')}</button>
    </div>
    ${view.details?.dialogBody(view, certification) ?? nothing}`;
}
