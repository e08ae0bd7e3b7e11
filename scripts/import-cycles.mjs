// `node scripts/import-cycles.mjs [dir]`: every import circle among the modules under `src/` (or dir).
// Prints each circle (a strongly connected group of files: one loop through it, then every import that
// ties it) and exits 1 when there is one, 0 when imports run one way.
//
// Every kind of import is an edge, because each one is a dependency a reader has to follow:
//   value    import ... from / export ... from / import './x.js' (evaluation order depends on it)
//   type     import type ..., or an import whose names are all `type` (erased from the build, but a type
//            living in an implementation module ties the two modules together all the same)
//   dynamic  import('./x.js') or `typeof import('./x.js')` (a lazy chunk that imports back its loader)
// Only relative specifiers count (`./x.js` is `./x.ts` on disk); packages are not part of `src/`.
// It parses with the installed TypeScript (no type checking, no program), so comments and strings
// never read as imports (JSDoc is not parsed), and it takes about a second.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(process.argv[2] ?? 'src');

/** Every .ts module under dir (declaration files and stories are not modules of the library). */
function modules(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return /\.ts$/.test(name) && !/\.(d|stories)\.ts$/.test(name) ? [path] : [];
  });
}

/** The file a relative specifier names: `./x.js` is written for `./x.ts`; a folder means its index. */
function target(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((path) => path.endsWith('.ts') && existsSync(path));
}

/** True when an import declaration brings in types only (`import type`, or every name marked `type`). */
function typeOnly(node) {
  const clause = node.importClause ?? node;
  if (clause.isTypeOnly) return true;
  if (ts.isImportDeclaration(node)) {
    const bindings = clause.namedBindings;
    return !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0
      ? bindings.elements.every((element) => element.isTypeOnly)
      : false;
  }
  const exports = node.exportClause;
  return exports && ts.isNamedExports(exports) && exports.elements.length > 0
    ? exports.elements.every((element) => element.isTypeOnly)
    : false;
}

/** The imports of one file: [{ to, kind, line }]. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(
    file,
    text,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    false,
    ts.ScriptKind.TS,
  );
  const found = [];
  const add = (literal, kind) => {
    const to = target(file, literal.text);
    if (to) found.push({ to, kind, line: source.getLineAndCharacterOfPosition(literal.getStart(source)).line + 1 });
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      add(node.moduleSpecifier, typeOnly(node) ? 'type' : 'value');
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      add(node.arguments[0], 'dynamic');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, 'dynamic');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = modules(root);
const edges = new Map(files.map((file) => [file, importsOf(file)]));

// Tarjan's strongly connected components: a group of two or more files (or a file importing itself)
// in which every file reaches every other is a circle.
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const groups = [];
let counter = 0;
function connect(file) {
  index.set(file, counter);
  low.set(file, counter++);
  stack.push(file);
  onStack.add(file);
  for (const { to } of edges.get(file) ?? []) {
    if (!index.has(to)) {
      connect(to);
      low.set(file, Math.min(low.get(file), low.get(to)));
    } else if (onStack.has(to)) low.set(file, Math.min(low.get(file), index.get(to)));
  }
  if (low.get(file) !== index.get(file)) return;
  const group = [];
  let member;
  do {
    member = stack.pop();
    onStack.delete(member);
    group.push(member);
  } while (member !== file);
  const selfImport = (edges.get(file) ?? []).some(({ to }) => to === file);
  if (group.length > 1 || selfImport) groups.push(group.sort());
}
for (const file of files) if (!index.has(file)) connect(file);

/** The shortest way from `start` back to itself inside `members` (breadth first): one loop to read. */
function loop(start, members) {
  const cameFrom = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    for (const { to } of edges.get(file)) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [];
        for (let at = file; at !== undefined; at = cameFrom.get(at)) path.unshift(at);
        return [...path, start];
      }
      if (cameFrom.has(to)) continue;
      cameFrom.set(to, file);
      queue.push(to);
    }
  }
  return [start];
}

const name = (file) => relative(process.cwd(), file);
for (const [n, group] of groups.entries()) {
  const members = new Set(group);
  console.log(`circle ${n + 1} (${group.length} files), e.g. ${loop(group[0], members).map(name).join(' -> ')}; its imports:`);
  for (const file of group) {
    for (const { to, kind, line } of edges.get(file).filter(({ to }) => members.has(to))) {
      console.log(`  ${name(file)}:${line} -> ${name(to)}  (${kind})`);
    }
  }
}
if (groups.length) {
  console.error(`${groups.length} import circle(s) in ${name(root)}: imports must run one way`);
  process.exit(1);
}
console.log(`no import circle in ${name(root)} (${files.length} modules)`);
