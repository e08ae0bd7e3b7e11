// React 19: the snippet, with no declaration of the consumer's own.
import * as React from 'react';
import type {} from 'jawda/jsx/react';
import type { RatingSubmittedEvent, ServiceRating } from 'jawda';

export const ok = (
  <div>
    <service-rating
      service-id="x"
      scale="faces"
      max-length={300}
      show-summary
      className="rating"
      reasonOptions={{ high: [{ id: 'fast', label: { ar: 'سريع', en: 'Fast' } }], low: [] }}
      onrating-submitted={(event) => console.log(event.detail.score, event.detail.queued)}
      onrating-submit={(event) => event.preventDefault()}
      onchange={(event) => console.log(event.type)}
      ref={(element: ServiceRating | null) => element?.open()}
    />
    <centre-scorecard centre-id="isa-town" cycle={5} variant="full" onscorecard-load={(event) => event.detail.cycle} />
    <certification-badge organisation-id="iga" variant="pill" warning-days="60" oncertification-error={(event) => event.detail.kind} />
  </div>
);

const typed: (event: RatingSubmittedEvent) => number = (event) => event.detail.score;
export const handler = <service-rating service-id="x" onrating-submitted={typed} />;

// @ts-expect-error: not a scale
export const badScale = <service-rating service-id="x" scale="nonsense" />;
// @ts-expect-error: not a variant of the scorecard (it is one of the badge)
export const badVariant = <centre-scorecard variant="pill" />;
// @ts-expect-error: the handler's event is typed: RatingSubmittedEvent has no `reason`
export const badDetail = <service-rating onrating-submitted={(event) => event.detail.reason} />;
// @ts-expect-error: no such attribute
export const badAttribute = <certification-badge organisation="iga" />;
