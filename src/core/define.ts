/**
 * Defines Jawda's custom elements so that two copies of Jawda on one page (a CMS's jawda.min.js and
 * an app's bundle, perhaps of different versions) do not collide: the first copy to define a tag keeps
 * it, a later copy does not throw but says so once per tag, naming both versions, and `configure()`
 * from either copy reaches every element (the settings are shared, see page.ts).
 */
import { KEY } from './page.js';
import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { [KEY]?: string };

/**
 * `customElements.define(tag, element)`, unless the tag is already taken: then a warning naming both
 * versions, instead of an exception. Each copy of Jawda defines each tag once, when it loads, so each
 * later copy warns once per tag.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  // `globalThis.customElements`: a server rendering ahead may have no registry. (And not written as
  // `customElements.define(...)`, which the manifest's analyzer would take for a definition of "tag".)
  const registry = globalThis.customElements;
  const taken = registry?.get(tag);
  if (!taken) {
    registry?.define(tag, element);
    (element as Versioned)[KEY] = VERSION; // what a later copy names in its warning
  } else if (taken !== element) {
    const owner = (taken as Versioned)[KEY];
    console.warn(
      `[jawda] <${tag}> is already defined by ${owner ? `Jawda ${owner}` : 'another script'}; this copy (Jawda ${VERSION}) ` +
        'is not used for it; configure() reaches every element.',
    );
  }
}
