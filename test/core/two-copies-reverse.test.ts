/**
 * Two copies of Jawda on one page, the bundle first: a CMS's jawda.min.js (another version) defines
 * the elements, then the app's own copy (src) loads. Nothing from src is imported before the bundle.
 */
import { expect, fixture, html } from '@open-wc/testing';
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

const API = 'https://app.jawda.test/v1';

describe('two copies of Jawda on one page: a bundle of another version first, then src', () => {
  let bundle: JawdaCopy;
  let app: JawdaCopy;
  let loading: { warnings: string[]; errors: unknown[] };

  before(async () => {
    bundle = await loadSecondCopy();
    loading = await watchPage(async () => {
      app = await import('../../src/index.js');
    });
  });

  afterEach(() => app.resetConfiguration());

  it("the app's copy loads without an exception, and the bundle's definitions stand", () => {
    expect(loading.errors).to.deep.equal([]);
    expect(customElements.get('service-rating')).to.equal(bundle.ServiceRating);
    expect(customElements.get('centre-scorecard')).to.equal(bundle.CentreScorecard);
    expect(customElements.get('certification-badge')).to.equal(bundle.CertificationBadge);
  });

  it('one console warning per tag, naming both versions', () => {
    for (const tag of TAGS) {
      const about = loading.warnings.filter((warning) => warning.includes(`<${tag}>`));
      expect(about, tag).to.deep.equal([lostDefinitionWarning(tag, COPY_VERSION, SRC_VERSION)]);
    }
  });

  it("the app's configure() reaches the bundle's elements", async () => {
    const el = await fixture<HTMLElement>(html`<centre-scorecard centre-id="isa-town"></centre-scorecard>`);
    await until(() => shadowText(el, '[role="note"]').includes('Add the api-base attribute to the tag.'), 'the configuration message');
    const api = recordingFetch({ [`${API}/centres/isa-town/evaluation`]: isaTown(5) });
    app.configure({ apiBase: API, fetch: api.fetch });
    await until(() => shadowText(el).includes('Isa Town branch'), "the evaluation from the app's API");
    expect(api.urls).to.deep.equal([`${API}/centres/isa-town/evaluation`]);
  });
});
