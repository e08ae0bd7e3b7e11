// `npm run localize:build`: `lit-localize build` (src/generated/locale-codes.ts and the whole
// catalogue src/generated/locales/ar.ts, from xliff/ar.xlf), then the catalogue split into the
// parts a page loads: src/generated/locales/ar-<part>.ts, one per element, one for the ranking
// (loaded with the ranking only) and `core`, the words more than one element shows. Translators
// keep one file, xliff/ar.xlf; an Arabic page loads the words of the elements it has.
//
// Which part a message belongs to follows the code: each part has a root module (an element's class,
// the ranking's lazy module), and a message belongs to the parts whose root can load (statically or
// by `import()`) a module that calls `msg()` with it. One part: that part; several: core. A part
// loaded only within another (the ranking, within the scorecard) yields to it: a ranking page loads
// the scorecard's words too. A module no root loads (the form without script, server rendering) has
// its words in its folder's element, or core.
//
// Prints lit-localize's own warnings (a message without an Arabic target: scripts/check-catalogue.mjs).
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';

/** The parts besides core, each with the module whose loads decide its words. */
export const PARTS = [
  { name: 'service-rating', root: 'src/service-rating/service-rating.ts' },
  { name: 'centre-scorecard', root: 'src/centre-scorecard/centre-scorecard.ts' },
  { name: 'ranking', root: 'src/centre-scorecard/ranking.ts', within: 'centre-scorecard' },
  { name: 'certification-badge', root: 'src/certification-badge/certification-badge.ts' },
  { name: 'signed-records', root: 'src/certification-badge/signed/seals.ts', within: 'certification-badge' },
  { name: 'rating-results', root: 'src/rating-results/rating-results.ts' },
];

const root = process.cwd();
const local = (file) => relative(root, file).split('\\').join('/');

