import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CentreScorecard } from '../src/centre-scorecard/define.js';
import type { Evaluation } from '../src/core/contract.js';
import { customsRemote, isaTown, maturity, sevenStar, unsupportedScheme } from '../test/centre-scorecard/fixtures.js';
import { manyEntries, rankingOf, starEntry, taqyeemFive } from '../test/centre-scorecard/ranking-fixtures.js';
import { mockApi, type MockReply } from './mock-api.js';
import { applyArgs, publicControls } from './public-api.js';

// package.json "sideEffects" names only dist/ files, so the production Storybook build drops the
// registration in define.js (a bare import, and even a named one): register here as well.
if (!customElements.get('centre-scorecard')) customElements.define('centre-scorecard', CentreScorecard);

type Variant = 'card' | 'compact' | 'full';

interface Args {
  variant: Variant;
  showHistory: boolean;
  headingLevel: number;
  /** Width of the box the element sits in. */
  width: 'sidebar (280 px)' | 'column (640 px)' | 'page (100%)';
}

/** What a story needs besides its args: the API's answers, or inline JSON. */
interface Setup {
  centreId?: string;
  cycle?: string;
  routes?: Record<string, MockReply>;
  /** Inline JSON (an object, or a string written as it is). */
  inline?: unknown;
  variant?: string;
  /** Other attributes (`lang`, the ranking's filters, ...). */
  attributes?: Record<string, string>;
}

/** Every Taqyeem cycle of the Isa Town branch, so the switcher can fetch each one. */
function isaTownRoutes(): Record<string, MockReply> {
  // Keys are path prefixes, tried in order: cycle-specific ones first.
  const routes: Record<string, MockReply> = {};
  for (const cycle of [1, 2, 3, 4, 5]) routes[`/centres/isa-town/evaluation?cycle=${cycle}`] = { json: isaTown(cycle), delayMs: 400 };
  routes['/centres/isa-town/evaluation'] = { json: isaTown(5), delayMs: 400 };
  return routes;
}

const single = (data: Evaluation): Setup => ({
  centreId: data.centre.id,
  routes: { [`/centres/${data.centre.id}/evaluation`]: { json: data, delayMs: 300 } },
});

const WIDTHS: Record<Args['width'], string> = { 'sidebar (280 px)': '280px', 'column (640 px)': '640px', 'page (100%)': '100%' };

function render(args: Args, setup: Setup): HTMLElement {
  if (setup.routes) mockApi(setup.routes);
  const el = new CentreScorecard();
  if (setup.centreId) el.setAttribute('centre-id', setup.centreId);
  if (setup.cycle) el.setAttribute('cycle', setup.cycle);
  el.setAttribute('variant', setup.variant ?? args.variant);
  el.setAttribute('heading-level', String(args.headingLevel));
  el.toggleAttribute('show-history', args.showHistory);
  for (const [name, value] of Object.entries(setup.attributes ?? {})) el.setAttribute(name, value);
  if (setup.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof setup.inline === 'string' ? setup.inline : JSON.stringify(setup.inline, null, 2);
    el.append(script);
  }
  const box = document.createElement('div');
  // A column on a phone is the phone's width, as on a page (the story's grid sizes to its content, so not 100%).
  box.style.inlineSize = `min(${WIDTHS[args.width]}, calc(100vw - 4rem))`;
  box.append(el);
  return box;
}

