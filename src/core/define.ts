/**
 * Defines Jawda's custom elements so that two copies of Jawda on one page (a CMS's jawda.min.js and
 * an app's bundle, perhaps of different versions) do not collide: the first copy to define a tag keeps
 * it, a later copy does not throw but says so once per tag, naming both versions, and `configure()`
 * from either copy reaches every element (the settings are shared, see page.ts).
 */
import { jawdaPage } from './page.js';
import { VERSION } from './version.js';

const warned = new Set<string>();

/** `customElements.define(tag, element)`, unless the tag is already taken (then one warning). */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server rendering without a registry
  const { definitions } = jawdaPage();
  const taken = customElements.get(tag);
  if (!taken) {
    customElements.define(tag, element);
    definitions.set(tag, { version: VERSION, element });
    return;
  }
  if (taken === element || warned.has(tag)) return;
  warned.add(tag);
  const owner = definitions.get(tag);
  console.warn(
    owner?.element === taken
      ? `[jawda] <${tag}> is already defined by Jawda ${owner.version}; this copy (Jawda ${VERSION}) is not used for it. ` +
          'Settings from configure() still reach every element.'
      : `[jawda] <${tag}> is already defined by another script (not a copy of Jawda that shares its settings); this copy (Jawda ${VERSION}) ` +
          `is not used for it, and configure() does not reach those elements.`,
  );
}
