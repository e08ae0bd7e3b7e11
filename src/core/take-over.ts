/**
 * The code that takes a server-rendered shadow root over: Lit's `hydrate()`, in a chunk of its own
 * that only a page with server-rendered markup loads (see hydration.ts). It is Lit's documented
 * hydration of a template into a container, which its LitElement hydration support patches every
 * LitElement with; here the element asks for it itself, so no global patch is needed, nor any
 * guess whether one was installed.
 */
import { hydrate } from '@lit-labs/ssr-client';
import type { RenderOptions } from 'lit';
import { warnOnce } from './warn.js';

/**
 * Takes the markup in `root` over as the render of `value`: its nodes stay and become the parts Lit
 * updates from now on. False when it is not `value`'s markup (another version's, say): nothing is
 * taken over then, and the caller renders afresh in its place.
 */
export function takeOver(root: ShadowRoot, value: unknown, options: RenderOptions): boolean {
  try {
    hydrate(value, root, options);
    return true;
  } catch (error) {
    warnOnce(`<${root.host.localName}>: the server-rendered markup is not this version's; rendered afresh (${String(error)})`);
    return false;
  }
}