const meta: Meta<Args> = {
  title: 'Elements/centre-scorecard',
  component: 'centre-scorecard',
  tags: ['autodocs'],
  args: { variant: 'card', showHistory: true, headingLevel: 3, width: 'column (640 px)' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'compact', 'full'] },
    width: { control: 'inline-radio', options: Object.keys(WIDTHS) },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    // What the stories' render reads; the Playground has every public property and attribute.
    controls: { include: ['variant', 'showHistory', 'headingLevel'] },
    docs: {
      description: {
        component:
          "A service centre's evaluation in its national scheme: Bahrain's Taqyeem (percentage and Platinum/Gold/Silver tier), UAE-style stars, maturity levels. " +
          'The centre names are real (centres named among the Taqyeem 5 awards); **all figures are illustrative**, invented for these examples. ' +
          'Switch the locale (العربية / English) and the theme in the toolbar. ' +
          'Loading, not found, error and invalid inline JSON look the same for every scheme, so they are shown once per variant.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every public property and attribute as a control (custom-elements.json), on one scorecard. */
export const Playground: StoryObj = {
  args: { centreId: 'isa-town', variant: 'card', showHistory: true, headingLevel: 3 },
  argTypes: { variant: { control: 'inline-radio', options: ['card', 'compact', 'full', 'ranking'] } },
  parameters: { controls: { include: publicControls('centre-scorecard') } },
  render: (args) => {
    mockApi(isaTownRoutes());
    return applyArgs(document.createElement('centre-scorecard'), args);
  },
};

function story(setup: Setup, variant: Variant, description?: string, args: Partial<Args> = {}): Story {
  return {
    args: { variant, ...args },
    render: (storyArgs) => render(storyArgs, setup),
    parameters: description ? { docs: { description: { story: description } } } : {},
  };
}

const ISA_TOWN =
  'Nationality, Passports and Residence Affairs, Isa Town branch: Gold, 91.4% in Taqyeem 5 (illustrative), with four earlier cycles to switch between.';
export const TaqyeemGoldCard = story({ centreId: 'isa-town', routes: isaTownRoutes() }, 'card', ISA_TOWN);
export const TaqyeemGoldCompact = story({ centreId: 'isa-town', routes: isaTownRoutes() }, 'compact', ISA_TOWN);
export const TaqyeemGoldFull = story({ centreId: 'isa-town', routes: isaTownRoutes() }, 'full', ISA_TOWN, { width: 'page (100%)' });
export const TaqyeemGoldSidebar = story({ centreId: 'isa-town', routes: isaTownRoutes() }, 'card', 'The same card in a 280 px sidebar.', {
  width: 'sidebar (280 px)',
});
export const TaqyeemEarlierCycle = story(
  { centreId: 'isa-town', cycle: '3', routes: isaTownRoutes() },
  'card',
  'Opened on Taqyeem 3 with `cycle="3"`.',
);

const CUSTOMS =
  'The Customs Affairs remote customer service centre (عن بعد): Platinum, a tier that exists for remote centres only. Figures illustrative.';
export const RemotePlatinumCard = story(single(customsRemote()), 'card', CUSTOMS);
export const RemotePlatinumCompact = story(single(customsRemote()), 'compact', CUSTOMS);
export const RemotePlatinumFull = story(single(customsRemote()), 'full', CUSTOMS, { width: 'page (100%)' });

const STARS = 'A seven-star centre in a UAE-style star rating over the eight GSR pillars. Figures illustrative.';
export const SevenStarsCard = story(single(sevenStar()), 'card', STARS);
export const SevenStarsCompact = story(single(sevenStar()), 'compact', STARS);
export const SevenStarsFull = story(single(sevenStar()), 'full', STARS, { width: 'page (100%)' });

const MATURITY = 'A digital channel on a five-level maturity scale (Emergent to Exceptional). Figures illustrative.';
export const MaturityCard = story(single(maturity()), 'card', MATURITY);
export const MaturityCompact = story(single(maturity()), 'compact', MATURITY);
export const MaturityFull = story(single(maturity()), 'full', MATURITY, { width: 'page (100%)' });

const UNSUPPORTED =
  'A result in a scheme this version does not know ("letter-grade"): a plain notice for the reader, never a blank; the scheme is named in the console only.';
export const UnsupportedSchemeCard = story(single(unsupportedScheme()), 'card', UNSUPPORTED);
export const UnsupportedSchemeCompact = story(single(unsupportedScheme()), 'compact', UNSUPPORTED);
export const UnsupportedSchemeFull = story(single(unsupportedScheme()), 'full', UNSUPPORTED);

const loading: Setup = { centreId: 'isa-town', routes: { '/centres/isa-town/evaluation': 'never' } };
const LOADING =
  'The API never answers: the skeleton has the shape and size of a typical Taqyeem evaluation, so nothing jumps when it arrives.';
export const LoadingCard = story(loading, 'card', LOADING);
export const LoadingCompact = story(loading, 'compact', LOADING);
export const LoadingFull = story(loading, 'full', LOADING);

const notFound: Setup = {
  centreId: 'isa-town',
  cycle: '5',
  routes: { '/centres/isa-town/evaluation': { status: 404, json: { error: 'not_found' } } },
};
export const NotFoundCard = story(
  notFound,
  'card',
  "No evaluation for this centre in this cycle: plain words in the page, the centre's id in the console for the editor.",
);
export const NotFoundCompact = story(notFound, 'compact');
export const NotFoundFull = story(notFound, 'full');

const serverError: Setup = { centreId: 'isa-town', routes: { '/centres/isa-town/evaluation': { status: 503 } } };
export const ErrorCard = story(serverError, 'card', 'The API fails (503): what went wrong, with a retry.');
export const ErrorCompact = story(serverError, 'compact');
export const ErrorFull = story(serverError, 'full');

const invalidInline: Setup = {
  inline: { ...isaTown(5), cycle: { number: 5, year: 1890, programme: { en: 'Taqyeem', ar: 'تقييم' } }, rank: { position: 70, of: 64 } },
};
export const InvalidInlineJsonCard = story(
  invalidInline,
  'card',
  'Inline JSON written by a CMS editor, with two wrong fields: the element names them.',
);
export const InvalidInlineJsonCompact = story(invalidInline, 'compact');
export const InvalidInlineJsonFull = story(invalidInline, 'full');
export const InlineJsonNotJson = story({ inline: '{ "centre": { "id": "isa-town", ' }, 'card', 'Inline content that is not JSON at all.');

export const InlineJson = story(
  { inline: isaTown(5) },
  'card',
  'A CMS page with no API: the evaluation inline, validated like an API answer. No cycle switcher (there is no API to fetch other cycles from).',
);

export const MissingCentreId = story({}, 'card', 'No `centre-id` and no inline JSON: a configuration message naming the attribute.');
export const InvalidCycle = story(
  { centreId: 'isa-town', cycle: 'latest', routes: isaTownRoutes() },
  'card',
  '`cycle="latest"` is not a cycle number.',
);
export const UnknownVariant = story(
  { ...single(isaTown(5)), variant: 'wide' },
  'card',
  '`variant="wide"` is not a variant: drawn as `card`, with a note for the editor.',
);

/** Two elements side by side in the two languages, whatever the toolbar says. */
export const BothLanguages: Story = {
  render: (args) => {
    mockApi(isaTownRoutes());
    return html`<div class="pair">
      <centre-scorecard centre-id="isa-town" lang="ar" variant=${args.variant} ?show-history=${args.showHistory}></centre-scorecard>
      <centre-scorecard centre-id="isa-town" lang="en" variant=${args.variant} ?show-history=${args.showHistory}></centre-scorecard>
    </div>`;
  },
};

/* ------------------------------------------------------------ ranking */

const LANGS = { En: 'en', Ar: 'ar' } as const;

function rankingStory(setup: Setup, lang: 'en' | 'ar', description?: string, play?: Story['play']): Story {
  const base = story({ ...setup, variant: 'ranking', attributes: { lang, ...setup.attributes } }, 'card', description, {
    width: 'page (100%)',
  });
  return play ? { ...base, play } : base;
}

/** The reader picks Platinum and on-premise: no centre of this list is both. */
const chooseNothing: Story['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector('centre-scorecard')!;
  const selects = () => el.shadowRoot?.querySelectorAll('select') ?? [];
  for (let i = 0; i < 100 && selects().length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  const [tier, model] = selects();
  for (const [control, value] of [
    [tier, 'platinum'],
    [model, 'on-premise'],
  ] as const) {
    if (!control) continue;
    control.value = value;
    control.dispatchEvent(new Event('change'));
  }
};

const rankingReady: Setup = { cycle: '5', routes: { '/evaluations': { json: rankingOf(taqyeemFive()), delayMs: 300 } } };
const rankingLoading: Setup = { cycle: '5', routes: { '/evaluations': 'never' } };
const rankingError: Setup = { cycle: '5', routes: { '/evaluations': { status: 503 } } };

const RANKING =
  'variant="ranking": a cycle\'s results, best first; ties share a rank; sort by any column (the buttons in the header), filter by tier and model. Figures illustrative.';
export const RankingReadyEn = rankingStory(rankingReady, LANGS.En, RANKING);
export const RankingReadyAr = rankingStory(rankingReady, LANGS.Ar, RANKING);
const thisCentre: Setup = { ...rankingReady, attributes: { ...rankingReady.attributes, 'centre-id': taqyeemFive()[1]!.centre.id } };
export const RankingThisCentreEn = rankingStory(
  thisCentre,
  LANGS.En,
  "On a centre's own page (`centre-id`): its row in the accent tint, with the words This centre.",
);
export const RankingThisCentreAr = rankingStory(thisCentre, LANGS.Ar);
export const RankingLoadingEn = rankingStory(rankingLoading, LANGS.En, 'The API never answers: a skeleton table of the final width.');
export const RankingLoadingAr = rankingStory(rankingLoading, LANGS.Ar);
export const RankingEmptyFilterEn = rankingStory(
  rankingReady,
  LANGS.En,
  'The reader chose a tier and a model that no centre has together: said so, with a way back.',
  chooseNothing,
);
export const RankingEmptyFilterAr = rankingStory(rankingReady, LANGS.Ar, undefined, chooseNothing);
export const RankingErrorEn = rankingStory(rankingError, LANGS.En, 'The API fails (503): what went wrong, with a retry.');
export const RankingErrorAr = rankingStory(rankingError, LANGS.Ar);
export const RankingPaged = rankingStory(
  { inline: rankingOf(manyEntries(60)), attributes: { 'page-size': '20' } },
  LANGS.Ar,
  'Sixty centres from inline JSON, twenty per page.',
);
export const RankingMixedSchemes = rankingStory(
  { inline: rankingOf([...taqyeemFive(), starEntry('a', 6), starEntry('b', 5)]) },
  LANGS.En,
  'Percentages and stars are never ranked against each other: one table per scheme.',
);
export const RankingOfAnEntity = rankingStory(
  {
    routes: {
      '/evaluations': { json: rankingOf(taqyeemFive().filter((e) => e.centre.entity.id === 'customs' && e.centre.model === 'on-premise')) },
    },
    cycle: '5',
    attributes: { entity: 'customs', model: 'on-premise' },
  },
  LANGS.Ar,
  'entity="customs" model="on-premise": the caption says what is ranked.',
);
export const RankingNarrow: Story = {
  ...rankingStory(rankingReady, LANGS.Ar, 'In a 280 px sidebar: rank, name, result and change.'),
  args: { variant: 'card', width: 'sidebar (280 px)' },
};
