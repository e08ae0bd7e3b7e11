/**
 * The scorecard in the design language (issue 19, points 1, 8, 9, 11, 14, 15): the result as the
 * hero, criteria in a performance scale (never the portal's brand, never danger for a high score),
 * a compact variant without the cycle switch, a segmented cycle switch, readable chart labels, plain
 * messages, the ranking table, dark mode and axe in every state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Evaluation } from '../../src/core/contract.js';
import { warnings } from '../helpers/console.js';
import { forcedColors } from '../helpers/forced-colors.js';
import { fakeApi, resetJawda, until } from '../helpers/fake-api.js';
import { isaTown } from './fixtures.js';
import { mount, text, withInlineJson, type CentreScorecard } from './helpers.js';
import { rankingOf, taqyeemFive } from './ranking-fixtures.js';

const LANGS = ['en', 'ar'] as const;
const THEMES = ['light', 'dark'] as const;
const px = (value: string) => Number.parseFloat(value);

/** Waits for the evaluation or a message; the first one waits for lazy modules on a slow machine. */
async function settled(el: CentreScorecard): Promise<CentreScorecard> {
  await until(
    () => el.shadowRoot && !el.shadowRoot.querySelector('.placeholder') && el.shadowRoot.querySelector('.scorecard, .notice'),
    'the evaluation or a message',
    8000,
  );
  await el.localeReady();
  return el;
}

