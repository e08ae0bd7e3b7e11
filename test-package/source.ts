// What the sources promise as public API, read straight from the code (JSDoc tags and `@property`
// decorators), independently of the manifest's analyzer: the manifest test compares the two.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');

export interface ElementSource {
  tag: string;
  folder: string;
  file: string;
  className: string;
  events: string[];
  parts: string[];
  slots: string[];
  cssProps: string[];
  /** Custom properties read with `var(--jawda-*)` in the element's own folder. */
  cssVarsUsed: string[];
  attributes: string[];
}

export const ELEMENTS = ['service-rating', 'centre-scorecard', 'certification-badge', 'rating-results'] as const;

/** The JSDoc block right above `export class Name`. */
function classDoc(source: string): { className: string; doc: string } {
  const match = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:abstract )?class (\w+)/.exec(source);
  if (!match) throw new Error('no documented class');
  return { className: match[2], doc: match[1] };
}

const tagNames = (doc: string, tag: string) =>
  [...doc.matchAll(new RegExp(`@${tag}\\s+(?:\\[([^=\\]\\s]+)[^\\]]*\\]|(-\\s)|([^\\s]+))`, 'g'))].map((m) => m[1] ?? (m[2] ? '' : m[3]));

/** Attributes of `@property(...)` fields and accessors: `attribute: 'x'`, or the lowercased property name, never `attribute: false`. */
export function attributesIn(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/@property\(([^)]*)\)\s*(?:(?:override|readonly|declare|public)\s+)*(?:get\s+)?(\w+)/g)) {
    const [, options, property] = match;
    if (/attribute:\s*false/.test(options)) continue;
    names.push(/attribute:\s*'([^']+)'/.exec(options)?.[1] ?? property.toLowerCase());
  }
  return names;
}

export function cssPropsIn(source: string): string[] {
  return tagNames(source, 'cssprop');
}

export function cssVarsIn(source: string): string[] {
  return [...new Set([...source.matchAll(/var\((--jawda-[\w-]+)/g)].map((m) => m[1]))];
}

export const tokenSource = read('src/core/styles/tokens.ts');
export const baseSource = read('src/core/element.ts');

export function elementSource(tag: string): ElementSource {
  const folder = `src/${tag}`;
  const file = `${folder}/${tag}.ts`;
  const source = read(file);
  const { className, doc } = classDoc(source);
  const folderText = readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.stories.ts'))
    .map((name) => read(`${folder}/${name}`))
    .join('\n');
  return {
    tag,
    folder,
    file,
    className,
    events: tagNames(doc, 'fires'),
    parts: tagNames(doc, 'csspart'),
    slots: tagNames(doc, 'slot'),
    cssProps: tagNames(doc, 'cssprop'),
    cssVarsUsed: cssVarsIn(folderText),
    attributes: [...attributesIn(source), ...attributesIn(baseSource)],
  };
}

/** Event classes (`static readonly type = 'x'`) declared in an element's folder: type -> class name. */
export function eventClasses(folder: string): Map<string, string> {
  const classes = new Map<string, string>();
  for (const name of readdirSync(join(root, folder)).filter((file) => file.endsWith('.ts'))) {
    for (const match of read(`${folder}/${name}`).matchAll(
      /export class (\w+) extends JawdaEvent<[\s\S]*?static (?:override )?readonly type = '([^']+)'/g,
    )) {
      classes.set(match[2], match[1]);
    }
  }
  return classes;
}
