/**
 * What every copy of Jawda on a page shares. A page can carry two copies (a CMS's jawda.min.js and
 * an app's own bundle): only one of them defines each element, so the settings must not live in one
 * copy's module. They live here, on `globalThis`, under a registered symbol every copy finds; the
 * first copy creates it. Only `globalThis` is touched, never `document` or `window` (server rendering).
 *
 * The shape is a contract between versions: it may gain fields, never change or lose one. A change
 * that cannot be made that way takes a new key.
 */
import type { JawdaOptions } from './options.js';
import { VERSION } from './version.js';

export interface JawdaPage {
  /** The options `configure()` merged so far (replaced, never mutated, on each call). */
  options: JawdaOptions;
  /** Called after every `configure()` and `resetConfiguration()`, from whichever copy. */
  readonly listeners: Set<() => void>;
  /** The version of each copy loaded, in load order. */
  readonly versions: string[];
}

/** The registry's key on `globalThis`; on an element class Jawda defined, the version that defined it. */
export const KEY = Symbol.for('jawda.page');

/** The page's shared registry (created by the first copy of Jawda that loaded). */
export const page: JawdaPage = ((globalThis as typeof globalThis & { [KEY]?: JawdaPage })[KEY] ??= {
  options: {},
  listeners: new Set(),
  versions: [],
});
page.versions.push(VERSION);
