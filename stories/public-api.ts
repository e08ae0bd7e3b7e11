/**
 * The public API of each element, read from custom-elements.json (the manifest the package ships),
 * as Storybook's argTypes: one row per writable public property (with its attribute named, and a
 * control from its type), the attributes without a property (`lang`), then read-only properties,
 * methods, events, slots, CSS custom properties and parts (documented, no control). Nothing else:
 * no private, protected or static member, whatever the manifest lists.
 *
 * `.storybook/preview.ts` uses `publicArgTypes` for every docs page; each element's Playground story
 * renders with `applyArgs`, so that every control does something.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

interface Typed {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: Typed[];
  return?: { type?: { text?: string } };
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Typed[];
  slots?: Typed[];
  cssProperties?: Typed[];
  cssParts?: Typed[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((module) => module.declarations ?? []);

export function declaration(tag: string): Declaration | undefined {
  return declarations.find((candidate) => candidate.tagName === tag);
}

const isPublic = (member: Member) =>
  !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_') && !member.name.startsWith('#');

/** Writable public fields: what a control can set. */
function writable(tag: string): Member[] {
  return (declaration(tag)?.members ?? []).filter((member) => member.kind === 'field' && isPublic(member) && !member.readonly);
}

/** Attributes with no writable property behind them (set as attributes). */
function attributeOnly(tag: string): Attribute[] {
  const fields = new Set(writable(tag).map((member) => member.name));
  return (declaration(tag)?.attributes ?? []).filter((attribute) => !attribute.fieldName || !fields.has(attribute.fieldName));
}

/**
 * A control for a TypeScript type as the manifest writes it. (In object form: Storybook normalises
 * the shorthand `control: 'text'` in a story's argTypes, not in extracted ones.)
 */
function control(typeText = 'string'): Pick<ArgTypes[string], 'control' | 'options'> {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined');
  const literals = parts.filter((part) => /^'[^']*'$/.test(part)).map((part) => part.slice(1, -1));
  const of = (type: string) => ({ type, disable: false }) as ArgTypes[string]['control'];
  if (literals.length) return { control: of(literals.length > 3 ? 'select' : 'inline-radio'), options: literals };
  if (parts.length === 1 && parts[0] === 'boolean') return { control: of('boolean') };
  if (parts.length === 1 && parts[0] === 'number') return { control: of('number') };
  if (parts.length === 1 && parts[0] === 'string') return { control: of('text') };
  return { control: of('object') };
}

const row = (item: Typed, category: string, extra: string[] = []) => ({
  name: item.name,
  description: [item.description ?? '', ...extra].filter(Boolean).join('\n\n'),
  table: {
    category,
    type: { summary: item.type?.text ?? '' },
    ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
  },
});

/** Storybook argTypes for `tag`'s public API, from the manifest. */
export function publicArgTypes(tag: string): ArgTypes {
  const element = declaration(tag);
  if (!element) return {};
  const types: ArgTypes = {};
  for (const member of writable(tag)) {
    types[member.name] = {
      ...row(member, 'properties', member.attribute ? [`Attribute: \`${member.attribute}\``] : ['Property only (no attribute)']),
      ...control(member.type?.text),
    };
  }
  for (const attribute of attributeOnly(tag)) {
    types[attribute.name] = {
      ...row(attribute, 'attributes', ['Attribute only: no property of its own']),
      ...control(attribute.type?.text),
    };
  }
  const members = (element.members ?? []).filter(isPublic);
  for (const member of members.filter((m) => m.kind === 'field' && m.readonly))
    types[member.name] = { ...row(member, 'read-only properties'), control: false };
  for (const member of members.filter((m) => m.kind === 'method')) {
    const signature = `(${(member.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')}) => ${member.return?.type?.text ?? 'void'}`;
    types[`${member.name}()`] = { ...row({ ...member, type: { text: signature } }, 'methods'), control: false };
  }
  // Written as a page writes them, so that no row shares a name with a property (controls match by name).
  const groups: [keyof Declaration, string, (name: string) => string][] = [
    ['events', 'events', (name) => name],
    ['slots', 'slots', (name) => (name ? `slot="${name}"` : '(default slot)')],
    ['cssProperties', 'css custom properties', (name) => name],
    ['cssParts', 'css shadow parts', (name) => `::part(${name})`],
  ];
  for (const [key, category, written] of groups) {
    for (const item of (element[key] as Typed[] | undefined) ?? []) {
      types[`${category}:${item.name}`] = { ...row({ ...item, name: written(item.name) }, category), control: false };
    }
  }
  return types;
}

/** The names of `tag`'s controls: its writable public properties and attribute-only attributes. */
export function publicControls(tag: string): string[] {
  return [...writable(tag).map((member) => member.name), ...attributeOnly(tag).map((attribute) => attribute.name)];
}

/** Sets every arg that is part of `tag`'s public API on `element`: properties as properties, the rest as attributes. */
export function applyArgs(element: HTMLElement, args: Record<string, unknown>): HTMLElement {
  const tag = element.localName;
  const properties = new Set(writable(tag).map((member) => member.name));
  const attributes = new Set(attributeOnly(tag).map((attribute) => attribute.name));
  for (const [name, value] of Object.entries(args)) {
    if (properties.has(name)) {
      if (value !== undefined && value !== '') (element as unknown as Record<string, unknown>)[name] = value;
    } else if (attributes.has(name)) {
      if (value === undefined || value === '' || value === false) element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return element;
}