/** The modules `file` loads when it runs: static imports and re-exports, and `import()`; never a type-only import. */
function runtimeImports(file) {
  const targets = [];
  const add = (specifier) => {
    if (!ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return;
    targets.push(local(resolve(dirname(file.fileName), specifier.text.replace(/\.js$/, '.ts'))));
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typesOnly =
        clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typesOnly) add(node.moduleSpecifier);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      add(node.moduleSpecifier);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      add(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return targets;
}

/** Every module `start` can load, not passing through another part's root. */
function reach(start, imports, roots) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const next of imports.get(queue.shift()) ?? []) {
      if (seen.has(next) || roots.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/**
 * The part of each message id: { id -> part name }. `program` is lit-localize's (src/**), so the ids
 * are the ones `lit-localize extract` writes into the xliff.
 */
export function partition(program, parts = PARTS) {
  const sources = program.getSourceFiles().filter((file) => local(file.fileName).startsWith('src/') && !file.isDeclarationFile);
  const imports = new Map(sources.map((file) => [local(file.fileName), runtimeImports(file)]));
  const roots = new Set(parts.map((part) => part.root));
  const loadedBy = new Map(parts.map((part) => [part.name, reach(part.root, imports, roots)]));
  const outer = new Map(parts.map((part) => [part.name, part.within]));
  const folder = (file) =>
    parts.find((part) => part.root.startsWith(file.split('/').slice(0, 2).join('/') + '/') && !part.within)?.name ?? 'core';
  const ownersOf = (file) => {
    const owners = new Set(parts.filter((part) => loadedBy.get(part.name).has(file)).map((part) => part.name));
    return owners.size ? owners : new Set([folder(file)]);
  };
  const owners = new Map();
  for (const file of sources) {
    // One source file at a time, so a message written in several files is seen in each.
    const { messages } = extractMessagesFromProgram({ ...program, getSourceFiles: () => [file] });
    for (const message of messages) {
      const set = owners.get(message.name) ?? owners.set(message.name, new Set()).get(message.name);
      for (const owner of ownersOf(local(file.fileName))) set.add(owner);
    }
  }
  const partOf = new Map();
  for (const [id, set] of owners) {
    for (const name of [...set]) if (set.has(outer.get(name))) set.delete(name);
    partOf.set(id, set.size === 1 ? [...set][0] : 'core');
  }
  return partOf;
}

/** The entries of a lit-localize locale module (`export const templates = { 'id': ..., }`), by id, as source text. */
function entriesOf(path) {
  const file = ts.createSourceFile(path, ts.sys.readFile(path), ts.ScriptTarget.Latest, true);
  const entries = new Map();
  const visit = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText(file) === 'templates' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const property of node.initializer.properties) entries.set(property.name.text, property.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return entries;
}

/** lit-localize's id of a message without its own: 's' (or 'h' for html) and 16 hex digits of the English text's hash. */
const HASHED = /^[sh][0-9a-f]{16}$/;

/**
 * How many characters of a hashed id the catalogue keeps (src/core/i18n/ar.ts cuts the hash it
 * computes the same): the fewest, from 7 (24 bits), that still tell every message of the code apart.
 */
export function keyLengthOf(ids) {
  const named = new Set(ids.filter((id) => !HASHED.test(id)));
  const hashed = ids.filter((id) => HASHED.test(id));
  for (let length = 7; length < 17; length++) {
    const keys = new Set(hashed.map((id) => id.slice(0, length)));
    if (keys.size === hashed.length && ![...keys].some((key) => named.has(key))) return length;
  }
  return 17;
}

function partModule(locale, part, entries, keyLength) {
  const body = entries.join(',\n');
  const imports = [
    /\bhtml`/.test(body) ? "import { html } from 'lit';" : '',
    // lit-localize's `str` tag written into the part, which then imports nothing: no import circle back
    // into core/i18n, and no chunk the bundler would split off to share one tag.
    /\bstr`/.test(body)
      ? "import type { StrResult } from '@lit/localize/internal/str-tag.js';\n\n" +
        'const str = (strings: TemplateStringsArray, ...values: number[]): StrResult => ({ strTag: true, strings, values });'
      : '',
  ].filter(Boolean);
  return [
    `// Generated by scripts/localize-build.mjs from xliff/${locale}.xlf: the ${locale} words of ${part === 'core' ? 'more than one element' : part}. Do not edit.`,
    ...imports,
    '',
    ...(part === 'core'
      ? [`/** How many characters of a hashed message id the keys below keep. */\nexport const keyLength = ${keyLength};\n`]
      : []),
    `export const templates = {\n${body}${body ? ',' : ''}\n};`,
    '',
  ].join('\n');
}

async function main() {
  const config = readConfigFileAndWriteSchema('lit-localize.json');
  const localizer = new RuntimeLitLocalizer(config);
  // As `lit-localize build` does (lib/cli.js).
  console.log('Building');
  const { errors } = localizer.validateTranslations();
  if (errors.length) {
    console.error(`One or more localized templates do not match the placeholders of the source, aborting:\n\n${errors.join('\n')}`);
    process.exit(1);
  }
  await localizer.build();

  const partOf = partition(localizer.program);
  const keyLength = keyLengthOf([...partOf.keys()]);
  const keyOf = (id) => (HASHED.test(id) ? id.slice(0, keyLength) : id);
  const outputDir = config.resolve(config.output.outputDir);
  const counts = {};
  for (const locale of config.targetLocales) {
    const entries = entriesOf(`${outputDir}/${locale}.ts`);
    const written = new Set();
    for (const part of ['core', ...PARTS.map((p) => p.name)]) {
      const mine = [...entries]
        .filter(([id]) => (partOf.get(id) ?? 'core') === part)
        .map(([id, text]) => `'${keyOf(id)}'${text.slice(text.indexOf(':'))}`);
      counts[part] = mine.length;
      const name = `${locale}-${part}.ts`;
      writeFileSync(`${outputDir}/${name}`, partModule(locale, part, mine, keyLength));
      written.add(name);
    }
    // A part that no longer exists must not linger for a stale import to find.
    for (const name of readdirSync(outputDir)) if (name.startsWith(`${locale}-`) && !written.has(name)) rmSync(`${outputDir}/${name}`);
  }
  console.log(
    `Catalogue parts (messages): ${Object.entries(counts)
      .map(([part, n]) => `${part} ${n}`)
      .join(', ')}; hashed ids cut to ${keyLength} characters`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
