// VS Code custom data and JetBrains web-types, generated from the manifest (scripts/adoption-kit.mjs):
// every element, attribute (enumerations as value lists), event, slot, CSS property and part is in
// them, and package.json points the tools at them. Needs a build (`npm test` runs it first).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ELEMENTS, root } from './source.ts';

const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
interface Named {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Element {
  tagName: string;
  attributes: Named[];
  events: Named[];
  slots?: Named[];
  cssProperties: Named[];
  cssParts: Named[];
}
const manifest = () =>
  (json('custom-elements.json').modules as { declarations?: Element[] }[])
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.tagName);

describe('editor data', () => {
  it('VS Code html-custom-data.json: every element and attribute, enumerations as values', () => {
    const data = json('dist/html-custom-data.json');
    assert.equal(data.version, 1.1);
    for (const element of manifest()) {
      const tag = data.tags.find((entry: Named) => entry.name === element.tagName);
      assert.ok(tag, element.tagName);
      assert.ok(tag.description.length > 20, `${element.tagName} is described`);
      for (const attribute of element.attributes) {
        const entry = tag.attributes.find((a: Named) => a.name === attribute.name);
        assert.ok(entry, `${element.tagName} ${attribute.name}`);
        const values = [...(attribute.type?.text ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
        if (values.length && !/\bstring\b/.test(attribute.type!.text))
          assert.deepEqual(
            entry.values.map((v: Named) => v.name),
            values,
            `${attribute.name} values`,
          );
      }
      for (const event of element.events)
        assert.ok(tag.description.includes(`\`${event.name}\``), `${element.tagName} mentions ${event.name}`);
    }
    const scale = data.tags.find((t: Named) => t.name === 'service-rating').attributes.find((a: Named) => a.name === 'scale');
    assert.deepEqual(
      scale.values.map((v: Named) => v.name),
      ['stars', 'faces', 'thumbs'],
    );
  });

  it('VS Code css-custom-data.json: every --jawda-* property and ::part()', () => {
    const data = json('dist/css-custom-data.json');
    const properties = data.properties.map((p: Named) => p.name);
    const parts = data.pseudoElements.map((p: Named) => p.name);
    for (const element of manifest()) {
      for (const prop of element.cssProperties) assert.ok(properties.includes(prop.name), prop.name);
      for (const part of element.cssParts) assert.ok(parts.includes(`::part(${part.name})`), part.name);
    }
    assert.ok(properties.includes('--jawda-surface-sunken'));
  });

  it('JetBrains web-types.json: elements with attributes, events, slots, properties, CSS properties and parts', () => {
    const data = json('dist/web-types.json');
    const pkg = json('package.json');
    assert.equal(data.name, pkg.name);
    assert.equal(data.version, pkg.version);
    for (const element of manifest()) {
      const entry = data.contributions.html.elements.find((e: Named) => e.name === element.tagName);
      assert.ok(entry, element.tagName);
      assert.deepEqual(
        entry.attributes.map((a: Named) => a.name),
        element.attributes.map((a) => a.name),
      );
      assert.deepEqual(
        entry.events.map((e: Named) => e.name),
        element.events.map((e) => e.name),
      );
      assert.deepEqual(
        entry.events.map((e: { value: { type: string } }) => e.value.type),
        element.events.map((e) => e.type!.text),
      );
      assert.deepEqual(
        entry.slots.map((s: Named) => s.name),
        (element.slots ?? []).map((s) => s.name),
      );
      assert.deepEqual(
        entry.css.properties.map((p: Named) => p.name),
        element.cssProperties.map((p) => p.name),
      );
      assert.deepEqual(
        entry.css.parts.map((p: Named) => p.name),
        element.cssParts.map((p) => p.name),
      );
    }
    assert.equal(data.contributions.html.elements.length, ELEMENTS.length);
  });

  it('package.json points the tools at them', () => {
    const pkg = json('package.json');
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.equal(pkg['web-types'], './dist/web-types.json');
    for (const path of [pkg.customElements, pkg['web-types'], 'dist/html-custom-data.json', 'dist/css-custom-data.json'])
      assert.ok(existsSync(join(root, path)), path);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.match(readme, /"html\.customData":\s*\[\s*"\.\/node_modules\/jawda\/dist\/html-custom-data\.json"\s*\]/);
    assert.match(readme, /"css\.customData":\s*\[\s*"\.\/node_modules\/jawda\/dist\/css-custom-data\.json"\s*\]/);
  });
});
