/**
 * `<service-rating>` in every scale and state; the toolbar switches Arabic/English, direction and
 * theme. Each state story shows the three scales side by side. Service ids are illustrative
 * (commercial registration renewal, passport renewal, visa status), as are the figures.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ServiceRating } from '../src/service-rating/define.js';
import { mockApi, type MockReply } from './mock-api.js';
import { applyArgs, publicControls } from './public-api.js';

const SCALES = [
  { scale: 'stars', serviceId: 'cr-renewal', score: 4, average: 4.3, count: 1204 },
  { scale: 'faces', serviceId: 'passport-renewal', score: 1, average: 2.6, count: 311 },
  { scale: 'thumbs', serviceId: 'visa-status', score: 1, average: 0.82, count: 2 },
] as const;

const RECEIPT = { submissionId: '3f1c9a52-7d4e-4b8a-9c61-2a5e8f0b7d13', stored: true };

function summaryRoutes(): Record<string, MockReply> {
  return Object.fromEntries(
    SCALES.map(({ scale, serviceId, average, count }) => [
      `/services/${serviceId}/rating-summary`,
      { json: { serviceId, scale, count, average, distribution: {} } },
    ]),
  );
}

/** Posts to every service answer `reply`. */
function ratingRoutes(reply: MockReply): Record<string, MockReply> {
  return Object.fromEntries(SCALES.map(({ serviceId }) => [`/services/${serviceId}/ratings`, reply]));
}

/** Forgets votes remembered by earlier stories, so each story starts where it says. */
function freshDevice(): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith('jawda:rating:'))
    .forEach((key) => localStorage.removeItem(key));
}

function grid(render: (scale: (typeof SCALES)[number]) => TemplateResult): TemplateResult {
  return html`<div class="rating-grid">${SCALES.map(render)}</div>
    <style>
      .rating-grid { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); align-items: start; }
    </style>`;
}

/** Chooses each element's score and presses send (for the states after sending). */
async function chooseAndSend(canvas: HTMLElement, send: boolean): Promise<void> {
  await customElements.whenDefined('service-rating');
  for (const el of canvas.querySelectorAll<ServiceRating>('service-rating')) {
    await el.updateComplete;
    const score = SCALES.find((s) => s.scale === el.scale)!.score;
    el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${score}"]`)?.click();
    await el.updateComplete;
    if (send) el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
  }
}

// package.json's "sideEffects" lets the bundler drop a bare `import '…/define.js'` of src/; using
// the class keeps the module, and this line keeps the definition whatever the bundler decides.
if (!customElements.get('service-rating')) customElements.define('service-rating', ServiceRating);

const meta: Meta = {
  title: 'Elements/service-rating',
  component: 'service-rating',
  tags: ['autodocs'],
  // The state stories below set their own attributes: no controls there (the Playground has them all).
  parameters: { layout: 'padded', controls: { include: [] } },
};
export default meta;
type Story = StoryObj;

/** Every public property and attribute as a control (custom-elements.json), on one rating. */
export const Playground: Story = {
  args: { serviceId: 'cr-renewal', scale: 'stars', cooldown: 0 },
  parameters: { controls: { include: publicControls('service-rating') } },
  render: (args) => {
    freshDevice();
    mockApi({ ...summaryRoutes(), ...ratingRoutes({ status: 201, json: RECEIPT }) });
    return applyArgs(document.createElement('service-rating'), args);
  },
};

export const Idle: Story = {
  render: () => {
    freshDevice();
    mockApi({ ...summaryRoutes(), ...ratingRoutes({ status: 201, json: RECEIPT }) });
    return grid(({ scale, serviceId }) => html`<service-rating service-id=${serviceId} scale=${scale} cooldown="0"></service-rating>`);
  },
};

export const SelectedWithFollowUp: Story = {
  name: 'Selected, with follow-up',
  render: () => {
    freshDevice();
    mockApi({ ...summaryRoutes(), ...ratingRoutes({ status: 201, json: RECEIPT }) });
    return grid(
      ({ scale, serviceId, score }) =>
        html`<service-rating service-id=${serviceId} scale=${scale} cooldown="0" .score=${score}></service-rating>`,
    );
  },
};

