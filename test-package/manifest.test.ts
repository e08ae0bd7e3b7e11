// custom-elements.json is the API as editors, Storybook and the generated framework types see it:
// every event, part, slot, attribute and CSS property written in the code must be in it, typed,
// with literal defaults, public members only, and paths that the package ships.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ELEMENTS, cssPropsIn, cssVarsIn, elementSource, eventClasses, root, tokenSource } from './source.ts';

interface Named {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
}
interface Declaration {
  tagName?: string;
  name: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: { module?: string } }[] }[];
}

let manifest: Manifest;
let outdir: string;

before(() => {
  // Analyze the sources as they are now (not a stale custom-elements.json from an earlier build).
  // (--outdir is taken relative to the working directory; .wtr-results/ is ignored by git.)
  mkdirSync(join(root, '.wtr-results'), { recursive: true });
  outdir = mkdtempSync(join(root, '.wtr-results', 'cem-'));
  const run = spawnSync('npm', ['run', 'manifest', '--silent', '--', '--outdir', relative(root, outdir)], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
});
after(() => rmSync(outdir, { recursive: true, force: true }));

const declaration = (tag: string) => {
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  assert.ok(found, `<${tag}> is in the manifest`);
  return found;
};
const names = (items: Named[] | undefined) => (items ?? []).map((item) => item.name);
const missing = (expected: string[], actual: string[]) => expected.filter((name) => !actual.includes(name));

describe('custom-elements.json', () => {
  it('names only shipped modules (dist/), never src/**.ts', () => {
    const paths = JSON.stringify(manifest).match(/"(?:path|module)":\s*"[^"]*"/g) ?? [];
    assert.ok(paths.length > 0);
    for (const path of paths) assert.match(path, /"(dist\/[^"]+\.(js|d\.ts))"$/, path);
    for (const tag of ELEMENTS)
      assert.ok(
        manifest.modules.some((module) => module.path === `dist/${tag}.js`),
        `dist/${tag}.js`,
      );
    const definitions = manifest.modules
      .find((module) => module.path === 'dist/index.js')
      ?.exports?.filter((e) => e.kind === 'custom-element-definition')
      .map((e) => e.name);
    assert.deepEqual(definitions?.sort(), [...ELEMENTS].sort());
  });

  for (const tag of ELEMENTS) {
    describe(`<${tag}>`, () => {
      const source = elementSource(tag);

      it('has every @fires event, each typed with its event class', () => {
        const element = declaration(tag);
        assert.deepEqual(missing(source.events, names(element.events)), []);
        const classes = eventClasses(source.folder);
        for (const event of element.events ?? []) {
          assert.ok(event.type?.text, `${event.name} has a type`);
          assert.equal(event.type.text, classes.get(event.name) ?? 'Event', `${event.name} is typed with its class`);
          assert.doesNotMatch(event.description ?? '', /^\{/, `${event.name}: the class is not left in the text`);
        }
      });

      it('has every @csspart and @slot', () => {
        const element = declaration(tag);
        assert.deepEqual(missing(source.parts, names(element.cssParts)), []);
        assert.deepEqual(missing(source.slots, names(element.slots)), []);
      });

      it("has every attribute of a @property decorator (its own and the base class's), typed, with literal defaults", () => {
        const element = declaration(tag);
        assert.deepEqual(missing(source.attributes, names(element.attributes)), []);
        for (const attribute of element.attributes ?? []) {
          assert.ok(attribute.type?.text, `${attribute.name} has a type`);
          if (attribute.default !== undefined)
            assert.doesNotMatch(attribute.default, /^[A-Z_][A-Z0-9_]*$/, `${attribute.name}: default is a literal`);
          // Enumerations are written as their values, not as a type alias' name.
          assert.doesNotMatch(attribute.type.text, /\b(?!ReasonOptions\b)[A-Z]\w*\b/, `${attribute.name}: ${attribute.type.text}`);
        }
      });

      it('has every CSS property: its own @cssprop, the var(--jawda-*) its folder reads, and every shared token', () => {
        const element = declaration(tag);
        const props = names(element.cssProperties);
        assert.deepEqual(missing(source.cssProps, props), []);
        assert.deepEqual(missing(source.cssVarsUsed, props), []);
        assert.deepEqual(missing(cssPropsIn(tokenSource), props), []);
        assert.equal(new Set(props).size, props.length, 'no duplicates');
      });

      it('lists public members only', () => {
        const element = declaration(tag);
        for (const member of element.members ?? []) {
          assert.ok(!member.privacy || member.privacy === 'public', `${member.name} is ${member.privacy}`);
          assert.ok(!member.static, `${member.name} is static`);
          assert.doesNotMatch(member.name, /^[#_]|Callback$/, member.name);
          if (member.default !== undefined)
            assert.doesNotMatch(member.default, /^[A-Z_][A-Z0-9_]*$/, `${member.name}: default is a literal`);
        }
      });
    });
  }

  it('types the enumerations as their values', () => {
    const attribute = (tag: string, name: string) => declaration(tag).attributes?.find((a) => a.name === name);
    assert.equal(attribute('service-rating', 'scale')?.type?.text, "'stars' | 'faces' | 'thumbs'");
    assert.equal(attribute('service-rating', 'delivery')?.type?.text, "'inline' | 'floating' | 'dialog'");
    assert.equal(attribute('centre-scorecard', 'variant')?.type?.text, "'card' | 'compact' | 'full' | 'ranking'");
    assert.equal(attribute('certification-badge', 'variant')?.type?.text, "'pill' | 'card' | 'list'");
    assert.equal(attribute('certification-badge', 'numerals')?.type?.text, "'latn' | 'arab' | undefined");
    assert.equal(attribute('service-rating', 'max-length')?.default, '600');
  });

  it('documents every token the shared styles read', () => {
    assert.deepEqual(missing(cssVarsIn(tokenSource), cssPropsIn(tokenSource)), []);
  });

  it('has an inline-JSON slot on the elements that read inline JSON', () => {
    for (const tag of ['centre-scorecard', 'certification-badge']) {
      assert.ok(
        declaration(tag).slots?.some((slot) => slot.name === '' && /application\/json/.test(slot.description ?? '')),
        tag,
      );
    }
  });
});
