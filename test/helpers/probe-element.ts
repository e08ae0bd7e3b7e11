/** A minimal element on the shared core, for testing the core without any real element. */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '../../src/core/i18n/msg.js';
import { apiClient } from '../../src/core/api.js';
import type { RatingSummary } from '../../src/core/contract.js';
import { JawdaElement } from '../../src/core/element.js';
import { ResourceLoader } from '../../src/core/loader.js';
import { base } from '../../src/core/styles/base.js';
import { configurationText, errorView, loadingLabel } from '../../src/core/messages.js';

export class JawdaProbe extends JawdaElement {
  static override styles = base;

  /** When set, the probe loads this service's rating summary like a real element would. */
  @property({ attribute: 'service-id' }) serviceId?: string;

  readonly summary = new ResourceLoader<RatingSummary>(this);

  /** The config the element resolved (exposed for assertions). */
  get resolved() {
    return this.config;
  }

  load() {
    const serviceId = this.serviceId!;
    return this.summary.load(() => apiClient().get(this.config, 'ratingSummary', { serviceId }, 'RatingSummary', this.signal));
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    super.willUpdate(changed);
    if (changed.has('serviceId') && this.serviceId) this.load();
  }

  override render() {
    const problem = this.apiBaseProblem();
    if (problem) return html`<p class="message" data-tone="error" role="alert">${configurationText(problem)}</p>`;
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
