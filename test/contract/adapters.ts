/**
 * One adapter per element for the shared contract suite: how to name two subjects (A and B), what
 * the fake API answers for them, how to see which one is shown, a setup mistake, hostile data, and
 * the events the element fires from inside a host's shadow root.
 */
import '../../src/index.js';
import type { Route } from '../helpers/fake-api.js';
import { iga, igaIso9001, khobar } from '../certification-badge/fixtures.js';
import { isaTown, hostile as hostileEvaluation } from '../centre-scorecard/fixtures.js';

export const HOSTILE = '<img src=x onerror="window.__jawdaPwned=1"><script>window.__jawdaPwned=2</script>';

const ratingSummary = (serviceId: string, count: number) => ({ serviceId, scale: 'stars', count, average: 4.3, distribution: {} });
const muharraq = () => {
  const evaluation = isaTown(5);
  return { ...evaluation, centre: { ...evaluation.centre, id: 'muharraq', name: { en: 'Muharraq Service Centre', ar: 'مركز خدمات المحرق' } } };
};

export interface ContractAdapter {
  tag: string;
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
        'GET /organisations/iga/certifications': { json: { ...iga([igaIso9001({ scope: { en: HOSTILE, ar: HOSTILE } })]), organisation: { id: 'iga', name: { en: HOSTILE, ar: HOSTILE } } } },
      },
    },
    events: { names: ['certification-load'] },
    inline: { valid: iga(), invalid: { ...igaIso9001(), expiryDate: 'soon' }, field: 'expiryDate' },
  },
];