export const Quick: Story = {
  name: 'Selected, quick (score only)',
  render: () => {
    freshDevice();
    mockApi(ratingRoutes({ status: 201, json: RECEIPT }));
    return grid(
      ({ scale, serviceId, score }) =>
        html`<service-rating service-id=${serviceId} scale=${scale} cooldown="0" quick .score=${score}></service-rating>`,
    );
  },
};

export const Submitting: Story = {
  render: () => {
    freshDevice();
    mockApi(ratingRoutes('never'));
    return grid(
      ({ scale, serviceId }) => html`<service-rating service-id=${serviceId} scale=${scale} cooldown="0" quick></service-rating>`,
    );
  },
  play: ({ canvasElement }) => chooseAndSend(canvasElement, true),
};

export const Submitted: Story = {
  render: () => {
    freshDevice();
    mockApi(ratingRoutes({ status: 201, json: RECEIPT }));
    return grid(({ scale, serviceId }) => html`<service-rating service-id=${serviceId} scale=${scale} cooldown="0"></service-rating>`);
  },
  play: ({ canvasElement }) => chooseAndSend(canvasElement, true),
};

export const SubmittedWithSummary: Story = {
  name: 'Submitted, with summary',
  render: () => {
    freshDevice();
    mockApi({ ...summaryRoutes(), ...ratingRoutes({ status: 201, json: RECEIPT }) });
    return grid(
      ({ scale, serviceId }) => html`<service-rating service-id=${serviceId} scale=${scale} cooldown="0" show-summary></service-rating>`,
    );
  },
  play: ({ canvasElement }) => chooseAndSend(canvasElement, true),
};

export const Queued: Story = {
  name: 'Queued (offline, kept on the device)',
  render: () => {
    freshDevice();
    mockApi(ratingRoutes('offline'));
    return grid(({ scale, serviceId }) => html`<service-rating service-id=${serviceId} scale=${scale} cooldown="0"></service-rating>`);
  },
  play: ({ canvasElement }) => chooseAndSend(canvasElement, true),
};

export const ErrorWithFieldErrors: Story = {
  name: 'Error: refused by the server, on a field of the portal (one plain sentence, no field names)',
  render: () => {
    freshDevice();
    mockApi(
      ratingRoutes({
        status: 400,
        json: { error: 'invalid', issues: [{ path: 'transactionId', code: 'invalid_format', message: 'Unknown transaction reference' }] },
      }),
    );
    return grid(
      ({ scale, serviceId }) =>
        html`<service-rating service-id=${serviceId} scale=${scale} cooldown="0" transaction-id="TX-0000"></service-rating>`,
    );
  },
  play: ({ canvasElement }) => chooseAndSend(canvasElement, true),
};

export const AlreadyRated: Story = {
  name: 'Already rated (this transaction, and a cool-down)',
  render: () => {
    freshDevice();
    mockApi(summaryRoutes());
    const now = new Date();
    SCALES.forEach(({ serviceId }) => localStorage.setItem(`jawda:rating:transaction:${serviceId}:TX-2024-000123`, now.toISOString()));
    localStorage.setItem('jawda:rating:service:cr-renewal', now.toISOString());
    return html`${grid(({ scale, serviceId }) => html`<service-rating service-id=${serviceId} scale=${scale} transaction-id="TX-2024-000123" show-summary></service-rating>`)}
      <service-rating service-id="cr-renewal"></service-rating>`;
  },
};

export const ReadonlySummary: Story = {
  name: 'Readonly summary',
  render: () => {
    mockApi(summaryRoutes());
    return grid(({ scale, serviceId }) => html`<service-rating service-id=${serviceId} scale=${scale} readonly></service-rating>`);
  },
};

export const ReadonlyLoading: Story = {
  name: 'Readonly summary, loading',
  render: () => {
    mockApi(Object.fromEntries(SCALES.map(({ serviceId }) => [`/services/${serviceId}/rating-summary`, 'never' as const])));
    return grid(({ scale, serviceId }) => html`<service-rating service-id=${serviceId} scale=${scale} readonly></service-rating>`);
  },
};

