/**
 * Jawda's own `msg()` and `str`: what every file under src/ imports instead of '@lit/localize'.
 *
 * They are typed like @lit/localize's (`MsgFn`, and the `str` tag itself), so `lit-localize extract`
 * still finds every call: it recognises a call by the type of the callee (the `_LIT_LOCALIZE_MSG_`
 * and `_LIT_LOCALIZE_STR_` brands), not by the module it was imported from. At runtime, though,
 * `msg()` answers from Jawda's private catalogue state (catalogues.ts): it never installs, nor
 * reads, @lit/localize's module-level `msg`, so a portal can use @lit/localize with its own
 * `configureLocalization()` before or after Jawda, on the same page and the same @lit/localize.
 */
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import type { MsgFn, MsgOptions, TemplateLike } from '@lit/localize/internal/types.js';
import { renderingCatalogue } from './catalogues.js';

export { str } from '@lit/localize/internal/str-tag.js';
export type { MsgOptions } from '@lit/localize/internal/types.js';

/**
 * Like @lit/localize's `msg()`, answering in the locale of the element being rendered (`inLocale`).
 * English, the source, is the template itself; another locale's lookup comes with its catalogue.
 */
export const msg: MsgFn = ((template: TemplateLike, options?: MsgOptions) => {
  const catalogue = renderingCatalogue();
  return catalogue
    ? catalogue.lookup(catalogue.templates, template, options)
    : (defaultMsg as (template: TemplateLike) => string | TemplateLike)(template);
}) as MsgFn;
