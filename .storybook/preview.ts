import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { publicArgTypes } from '../stories/public-api.js';
import ElementDocs from './element-docs.mdx';

// Docs (attributes, properties, events, parts, CSS properties) come from the JSDoc in src/ via the
// manifest; the tables and controls show its public API only (stories/public-api.ts).
setCustomElementsManifest(manifest);

const ELEMENTS = 'service-rating, centre-scorecard, certification-badge, rating-results';
let theme = 'light';

/** Whether the story sets `theme` itself (the Playground's control): then the toolbar leaves it alone. */
let ownTheme = false;

/** The toolbar's theme goes onto every Jawda element a story renders (`theme` is per element). */
function applyTheme(): void {
  if (ownTheme) return;
  document.querySelectorAll(ELEMENTS).forEach((element) => {
    if (element.getAttribute('theme') !== theme) element.setAttribute('theme', theme);
  });
}
new MutationObserver(applyTheme).observe(document.body, { childList: true, subtree: true });

/** Wraps every story in the toolbar's locale, direction and theme. */
const withLocale: Decorator = (story, context) => {
  const globals = context.globals as { locale: string; direction: string; theme: string };
  const { locale, direction } = globals;
  const dir = direction === 'auto' ? (locale === 'ar' ? 'rtl' : 'ltr') : direction;
  theme = globals.theme;
  ownTheme = typeof context.args.theme === 'string' && context.args.theme !== '';
  // A story alone owns the page; a docs page (English prose, examples in both languages) keeps
  // its own direction, and only the story's box takes the toolbar's.
  if (context.viewMode === 'story') {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
    document.body.dataset.theme = theme;
  }
  queueMicrotask(applyTheme);
  return html`<div lang=${locale} dir=${dir} class="jawda-story" data-theme=${theme}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLocale],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'ar', title: 'العربية' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Page direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From locale' },
          { value: 'rtl', title: 'RTL' },
          { value: 'ltr', title: 'LTR' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ar', direction: 'auto', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    docs: {
      extractArgTypes: publicArgTypes,
      extractComponentDescription: (tag: string) =>
        (manifest as { modules: { declarations?: { tagName?: string; description?: string }[] }[] }).modules
          .flatMap((module) => module.declarations ?? [])
          .find((declaration) => declaration.tagName === tag)?.description,
      page: ElementDocs,
      // Headings of the page itself, not those inside its examples (the API reference has dozens).
      toc: { headingSelector: 'h2, h3', ignoreSelector: '.docs-story *, .skip-toc' },
    },
    // The accessibility panel (axe) on every story; 'error' would fail a story in the test runner.
    a11y: { test: 'todo' },
  },
};
export default preview;
