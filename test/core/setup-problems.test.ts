/** core/setup-problems.ts alone: a plain LitElement with the setup-problems controller and nothing else of Jawda's. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import type { JawdaError } from '../../src/core/errors.js';
import { inLocale, loadCatalogue } from '../../src/core/i18n/catalogues.js';
import { formats } from '../../src/core/i18n/format.js';
import { msg } from '../../src/core/i18n/msg.js';
import type { ConfigurationProblem } from '../../src/core/messages.js';
import { SetupProblems } from '../../src/core/setup-problems.js';
import { warnings } from '../helpers/console.js';
import { shadowText } from '../helpers/fake-api.js';

class ProblemsProbe extends LitElement {
  static override properties = { size: {} };
  size?: string;
  readonly reported: JawdaError[] = [];
  readonly setup = new SetupProblems(this, {
    problems: (): (ConfigurationProblem | undefined)[] => [
      this.size && !['small', 'large'].includes(this.size)
        ? { attribute: 'size', value: this.size, reason: 'unknown-value', allowed: ['small', 'large'] }
        : undefined,
      this.hasAttribute('id') ? undefined : { attribute: 'id', value: '', reason: 'missing' },
    ],
    heading: () => msg("This can't be shown"),
    event: (_host, error) => {
      this.reported.push(error);
      return new CustomEvent('probe-error', { detail: error, bubbles: true, composed: true });
    },
  });

  protected override willUpdate(): void {
    this.setup.check();
  }

  // As JawdaElement does: a problem's words are a chunk, and updateComplete waits for them.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const words = this.setup.wait();
    return words ? (await words, super.getUpdateComplete()) : done;
  }

  protected override render() {
    const locale = this.getAttribute('lang') === 'ar' ? 'ar' : 'en';
    const { problem } = this.setup;
    return inLocale(locale, () => (problem ? this.setup.view(problem, formats(locale, undefined, 'gregory')) : nothing));
  }
}
customElements.define('problems-probe', ProblemsProbe);

describe('core/setup-problems: the first mistake stands, named, warned once, reported once', () => {
  it("shows the first problem in order of importance, in the reader's language, naming attribute and value", async () => {
    await loadCatalogue('ar');
    const english = await fixture<ProblemsProbe>(html`<problems-probe size="huge"></problems-probe>`);
    expect(english.setup.problem?.attribute).to.equal('size');
    expect(shadowText(english)).to.contain("This can't be shown").and.contain('size is set to huge. Use small or large.');
    expect(english.shadowRoot!.querySelector('[part="message"]')!.getAttribute('role')).to.equal('note');
    const arabic = await fixture<ProblemsProbe>(html`<problems-probe lang="ar" size="huge"></problems-probe>`);
    expect(shadowText(arabic))
      .to.match(/[\u0600-\u06FF]/)
      .and.contain('size')
      .and.contain('huge');
  });

  it('warns once in English and fires one error event per problem, however often it renders; a new problem is reported again', async () => {
    const heard: CustomEvent[] = [];
    let el!: ProblemsProbe;
    const seen = await warnings(async () => {
      el = await fixture<ProblemsProbe>(
        html`<problems-probe lang="ar" size="giant" @probe-error=${(e: CustomEvent) => heard.push(e)}></problems-probe>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      el.size = 'small'; // fixed: the next problem in order stands
      await el.updateComplete;
    });
    expect(heard.map((e) => [e.detail.kind, e.detail.details.attribute])).to.deep.equal([
      ['misconfigured', 'size'],
      ['misconfigured', 'id'],
    ]);
    expect(heard[0].detail.message, 'the event says it in English').to.equal(
      "This can't be shown: size is set to giant. Use small, or large.",
    );
    expect(seen.filter((text) => text.includes('size is set to giant'))).to.have.length(1);
    expect(seen.find((text) => text.includes('<problems-probe>'))).to.exist;
    el.id = 'fixed';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.setup.problem).to.equal(undefined);
    expect(shadowText(el)).to.equal('');
  });
});
