/**
 * `jawda/autoloader`: defines each Jawda element the first time its tag appears, and loads only that
 * element's code. A page with two `<service-rating>`s and nothing else loads `<service-rating>`'s entry
 * (and the core it shares), never the scorecard's or the badge's.
 *
 * ```html
 * <script type="module">import 'jawda/autoloader';</script>
 * <service-rating service-id="passport-renewal"></service-rating>
 * ```
 *
 * On import it looks through the document for the tags already there, then watches the document
 * (a MutationObserver) for tags added later, by a framework, a CMS widget or `innerHTML`. A tag inside a
 * shadow root is out of the document's sight: call `discover(shadowRoot)` for the tags in it now, and
 * `observe(shadowRoot)` for those added to it later.
 *
 * A tag already defined (by `jawda.min.js`, another copy of Jawda, or your own `customElements.define`)
 * is left alone: nothing is imported for it.
 */

/** Each element's define module: a dynamic import each, so that each is its own chunk. */
const loaders = {
  'service-rating': () => import('./service-rating/define.js'),
  'centre-scorecard': () => import('./centre-scorecard/define.js'),
  'certification-badge': () => import('./certification-badge/define.js'),
  'rating-results': () => import('./rating-results/define.js'),
} satisfies Record<string, () => Promise<unknown>>;

/** The tags the autoloader knows. */
export type AutoloadedTag = keyof typeof loaders;
export const AUTOLOADED_TAGS = Object.keys(loaders) as AutoloadedTag[];

const loading = new Map<AutoloadedTag, Promise<void>>();

const isAutoloaded = (name: string): name is AutoloadedTag => Object.hasOwn(loaders, name);

/**
 * Imports the element behind `tag` once (later calls get the same promise); resolves when it is
 * defined. A failed import (the network) is reported on the console and may be tried again.
 */
export function load(tag: AutoloadedTag): Promise<void> {
  let pending = loading.get(tag);
  if (!pending) {
    pending = globalThis.customElements?.get(tag)
      ? Promise.resolve()
      : loaders[tag]().then(
          () => undefined,
          (error: unknown) => {
            loading.delete(tag); // so that the next appearance of the tag tries again
            console.error(`[jawda] autoloader: could not load <${tag}>`, error);
          },
        );
    loading.set(tag, pending);
  }
  return pending;
}

/** The tags not asked for yet, as one selector (empty once all are). */
function pendingSelector(): string {
  return AUTOLOADED_TAGS.filter((tag) => !loading.has(tag)).join(',');
}

/**
 * Loads every Jawda element in `root`: the root itself when it is one, and its descendants (not those
 * inside shadow roots: pass a shadow root itself). Resolves when all found are defined.
 */
export function discover(root: ParentNode | Element): Promise<void> {
  const found = new Set<AutoloadedTag>();
  if ('localName' in root && isAutoloaded(root.localName)) found.add(root.localName);
  const selector = pendingSelector();
  if (selector) for (const element of root.querySelectorAll(selector)) found.add(element.localName as AutoloadedTag);
  return Promise.all([...found].map(load)).then(() => undefined);
}

/** Watches `root` (the document by default, or a shadow root) for Jawda tags added to it. */
export function observe(root: Document | ShadowRoot = document): MutationObserver {
  const watcher = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) void discover(node as Element);
    }
    // Every element defined: nothing left to watch for. (Not as soon as each is asked for: a failed
    // import is tried again when the tag next appears.)
    if (AUTOLOADED_TAGS.every((tag) => customElements.get(tag))) watcher.disconnect();
  });
  watcher.observe(root, { childList: true, subtree: true });
  return watcher;
}

// A server rendering ahead has no document: nothing to do there.
if (typeof document !== 'undefined') {
  void discover(document);
  observe(document);
}
