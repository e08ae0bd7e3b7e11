/**
 * What `<service-rating>` and `jawda/ssr` share about the form without script (no-script.ts): names
 * and shapes only, so that the element refers to the form without loading its template or styles,
 * which only a server ever runs.
 */
import { html, type TemplateResult } from 'lit';
import { endpointUrl, type Locale, type ResolvedConfig } from '../core/config.js';
import type { RatingScale } from '../core/contract.js';
import type { Formats } from '../core/i18n/format.js';
import type { ServerContext } from '../core/server-context.js';
import type { ServiceRatingAttributes } from './attributes.js';
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

/** How a server draws the form without script (no-script.ts: only a server ever loads it), and its state. */
export interface ServerForm {
  readonly state: NoScriptState;
  readonly template: (view: NoScriptView) => TemplateResult;
  /** The built-in reason chips the form lists when the service has none of its own. */
  readonly defaultChips: (high: boolean) => Chip[];
}

/** What `jawda/ssr` hands `<service-rating>`: the context every element gets, and its form without script. */
export interface RatingServerContext extends ServerContext {
  readonly form?: ServerForm;
}

/** What the rating tells its form without script besides its attributes: its settings and reasons as they stand. */
export interface NoScriptSettings {
  locale: Locale;
  config: ResolvedConfig;
  format: Formats;
  commentLimit: number;
  /** The chips of good (`high`) or poor scores: the service's own, else `builtIn`. */
  chips: (high: boolean, builtIn: (high: boolean) => Chip[]) => Chip[];
}

/**
 * The element's form without script, on a server: what it shows, from the rating's attributes and
 * settings, drawn by the template of the renderer's context (none without one: nothing is drawn).
 */
export function serverFormTemplate(
  rating: ServiceRatingAttributes & { readonly serverContext?: RatingServerContext },
  settings: NoScriptSettings,
): TemplateResult {
  const form = rating.serverContext?.form;
  if (!form) return html``;
  const { locale, chips } = settings;
  const question = rating.question || defaultQuestion(rating.scale);
  return form.template({
    state: form.state,
    action: endpointUrl(settings.config, 'ratingForm', { serviceId: rating.serviceId?.trim() }).href,
    scale: rating.scale,
    format: settings.format,
    question,
    channel: rating.channel,
    locale,
    high: chips(true, form.defaultChips),
    low: chips(false, form.defaultChips),
    commentLimit: settings.commentLimit,
    disclosure: rating.delivery === 'inline' ? undefined : rating.buttonLabel || question,
  });
}
