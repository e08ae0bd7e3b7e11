/** A minimal element on the shared core, for testing the core without any real element. */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { JawdaElement } from '../../src/core/element.js';
import { base } from '../../src/core/styles/base.js';
import { configurationText, loadingLabel } from '../../src/core/messages.js';

export class JawdaProbe extends JawdaElement {
  static override styles = base;

  /** The config the element resolved (exposed for assertions). */
  get resolved() {
    return this.config;
  }

  override render() {
    const problem = this.apiBaseProblem();
    if (problem) return html`<p class="message" data-tone="error" role="alert">${configurationText(problem)}</p>`;
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
