/**
 * Reading server-rendered HTML the way a reader (or a crawler) gets it, without a browser: parse it
 * (parse5, the parser @lit-labs/ssr itself uses), find the element and its declarative shadow root,
 * and take the text a person sees or hears (styles and the inline JSON are not text).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export const ROOT = resolve(import.meta.dirname, '..');

/** The tests read dist/ssr.js, the file the package ships: build it when it is not there. */
export function ensureBuilt(): void {
  if (existsSync(resolve(ROOT, 'dist/ssr.js'))) return;
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const isElement = (node: Node): node is Element => 'tagName' in node;

function children(node: Node): Node[] {
  if (isElement(node) && node.tagName === 'template') return (node as DefaultTreeAdapterMap['template']).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every element under `node`, template contents included, in document order. */
export function elements(node: Node): Element[] {
  const found: Element[] = [];
  const walk = (at: Node) => {
    for (const child of children(at)) {
      if (isElement(child)) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

export const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** The text under `node`: no <style>, no <script>, whitespace collapsed. */
export function textOf(node: Node): string {
  let text = '';
  const walk = (at: Node) => {
    if (isElement(at) && (at.tagName === 'style' || at.tagName === 'script')) return;
    if (at.nodeName === '#text') text += (at as DefaultTreeAdapterMap['textNode']).value;
    else if (isElement(at) && at.tagName === 'br') text += ' ';
    for (const child of children(at)) walk(child);
  };
  walk(node);
  return text.replace(/\s+/g, ' ').trim();
}

export interface Rendered {
  host: Element;
  /** The declarative shadow root's template. */
  shadow: Element;
  /** What a reader sees and hears inside it. */
  text: string;
  /** The elements inside the shadow root. */
  inside: Element[];
  /** The inline JSON the element carries into the page, parsed. */
  data: unknown;
}

/** The one element `tag` in `html`, with its shadow root; throws when either is missing. */
export function rendered(html: string, tag: string): Rendered {
  const fragment = parseFragment(html);
  const host = elements(fragment).find((element) => element.tagName === tag);
  if (!host) throw new Error(`no <${tag}> in the output`);
  const shadow = host.childNodes.find(
    (node): node is Element => isElement(node) && node.tagName === 'template' && attribute(node, 'shadowrootmode') === 'open',
  );
  if (!shadow) throw new Error(`<${tag}> has no declarative shadow root`);
  const script = host.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'script');
  const json = (script?.childNodes[0] as DefaultTreeAdapterMap['textNode'] | undefined)?.value;
  return { host, shadow, text: textOf(shadow), inside: elements(shadow), data: json === undefined ? undefined : JSON.parse(json) };
}

/** Arabic-Indic digits only: no Latin digit in the text (identifiers such as ISO 9001 aside, by the caller). */
export const latinDigits = (text: string) => text.match(/[0-9]+/g) ?? [];
