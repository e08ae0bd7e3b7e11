// The manifest (custom-elements.json) is what editors, Storybook and the generated framework types
// (scripts/adoption-kit.mjs) read, so it describes the package as shipped, not the sources:
//
// - `jawda-define-element-calls`: the elements are defined with `defineElement('tag', Class)`
//   (src/core/define.ts: two copies of Jawda on one page must not collide), which the analyzer does not
//   know; it is recorded as `customElements.define('tag', Class)` would be, so each class gets its `tagName`.
// - `jawda-vocabulary`: reads type aliases (`'a' | 'b'`, `(typeof LIST)[number]`, `z.infer<typeof
//   z.enum(LIST)>`) and literal constants, so that attribute and member types are written as their
//   string unions and defaults as literals (`600`, not `DEFAULT_COMMENT_LIMIT`).
// - `jawda-public-api`: the tidy-up. Events get their class (`{RatingSubmitEvent}` at the start of the
//   `@fires` text; `change`/`input` are plain `Event`s) and nameless duplicates of `dispatchEvent(new
//   X(...))` calls are dropped; members are the public API only (no private, protected, static or
//   lifecycle members; `@internal` ones the analyzer already leaves out); every element lists the
//   shared `--jawda-*` design tokens documented on the `tokens` css constant (src/core/styles/tokens.ts,
//   which the analyzer ignores) after its own CSS properties; and the modules are the shipped entry
//   points (`dist/service-rating.js`, ...), not `src/**.ts`.
//
// test-package/manifest.test.ts checks the result against the JSDoc and decorators in src/.
import { readFileSync } from 'node:fs';

/** The shipped module of each element, and the source file of its class. */
const ENTRIES = {
  'src/service-rating/service-rating.ts': 'dist/service-rating.js',
  'src/centre-scorecard/centre-scorecard.ts': 'dist/centre-scorecard.js',
  'src/certification-badge/certification-badge.ts': 'dist/certification-badge.js',
  'src/rating-results/rating-results.ts': 'dist/rating-results.js',
};

/** `src/core/element.ts` -> `dist/types/core/element.d.ts` (shipped), for references to classes that are not entries. */
const shippedTypes = (path) => path.replace(/^\/?src\//, 'dist/types/').replace(/\.(ts|js)$/, '.d.ts');

/** Lit/DOM plumbing that is public in JavaScript but not part of an element's API. */
const isPlumbing = (member) =>
  member.static ||
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.name.startsWith('#') ||
  /Callback$/.test(member.name);

/** `@cssprop [--name=default] - text` and `@cssprop --name - text` from a JSDoc block. */
export function cssPropsIn(source) {
  const props = [];
  for (const match of source.matchAll(/@cssprop\s+(?:\[(--[\w-]+)=([^\]]*)\]|(--[\w-]+))\s+-\s+(.*)/g)) {
    const [, bracketName, fallback, plainName, description] = match;
    props.push({ name: bracketName ?? plainName, ...(fallback ? { default: fallback } : {}), description: description.trim() });
  }
  return props;
}

/** Names of type aliases and constants, per module, as the analyzer walks the sources. */
const aliases = new Map(); // `${module}#${name}` -> { union } | { list } | { zodEnumOf }, with the declaring `module`
const lists = new Map(); // `${module}#${name}` -> string[] (`[...] as const`)
const zodEnums = new Map(); // `${module}#${name}` -> list name (`z.enum(LIST)`)
const literals = new Map(); // `${module}#${name}` -> literal text (`const X = 600`)

function lookup(map, module, name) {
  if (map.has(`${module}#${name}`)) return map.get(`${module}#${name}`);
  const found = [...map.entries()].filter(([key]) => key.endsWith(`#${name}`));
  return found.length === 1 ? found[0][1] : undefined;
}

