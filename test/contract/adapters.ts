/**
 * One adapter per element for the shared contract suite: how to name two subjects (A and B), what
 * the fake API answers for them, how to see which one is shown, a setup mistake, hostile data, and
 * the events the element fires from inside a host's shadow root.
 */
import '../../src/index.js';
// Not in index.js this round (issue 20): registered on its own.
import '../../src/rating-results/define.js';
import type { Route } from '../helpers/fake-api.js';
import { iga, igaIso9001, khobar } from '../certification-badge/fixtures.js';
import { isaTown, hostile as hostileEvaluation } from '../centre-scorecard/fixtures.js';
import { rankingOf, taqyeemEntry, taqyeemFive } from '../centre-scorecard/ranking-fixtures.js';
import { answer, row } from '../rating-results/fixtures.js';
// The ranking's module, loaded up front: the suite times the element, not the dev server's first transform.
import '../../src/centre-scorecard/ranking.js';

export const HOSTILE = '<img src=x onerror="window.__jawdaPwned=1"><script>window.__jawdaPwned=2</script>';

/** A service's results by service (the compare view names each service it shows). */
const serviceResults = (serviceId: string, counts: number[]) => answer([row('2026-03', { serviceId }, 'stars', counts)]);
const ratingSummary = (serviceId: string, count: number) => ({ serviceId, scale: 'stars', count, average: 4.3, distribution: {} });
const muharraq = () => {
  const evaluation = isaTown(5);
  return {
    ...evaluation,
    centre: { ...evaluation.centre, id: 'muharraq', name: { en: 'Muharraq Service Centre', ar: 'مركز خدمات المحرق' } },
  };
};

export interface ContractAdapter {
  tag: string;
  /** How the suite names it, when one tag has several adapters (default: the tag). */
  name?: string;
  /** Attributes every instance gets (a mode the data tests use). */
  base: Record<string, string>;
  /** Attributes naming subject A and subject B. */
  subjects: { A: Record<string, string>; B: Record<string, string> };
  /** "METHOD /path" of each subject's request. */
  requests: { A: string; B: string };
  /** Fake API answers for each subject. */
  answers: { A: Route; B: Route };
  /** Which subject the element shows now, from what a reader sees. */
  showing(el: HTMLElement): 'A' | 'B' | undefined;
  errorEvent: string;
  /** A setup mistake: the attribute, its bad value. */
  mistake: [attribute: string, value: string];
  /** Hostile text in the data: routes and attributes that put `HOSTILE` on screen, and how to get it shown. */
  hostile: { attributes?: Record<string, string>; answers?: Record<string, Route>; show?(el: HTMLElement): Promise<void> };
  /** Events the element fires in normal use, and how to cause them (after it shows A). */
  events: { names: string[]; cause?(el: HTMLElement): Promise<void> };
  /** Inline JSON: a valid payload showing A, and one that is not valid (with the field it names). */
  inline?: { valid: unknown; invalid: unknown; field: string };
}

