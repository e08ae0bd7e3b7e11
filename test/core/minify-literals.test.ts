/**
 * The build minifies the text of Lit's css`` templates (scripts/minify-literals.mjs). Every
 * stylesheet of Jawda, minified, must be the same stylesheet to the browser's own CSS parser: rule
 * for rule, as the CSSOM serialises it.
 */
import { expect } from '@open-wc/testing';
import type { CSSResult, CSSResultGroup } from 'lit';
import { minifyCss } from '../../scripts/minify-literals.mjs';
import { tokens } from '../../src/core/styles/tokens.js';
import { base } from '../../src/core/styles/base.js';
import { dialogStyles } from '../../src/core/styles/dialog.js';
import { panelStyles } from '../../src/core/styles/panel.js';
import { styles as ratingStyles } from '../../src/service-rating/service-rating.styles.js';
import { kioskStyles } from '../../src/service-rating/kiosk.js';
import { deliveryStyles } from '../../src/service-rating/delivery.js';
import { noScriptStyles } from '../../src/service-rating/no-script.js';
import { styles as scorecardStyles } from '../../src/centre-scorecard/centre-scorecard.styles.js';
import { rankingStyles } from '../../src/centre-scorecard/ranking.styles.js';
import { styles as historyStyles } from '../../src/centre-scorecard/history.js';
import { styles as schemeStyles } from '../../src/centre-scorecard/schemes.js';
import { styles as badgeStyles } from '../../src/certification-badge/certification-badge.styles.js';
import { styles as badgeDetailStyles } from '../../src/certification-badge/details.js';

const flat = (group: CSSResultGroup): CSSResult[] =>
  Array.isArray(group) ? group.flatMap((item) => flat(item as CSSResultGroup)) : [group as CSSResult];

/**
 * What the browser makes of a stylesheet: each rule as the CSSOM writes it. The CSSOM keeps the text
 * of custom properties and of values with `var()` as written, so there the comparison leaves out the
 * whitespace the CSS tokenizer does not keep apart from a comma or a bracket (`var(--x, 1rem)` and
 * `var(--x,1rem)` substitute the same); everywhere else the CSSOM's own serialisation must match.
 */
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s+/g, ' ').replace(/ ?([,()]) ?/g, '$1'));
}

const SHEETS: Record<string, CSSResultGroup> = {
  tokens,
  base,
  dialogStyles,
  panelStyles,
  ratingStyles,
  kioskStyles,
  deliveryStyles,
  noScriptStyles,
  scorecardStyles,
  rankingStyles,
  historyStyles,
  schemeStyles,
  badgeStyles,
  badgeDetailStyles,
};

describe('minified templates (the build)', () => {
  for (const [name, group] of Object.entries(SHEETS)) {
    it(`${name}: the same rules to the browser's CSS parser, in fewer bytes`, () => {
      for (const result of flat(group)) {
        const source = result.cssText;
        const minified = minifyCss(source);
        expect(minified.length, 'smaller').to.be.below(source.length);
        expect(minified, 'no comment left').not.to.match(/\/\*/);
        expect(minified, 'no line breaks left (the build maps its edits)').to.not.include('\n');
        const rules = parsed(source);
        expect(rules.length, 'the source parses to rules').to.be.above(0);
        expect(parsed(minified)).to.deep.equal(rules);
      }
    });
  }

  it('CSS: what a space means is kept (descendants, pseudo-elements, media queries, calc)', () => {
    const source = `.a .b :hover { color: red !important; }\n:host ::slotted(p) { margin: 0; }\n@media screen and (min-width: 40rem) { .c > .d , .e { inline-size: calc(100% - 2rem); } }`;
    const minified = minifyCss(source);
    expect(minified).to.equal(
      `.a .b :hover{color:red!important}:host ::slotted(p){margin:0}@media screen and (min-width:40rem){.c>.d,.e{inline-size:calc(100% - 2rem)}}`,
    );
    expect(parsed(minified)).to.deep.equal(parsed(source));
  });
});
