import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { configure } from '../../src/core/config.js';
import type { Certification } from '../../src/core/contract.js';
import '../../src/certification-badge/define.js';
import type { CertificationBadge, CertificationVerifiedEvent } from '../../src/certification-badge/define.js';
import { resetJawda, shadowText, until } from '../helpers/fake-api.js';
import {
  certificationPayload,
  fakeFetch,
  ISSUER_ID,
  ISSUER_NAME,
  listUrl,
  makeSigner,
  seconds,
  sign,
  signedStatusList,
  tamperPayload,
  TEST_ALGORITHMS,
  trustOf,
  type Signer,
} from '../helpers/signing.js';
import { igaIso9001, NOW } from './fixtures.js';
import { $, $$ } from './helpers.js';

type Lang = 'en' | 'ar';

/** The time "status checked {time}" prints: the reader's clock, in the page's digits. */
const checkedTime = (lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-u-nu-latn' : 'ar-u-nu-arab', { timeStyle: 'short' }).format(NOW);

/**
 * A record of the iGA's ISO 9001 certificate signed by `signer`, its revocation and suspension lists
 * served by a counting fetch. Beside it, unsigned fields a forger would like to be believed.
 */
async function published(
  signer: Signer,
  { revoked = false, suspended = false, listsServed = true, payload = {} as Record<string, unknown> } = {},
) {
  const lists = { revocation: listUrl('revocation'), suspension: listUrl('suspension') };
  const network = fakeFetch(
    listsServed
      ? {
          [lists.revocation]: await signedStatusList(signer, 'revocation', { set: revoked ? [42] : [7] }),
          [lists.suspension]: await signedStatusList(signer, 'suspension', { set: suspended ? [42] : [43] }),
        }
      : {},
  );
  const record = await sign(signer, certificationPayload(lists, { overrides: payload }));
  return { lists, network, record };
}

/** The inline certification: the signed record, beside unsigned fields that say otherwise. */
const carrying = (signed: string | undefined, overrides: Partial<Certification> = {}) =>
  igaIso9001({ certificateNumber: 'FORGED-0001', expiryDate: '2099-01-01', status: 'active', signed, ...overrides });

const inline = (certification: Certification) => JSON.stringify(certification);

/** Every `certification-verified` heard on the document while the test runs. */
function listen(): CertificationVerifiedEvent[] {
  const heard: CertificationVerifiedEvent[] = [];
  const listener = (event: CertificationVerifiedEvent) => heard.push(event);
  document.addEventListener('certification-verified', listener);
  after.push(() => document.removeEventListener('certification-verified', listener));
  return heard;
}
const after: (() => void)[] = [];

/** Mounts `template` and waits for the badge inside it to have shown its records, checked. */
async function show(template: TemplateResult): Promise<CertificationBadge> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'certification-badge' ? root : root.querySelector('certification-badge')!) as CertificationBadge;
  await until(() => el.shadowRoot && !el.shadowRoot.querySelector('.loading'), 'the badge to show its checked records', 5000);
  await el.localeReady();
  return el;
}

const card = (lang: Lang, certification: Certification, attributes = '') =>
  attributes === 'require-signature'
    ? html`<certification-badge lang=${lang} variant="card" require-signature
        ><script type="application/json">
          ${inline(certification)}
        </script></certification-badge
      >`
    : html`<certification-badge lang=${lang} variant="card"
        ><script type="application/json">
          ${inline(certification)}
        </script></certification-badge
      >`;

/** What the citizen reads in a card: the status line, the signer line, whether facts are shown. */
const read = (el: CertificationBadge) => ({
  status: shadowText(el, '[part="status"]'),
  tone: $(el, '[part="status"]')!.dataset.tone,
  signer: shadowText(el, '.signer'),
  facts: $$(el, 'dl[part="details"]').length > 0,
  number: shadowText(el, 'dl'),
});

interface Case {
  state: string;
  /** The record, the trust list and the network for it. */
  make(signer: Signer): Promise<{ record: string; trust: ReturnType<typeof trustOf>; network: ReturnType<typeof fakeFetch> }>;
  words: Record<Lang, { status: string; signer: string }>;
  tone: string;
  proven: boolean;
}

const issuerName = (lang: Lang) => ISSUER_NAME[lang];

