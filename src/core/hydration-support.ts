/**
 * Turns taking server-rendered markup over on for this copy of Jawda (see hydration.ts), with the
 * code for it in a chunk of its own. Imported by the hydrating entries only (`jawda/hydrate`,
 * `jawda.hydrate.min.js`): every other bundle renders server markup afresh in its place, and none of
 * them can load the chunk.
 */
import { registerTakeOver } from './hydration.js';
import { lazy } from './lazy.js';

registerTakeOver(lazy(() => import('./take-over.js').then((module) => module.takeOver)));
