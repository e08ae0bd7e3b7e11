// What the package's Svelte types must refuse (type-checked by svelte-check with the app, never run).
import type {} from 'jawda/jsx/svelte';

type Rating = svelteHTML.IntrinsicElements['service-rating'];

export const ok: Rating = { 'service-id': 'x', showSummary: false, 'onrating-submitted': (event) => event.detail.score };
// @ts-expect-error: show-summary={false} writes the text "false", which turns the summary on: write showSummary={false}
export const textBoolean: Rating = { 'show-summary': false };
// @ts-expect-error: not a scale
export const badScale: Rating = { scale: 'nonsense' };