const CASES: Case[] = [
  {
    state: 'verified',
    make: async (signer) => ({ ...(await published(signer)), trust: trustOf([signer]) }),
    words: {
      en: {
        status: 'Valid certificate Valid until March 12, 2027',
        signer: `Verified by ${issuerName('en')}, status checked ${checkedTime('en')}`,
      },
      ar: {
        status: 'شهادة سارية سارية حتى ١٢ مارس ٢٠٢٧',
        signer: `موثّقة من ${issuerName('ar')}، وتُحقِّق من حالتها الساعة ${checkedTime('ar')}`,
      },
    },
    tone: 'success',
    proven: true,
  },
  {
    state: 'revoked',
    make: async (signer) => ({ ...(await published(signer, { revoked: true })), trust: trustOf([signer]) }),
    words: {
      en: { status: 'Withdrawn', signer: `Withdrawn by ${issuerName('en')}, checked ${checkedTime('en')}` },
      ar: { status: 'مسحوبة', signer: `سحبتها ${issuerName('ar')}، وتُحقِّق من ذلك الساعة ${checkedTime('ar')}` },
    },
    tone: 'danger',
    proven: true,
  },
  {
    state: 'suspended',
    make: async (signer) => ({ ...(await published(signer, { suspended: true })), trust: trustOf([signer]) }),
    words: {
      en: { status: 'Suspended', signer: `Suspended by ${issuerName('en')}, checked ${checkedTime('en')}` },
      ar: { status: 'موقوفة', signer: `أوقفتها ${issuerName('ar')}، وتُحقِّق من ذلك الساعة ${checkedTime('ar')}` },
    },
    tone: 'danger',
    proven: true,
  },
  {
    state: 'expired',
    make: async (signer) => ({
      ...(await published(signer, { payload: { validUntil: '2026-11-01T00:00:00Z', exp: seconds('2026-11-01T00:00:00Z') } })),
      trust: trustOf([signer]),
    }),
    words: {
      en: { status: 'Expired Expired on November 1, 2026', signer: `Signed by ${issuerName('en')}, checked ${checkedTime('en')}` },
      ar: {
        status: 'منتهية انتهت صلاحيتها في ١ نوفمبر ٢٠٢٦',
        signer: `موقّعة من ${issuerName('ar')}، وتُحقِّق منها الساعة ${checkedTime('ar')}`,
      },
    },
    tone: 'neutral',
    proven: true,
  },
  {
    state: 'status-unavailable',
    make: async (signer) => ({ ...(await published(signer, { listsServed: false })), trust: trustOf([signer]) }),
    words: {
      en: {
        status: 'Status not checked Signature valid; current status could not be checked',
        signer: `Signed by ${issuerName('en')}, checked ${checkedTime('en')}`,
      },
      ar: {
        status: 'لم يُتحقَّق من الحالة التوقيع صالح، لكن تعذّر التحقق من الحالة الحالية',
        signer: `موقّعة من ${issuerName('ar')}، وتُحقِّق منها الساعة ${checkedTime('ar')}`,
      },
    },
    tone: 'warning',
    proven: true,
  },
  {
    state: 'signature-invalid',
    make: async (signer) => {
      const { record, network } = await published(signer);
      return { record: tamperPayload(record), network, trust: trustOf([signer]) };
    },
    words: {
      en: { status: 'Signature invalid Signature invalid: do not rely on this record', signer: '' },
      ar: { status: 'التوقيع غير صالح التوقيع غير صالح: لا تعتمد على هذا السجل', signer: '' },
    },
    tone: 'danger',
    proven: false,
  },
  {
    state: 'unknown-signer',
    make: async (signer) => {
      const { record, network } = await published(signer);
      const other = await makeSigner(signer.alg);
      return { record, network, trust: trustOf([other], { id: 'https://another-body.jawda.test/issuer' }) };
    },
    words: {
      en: { status: 'Untrusted signer Signed by an issuer this portal does not trust', signer: '' },
      ar: { status: 'جهة توقيع غير موثوقة موقّعة من جهة لا تثق بها هذه البوابة', signer: '' },
    },
    tone: 'warning',
    proven: false,
  },
];

afterEach(() => {
  after.splice(0).forEach((undo) => undo());
  resetJawda();
});

