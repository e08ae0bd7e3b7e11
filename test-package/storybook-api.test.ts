// What the docs site shows of each element: the controls and tables of its public API only
// (stories/public-api.ts, over custom-elements.json), and the theming guide's national looks keeping
// their contrast (stories/guides/themes.ts). No build of Storybook needed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { declaration, publicArgTypes, publicControls } from '../stories/public-api.ts';
import { THEMES, contrast, themeCss } from '../stories/guides/themes.ts';
import { ELEMENTS, root } from './source.ts';

describe('Storybook: the public API of each element', () => {
  for (const tag of ELEMENTS) {
    it(`<${tag}>: a control for every attribute, none for anything private, read-only or a method`, () => {
      const element = declaration(tag)!;
      const controls = new Set(publicControls(tag));
      const argTypes = publicArgTypes(tag);
      // Every attribute is reachable: through the property behind it, or as an attribute.
      for (const attribute of element.attributes ?? []) {
        assert.ok(
          controls.has(attribute.fieldName ?? '') || controls.has(attribute.name),
          `${tag}: attribute ${attribute.name} has a control`,
        );
      }
      for (const member of element.members ?? []) {
        const hidden = member.kind === 'method' || member.readonly || member.static || (member.privacy ?? 'public') !== 'public';
        if (hidden) assert.ok(!controls.has(member.name), `${tag}: ${member.name} has no control`);
      }
      for (const name of ['internals', 'trap', 'phase', 'renderRoot', 'updateComplete', 'shadowRoot'])
        assert.ok(!controls.has(name), `${tag}: no control for ${name}`);
      // Only the rows that have a control may be set: the rest are documented only.
      const settable = Object.entries(argTypes)
        .filter(([, type]) => type.control !== false)
        .map(([, type]) => type.name);
      assert.deepEqual(settable.sort(), [...controls].sort());
      for (const event of element.events ?? [])
        assert.ok(
          Object.values(argTypes).some((type) => type.name === event.name && type.table?.category === 'events'),
          `${tag}: event ${event.name} in the table`,
        );
      assert.ok(
        Object.values(argTypes).filter((type) => type.table?.category === 'css custom properties').length >= 20,
        `${tag}: CSS custom properties in the table`,
      );
      // No row shares its name with a control (Storybook filters controls by name).
      const names = Object.values(argTypes).map((type) => type.name);
      assert.deepEqual(
        names.filter((name, index) => names.indexOf(name) !== index),
        [],
      );
    });
  }

  it("the element stories' Playground uses these controls (publicControls in each meta)", () => {
    for (const tag of ELEMENTS) {
      const source = readFileSync(join(root, `stories/${tag}.stories.ts`), 'utf8');
      assert.match(source, new RegExp(`export const Playground[\\s\\S]*?include: publicControls\\('${tag}'\\)`), tag);
      assert.match(source, /tags: \['autodocs'\]/, `${tag}: autodocs`);
    }
  });
});

describe("Storybook: the theming guide's national looks", () => {
  for (const [key, theme] of Object.entries(THEMES)) {
    it(`${theme.name}: tokens only, text 4.5:1, non-text 3:1`, () => {
      const tokens: Record<string, string> = theme.tokens;
      assert.ok(
        Object.keys(tokens).every((token) => token.startsWith('--jawda-')),
        'only --jawda-* tokens',
      );
      const surface = tokens['--jawda-surface'] ?? '#ffffff';
      const text = tokens['--jawda-text'] ?? '#1b1f24';
      assert.ok(contrast(text, surface) >= 4.5, 'text');
      assert.ok(contrast(tokens['--jawda-accent']!, surface) >= 4.5, 'accent text and links');
      assert.ok(
        contrast(tokens['--jawda-on-accent'] ?? '#ffffff', tokens['--jawda-accent']!) >= 4.5,
        'text on the accent (white by default)',
      );
      for (const token of ['--jawda-star', '--jawda-border-strong', '--jawda-focus'])
        assert.ok(contrast(tokens[token]!, surface) >= 3, token);
      assert.ok(contrast(tokens['--jawda-accent']!, tokens['--jawda-surface-sunken']!) >= 4.5, 'accent on the subtle background (chips)');
      assert.match(themeCss(key as keyof typeof THEMES), new RegExp(`--jawda-accent: ${tokens['--jawda-accent']};`));
    });
  }
  it("contrast() is WCAG's ratio", () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrast('#ffffff', '#ffffff'), 1);
    assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
  });
});
