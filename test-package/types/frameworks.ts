// Preact, Solid, Vue 3 and Svelte 5: the generated declarations, checked at the type level.
import type { JSX as PreactJSX } from 'preact';
import type { JSX as SolidJSX } from 'solid-js';
import type { GlobalComponents } from 'vue';
import type {} from 'jawda/jsx/preact';
import type {} from 'jawda/jsx/solid';
import type {} from 'jawda/jsx/vue';
import type {} from 'jawda/jsx/svelte';
import type { JawdaElements, ServiceRatingAttributes } from 'jawda/jsx';
import type { RatingCloseEvent, ServiceRating } from 'jawda';

// Preact: attributes, properties and on<event> handlers.
export const preact: PreactJSX.IntrinsicElements['service-rating'] = {
  'service-id': 'x',
  scale: 'thumbs',
  class: 'rating',
  'onrating-close': (event) => event.detail.reason satisfies 'submitted' | 'dismissed' | 'host',
};
// @ts-expect-error: not a scale
export const preactBad: PreactJSX.IntrinsicElements['service-rating'] = { scale: 'nonsense' };

// Solid: attributes on the tag, `on:` events and `prop:` properties.
export const solid: SolidJSX.IntrinsicElements['centre-scorecard'] = { 'centre-id': 'isa-town', variant: 'compact', class: 'card' };
export const solidEvent: SolidJSX.CustomEvents['rating-close'] = {} as RatingCloseEvent;
export const solidProperty: SolidJSX.ExplicitProperties['scale'] = 'stars';
// @ts-expect-error: not a variant
export const solidBad: SolidJSX.IntrinsicElements['centre-scorecard'] = { variant: 'nonsense' };

// Vue 3: GlobalComponents, `@rating-submitted` as `onRatingSubmitted`. vue-tsc camelCases every name
// before it looks it up (`max-length="300"` is `maxLength`), so the props are in camelCase and accept
// the attribute's text or the property's value. (The real vue-tsc runs in demo/frameworks/vue.)
type VueProps<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const vue: VueProps<'service-rating'> = {
  serviceId: 'x',
  maxLength: '300',
  showSummary: false,
  reasonOptions: { high: [], low: [] },
  id: 'rating',
  onRatingSubmitted: (event) => event.detail.submissionId satisfies string,
  onChange: (event) => event.currentTarget.score,
};
// @ts-expect-error: not a scale
export const vueBadScale: VueProps<'service-rating'> = { scale: 'nonsense' };
// @ts-expect-error: kebab-case keys are not what vue-tsc looks up
export const vueKebab: VueProps<'service-rating'> = { 'service-id': 'x' };

// Svelte 5: svelteHTML.IntrinsicElements, `onrating-submitted`.
export const svelte: svelteHTML.IntrinsicElements['certification-badge'] = {
  'organisation-id': 'iga',
  variant: 'card',
  'oncertification-load': (event) => event.detail.certifications,
};
// @ts-expect-error: `false` would be the text "false" in Svelte too; write showSummary={false}
export const svelteBadBoolean: svelteHTML.IntrinsicElements['service-rating'] = { 'show-summary': false };
export const svelteProperty: svelteHTML.IntrinsicElements['service-rating'] = { showSummary: false };

// The framework-neutral map and the element classes themselves.
export const scale: ServiceRatingAttributes['scale'] = 'faces';
export const events: keyof JawdaElements['service-rating']['events'] = 'rating-close';
declare const element: ServiceRating;
// @ts-expect-error: the property is typed by its enumeration
element.scale = 'nonsense';
element.scale = 'thumbs';