for (const alg of TEST_ALGORITHMS) {
  for (const lang of ['en', 'ar'] as const) {
    describe(`certification-badge: signed records, ${alg}, ${lang}`, () => {
      let signer: Signer;
      beforeEach(async () => {
        signer = await makeSigner(alg);
      });

      for (const { state, make, words, tone, proven } of CASES) {
        it(`${state}: its words, its tone, what is shown comes from the verified payload only, one event`, async () => {
          const { record, trust, network } = await make(signer);
          configure({ trust, fetch: network.fetch, now: () => NOW });
          const heard = listen();
          const el = await show(card(lang, carrying(record)));
          const shown = read(el);
          expect(shown.status).to.equal(words[lang].status);
          expect(shown.tone).to.equal(tone);
          expect(shown.signer).to.equal(words[lang].signer);
          expect(shown.facts, 'facts only from a payload whose signature holds').to.equal(proven);
          expect(shadowText(el), 'never the unsigned fields').not.to.include('FORGED');
          if (proven) expect(shown.number).to.include('BH-QMS-2024-117');
          await el.updateComplete;
          expect(heard.map((event) => event.detail)).to.deep.equal([
            {
              certificateId: 'BV-ISO9001-2023-117',
              state,
              issuer: proven ? { id: ISSUER_ID, name: ISSUER_NAME } : undefined,
              checkedAt: NOW.toISOString(),
            },
          ]);
          expect(heard[0].bubbles && heard[0].composed).to.equal(true);
          await expect(el).to.be.accessible();
        });
      }

      it('unsupported: a browser without the algorithm says it cannot check, and shows none of the record', async () => {
        const { record, network } = await published(signer);
        configure({ trust: trustOf([signer]), fetch: network.fetch, now: () => NOW });
        const importKey = crypto.subtle.importKey;
        crypto.subtle.importKey = (() => Promise.reject(new DOMException('no such algorithm', 'NotSupportedError'))) as never;
        after.push(() => (crypto.subtle.importKey = importKey));
        const heard = listen();
        const el = await show(card(lang, carrying(record)));
        expect(read(el)).to.include({
          status:
            lang === 'en'
              ? 'Signature not checked This browser cannot check the signature'
              : 'لم يُفحَص التوقيع لا يستطيع هذا المتصفح فحص التوقيع',
          tone: 'neutral',
          facts: false,
        });
        expect(heard.map((event) => event.detail.state)).to.deep.equal(['unsupported']);
        await expect(el).to.be.accessible();
      });

      it("verified through the page's trust script (for content editors), in the pill: one line, the check in its name", async () => {
        const { record, network } = await published(signer);
        configure({ fetch: network.fetch, now: () => NOW });
        const heard = listen();
        const el = await show(html`<div>
          <script type="application/json" data-jawda-trust>
            ${JSON.stringify(trustOf([signer]))}
          </script>
          <certification-badge lang=${lang} variant="pill"
            ><script type="application/json">
              ${inline(carrying(record))}
            </script></certification-badge
          >
        </div>`);
        const pill = $(el, '[part="pill"]')!;
        expect(shadowText(el, '[part="pill"]')).to.equal(lang === 'en' ? 'Valid · ISO 9001:2015' : 'سارية · ISO 9001:2015');
        expect(pill.getAttribute('aria-label')).to.equal(
          lang === 'en'
            ? `Valid, ISO 9001:2015, Verified by ${ISSUER_NAME.en}, status checked ${checkedTime('en')}, Valid until March 12, 2027`
            : `سارية، ISO 9001:2015، موثّقة من ${ISSUER_NAME.ar}، وتُحقِّق من حالتها الساعة ${checkedTime('ar')}، سارية حتى ١٢ مارس ٢٠٢٧`,
        );
        expect(heard.map((event) => event.detail.state)).to.deep.equal(['verified']);
        await expect(el).to.be.accessible();
      });

      it('a pill whose record is not proven names its check, not the standard the record claims', async () => {
        const { record, network } = await published(signer);
        configure({ trust: trustOf([signer]), fetch: network.fetch, now: () => NOW });
        const el = await show(html`<certification-badge lang=${lang} variant="pill"
          ><script type="application/json">
            ${inline(carrying(tamperPayload(record)))}
          </script></certification-badge
        >`);
        const pill = $(el, '[part="pill"]')!;
        expect(pill.dataset.status).to.equal('signature-invalid');
        expect(pill.dataset.tone).to.equal('danger');
        expect(shadowText(el, '[part="pill"]')).to.equal(lang === 'en' ? 'Signature invalid' : 'التوقيع غير صالح');
        expect(pill.getAttribute('aria-label')).to.equal(
          lang === 'en'
            ? 'Signature invalid, Signature invalid: do not rely on this record'
            : 'التوقيع غير صالح، التوقيع غير صالح: لا تعتمد على هذا السجل',
        );
        await expect(el).to.be.accessible();
      });
    });
  }
}

