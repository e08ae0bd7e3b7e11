import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Results } from '../src/core/contract.js';
import { RatingResults } from '../src/rating-results/define.js';
import { answer, cited, row } from '../test/rating-results/fixtures.js';
import { mockApi, type MockReply } from './mock-api.js';
import { applyArgs, publicControls } from './public-api.js';

// package.json "sideEffects" names only dist/ files, so the production Storybook build drops the
// registration in define.js: register here as well.
if (!customElements.get('rating-results')) customElements.define('rating-results', RatingResults);

interface Args {
  metric: 'satisfied' | 'net' | 'mean';
  confidence: 90 | 95 | 99;
  /** Width of the box the element sits in. */
  width: 'phone (360 px)' | 'column (720 px)' | 'page (100%)';
}

const WIDTHS: Record<Args['width'], string> = { 'phone (360 px)': '360px', 'column (720 px)': '720px', 'page (100%)': '100vw' };

/**
 * A ministry's two months (figures illustrative): January and February of the passport service at
 * four centres and online, web and kiosk; a small centre (Sitra) held back in February.
 */
function ministry(): Results {
  return answer(
    [
      row('2026-01', {}, 'stars', [30, 25, 45, 160, 140]),
      row('2026-02', {}, 'stars', [25, 20, 40, 170, 175]),
      row('2026-02', { serviceId: 'passport' }, 'stars', [25, 20, 40, 170, 175]),
      row('2026-02', { serviceId: 'passport', centreId: 'isa-town' }, 'stars', [5, 4, 10, 60, 71]),
      row('2026-02', { serviceId: 'passport', centreId: 'muharraq' }, 'stars', [8, 6, 12, 40, 34]),
      row('2026-02', { serviceId: 'passport', centreId: 'riffa' }, 'stars', [6, 5, 9, 22, 18]),
      row('2026-02', { serviceId: 'passport', centreId: null }, 'stars', [4, 3, 6, 42, 48]),
      row('2026-02', { serviceId: 'passport', centreId: 'isa-town', channel: 'centre' }, 'stars', [3, 2, 6, 40, 49]),
      row('2026-02', { serviceId: 'passport', centreId: 'isa-town', channel: 'kiosk' }, 'stars', [2, 2, 4, 20, 22]),
      row('2026-02', { serviceId: 'passport', centreId: null, channel: 'web' }, 'stars', [4, 3, 6, 42, 48]),
    ],
    3,
  );
}

/** Six months of the ministry, March held back (its row is not in the answer): a gap, never a zero. */
function months(): Results {
  return answer(
    [
      row('2025-11', {}, 'stars', [40, 30, 50, 130, 110]),
      row('2025-12', {}, 'stars', [35, 30, 45, 140, 120]),
      row('2026-01', {}, 'stars', [30, 25, 45, 160, 140]),
      row('2026-02', {}, 'stars', [25, 20, 40, 170, 175]),
      row('2026-04', {}, 'stars', [20, 20, 40, 180, 190]),
    ],
    1,
  );
}

/**
 * February's reasons for the passport service (figures illustrative): the service's cell and its
 * published reason cells; "The steps were clear" published at Isa Town only, held back in the
 * service's cell (not drawn, counted in the caption).
 */
function reasons(): Results {
  const results = ministry();
  const service = results.rows.find(
    (each) => each.period === '2026-02' && each.dimensions.serviceId === 'passport' && !('centreId' in each.dimensions),
  )!;
  service.reasons = [
    cited('efficiency', 'stars', [15, 10, 12, 60, 55]),
    cited('ease', 'stars', [4, 4, 8, 70, 80]),
    cited('employee', 'stars', [12, 8, 6, 30, 45]),
    cited('effectiveness', 'stars', [6, 5, 4, 25, 30]),
  ];
  const isaTown = results.rows.find((each) => each.dimensions.centreId === 'isa-town' && !('channel' in each.dimensions))!;
  isaTown.reasons = [cited('transparency', 'stars', [3, 2, 1, 5, 4])];
  return results;
}

/** February with no reason published in the service's cell; one known at a centre: every reason held back. */
function reasonsHeldBack(): Results {
  const results = reasons();
  results.rows.find(
    (each) => each.period === '2026-02' && each.dimensions.serviceId === 'passport' && !('centreId' in each.dimensions),
  )!.reasons = [];
  return results;
}

function render(args: Args, attributes: Record<string, string>, reply: MockReply): HTMLElement {
  mockApi({ '/results': reply });
  const el = new RatingResults();
  el.setAttribute('metric', args.metric);
  el.setAttribute('confidence', String(args.confidence));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const box = document.createElement('div');
  // Never wider than the viewport less the paddings (Storybook's and the story's, 1rem a side each; no %: the root shrinks to fit).
  box.style.inlineSize = `min(${WIDTHS[args.width]}, calc(100vw - 4rem))`;
  box.append(el);
  return box;
}

