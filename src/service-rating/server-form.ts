/**
 * What `<service-rating>` and `jawda/ssr` share about the form without script (no-script.ts): names
 * and shapes only, so that the element refers to the form without loading its template or styles,
 * which only a server ever runs.
 */
import type { TemplateResult } from 'lit';
import { endpointUrl } from '../core/config.js';
import type { RatingScale } from '../core/contract.js';
import type { Formats } from '../core/i18n/format.js';
import type { ServiceRatingAttributes } from './attributes.js';
import type { ServiceReasons } from './reasons.js';
import { defaultQuestion } from './scales.js';
import type { Chip } from './types.js';

/** What a server gives the form: the outcome of the last post (from the query of the redirect). */
export interface NoScriptState {
  /** A fresh UUID, issued by the server for this form: the idempotency key of the vote. */
  submissionId: string;
  /** Where the server redirects after the post (a path of the page). */
  returnTo?: string;
  /** The post was stored (`sent`), or refused for a missing score or invalid fields. */
  outcome?: 'sent' | 'score-missing' | 'invalid';
}

/** Where a server renderer hands the element its `NoScriptState`. */
export const SERVER_FORM = '__jawdaForm';

/** The form's marker (`data-no-script`): the browser-side element knows this markup is not its own. */
export const NO_SCRIPT_FORM = 'form[data-no-script]';

export interface NoScriptView {
  state: NoScriptState;
  action: string;
  scale: RatingScale;
  format: Formats;
  question: string;
  channel: string;
  locale: string;
  high: Chip[];
  low: Chip[];
  commentLimit: number;
  /** A floating or dialog rating: the form inside a disclosure with this label, fixed at the corner. */
  disclosure?: string;
}

/** What `jawda/ssr` installs on the element: the form's template and the built-in reasons it lists. */
export interface ServerFormKit {
  template: (view: NoScriptView) => TemplateResult;
  defaultChips: (high: boolean) => Chip[];
}

/**
 * The element's form without script, on a server: what it shows, from its state (read with bracket
 * access, as a part of the element itself) and its reasons, drawn by the template `jawda/ssr` installed.
 */
export function serverFormTemplate(rating: ServiceRatingAttributes, reasons: ServiceReasons, kit: ServerFormKit): TemplateResult {
  const { template, defaultChips } = kit;
  const locale = rating['locale'];
  const question = rating.question || defaultQuestion(rating.scale);
  return template({
    state: (rating as unknown as Record<string, NoScriptState | undefined>)[SERVER_FORM] ?? { submissionId: crypto.randomUUID() },
    action: endpointUrl(rating['config'], 'ratingForm', { serviceId: rating.serviceId?.trim() }).href,
    scale: rating.scale,
    format: rating['format'],
    question,
    channel: rating.channel,
    locale,
    high: reasons.chips(true, locale, defaultChips),
    low: reasons.chips(false, locale, defaultChips),
    commentLimit: rating['commentLimit'],
    disclosure: rating.delivery === 'inline' ? undefined : rating.buttonLabel || question,
  });
}
