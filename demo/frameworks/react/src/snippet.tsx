// The README's snippet, exactly, and what the types must refuse. Type-checked with the app (tsc -p .), never rendered.
import type {} from 'jawda/jsx/react';

export const snippet = <service-rating service-id="x" onrating-submitted={(event) => console.log(event.detail.score, event.detail.queued)} />;

// @ts-expect-error: not a scale
export const badScale = <service-rating service-id="x" scale="nonsense" />;
// @ts-expect-error: a boolean attribute takes a boolean, not the text "false"
export const textBoolean = <service-rating service-id="x" show-summary="false" />;
// @ts-expect-error: the event is typed: RatingSubmittedEvent's detail has no `reason`
export const badDetail = <service-rating service-id="x" onrating-submitted={(event) => event.detail.reason} />;