function unionOf(name, module, depth = 0) {
  const alias = lookup(aliases, module, name);
  if (!alias || depth > 4) return undefined;
  if (alias.union) return alias.union;
  // The list is looked up beside the alias (an element's types.ts), not where the alias is used.
  const listName = alias.list ?? (alias.zodEnumOf ? lookup(zodEnums, alias.module, alias.zodEnumOf) : undefined);
  const list = listName && lookup(lists, alias.module, listName);
  return list ? list.map((value) => `'${value}'`) : undefined;
}

/** `RatingScale | undefined` -> `'stars' | 'faces' | 'thumbs' | undefined`. */
export function resolveTypeText(text, module) {
  return text.replace(/\b[A-Z][A-Za-z0-9]*\b/g, (name) => unionOf(name, module)?.join(' | ') ?? name);
}

function resolveDefault(value, module) {
  if (typeof value !== 'string' || !/^[A-Z_][A-Z0-9_]*$/.test(value)) return value;
  return lookup(literals, module, value) ?? value;
}

export default {
  // package.json already names custom-elements.json; the analyzer must not rewrite it (the manifest
  // test analyzes into a scratch folder).
  packagejson: false,
  plugins: [
    {
      name: 'jawda-define-element-calls',
      analyzePhase({ ts, node, moduleDoc, context }) {
        if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
        const [tag, element] = node.arguments;
        if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
        const imported = context?.imports?.find((entry) => entry.name === element.text);
        const where = !imported
          ? { module: moduleDoc.path }
          : imported.isBareModuleSpecifier
            ? { package: imported.importPath }
            : { module: new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname };
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, ...where } },
        ];
      },
    },
    {
      name: 'jawda-vocabulary',
      analyzePhase({ ts, node, moduleDoc }) {
        const key = (name) => `${moduleDoc.path}#${name}`;
        if (ts.isTypeAliasDeclaration(node)) {
          let type = node.type;
          while (ts.isParenthesizedTypeNode(type)) type = type.type;
          if (ts.isUnionTypeNode(type) && type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
            aliases.set(key(node.name.text), { union: type.types.map((t) => `'${t.literal.text}'`), module: moduleDoc.path });
          } else if (ts.isIndexedAccessTypeNode(type) && type.indexType.kind === ts.SyntaxKind.NumberKeyword) {
            let object = type.objectType;
            while (ts.isParenthesizedTypeNode(object)) object = object.type;
            if (ts.isTypeQueryNode(object) && ts.isIdentifier(object.exprName))
              aliases.set(key(node.name.text), { list: object.exprName.text, module: moduleDoc.path });
          } else if (ts.isTypeReferenceNode(type) && type.typeName.getText() === 'z.infer' && type.typeArguments?.length === 1) {
            const [argument] = type.typeArguments;
            if (ts.isTypeQueryNode(argument) && ts.isIdentifier(argument.exprName))
              aliases.set(key(node.name.text), { zodEnumOf: argument.exprName.text, module: moduleDoc.path });
          }
        }
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
          const name = node.name.text;
          let value = node.initializer;
          if (ts.isAsExpression(value)) value = value.expression;
          if (ts.isArrayLiteralExpression(value) && value.elements.every((e) => ts.isStringLiteral(e))) {
            lists.set(
              key(name),
              value.elements.map((e) => e.text),
            );
          } else if (
            ts.isCallExpression(value) &&
            value.expression.getText() === 'z.enum' &&
            value.arguments[0] &&
            ts.isIdentifier(value.arguments[0])
          ) {
            zodEnums.set(key(name), value.arguments[0].text);
          } else if (
            ts.isNumericLiteral(value) ||
            ts.isStringLiteral(value) ||
            value.kind === ts.SyntaxKind.TrueKeyword ||
            value.kind === ts.SyntaxKind.FalseKeyword
          ) {
            literals.set(key(name), ts.isStringLiteral(value) ? `'${value.text}'` : value.getText());
          }
        }
      },
    },
    {
      name: 'jawda-public-api',
      packageLinkPhase({ customElementsManifest }) {
        const tokens = cssPropsIn(readFileSync(new URL('./src/core/styles/tokens.ts', import.meta.url), 'utf8'));
        const modules = [];
        const definitions = [];
        for (const module of customElementsManifest.modules) {
          const shipped = ENTRIES[module.path];
          if (!shipped) continue;
          const declarations = (module.declarations ?? []).filter((declaration) => declaration.customElement);
          for (const element of declarations) {
            const typeOf = (item, where) => item.type && { ...item, type: { text: resolveTypeText(item.type.text, where) } };
            element.events = (element.events ?? [])
              .filter((event) => event.name)
              .map((event) => {
                const named = /^\{(\w+)\}\s*/.exec(event.description ?? '');
                const type = named ? named[1] : (event.type?.text ?? 'Event');
                return {
                  ...event,
                  type: { text: type },
                  description: named ? event.description.slice(named[0].length) : event.description,
                };
              });
            element.members = (element.members ?? [])
              .filter((member) => !isPlumbing(member))
              .map((member) => {
                const where = member.inheritedFrom?.module ?? module.path;
                const resolved = { ...member, ...(member.type ? { type: { text: resolveTypeText(member.type.text, where) } } : {}) };
                if ('default' in member) resolved.default = resolveDefault(member.default, where);
                if (member.return?.type)
                  resolved.return = { ...member.return, type: { text: resolveTypeText(member.return.type.text, where) } };
                if (member.inheritedFrom)
                  resolved.inheritedFrom = { ...member.inheritedFrom, module: shippedTypes(member.inheritedFrom.module) };
                return resolved;
              });
            element.attributes = (element.attributes ?? []).map((attribute) => {
              const where = attribute.inheritedFrom?.module ?? module.path;
              if (attribute.name === 'lang' && !attribute.type) {
                return {
                  name: 'lang',
                  type: { text: "'ar' | 'en' | string" },
                  description:
                    "Locale of the element (`ar`, `en`); without it the closest ancestor's `lang`, then `configure({ locale })`, then English.",
                };
              }
              const resolved = typeOf(attribute, where) ?? { ...attribute };
              if ('default' in attribute) resolved.default = resolveDefault(attribute.default, where);
              if (attribute.inheritedFrom)
                resolved.inheritedFrom = { ...attribute.inheritedFrom, module: shippedTypes(attribute.inheritedFrom.module) };
              return resolved;
            });
            const own = new Set((element.cssProperties ?? []).map((prop) => prop.name));
            element.cssProperties = [
              ...(element.cssProperties ?? []).map((prop) => ({
                ...prop,
                ...(tokens.find((token) => token.name === prop.name)?.default
                  ? { default: tokens.find((token) => token.name === prop.name).default }
                  : {}),
              })),
              ...tokens.filter((token) => !own.has(token.name)),
            ];
            if (element.superclass?.module)
              element.superclass = { name: element.superclass.name, module: shippedTypes(element.superclass.module) };
            if (element.mixins)
              element.mixins = element.mixins.map((mixin) => (mixin.module ? { ...mixin, module: shippedTypes(mixin.module) } : mixin));
            definitions.push({ tag: element.tagName, name: element.name, module: shipped });
          }
          modules.push({
            kind: 'javascript-module',
            path: shipped,
            declarations,
            exports: declarations.flatMap((element) => [
              { kind: 'js', name: element.name, declaration: { name: element.name, module: shipped } },
              { kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: shipped } },
            ]),
          });
        }
        modules.push({
          kind: 'javascript-module',
          path: 'dist/index.js',
          declarations: [],
          exports: definitions.flatMap(({ tag, name, module }) => [
            { kind: 'js', name, declaration: { name, module } },
            { kind: 'custom-element-definition', name: tag, declaration: { name, module } },
          ]),
        });
        customElementsManifest.modules = modules;
      },
    },
  ],
};
