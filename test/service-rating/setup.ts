/** Shared set-up for the <service-rating> tests: a clean device (no outbox, no votes) per test. */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { resetOutbox, OUTBOX_DATABASE } from '../../src/core/outbox.js';
import { resetDeliveryTrigger } from '../../src/core/outbox-trigger.js';
import { resetJawda, until } from '../helpers/fake-api.js';
import '../../src/service-rating/define.js';
import type { ServiceRating } from '../../src/service-rating/service-rating.js';

export const RATINGS = 'POST /services/cr-renewal/ratings';
export const SUMMARY = 'GET /services/cr-renewal/rating-summary';

export const summary = (over: object = {}) => ({
  serviceId: 'cr-renewal',
  scale: 'stars',
  count: 1204,
  average: 4.3,
  distribution: { '5': 700, '4': 300, '3': 104, '2': 50, '1': 50 },
  ...over,
});

/** A 201 receipt echoing the submission id of the request. */
export const stored = (request: { body: unknown }) => ({
  status: 201,
  json: { submissionId: (request.body as { submissionId: string }).submissionId, stored: true },
});

/** Forgets configuration, the outbox (IndexedDB and localStorage) and remembered votes. */
export async function cleanDevice(): Promise<void> {
  resetJawda();
  await resetOutbox();
  resetDeliveryTrigger();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(OUTBOX_DATABASE);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
  localStorage.clear();
}

/** Renders a rating and waits until it shows its locale's text. */
export async function rating(template: TemplateResult): Promise<ServiceRating> {
  const el = await fixture<ServiceRating>(template);
  await el.localeReady();
  return el;
}

export const radios = (el: ServiceRating) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
export const radio = (el: ServiceRating, score: number) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${score}"]`)!;
export const optionName = (input: HTMLInputElement) =>
  (input.getAttribute('aria-label') ?? input.labels![0].textContent!).replace(/\s+/g, ' ').trim();
export const focused = (el: ServiceRating) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Clicks the send button and waits for the element to leave `submitting`. */
export async function send(el: ServiceRating): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await until(() => el.state !== 'submitting', 'the end of submitting', 5000);
  await el.updateComplete;
}

/** Chooses a score as a mouse user does (a click on the option). */
export async function pick(el: ServiceRating, score: number): Promise<void> {
  radio(el, score).labels![0].click();
  await el.updateComplete;
}
