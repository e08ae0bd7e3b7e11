/**
 * The scorecard's drawings: icons, criterion bars and the trend line (the stars: ./schemes.ts). Sizes come only from
 * SVG geometry attributes (CSP-safe, no style attributes), every drawing is aria-hidden, and the
 * value it shows is always written beside it as text. RTL mirrors bars and the trend in CSS.
 */
import { svg, type TemplateResult } from 'lit';
import type { CentreModel, Direction } from './text.js';

const icon = (body: TemplateResult, className = 'icon') =>
  svg`<svg class=${className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${body}</svg>`;

const MODEL_PATHS: Record<CentreModel, string> = {
  // a building with a door
  'on-premise': 'M3 21V8l9-5 9 5v13h-7v-6h-4v6z',
  // a headset
  remote: 'M12 3a8 8 0 0 0-8 8v6a2 2 0 0 0 2 2h3v-7H6v-1a6 6 0 0 1 12 0v1h-3v7h3a2 2 0 0 0 2-2v-6a8 8 0 0 0-8-8z',
  // a screen on a stand
  digital: 'M2 4h20v13H2zm2 2v9h16V6zM8 19h8v2H8z',
};

export const modelIcon = (model: CentreModel) => icon(svg`<path d=${MODEL_PATHS[model]}></path>`);

/** A medal in the tag's colour: decoration only, the tier's name is always written beside it. */
export const tierIcon = () =>
  icon(svg`<circle cx="12" cy="14" r="7"></circle><path opacity=".6" d="M8 2h3l1 5-3 1zM16 2h-3l-1 5 3 1z"></path>`);

const ARROWS: Record<Direction, string> = {
  up: 'M12 4l8 10h-5v6H9v-6H4z',
  down: 'M12 20L4 10h5V4h6v6h5z',
  same: 'M4 8h16v3H4zm0 5h16v3H4z',
};
export const deltaIcon = (direction: Direction) => icon(svg`<path d=${ARROWS[direction]}></path>`, `icon delta-${direction}`);

/** A horizontal bar of `value` out of 100 in a performance band's colour; the sunken track is the svg's background. */
export const bar = (value: number, tone: string) =>
  svg`<svg class="bar" data-tone=${tone} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="fill" width=${value} height="10"></rect></svg>`;

/**
 * The trend across cycles: `values` are 0..1 (undefined leaves a gap), one per equal-width column,
 * so HTML labels in a grid of the same columns line up with the points.
 */
export function trendLine(values: (number | undefined)[]): TemplateResult {
  const step = 100 / values.length;
  const points = values.map((value, i) => (value === undefined ? undefined : ([(i + 0.5) * step, 36 - value * 32] as const)));
  const drawn = points.filter((point) => point !== undefined);
  return svg`<svg class="trend-line" viewBox="0 0 100 40" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <line class="axis" x1="0" y1="39" x2="100" y2="39" vector-effect="non-scaling-stroke"></line>
    <polyline points=${drawn.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ')} vector-effect="non-scaling-stroke"></polyline>
    ${drawn.map(([x, y]) => svg`<line class="dot" x1=${x} y1=${y} x2=${x} y2=${y} vector-effect="non-scaling-stroke"></line>`)}
  </svg>`;
}
