/**
 * Two copies of Jawda on one page, this one (src) first: the page's own import defines the elements,
 * then a second, self-contained bundle of another version loads (a CMS's jawda.min.js after an app's
 * bundle, or the other way round: see two-copies-reverse.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import * as copy1 from '../../src/index.js';
import { apiClient } from '../../src/core/api.js';
import { isaTown } from '../centre-scorecard/fixtures.js';
import {
  COPY_VERSION,
  SRC_VERSION,
  TAGS,
  loadSecondCopy,
  lostDefinitionWarning,
  recordingFetch,
  shadowText,
  until,
  watchPage,
  type JawdaCopy,
} from '../helpers/second-copy.js';

const API = 'https://copy-two.jawda.test/v1';

describe('two copies of Jawda on one page: src first, then a bundle of another version', () => {
  let copy2: JawdaCopy;
  let loading: { warnings: string[]; errors: unknown[] };

  before(async () => {
    loading = await watchPage(async () => {
      copy2 = await loadSecondCopy();
    });
  });

  afterEach(() => {
    copy1.resetConfiguration();
    apiClient().clearCache();
  });

  it('the second copy loads without an exception', () => {
    expect(loading.errors).to.deep.equal([]);
    expect(copy2.configure).to.be.a('function');
    expect(copy2.ServiceRating, 'it really is another copy').to.not.equal(copy1.ServiceRating);
    const page = (globalThis as unknown as Record<symbol, { versions?: string[] } | undefined>)[Symbol.for('jawda.page')];
    expect(page?.versions, 'both copies share one page registry').to.deep.equal([SRC_VERSION, COPY_VERSION]);
  });

  it('the first definition wins: every tag keeps the class of the copy that defined it first', () => {
    expect(customElements.get('service-rating')).to.equal(copy1.ServiceRating);
    expect(customElements.get('centre-scorecard')).to.equal(copy1.CentreScorecard);
    expect(customElements.get('certification-badge')).to.equal(copy1.CertificationBadge);
  });

  it('one console warning per tag, naming both versions', () => {
    for (const tag of TAGS) {
      const about = loading.warnings.filter((warning) => warning.includes(`<${tag}>`));
      expect(about, tag).to.deep.equal([lostDefinitionWarning(tag, SRC_VERSION, COPY_VERSION)]);
    }
    expect(
      loading.warnings.filter((warning) => warning.startsWith('[jawda]')),
      'nothing else from Jawda',
    ).to.have.length(TAGS.length);
  });

  it("the second copy's configure() reaches an element of the first copy: it loads from the second copy's API", async () => {
    const el = await fixture<HTMLElement>(html`<centre-scorecard centre-id="isa-town"></centre-scorecard>`);
    await until(() => shadowText(el, '[role="note"]'), 'the configuration message');
    expect(shadowText(el, '[role="note"]')).to.equal("This scorecard can't be shown Add the api-base attribute to the tag.");

    const api = recordingFetch({ [`${API}/centres/isa-town/evaluation`]: isaTown(5) });
    const seen = await watchPage(async () => {
      copy2.configure({ apiBase: API, fetch: api.fetch });
      await until(() => shadowText(el).includes('Isa Town branch'), "the evaluation from the second copy's API");
    });
    expect(seen.errors).to.deep.equal([]);
    expect(api.urls).to.deep.equal([`${API}/centres/isa-town/evaluation`]);
    expect(shadowText(el)).to.not.contain('api-base');
  });

  it("the first copy's settings are the second copy's too: its resetConfiguration() undoes them", async () => {
    const api = recordingFetch({ [`${API}/centres/isa-town/evaluation`]: isaTown(5) });
    copy1.configure({ apiBase: API, fetch: api.fetch });
    const el = await fixture<HTMLElement>(html`<centre-scorecard centre-id="isa-town"></centre-scorecard>`);
    await until(() => shadowText(el).includes('Isa Town branch'), 'the evaluation');
    copy2.resetConfiguration();
    await until(
      () => shadowText(el, '[role="note"]').includes('Add the api-base attribute to the tag.'),
      'the configuration message again',
    );
  });

  it('every element still works after the second copy loaded', async () => {
    for (const tag of TAGS) {
      const el = await fixture<HTMLElement>(`<${tag}></${tag}>`);
      await until(() => shadowText(el), `<${tag}> to render`);
      expect(el).to.be.instanceOf(customElements.get(tag)!);
    }
  });
});
