/**
 * Attribute converters written once: whole numbers and enumerations, as a content editor types
 * them. A value that does not parse is kept as `NaN` (or as the raw string), never silently
 * replaced by the default, so that the element can name the attribute and the value it was given.
 */
import type { ComplexAttributeConverter, LitElement } from 'lit';
import type { ConfigurationProblem } from './messages.js';
import { warnOnce } from './warn.js';

/**
 * `"5"` -> 5; an absent or blank attribute -> undefined (the default); anything else (`"abc"`,
 * `"2.5"`, `"-1"`) -> NaN, reported by {@link wholeNumberProblem}.
 */
export const wholeNumber: ComplexAttributeConverter<number | undefined> = {
  // Never reflected, so no toAttribute.
  fromAttribute: (value) => (value === null || value.trim() === '' ? undefined : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN),
};

/**
 * A whole-number property as a number: a number as it is, a string set from script (`el.cycle = '5'`,
 * `Object.assign`) parsed like the attribute, blank as undefined, anything else NaN.
 */
export function asWholeNumber(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  return wholeNumber.fromAttribute!(String(value), Number);
}

/** The problem of a whole-number attribute: not a whole number, or below `min`. */
export function wholeNumberProblem(host: Element, attribute: string, value: unknown, min = 0): ConfigurationProblem | undefined {
  const number = asWholeNumber(value);
  if (number === undefined || number >= min) return undefined;
  return { attribute, value: host.getAttribute(attribute) ?? String(value), reason: 'not-a-number' };
}

/** The problem of an enumerated attribute whose value is not one of `allowed`. */
export function enumProblem(attribute: string, value: unknown, allowed: readonly string[]): ConfigurationProblem | undefined {
  if (value === undefined || value === null || allowed.includes(value as string)) return undefined;
  return { attribute, value: String(value), reason: 'unknown-value', allowed };
}

/**
 * Vue's `:show-summary="false"` and Angular's `[attr.show-summary]="false"` write the text "false": the
 * attribute is there, so the boolean is on, as in HTML. Said once to the developer.
 */
export function warnIfFalse(element: LitElement, name: string, value: string | null): void {
  if (
    value === 'false' &&
    [...(element.constructor as typeof LitElement).elementProperties].some(
      ([key, options]) => options.type === Boolean && (options.attribute ?? String(key).toLowerCase()) === name,
    )
  )
    warnOnce(`<${element.localName} ${name}="false"> is on, as any boolean attribute present is: leave it out to turn it off.`);
}
