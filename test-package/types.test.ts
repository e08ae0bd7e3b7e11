// The generated framework types (scripts/adoption-kit.mjs -> dist/types/jsx/) type-check as a
// consumer imports them, with the root TypeScript, against stand-ins for the frameworks' own types
// (test-package/types/stubs/): React 19 JSX with real JSX syntax, Preact, Solid, Vue 3 and Svelte 5
// at the type level. Needs a build (`npm run build`, which `npm test` runs first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ELEMENTS, root } from './source.ts';

const FRAMEWORKS = ['react', 'preact', 'solid', 'vue', 'svelte'];

describe('generated framework types', () => {
  it('are built into dist/types/jsx and exported from package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const framework of FRAMEWORKS) {
      const entry = pkg.exports[`./jsx/${framework}`];
      assert.ok(entry?.types, `exports["./jsx/${framework}"].types`);
      assert.ok(existsSync(join(root, entry.types)), `${entry.types} exists (npm run build)`);
      const text = readFileSync(join(root, entry.types), 'utf8');
      for (const tag of ELEMENTS) assert.ok(text.includes(`'${tag}'`), `${framework}: <${tag}>`);
    }
    const react = readFileSync(join(root, 'dist/types/jsx/react.d.ts'), 'utf8');
    assert.match(react, /declare module 'react' \{\s*namespace JSX \{\s*interface IntrinsicElements/);
  });

  it('type-check a React 19, Preact, Solid, Vue and Svelte consumer (and refuse wrong enums, events and booleans)', () => {
    const run = spawnSync('npx', ['tsc', '-p', 'test-package/types/tsconfig.json'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
});
