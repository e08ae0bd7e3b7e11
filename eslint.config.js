// @ts-check
// ESLint for the project's own code (`npm run lint`, and a check in `npm test`'s build step).
// typescript-eslint's recommended rules without type information (fast: no program is built), the Lit
// and custom-element rules where elements are written, and no import circle in src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/**
 * typescript-eslint's parser, reporting every import and re-export as a value import, for src/ only.
 * import-x/no-cycle skips `import type` (a type circle vanishes at run time), but one still ties
 * modules together: a type living in an implementation module is the circle issue 23 removes.
 * No other rule configured here is misled by it (no-unused-vars, the one that reads `importKind`, still
 * counts an `import type`d value used in a `typeof`).
 */
const parserCountingTypeImports = {
  meta: { name: 'typescript-eslint-parser-counting-type-imports' },
  /** @type {typeof tseslint.parser.parseForESLint} */
  parseForESLint(code, options) {
    const result = tseslint.parser.parseForESLint(code, options);
    for (const node of result.ast.body) {
      if (node.type === 'ImportDeclaration') {
        node.importKind = 'value';
        for (const specifier of node.specifiers) if (specifier.type === 'ImportSpecifier') specifier.importKind = 'value';
      } else if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') {
        if (node.source) {
          node.exportKind = 'value';
          if (node.type === 'ExportNamedDeclaration') for (const specifier of node.specifiers) specifier.exportKind = 'value';
        }
      }
    }
    return result;
  },
};

export default tseslint.config(
  {
    ignores: [
      'src/generated/',
      'dist/',
      'storybook-static/',
      'custom-elements.json',
      '.tmp/',
      '.size/',
      '.wtr-results/',
      'shots/',
      'demo/.data/',
      '.jawda-data/',
      // The framework apps' installs and builds (their sources are linted).
      'demo/frameworks/**/node_modules/',
      'demo/frameworks/*/dist/',
      'demo/frameworks/.pack/',
      'demo/frameworks/angular/.angular/',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `const { id: _, ...rest } = row` drops a field on purpose; an argument named `_x` is one an
      // override must accept and does not read.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Prettier wraps code at 140; what it cannot wrap stays under 180, except what cannot be broken
      // without changing it: a template's text (Lit templates, generated code, SQL), a URL, a regex.
      'max-len': ['error', { code: 180, tabWidth: 2, ignoreUrls: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
    },
  },

  // Where the code runs: the page (elements, tests in Chromium, stories, the demo pages) or Node
  // (scripts, benchmarks, the reference server). Scripts and benchmarks also hand functions to a
  // page through puppeteer's `page.evaluate`, so they see both.
  { files: ['src/**', 'test/**', 'stories/**', 'demo/*.js', 'demo/frameworks/*/src/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['scripts/**', 'bench/**', 'demo/server/**', 'demo/frameworks/test/**', 'demo/frameworks/*/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // Elements: Lit's template rules and the custom-element rules.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },

  // jawda/ssr writes the element's tag and its server properties with `lit/static-html.js`
  // (`<${unsafeStatic(tag)} ${unsafeStatic('.prop')}=...>`), which is how Lit binds a tag name;
  // the lit plugin reads every `html` as the plain one and calls these bindings misplaced.
  {
    files: ['src/ssr/**/*.ts'],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
  },

  // Chai's property assertions (`expect(node).to.exist`) are expressions by design.
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },

  // No import circle in src/, type imports included; `./x.js` resolves to `./x.ts` as in tsconfig.
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: parserCountingTypeImports },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