describe('certification-badge: signed records on a page', () => {
  it('certification-load carries what is shown, after the check: the verified payload, never the unsigned fields beside it', async () => {
    const signer = await makeSigner('ES256');
    const { record, network } = await published(signer);
    configure({ trust: trustOf([signer]), fetch: network.fetch, now: () => NOW });
    const loads: { certifications: Certification[] }[] = [];
    const heardLoad = (event: Event) => loads.push((event as CustomEvent<{ certifications: Certification[] }>).detail);
    document.addEventListener('certification-load', heardLoad);
    after.push(() => document.removeEventListener('certification-load', heardLoad));
    const verified = listen();
    const el = await show(card('en', carrying(record)));
    await el.updateComplete;
    expect(verified.length, 'checked').to.equal(1);
    expect(loads.length, 'one load event').to.equal(1);
    const [shown] = loads[0].certifications;
    expect(shown.certificateNumber, 'the signed number, not the forged one beside it').to.equal('BH-QMS-2024-117');
    expect(shown.expiryDate).to.not.equal('2099-01-01');
  });

  it('while the check runs, the skeleton: never "valid" before the answer', async () => {
    const signer = await makeSigner('ES256');
    const { record, network } = await published(signer);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    configure({ trust: trustOf([signer]), fetch: async (input, init) => (await held, network.fetch(input, init)), now: () => NOW });
    const el = await fixture<CertificationBadge>(card('en', carrying(record)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($(el, '.loading'), 'the skeleton while the status list is on its way').to.exist;
    expect(shadowText(el)).not.to.include('Valid');
    release();
    await until(() => !$(el, '.loading'), 'the answer');
    expect(shadowText(el, '[part="status"]')).to.include('Valid certificate');
  });

  it('several badges sharing one status list make one request for each list, each badge one event', async () => {
    const signer = await makeSigner('ES256');
    const { record, network, lists } = await published(signer);
    const second = await sign(
      signer,
      certificationPayload(lists, {
        index: 43,
        overrides: { credentialSubject: { ...igaIso9001(), id: 'second', status: undefined, lastVerifiedAt: undefined } },
      }),
    );
    configure({ trust: trustOf([signer]), fetch: network.fetch, now: () => NOW });
    const heard = listen();
    const root = await fixture<HTMLElement>(html`<div>
      ${[record, record, second, second, record].map(
        (signed) => html`<certification-badge variant="pill"
          ><script type="application/json">
            ${inline(carrying(signed))}
          </script></certification-badge
        >`,
      )}
    </div>`);
    const badges = [...root.querySelectorAll('certification-badge')];
    await until(() => badges.every((badge) => badge.shadowRoot?.querySelector('[part="pill"]')), 'every badge checked', 5000);
    expect(network.count(lists.revocation)).to.equal(1);
    expect(network.count(lists.suspension)).to.equal(1);
    expect(heard).to.have.length(5);
    expect(new Set(heard.map((event) => event.target)).size).to.equal(5);
    expect(badges.map((badge) => badge.shadowRoot!.querySelector<HTMLElement>('[part="pill"]')!.dataset.status)).to.deep.equal([
      'valid',
      'valid',
      'suspended',
      'suspended',
      'valid',
    ]);
    await expect(root).to.be.accessible();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`require-signature (${lang}): an unsigned record is "Not verified", shows none of its claims; without it, as today`, async () => {
      configure({ now: () => NOW });
      const heard = listen();
      const required = await show(card(lang, igaIso9001(), 'require-signature'));
      expect(read(required)).to.include({
        status:
          lang === 'en'
            ? 'Not verified This record is not signed, and this portal accepts only signed records'
            : 'غير موثّقة هذا السجل غير موقّع، ولا تقبل هذه البوابة إلا السجلات الموقّعة',
        tone: 'warning',
        facts: false,
      });
      expect(heard.map((event) => event.detail)).to.deep.equal([
        { certificateId: 'BV-ISO9001-2023-117', state: 'unsigned', issuer: undefined, checkedAt: NOW.toISOString() },
      ]);
      await expect(required).to.be.accessible();

      const today = await show(card(lang, igaIso9001()));
      expect(read(today).status).to.equal(
        lang === 'en' ? 'Valid certificate Valid until March 12, 2027' : 'شهادة سارية سارية حتى ١٢ مارس ٢٠٢٧',
      );
      expect(heard, 'no check of an unsigned record when none is required').to.have.length(1);
    });
  }

  it('configure({ requireSignature: true }) requires it of every badge', async () => {
    configure({ now: () => NOW, requireSignature: true });
    const el = await show(html`<certification-badge variant="pill"
      ><script type="application/json">
        ${inline(igaIso9001())}
      </script></certification-badge
    >`);
    expect(shadowText(el, '[part="pill"]')).to.equal('Not verified');
    expect($(el, '[part="pill"]')!.dataset.status).to.equal('unsigned');
  });

  it('configure({ trust }) wins over the page: a signer only the page trusts is not trusted', async () => {
    const signer = await makeSigner('ES256');
    const other = await makeSigner('ES256');
    const { record, network } = await published(signer);
    configure({ trust: trustOf([other], { id: 'https://another-body.jawda.test/issuer' }), fetch: network.fetch, now: () => NOW });
    const el = await show(html`<div>
      <script type="application/json" data-jawda-trust>
        ${JSON.stringify(trustOf([signer]))}
      </script>
      ${card('en', carrying(record))}
    </div>`);
    expect($(el, '[part="status"]')!.dataset.status).to.equal('unknown-signer');
  });
});