export const ConfigurationError: Story = {
  name: 'Configuration error',
  render: () => {
    mockApi({});
    return html`<service-rating></service-rating>
      <service-rating service-id="cr-renewal" scale="hearts"></service-rating>
      <service-rating service-id="cr-renewal" max-length="lots"></service-rating>`;
  },
};

export const InAForm: Story = {
  name: 'Form field (name, required)',
  render: () => html`<form @submit=${(event: Event) => event.preventDefault()}>
    <service-rating name="satisfaction" scale="faces" required></service-rating>
    <button type="submit">Submit / إرسال</button>
    <button type="reset">Reset / إعادة تعيين</button>
  </form>`,
};

export const Floating: Story = {
  name: 'Delivery: floating button',
  render: () => {
    freshDevice();
    mockApi({ ...summaryRoutes(), ...ratingRoutes({ status: 201, json: RECEIPT }) });
    return html`<p>The button sits at the inline-end bottom corner of the page (left in Arabic).</p>
      <service-rating service-id="visa-status" scale="thumbs" delivery="floating" button-label="Was this page useful?" cooldown="0"></service-rating>`;
  },
};

export const DialogOpen: Story = {
  name: 'Delivery: dialog, opened by the host',
  render: () => {
    freshDevice();
    mockApi({ ...summaryRoutes(), ...ratingRoutes({ status: 201, json: RECEIPT }) });
    return html`<button type="button" @click=${(event: Event) => ((event.target as HTMLElement).nextElementSibling as ServiceRating).open()}>Finish the renewal</button>
      <service-rating service-id="cr-renewal" delivery="dialog" transaction-id="TX-2024-000123" open></service-rating>`;
  },
};

export const DialogQueued: Story = {
  name: 'Delivery: dialog, the connection down (vote kept on the device)',
  render: () => {
    freshDevice();
    mockApi({ ...summaryRoutes(), ...ratingRoutes('offline') });
    return html`<service-rating service-id="passport-renewal" delivery="dialog" transaction-id="TX-2024-000456" quick open></service-rating>`;
  },
};

export const DialogAlreadyRated: Story = {
  name: 'Delivery: dialog opened again after a vote (already rated)',
  render: () => {
    freshDevice();
    localStorage.setItem('jawda:rating:transaction:cr-renewal:TX-2024-000789', new Date().toISOString());
    mockApi({ ...summaryRoutes(), ...ratingRoutes({ status: 201, json: RECEIPT }) });
    return html`<service-rating service-id="cr-renewal" delivery="dialog" transaction-id="TX-2024-000789" open></service-rating>`;
  },
};

export const Kiosk: Story = {
  name: 'Kiosk (faces, one tap)',
  render: () => {
    freshDevice();
    mockApi({ ...summaryRoutes(), ...ratingRoutes({ status: 201, json: RECEIPT }) });
    return html`<service-rating service-id="passport-renewal" centre-id="isa-town" kiosk reset-after="5"></service-rating>`;
  },
};

export const KioskOffline: Story = {
  name: 'Kiosk, network down (votes wait, staff count)',
  render: () => {
    mockApi({ ...summaryRoutes(), ...ratingRoutes('offline') });
    return html`<service-rating service-id="passport-renewal" centre-id="isa-town" kiosk reset-after="2"></service-rating>`;
  },
};

export const Themed: Story = {
  name: 'Themed (custom --jawda-* tokens)',
  render: () => {
    freshDevice();
    mockApi({ ...summaryRoutes(), ...ratingRoutes({ status: 201, json: RECEIPT }) });
    return html`<style>
        .themed {
          --jawda-font-latin: 'Segoe UI', Tahoma, sans-serif;
          --jawda-radius: 0;
          --jawda-space: 0.75rem;
          --jawda-accent: #7a1f3d;
          --jawda-star: #7a1f3d;
          --jawda-surface-sunken: #f6eef1;
          --jawda-border-strong: #b48a99;
          --jawda-focus: #d4a017;
          --jawda-accent-dark: #f0a3bd;
          --jawda-dark-star: #f0a3bd;
          max-inline-size: 22rem;
        }
      </style>
      <div class="themed">
        <service-rating service-id="cr-renewal" cooldown="0" show-summary .score=${4}></service-rating>
      </div>`;
  },
};
