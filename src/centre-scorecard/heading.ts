import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading of the host page's outline level (`heading-level`), without a static-html directive (the evaluation's views and the history chunk share it). */
export function heading(level: number, className: string, headingId: string | undefined, content: unknown): TemplateResult {
  const id = ifDefined(headingId);
  switch (level) {
    case 1:
      return html`<h1 class=${className} id=${id}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${id}>${content}</h5>`;
    default:
      return html`<h6 class=${className} id=${id}>${content}</h6>`;
  }
}