const text = (el: HTMLElement) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Taqyeem 4 results of the same centres (the ranking's subject B: another cycle). */
const taqyeemFour = () =>
  taqyeemFive().map(({ previous: _, ...entry }) => ({ ...entry, cycle: { ...entry.cycle, number: 4, year: 2023 } }));
/** The ranking's caption names the cycle; the skeleton (whose placeholder text says Taqyeem 5) shows nothing. */
const rankedCycle = (el: HTMLElement) => {
  if (!el.shadowRoot || el.shadowRoot.querySelector('.placeholder')) return undefined;
  const caption = el.shadowRoot.querySelector('caption')?.textContent ?? '';
  return /Taqyeem 5|تقييم ٥/.test(caption) ? 'A' : /Taqyeem 4|تقييم ٤/.test(caption) ? 'B' : undefined;
};

export const ADAPTERS: ContractAdapter[] = [
  {
    tag: 'service-rating',
    base: { readonly: '' },
    subjects: { A: { 'service-id': 'cr-renewal' }, B: { 'service-id': 'passport-renewal' } },
    requests: { A: 'GET /services/cr-renewal/rating-summary', B: 'GET /services/passport-renewal/rating-summary' },
    answers: { A: { json: ratingSummary('cr-renewal', 1204) }, B: { json: ratingSummary('passport-renewal', 37) } },
    showing: (el) => (/1,204|١٬٢٠٤/.test(text(el)) ? 'A' : /\b37\b|٣٧/.test(text(el)) ? 'B' : undefined),
    errorEvent: 'rating-error',
    mistake: ['scale', 'bogus'],
    hostile: {
      attributes: { readonly: '', 'reason-options': JSON.stringify({ high: [{ id: 'x', label: { en: HOSTILE, ar: HOSTILE } }], low: [] }) },
      show: async (el) => {
        el.removeAttribute('readonly');
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="5"]')!.click();
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      },
    },
    events: {
      names: ['input', 'change'],
      cause: async (el) => {
        el.removeAttribute('readonly');
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="4"]')!.click();
      },
    },
  },
  {
    tag: 'centre-scorecard',
    base: {},
    subjects: { A: { 'centre-id': 'isa-town' }, B: { 'centre-id': 'muharraq' } },
    requests: { A: 'GET /centres/isa-town/evaluation', B: 'GET /centres/muharraq/evaluation' },
    answers: { A: { json: isaTown(5) }, B: { json: muharraq() } },
    showing: (el) => (/Isa Town|مدينة عيسى/.test(text(el)) ? 'A' : /Muharraq|المحرق/.test(text(el)) ? 'B' : undefined),
    errorEvent: 'scorecard-error',
    mistake: ['variant', 'bogus'],
    hostile: { answers: { 'GET /centres/isa-town/evaluation': { json: hostileEvaluation(HOSTILE) } } },
    events: { names: ['scorecard-load'] },
    inline: { valid: isaTown(5), invalid: { ...isaTown(5), result: { scheme: 'percentage-tier', percentage: 'high' } }, field: 'result' },
  },
  {
    tag: 'centre-scorecard',
    name: '<centre-scorecard variant="ranking">',
    base: { variant: 'ranking' },
    subjects: { A: { cycle: '5' }, B: { cycle: '4' } },
    requests: { A: 'GET /evaluations?cycle=5', B: 'GET /evaluations?cycle=4' },
    answers: { A: { json: rankingOf(taqyeemFive()) }, B: { json: rankingOf(taqyeemFour()) } },
    showing: rankedCycle,
    errorEvent: 'scorecard-error',
    mistake: ['model', 'bogus'],
    hostile: {
      answers: {
        'GET /evaluations?cycle=5': {
          json: rankingOf([taqyeemEntry('hostile', HOSTILE, HOSTILE, 90, { entity: { en: HOSTILE, ar: HOSTILE } })]),
        },
      },
    },
    events: { names: [] },
    inline: {
      valid: rankingOf(taqyeemFive()),
      invalid: { items: [{ ...taqyeemFive()[0], result: { scheme: 'percentage-tier', percentage: 'high' } }] },
      field: 'items',
    },
  },
  {
    tag: 'certification-badge',
    base: {},
    subjects: { A: { 'organisation-id': 'iga' }, B: { 'organisation-id': 'khobar' } },
    requests: { A: 'GET /organisations/iga/certifications', B: 'GET /organisations/khobar/certifications' },
    answers: { A: { json: iga() }, B: { json: khobar() } },
    showing: (el) => (/eGovernment|الحكومة الإلكترونية/.test(text(el)) ? 'A' : /Khobar|الخبر/.test(text(el)) ? 'B' : undefined),
    errorEvent: 'certification-error',
    mistake: ['variant', 'banner'],
    hostile: {
      answers: {
        'GET /organisations/iga/certifications': {
          json: {
            ...iga([igaIso9001({ scope: { en: HOSTILE, ar: HOSTILE } })]),
            organisation: { id: 'iga', name: { en: HOSTILE, ar: HOSTILE } },
          },
        },
      },
    },
    events: { names: ['certification-load'] },
    inline: { valid: iga(), invalid: { ...igaIso9001(), expiryDate: 'soon' }, field: 'expiryDate' },
  },
  {
    tag: 'rating-results',
    base: { view: 'compare', by: 'service' },
    subjects: { A: { services: 'passport' }, B: { services: 'permit' } },
    requests: { A: 'GET /results?services=passport', B: 'GET /results?services=permit' },
    answers: { A: { json: serviceResults('passport', [1, 1, 2, 8, 8]) }, B: { json: serviceResults('permit', [3, 3, 4, 5, 5]) } },
    showing: (el) => (/passport/.test(text(el)) ? 'A' : /permit/.test(text(el)) ? 'B' : undefined),
    errorEvent: 'results-error',
    mistake: ['metric', 'bogus'],
    hostile: { answers: { 'GET /results?services=passport': { json: serviceResults(HOSTILE, [1, 1, 2, 8, 8]) } } },
    events: { names: ['results-load'] },
    inline: {
      valid: serviceResults('passport', [1, 1, 2, 8, 8]),
      invalid: { ...serviceResults('passport', [1]), minGroup: 'ten' },
      field: 'minGroup',
    },
  },
];