const meta: Meta<Args> = {
  title: 'Elements/rating-results',
  component: 'rating-results',
  tags: ['autodocs'],
  parameters: {
    controls: { include: ['metric', 'confidence', 'width'] },
    docs: {
      description: {
        component:
          'What citizens said, with the uncertainty beside every figure: the share satisfied (or net score, or mean) per period, centre, service and channel. ' +
          'Groups under the minimum are never shown. **All figures are illustrative.** Switch the locale and theme in the toolbar.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every public property and attribute as a control (custom-elements.json). */
export const Playground: StoryObj = {
  args: { viewName: 'overview' },
  parameters: { controls: { include: publicControls('rating-results') } },
  render: (args) => {
    mockApi({ '/results': { json: ministry(), delayMs: 300 } });
    return applyArgs(document.createElement('rating-results'), args);
  },
};

/**
 * The stories' own controls: the metric, the confidence and the width. (Not the meta's: the
 * Playground takes every public property as its element has it, from custom-elements.json.)
 */
const STORY_ARG_TYPES = {
  metric: { control: 'inline-radio', options: ['satisfied', 'net', 'mean'] },
  confidence: { control: 'inline-radio', options: [90, 95, 99] },
  width: { control: 'inline-radio', options: Object.keys(WIDTHS) },
} as const;

const story = (attributes: Record<string, string>, reply: MockReply, description: string, args: Partial<Args> = {}): Story => ({
  args: { metric: 'satisfied', confidence: 95, width: 'column (720 px)', ...args },
  argTypes: STORY_ARG_TYPES,
  render: (storyArgs) => render(storyArgs, attributes, reply),
  parameters: { docs: { description: { story: description } } },
});

const data = (): MockReply => ({ json: ministry(), delayMs: 300 });

export const Overview = story(
  { view: 'overview' },
  data(),
  'February against January: the share satisfied with its 95% Wilson interval, the votes, the change.',
);
export const OverviewNet = story({ view: 'overview' }, data(), 'The net score (% positive − % negative), a mean with its t interval.', {
  metric: 'net',
});
export const CompareByCentre = story(
  { view: 'compare', by: 'centre', services: 'passport' },
  data(),
  'The centres, sorted, with their intervals and votes; the table and the CSV one click away.',
);
export const CompareByChannel = story({ view: 'compare', by: 'channel', services: 'passport' }, data(), 'The channels of the service.');
export const ComparePhone = story({ view: 'compare', by: 'centre', services: 'passport' }, data(), 'The centres at 360 px.', {
  width: 'phone (360 px)',
});
export const Trend = story(
  { view: 'trend', from: '2025-11', to: '2026-04' },
  { json: months(), delayMs: 300 },
  'Six months, the line with its interval band; March held back: a gap, not a zero.',
);
export const TrendPhone = story(
  { view: 'trend', from: '2025-11', to: '2026-04' },
  { json: months(), delayMs: 300 },
  'The trend at 360 px.',
  {
    width: 'phone (360 px)',
  },
);
export const TrendRightToLeft = story(
  { view: 'trend', from: '2025-11', to: '2026-04', 'time-axis': 'rtl' },
  { json: months(), delayMs: 300 },
  '`time-axis="rtl"`: the earliest month on the right, the values on the right; the arrow keys follow.',
);
export const Distribution = story(
  { view: 'distribution', by: 'centre', services: 'passport' },
  data(),
  'Each centre’s votes per score as a 100% diverging bar: negative scores one side of the centre line, positive the other, ' +
    'the middle across it; each score textured as well as coloured; sorted as compare; Sitra held back.',
);
export const DistributionByChannel = story(
  { view: 'distribution', by: 'channel', services: 'passport' },
  data(),
  'The channels of the service, per score.',
);
export const DistributionPhone = story(
  { view: 'distribution', by: 'centre', services: 'passport' },
  data(),
  'The distribution at 360 px.',
  {
    width: 'phone (360 px)',
  },
);
export const Reasons = story(
  { view: 'reasons', services: 'passport' },
  { json: reasons(), delayMs: 300 },
  'Per reason, most cited first: the share of positive votes citing it against the share of negative ones, ' +
    'with their 95% Wilson intervals; one reason held back, counted in the caption.',
);
export const ReasonsPhone = story({ view: 'reasons', services: 'passport' }, { json: reasons(), delayMs: 300 }, 'The reasons at 360 px.', {
  width: 'phone (360 px)',
});
export const ReasonsNone = story(
  { view: 'reasons', services: 'passport' },
  data(),
  'No reason given with the votes: a notice, never an empty chart.',
);
export const ReasonsHeldBack = story(
  { view: 'reasons', services: 'passport' },
  { json: reasonsHeldBack(), delayMs: 300 },
  'Every reason held back at this level: a notice, and no figure of any.',
);
export const Loading = story({ view: 'overview' }, 'never', 'The skeleton, the size of the tiles.');
export const LoadingCompare = story({ view: 'compare' }, 'never', 'The skeleton of the comparison.');
export const LoadingTrend = story({ view: 'trend' }, 'never', 'The skeleton of the trend.');
export const LoadingDistribution = story({ view: 'distribution' }, 'never', 'The skeleton of the distribution.');
export const LoadingReasons = story({ view: 'reasons' }, 'never', 'The skeleton of the reasons.');
export const DistributionSuppressed = story(
  { view: 'distribution' },
  { json: answer([], 12) },
  'Every group under the minimum: nothing shown, and why.',
);
export const Empty = story({ view: 'overview' }, { json: answer([]) }, 'No votes in the period asked for.');
export const Suppressed = story({ view: 'compare' }, { json: answer([], 12) }, 'Every group under the minimum: nothing shown, and why.');
export const ServerError = story({ view: 'overview' }, { status: 503 }, 'The server failed: a retry.');
export const ApiKeyRefused = story(
  { 'api-key': 'do-not-do-this' },
  data(),
  'An api-key attribute: refused, in words, naming the attribute (never the key).',
);
