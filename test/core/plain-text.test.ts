import { expect } from '@open-wc/testing';
import { RatingSubmission } from '../../src/core/contract.js';
import { CONTROL_CHARACTER, plainText } from '../../src/core/plain-text.js';

describe("plainText: a citizen's text without control characters", () => {
  it('removes NUL, the other C0 controls, DEL and C1', () => {
    expect(plainText('a\u0000b\u0007c\u001bd\u007fe\u0080f\u0085g\u009fh\u000bi\u000cj')).to.equal('abcdefghij');
    for (let code = 0; code <= 0x9f; code++) {
      const char = String.fromCharCode(code);
      if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
        expect(plainText(`x${char}y`), `U+${code.toString(16).padStart(4, '0')}`).to.equal(
          code === 0x0a || code === 0x0d ? 'x\ny' : code === 0x09 ? 'x y' : 'xy',
        );
      } else {
        expect(plainText(`x${char}y`)).to.equal(`x${char}y`);
      }
    }
  });

  it('keeps line breaks, normalising CR LF and a lone CR to LF', () => {
    expect(plainText('one\ntwo')).to.equal('one\ntwo');
    expect(plainText('one\r\ntwo\r\n\r\nthree')).to.equal('one\ntwo\n\nthree');
    expect(plainText('one\rtwo')).to.equal('one\ntwo');
  });

  it('turns a tab into a space', () => {
    expect(plainText('a\tb\t\tc')).to.equal('a b  c');
  });

  it('removes lone surrogates and keeps pairs (emoji), Arabic and the other scripts', () => {
    expect(plainText('a\uD800b\uDC00c')).to.equal('abc');
    expect(plainText('\uDBFF')).to.equal('');
    expect(plainText('شكرًا 👍🏽 日本 – café')).to.equal('شكرًا 👍🏽 日本 – café');
    expect(plainText('👍'.slice(0, 1) + 'ok')).to.equal('ok');
  });

  it('changes nothing else: no trimming, non-breaking and bidi characters kept', () => {
    expect(plainText('  text  ')).to.equal('  text  ');
    expect(plainText('a\u00a0b\u200fc\u2028d')).to.equal('a\u00a0b\u200fc\u2028d');
    expect(plainText('')).to.equal('');
  });

  it('gives text the contract accepts as a comment, whatever went in', () => {
    let text = '';
    for (let code = 0; code < 0x100; code++) text += String.fromCharCode(code);
    const clean = plainText(text + '\uD800');
    expect(CONTROL_CHARACTER.test(clean)).to.equal(false);
    const vote = {
      submissionId: crypto.randomUUID(),
      score: 4,
      scale: 'stars',
      reasons: [],
      channel: 'web',
      locale: 'en',
      page: 'https://portal.example/x',
      clientTime: new Date().toISOString(),
    };
    expect(RatingSubmission.safeParse({ ...vote, comment: clean }).success).to.equal(true);
    expect(RatingSubmission.safeParse({ ...vote, comment: text }).success, 'the raw text is refused').to.equal(false);
  });
});
