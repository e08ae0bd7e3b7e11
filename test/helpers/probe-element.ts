/** A minimal element on the shared core, for testing the core without any real element. */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '../../src/core/i18n/msg.js';
import { apiClient } from '../../src/core/api.js';
import type { RatingSummary } from '../../src/core/contract.js';
import { DataController } from '../../src/core/data.js';
import { JawdaElement } from '../../src/core/element.js';
import type { JawdaError } from '../../src/core/errors.js';
import { JawdaEvent } from '../../src/core/events.js';
import { base } from '../../src/core/styles/base.js';
import { errorView, loadingLabel } from '../../src/core/messages.js';

class ProbeErrorEvent extends JawdaEvent<JawdaError> {
  static override readonly type = 'probe-error';
}

export class JawdaProbe extends JawdaElement {
  static override styles = base;

  /** When set, the probe loads this service's rating summary like a real element would. */
  @property({ attribute: 'service-id' }) serviceId?: string;

  readonly summary = new DataController(this, {
    args: () => (this.serviceId ? ([this.serviceId, this.config.apiBase?.href] as const) : undefined),
    load: ([serviceId], signal) =>
      apiClient().get(this.config, 'ratingSummary', { serviceId }, 'RatingSummary', signal) as Promise<RatingSummary>,
  });

  /** The config the element resolved (exposed for assertions). */
  get resolved() {
    return this.config;
  }

  load() {
    this.summary.reload();
  }

  protected override problems() {
    return [this.config.apiBaseProblem];
  }

  protected errorEvent(error: JawdaError): Event {
    return new ProbeErrorEvent(error);
  }

  protected view() {
    const state = this.summary.state;
    if (this.serviceId && state.status === 'error') return errorView(state.error, { onRetry: () => this.load() });
    if (this.serviceId && state.status === 'ready') return html`<p id="count">${this.format.number(state.data.count)}</p>`;
    return html`<p id="text">${loadingLabel()}</p>
      <p id="number">${this.format.number(1204.5)}</p>
      <button type="button">${msg('Try again')}</button>`;
  }
}
customElements.define('jawda-probe', JawdaProbe);
declare global {
  interface HTMLElementTagNameMap {
    'jawda-probe': JawdaProbe;
  }
}