/** The computed colour of a private token (e.g. `--_success`) inside the element's shadow root. */
function token(el: CentreScorecard, name: string): string {
  const probe = document.createElement('i');
  el.shadowRoot!.append(probe);
  probe.style.color = `var(${name})`;
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Any CSS colour (rgb, oklab from color-mix) as sRGB bytes, through a canvas. */
function bytes(colour: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** WCAG contrast of two colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = bytes(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function withCriteria(scores: number[]): Evaluation {
  const data = isaTown(5);
  data.criteria = scores.map((score, i) => ({ name: { en: `Criterion ${i + 1}`, ar: `المعيار ${i + 1}` }, weight: 20, score }));
  return data;
}

function taqyeemApi() {
  const routes: Record<string, { json: Evaluation }> = {};
  for (const cycle of [1, 2, 3, 4, 5]) routes[`GET /centres/isa-town/evaluation?cycle=${cycle}`] = { json: isaTown(cycle) };
  routes['GET /centres/isa-town/evaluation'] = { json: isaTown(5) };
  return fakeApi(routes);
}

/** A page in dark colours, as a portal's dark theme would be. */
async function page(theme: 'light' | 'dark', content: TemplateResult): Promise<HTMLElement> {
  return fixture<HTMLElement>(
    theme === 'dark'
      ? html`<div style="background: #0e0f12; color: #f2f2f2; color-scheme: dark; width: 720px">${content}</div>`
      : html`<div style="width: 720px">${content}</div>`,
  );
}

describe('<centre-scorecard>: design language', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  describe('the result as the hero', () => {
    for (const lang of LANGS) {
      it(`(${lang}) percentage at figure size, 700, tabular digits; the tier a named tag with a medal beside it; programme and period below`, async () => {
        const el = await settled(await mount(withInlineJson(isaTown(5), { lang })));
        const score = el.shadowRoot!.querySelector<HTMLElement>('.score')!;
        const style = getComputedStyle(score);
        expect(px(style.fontSize)).to.equal(3 * px(getComputedStyle(el).fontSize));
        expect(style.fontWeight).to.equal('700');
        expect(style.fontVariantNumeric).to.contain('tabular-nums');
        const tier = el.shadowRoot!.querySelector<HTMLElement>('.tier')!;
        expect(text(el, '.tier')).to.equal(lang === 'en' ? 'Gold' : 'ذهبي');
        expect(tier.querySelector('svg')).to.not.equal(null);
        expect(getComputedStyle(tier).backgroundColor, 'a tag: a tinted box').to.not.equal('rgba(0, 0, 0, 0)');
        const s = score.getBoundingClientRect();
        const t = tier.getBoundingClientRect();
        expect(t.top + t.height / 2, 'beside the figure, on its line').to.be.within(s.top, s.bottom);
        const period = el.shadowRoot!.querySelector('[part~="result"] .cycle-label')!;
        expect(period.textContent!.trim()).to.equal(lang === 'en' ? 'Taqyeem 5 · 2024' : 'تقييم ٥ · ٢٠٢٤');
        expect(period.getBoundingClientRect().top, 'below the figure').to.be.at.least(s.bottom - 1);
      });
    }

    for (const theme of THEMES) {
      it(`tier tags are readable (4.5:1) in ${theme}`, async () => {
        for (const tier of ['platinum', 'gold', 'silver', 'bronze'] as const) {
          const data = isaTown(5);
          data.result = { scheme: 'percentage-tier', percentage: 91.4, tier };
          const box = await page(theme, html`${withInlineJson(data, { theme })}`);
          const el = box.querySelector('centre-scorecard')!;
          await settled(el);
          const tag = el.shadowRoot!.querySelector('.tier')!;
          const { color, backgroundColor } = getComputedStyle(tag);
          expect(backgroundColor, 'a tinted tag').to.not.equal('rgba(0, 0, 0, 0)');
          expect(contrast(color, backgroundColor), `${tier}: ${color} on ${backgroundColor}`).to.be.at.least(4.5);
        }
      });
    }
  });

  describe('criteria in a performance scale', () => {
    for (const theme of THEMES) {
      it(`(${theme}) a 97.7% bar is success, never danger nor the accent; bands below`, async () => {
        const box = await page(theme, html`${withInlineJson(withCriteria([97.7, 82, 70, 55]), { theme })}`);
        const el = await settled(box.querySelector('centre-scorecard')!);
        const fills = [...el.shadowRoot!.querySelectorAll('.bar')].map((bar) => getComputedStyle(bar.querySelector('.fill')!).fill);
        expect(fills[0]).to.equal(token(el, '--_success'));
        expect(fills[0]).to.not.equal(token(el, '--_danger'));
        expect(fills[0]).to.not.equal(token(el, '--_accent'));
        expect(fills.slice(1)).to.deep.equal([token(el, '--_info'), token(el, '--_warning'), token(el, '--_danger')]);
        const bar = el.shadowRoot!.querySelector('.bar')!;
        expect(bar.getBoundingClientRect().height).to.equal(8);
        expect(getComputedStyle(bar).backgroundColor, 'a sunken track').to.equal(token(el, '--_subtle'));
      });
    }

    for (const lang of LANGS) {
      it(`(${lang}) weight in words; strongest and weakest as success and warning tags`, async () => {
        const el = await settled(await mount(withInlineJson(isaTown(5), { lang })));
        const criteria = [...el.shadowRoot!.querySelectorAll('[part~="criterion"]')];
        expect(text(el, '.criterion-weight').replace(/\u061c/g, '')).to.equal(lang === 'en' ? 'Weight 20%' : 'الوزن ٢٠٪');
        const strongest = criteria.find((c) => c.getAttribute('data-mark') === 'strongest')!.querySelector('.mark')!;
        const weakest = criteria.find((c) => c.getAttribute('data-mark') === 'weakest')!.querySelector('.mark')!;
        expect(strongest.textContent!.trim()).to.equal(lang === 'en' ? 'Strongest' : 'الأقوى');
        expect(weakest.textContent!.trim()).to.equal(lang === 'en' ? 'Needs improvement' : 'يحتاج تحسينًا');
        expect(getComputedStyle(strongest).color).to.equal(token(el, '--_success'));
        expect(getComputedStyle(weakest).color).to.equal(token(el, '--_warning'));
      });
    }

    it('the trend line is neutral ink, not the accent', async () => {
      const el = await settled(await mount(withInlineJson(isaTown(5), { 'show-history': '' })));
      expect(getComputedStyle(el.shadowRoot!.querySelector('.trend-line polyline')!).stroke).to.equal(token(el, '--_neutral'));
    });
  });

  describe('compact', () => {
    it('figure, tier, the top three criteria and a Details disclosure; no cycle switch', async () => {
      taqyeemApi();
      const full = await settled(await mount(html`<centre-scorecard centre-id="isa-town" variant="full"></centre-scorecard>`));
      expect(full.shadowRoot!.querySelector('.cycles'), 'the full variant has the switch').to.not.equal(null);
      const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town" variant="compact"></centre-scorecard>`, 360));
      const root = el.shadowRoot!;
      expect(root.querySelector('.cycles, input[type="radio"], [role="radiogroup"]'), 'no cycle control').to.equal(null);
      expect(root.querySelector('.score')).to.not.equal(null);
      expect(root.querySelector('.tier')).to.not.equal(null);
      const shown = [...root.querySelectorAll('[part~="criterion"]')].filter((c) => !c.closest('details'));
      expect(shown).to.have.length(3);
      expect(text(el, 'details > summary')).to.equal('Details');
      expect(el.scrollWidth).to.be.at.most(360);
    });
  });

  describe('the cycle switch', () => {
    it('a segmented control: no native radio drawn, selected = accent fill, one row at 360 px that scrolls inside itself', async () => {
      taqyeemApi();
      const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town" variant="full" lang="ar"></centre-scorecard>`, 360));
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.cycles input[type="radio"]')];
      expect(radios).to.have.length(5);
      for (const radio of radios) expect(radio.getBoundingClientRect().width, 'no native radio').to.be.at.most(1);
      const options = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.cycle-option')];
      const selected = options.find((o) => o.querySelector('input')!.checked)!;
      expect(getComputedStyle(selected).backgroundColor).to.equal(token(el, '--_accent'));
      expect(getComputedStyle(selected).color).to.equal(token(el, '--_on-accent'));
      expect(new Set(options.map((o) => Math.round(o.getBoundingClientRect().top))).size, 'one row').to.equal(1);
      for (const o of options) expect(o.getBoundingClientRect().height).to.be.at.least(44);
      expect(el.scrollWidth, 'the page does not scroll sideways').to.be.at.most(360);
      // Forced colours: the chosen cycle keeps HighlightText on Highlight, with no backplate (Canvas) behind its words.
      await forcedColors(true);
      try {
        expect(getComputedStyle(selected).forcedColorAdjust).to.equal('none');
      } finally {
        await forcedColors(false);
      }
    });

    for (const lang of LANGS)
      it(`(${lang}) at 360 px the chosen cycle is in view, not scrolled out of the row (the latest comes last)`, async () => {
        taqyeemApi();
        const el = await settled(
          await mount(html`<centre-scorecard centre-id="isa-town" variant="full" lang=${lang}></centre-scorecard>`, 360),
        );
        const cycles = () => el.shadowRoot!.querySelector<HTMLElement>('.cycles')!;
        expect(cycles().scrollWidth, 'the row is wider than the screen').to.be.greaterThan(cycles().clientWidth);
        // The row is drawn afresh with each evaluation: read it each time.
        const inView = () => {
          const row = cycles();
          const box = row.getBoundingClientRect();
          const chosen = [...row.querySelectorAll<HTMLElement>('.cycle-option')].find((o) => o.querySelector('input')!.checked)!;
          const { left, right } = chosen.getBoundingClientRect();
          return { value: chosen.querySelector('input')!.value, shown: left >= box.left - 0.5 && right <= box.right + 0.5 };
        };
        expect(inView()).to.deep.equal({ value: '5', shown: true });
        el.setAttribute('cycle', '1');
        await until(() => el.shadowRoot!.querySelector<HTMLInputElement>('.cycles :checked')?.value === '1', 'cycle 1 chosen');
        await settled(el);
        expect(inView()).to.deep.equal({ value: '1', shown: true });
        expect(window.scrollY, 'the page itself does not scroll').to.equal(0);
      });
  });

  describe('the cycle switch, hidden when it renders', () => {
    for (const lang of LANGS)
      it(`(${lang}) a scorecard rendered in a closed tab shows its chosen cycle when the tab opens`, async () => {
        taqyeemApi();
        const el = await settled(
          await mount(html`<centre-scorecard centre-id="isa-town" variant="full" lang=${lang} hidden></centre-scorecard>`, 360),
        );
        // Rendered while hidden: the row measured 0 wide then, and nothing moved it since.
        el.hidden = false;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const row = el.shadowRoot!.querySelector<HTMLElement>('.cycles')!;
        expect(row.scrollWidth, 'the row is wider than the screen').to.be.greaterThan(row.clientWidth);
        const chosen = row.querySelector(':checked')!.parentElement!.getBoundingClientRect();
        const box = row.getBoundingClientRect();
        expect(chosen.left >= box.left - 0.5 && chosen.right <= box.right + 0.5, 'cycle 5 is in view').to.equal(true);
        expect(window.scrollY, 'the page itself does not scroll').to.equal(0);
      });
  });

  describe('criteria on a phone', () => {
    for (const lang of LANGS)
      it(`(${lang}) at 360 px each name has the row but its percentage, and the percentages line up at the end`, async () => {
        taqyeemApi();
        const el = await settled(
          await mount(html`<centre-scorecard centre-id="isa-town" variant="full" lang=${lang}></centre-scorecard>`, 360),
        );
        const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.criteria .criterion')];
        expect(rows).to.have.length(5);
        expect(el.shadowRoot!.querySelectorAll('.criteria .mark').length, 'the strongest and the weakest are marked').to.equal(2);
        const ends = new Set<number>();
        const textBox = (node: Element) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return range.getBoundingClientRect();
        };
        for (const row of rows) {
          const name = row.querySelector('.criterion-name')!.getBoundingClientRect();
          const score = textBox(row.querySelector('.criterion-score')!);
          const box = row.getBoundingClientRect();
          // The "Needs improvement" mark under a criterion once widened the percentage's column, squeezing
          // the name onto two lines with its percentage half-way across ("Centre / environment   86.8%").
          expect(name.width, `${row.textContent!.replace(/\s+/g, ' ').trim()}: the name has the row but its percentage`).to.be.at.least(
            box.width - score.width - 8 - 2,
          );
          ends.add(Math.round(lang === 'en' ? score.right : score.left));
        }
        expect(ends.size, 'the percentages end on one line').to.equal(1);
      });
  });

  describe('history chart', () => {
    for (const lang of LANGS) {
      it(`(${lang}) labels at least ${lang === 'ar' ? 13 : 12} px in the muted colour, with axis titles`, async () => {
        const el = await settled(await mount(withInlineJson(isaTown(5), { lang, 'show-history': '' })));
        const labels = [...el.shadowRoot!.querySelectorAll('.trend-row span, .axis-title')];
        expect(labels.length).to.be.at.least(10);
        for (const label of labels) {
          expect(px(getComputedStyle(label).fontSize)).to.be.at.least(lang === 'ar' ? 13 : 12);
          expect(getComputedStyle(label).color).to.equal(token(el, '--_muted'));
        }
        expect([...el.shadowRoot!.querySelectorAll('.axis-title')].map((t) => t.textContent!.trim())).to.deep.equal(
          lang === 'en' ? ['Result (%)', 'Taqyeem cycle'] : ['النتيجة (٪)', 'دورة تقييم'],
        );
        expect(el.shadowRoot!.querySelector('.history-table table'), 'the table fallback stays').to.not.equal(null);
      });

      for (const width of [280, 360])
        it(`(${lang}) at ${width} px each cycle's label fits its column (none runs into the next)`, async () => {
          const el = await settled(await mount(withInlineJson(isaTown(5), { lang, 'show-history': '', surface: 'card' }), width));
          const rows = [...el.shadowRoot!.querySelectorAll('.trend-row')];
          const cycles = [...rows[rows.length - 1]!.querySelectorAll('span')];
          expect(cycles.map((label) => label.textContent)).to.deep.equal(
            lang === 'en' ? ['1', '2', '3', '4', '5'] : ['١', '٢', '٣', '٤', '٥'],
          );
          for (const label of [...rows.flatMap((row) => [...row.querySelectorAll('span')])]) {
            const range = document.createRange();
            range.selectNodeContents(label);
            // "Taqyeem" in each of five columns of a phone's card was wider than its column and ran into the next.
            expect(range.getBoundingClientRect().width, label.textContent!).to.be.at.most(label.getBoundingClientRect().width + 0.5);
          }
        });
    }
  });

  describe('messages in plain words', () => {
    const plain = (message: string) => {
      // Quotes around a value (an apostrophe inside a word, as in "centre's", is no quote).
      expect(message).to.not.match(/["«»“”]|(^|[^\p{L}])['‘’]|['‘’]($|[^\p{L}])/u);
      expect(message).to.not.contain('isa-town');
      expect(message).to.not.contain('cannot be');
    };
    for (const lang of LANGS) {
      it(`(${lang}) not found: the core notice, no quoted id; the id goes to the console`, async () => {
        fakeApi({ 'GET /centres/isa-town/evaluation': { status: 404, json: { error: 'not_found' } } });
        let el!: CentreScorecard;
        const logged = await warnings(async () => {
          el = await settled(await mount(html`<centre-scorecard centre-id="isa-town" cycle="5" lang=${lang}></centre-scorecard>`));
        });
        expect(el.shadowRoot!.querySelector('.notice')).to.not.equal(null);
        plain(text(el, '.notice'));
        expect(text(el, '.notice')).to.equal(
          lang === 'en' ? "This centre's evaluation for cycle 5 could not be found." : 'لم يُعثر على تقييم هذا المركز للدورة ٥.',
        );
        // One warning per page for the same problem: the first language's run logs it.
        if (lang === 'en') expect(logged.join('\n')).to.contain('isa-town');
      });
    }

    it('an unknown result scheme and a wrong cycle attribute: no quotes, no developer words', async () => {
      const data = isaTown(5) as unknown as { result: unknown };
      data.result = { scheme: 'letter-grade', grade: 'A' };
      const unsupported = await settled(await mount(withInlineJson(data)));
      expect(unsupported.shadowRoot!.querySelector('[part~="result"] .notice')).to.not.equal(null);
      plain(text(unsupported, '[part~="result"]'));
      fakeApi({});
      const wrong = await mount(html`<centre-scorecard centre-id="x" cycle="five"></centre-scorecard>`);
      await until(() => wrong.shadowRoot!.querySelector('.notice'), 'the setup notice');
      const message = text(wrong, '.notice');
      expect(message).to.not.match(/["«»“”]|(^|[^\p{L}])['‘’]|['‘’]($|[^\p{L}])/u);
      expect(message).to.not.contain('cannot be');
    });

    it('the ranking: empty and no-match use the core notice', async () => {
      const el = await mount(withInlineJson(rankingOf([]), { variant: 'ranking' }));
      await until(() => el.shadowRoot!.querySelector('.notice'), 'the empty notice', 8000);
      expect(el.shadowRoot!.querySelector('.notice')!.getAttribute('data-tone')).to.equal('neutral');
    });
  });

  describe('the ranking table', () => {
    for (const lang of LANGS) {
      it(`(${lang}) caption, sticky header, tabular numbers, tier tags, aria-sort, this centre's row marked, in a labelled focusable region`, async () => {
        const items = taqyeemFive();
        const current = items[2]!.centre.id;
        const el = await mount(withInlineJson(rankingOf(items), { variant: 'ranking', 'centre-id': current, lang }), 900);
        await until(
          () => el.shadowRoot!.querySelector('.ranking table') && !el.shadowRoot!.querySelector('.placeholder'),
          'the ranking',
          8000,
        );
        await el.localeReady();
        const root = el.shadowRoot!;
        const table = root.querySelector('table')!;
        expect(table.querySelector('caption')!.textContent!.trim()).to.not.equal('');
        expect(getComputedStyle(table.querySelector('thead th')!).position).to.equal('sticky');
        expect(getComputedStyle(table).fontVariantNumeric).to.contain('tabular-nums');
        expect(table.querySelector('thead [aria-sort]')).to.not.equal(null);
        const tag = table.querySelector('tbody .tier')!;
        expect(tag.querySelector('svg')).to.not.equal(null);
        expect(getComputedStyle(tag).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        const mine = table.querySelector('tbody tr[aria-current="true"]')!;
        expect(mine.querySelector('th')!.textContent).to.contain(items[2]!.centre.name[lang]);
        expect(mine.textContent).to.contain(lang === 'en' ? 'This centre' : 'هذا المركز');
        expect(getComputedStyle(mine).backgroundColor).to.not.equal(
          getComputedStyle(table.querySelector('tbody tr:not([aria-current])')!).backgroundColor,
        );
        expect(table.querySelectorAll('[aria-current]')).to.have.length(1);
        const region = table.closest('[role="region"]')!;
        expect(region.getAttribute('tabindex')).to.equal('0');
        expect(root.getElementById(region.getAttribute('aria-labelledby')!)).to.equal(table.querySelector('caption'));
      });
    }
  });

  describe('axe, two instances on a page', () => {
    const states: Record<string, () => TemplateResult | Promise<TemplateResult>> = {
      ready: () =>
        html`${withInlineJson(isaTown(5), { variant: 'full', 'show-history': '' })}${withInlineJson(isaTown(4), { variant: 'compact' })}`,
      'not found': () => {
        fakeApi({
          'GET /centres/isa-town/evaluation': { status: 404, json: { error: 'not_found' } },
          'GET /centres/other/evaluation': { status: 404 },
        });
        return html`<centre-scorecard centre-id="isa-town"></centre-scorecard><centre-scorecard centre-id="other"></centre-scorecard>`;
      },
      ranking: () =>
        html`${withInlineJson(rankingOf(taqyeemFive()), { variant: 'ranking', 'centre-id': taqyeemFive()[1]!.centre.id })}${withInlineJson(rankingOf(taqyeemFive()), { variant: 'ranking', model: 'on-premise' })}`,
    };
    for (const [state, make] of Object.entries(states)) {
      for (const lang of LANGS) {
        for (const theme of THEMES) {
          it(`${state}, ${lang}, ${theme}: no violations`, async () => {
            const box = await page(theme, await make());
            const els = [...box.querySelectorAll('centre-scorecard')];
            for (const el of els) {
              el.setAttribute('lang', lang);
              el.setAttribute('theme', theme);
            }
            await until(
              () =>
                els.every(
                  (el) =>
                    el.shadowRoot &&
                    !el.shadowRoot.querySelector('.placeholder') &&
                    el.shadowRoot.querySelector('.scorecard, .ranking, .notice'),
                ),
              state,
              8000,
            );
            for (const el of els) await el.localeReady();
            await expect(box).to.be.accessible();
          });
        }
      }
    }
  });
});
