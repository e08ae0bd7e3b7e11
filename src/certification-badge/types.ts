/**
 * The names `<certification-badge>` and its views share, below both: the element (certification-
 * badge.ts) and the views (views.ts) import them from here, so that imports run one way.
 */
import type { CSSResult, SVGTemplateResult, TemplateResult } from 'lit';
import type { Calendar, Locale, Numerals, ResolvedConfig } from '../core/config.js';
import type { Certification } from '../core/contract.js';
import type { Formats } from '../core/i18n/format.js';
import type { ServerContext } from '../core/server-context.js';
import type { CertificationLoadDetail } from './events.js';
import type { Tone } from './status-text.js';

export const VARIANTS = ['pill', 'card', 'list'] as const;
export type CertificationBadgeVariant = (typeof VARIANTS)[number];

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
  /** A pill is about to be pressed (pointer over it, or focus on it): the dialog's chunk can come now. */
  onPrepare: () => void;
  /** The pills' dialog around its content (the core's modal dialog), once its chunk is here. */
  dialog?: (content: unknown) => TemplateResult;
  /** The card's, the list's and the dialog's views, once their chunk has come. */
  details?: DetailViews;
  /** What the check of a signed record (or of an unsigned one, when signatures are required) says; undefined for others. */
  seal?: (view: BadgeView, certification: Certification) => Seal | undefined;
}

/**
 * A record's signature check as the views show it (made by the signed-records chunk, signed/seals.ts).
 * A proven record's facts and status come from its verified payload; an unproven one shows only `tag`.
 */
export interface Seal {
  /** The check's outcome, as `certification-verified` names it. */
  state: string;
  /** Whether the facts shown (standard, scope, dates, ...) come from a payload whose signature holds. */
  proven: boolean;
  /** In place of the status when the status is not proven: short words (the pill's), a sentence, tone and icon. */
  tag?: { label: string; sentence: string; tone: Tone; icon: SVGTemplateResult };
  /** Who signed and when it was checked: "Verified by Bureau Veritas, status checked 09:00". */
  note?: string;
  /** The status's date ("Valid until ...", or "Expired on ..." from the record's own validity). */
  when?: string;
  /** The record's pill (its words, the standard when proven; its accessible name with the check and the date). */
  pill: TemplateResult;
  /** The dialog's heading in place of the standard's, when the facts are not proven. */
  title?: TemplateResult;
}

/** What the details chunk (./details.ts) draws: the card and list variants, and the certificate in the pill's dialog. */
export interface DetailViews {
  styles: CSSResult;
  detailsTemplate(view: BadgeView, loaded: CertificationLoadDetail): TemplateResult;
  dialogBody(view: BadgeView, certification: Certification): TemplateResult;
}

/** What `jawda/ssr` hands a badge: its signed records already checked on the server (signed/seals.ts). */
export interface BadgeServerContext extends ServerContext {
  readonly checks?: {
    shown(
      loaded: CertificationLoadDetail,
      required: boolean | undefined,
      settings: { readonly config: Pick<ResolvedConfig, 'fetch' | 'now'>; readonly locale: Locale },
    ): CertificationLoadDetail | undefined;
    readonly seal: NonNullable<BadgeView['seal']>;
  };
}
